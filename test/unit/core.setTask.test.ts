import * as assert from 'node:assert/strict';
import { createAnalyzer } from '../../src/core/index';
import { bundledFactBase } from '../../src/core/factbase/bundled';

const analyzer = createAnalyzer({ factBase: bundledFactBase() });
const pl001Lines = (text: string) =>
  analyzer
    .analyze(text)
    .findings.filter((f) => f.code === 'PL001')
    .map((f) => f.range.start.line);

// Blind QA round 18, tester S item 1.1: a brief's own essay question in quotation marks quotes no one.
describe('a task the document sets in quotation marks', () => {
  it('is the writer\'s own words after a clause that sets it or a label, in its sentence or the paragraph before', () => {
    const question = '"To what extent does Project Glasswing offer a replicable template for governing AI models?"';
    assert.deepEqual(pl001Lines(`Write an essay of no more than 3,000 words answering the following question:\n\n${question}\n`), []);
    assert.deepEqual(pl001Lines(`Write an essay answering the following question: ${question}\n`), []);
    assert.deepEqual(pl001Lines(`Essay question: ${question}\n`), []);
    assert.deepEqual(pl001Lines(`**Discuss:** "Gated release is the only responsible way to ship dangerous models."\n`), []);
    assert.deepEqual(pl001Lines('Answer one of the following questions:\n\n1. "Is gated release a template for governing AI?"\n2. "Who decides which partners join a program like this?"\n'), []);
  });

  it('is a quotation when someone asked or said it, or the lead-in names whose it is', () => {
    const asked = '"Are we ready for this at all?"';
    assert.deepEqual(pl001Lines(`Graham asked: ${asked}\n`), [0]);
    assert.deepEqual(pl001Lines(`${asked} she asked.\n`), [0]);
    assert.deepEqual(pl001Lines(`Graham asked the following question:\n\n${asked}\n`), [2]);
    assert.deepEqual(pl001Lines(`Graham posed the following question:\n\n${asked}\n`), [2]);
    assert.deepEqual(pl001Lines(`Question: ${asked} Graham asked.\n`), [0]);
    assert.deepEqual(pl001Lines(`Graham's question: ${asked}\n`), [0]);
    assert.deepEqual(pl001Lines(`Question from Graham: ${asked}\n`), [0]);
    // A quotation that only follows a lead-in paragraph, not opening its own, is no set task.
    assert.deepEqual(pl001Lines(`Answer the following question:\n\nHe went on. ${asked}\n`), [2]);
  });

  // Blind QA round 19, tester P item 1.2: a show's own chapter "Listener mail:" sets a listener's question.
  it('is the programme\'s own question after a label that takes it from its audience, when the words are a question', () => {
    const mail = '"Should my city\'s IT department care about this?"';
    assert.deepEqual(pl001Lines(`- [00:51:10] Listener mail: ${mail}\n`), []);
    for (const label of ['Listener question:', '**Reader question 3:**', 'Audience Q:', 'Mailbag:', 'From the mailbag:', 'Q:', '00:51:10 — Listener mail:']) {
      assert.deepEqual(pl001Lines(`${label} ${mail}\n`), [], label);
    }
    // Not words that are no question, nor a question someone asked, nor one a credit names.
    assert.deepEqual(pl001Lines('- [00:51:10] Listener mail: "We loved the episode about the coalition."\n'), [0]);
    assert.deepEqual(pl001Lines('Graham asked: "Are we ready for this?"\n'), [0]);
    assert.deepEqual(pl001Lines(`Listener mail from Graham in Ohio: ${mail}\n`), [0]);
    assert.deepEqual(pl001Lines(`Listener mail: ${mail} Graham asked.\n`), [0]);
  });
});

// Blind QA round 31, tester T items 1.1 and 1.2: an exam paper numbers its questions, and sets a quoted stem before the task.
describe("an exam paper's numbered question and quoted stem", () => {
  const stem = '"Partner-gated access is security through obscurity by another name."';
  it("are the examiner's own words after a question's number, or before a task that follows them", () => {
    for (const line of [
      '**B3.** Essay question: "Should coordinated vulnerability disclosure norms be rewritten for AI-scale discovery?"',
      `**A6.** Discuss: ${stem}`,
      `Q4. Discuss: ${stem}`,
      `(a) Essay question: ${stem}`,
      `**A6.** ${stem} Discuss with reference to Project Glasswing. [8 marks]`,
      `${stem} Critically assess this claim.`,
      `3. ${stem} To what extent do you agree?`,
      `**A7.** "Disclosure norms were written for human-speed discovery". Evaluate this claim.`,
    ]) {
      assert.deepEqual(pl001Lines(`${line}\n`), [], line);
    }
  });

  it("is a quotation when a speaker is credited, no task follows, or the words are on record", () => {
    assert.deepEqual(pl001Lines(`**A6.** Graham said ${stem} Discuss.\n`), [0]);
    assert.deepEqual(pl001Lines(`**A6.** ${stem} Graham said. Discuss.\n`), [0]);
    assert.deepEqual(pl001Lines(`**A6.** Graham: ${stem} Discuss.\n`), [0]);
    assert.deepEqual(pl001Lines(`${stem} That is what the vendor told us.\n`), [0]);
    assert.deepEqual(pl001Lines('**A6.** "We did not feel comfortable releasing this generally." Discuss.\n'), [0]);
  });
});
