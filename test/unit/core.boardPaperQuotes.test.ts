import * as assert from 'node:assert/strict';
import { createAnalyzer } from '../../src/core/index';
import { bundledFactBase } from '../../src/core/factbase/bundled';

const analyzer = createAnalyzer({ factBase: bundledFactBase() });
const pl001 = (text: string) =>
  analyzer
    .analyze(text)
    .findings.filter((f) => f.code === 'PL001')
    .map((f) => f.range.start.line);

// Blind QA round 31, tester B items 1.3–1.5: a board paper quotes its own statements, proposals and register.
describe("a board paper's own text in quotation marks", () => {
  const statement = '"The Group has a low appetite for cyber risk and will not accept risks that could result in a material loss of customer data."';

  it('is the current text under review after "The current statement (…) reads:" (B item 1.3)', () => {
    assert.deepEqual(pl001(`6.1 The current statement, approved by the Board on 9 December 2025, reads: ${statement}\n`), []);
    for (const subject of ['The current statement', 'The current risk appetite statement', 'The current policy', 'The current definition']) {
      assert.deepEqual(pl001(`${subject} reads: ${statement}\n`), [], subject);
    }
  });
  it('is a quotation when the phrase between credits the words, or another text is the subject', () => {
    assert.deepEqual(pl001(`The current policy, Graham said, reads: ${statement}\n`), [0]);
    assert.deepEqual(pl001(`Anthropic's current policy reads: ${statement}\n`), [0]);
    assert.deepEqual(pl001(`The statement, approved by the Board on 9 December 2025, reads: ${statement}\n`), [0]);
  });

  const proposal = '> Halden has a very low appetite for the loss, corruption or unauthorised disclosure of customer payroll data.\n';
  it('is the writer\'s own wording in a block quote a proposal label offers (B item 1.4)', () => {
    for (const label of ['6.2 Proposed replacement, for recommendation to the Board:', 'Proposed risk appetite statement:', '**Suggested wording:**', 'We reviewed the options. Draft resolution:']) {
      assert.deepEqual(pl001(`${label}\n\n${proposal}`), [], label);
    }
  });
  it("is a quotation after a sentence that reports another's proposal, or when the words are on record", () => {
    assert.deepEqual(pl001(`Zemlin made a proposal:\n\n${proposal}`), [2]);
    assert.deepEqual(pl001(`6.2 Replacement:\n\n${proposal}`), [2]);
    assert.deepEqual(pl001(`Proposed wording:\n\n> We did not feel comfortable releasing this generally.\n`), [2]);
  });

  it("is the title of an entry of the writer's own register after its id (B item 1.5)", () => {
    assert.deepEqual(pl001('1.1 This paper asks the Committee to (a) note a new principal risk, R-14 "Frontier-AI-enabled cyber attack", (b) approve the plan.\n'), []);
    assert.deepEqual(pl001('Risk RISK-7 "Loss of key supplier data" stays Amber.\n'), []);
  });
  it('is a quotation after an id when a verb of saying reports it, or it runs to a sentence', () => {
    assert.deepEqual(pl001('Graham said of R-14 "we did not expect the model to find so many flaws so soon".\n'), [0]);
    assert.deepEqual(pl001('R-14 "the model found thousands of flaws in every major operating system and every major web browser in a few weeks" is new.\n'), [0]);
  });
});
