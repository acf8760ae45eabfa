import * as assert from 'node:assert/strict';
import { createAnalyzer } from '../../src/core/index';
import { bundledFactBase } from '../../src/core/factbase/bundled';

const analyzer = createAnalyzer({ factBase: bundledFactBase() });
const codesOn = (text: string, code: string) =>
  analyzer
    .analyze(text)
    .findings.filter((f) => f.code === code)
    .map((f) => f.range.start.line);
const hintedFigures = (text: string) =>
  analyzer
    .analyze(text)
    .findings.filter((f) => f.code === 'PL007')
    .map((f) => f.message);

// Blind QA round 20, tester Y item 1a: on a talk page an editor proposes the article's new wording in quotation marks.
describe("an editor's proposed wording", () => {
  const words = '"the draft described the model as cautious"';
  it('quotes no one after "It should say", "should read", "I suggest changing it to", "replace … with", "change … to"', () => {
    for (const line of [
      `No, that's from the leaked draft.[1] It should say ${words}.`,
      `The lead should read: ${words}.`,
      `I suggest changing it to ${words}.`,
      `I propose rewording the sentence to ${words}.`,
      `Replace "most capable" with ${words}.`,
      `Change the second sentence to ${words}.`,
      `Can we change it to ${words}?`,
      `Suggested wording: ${words}.`,
      `It should say ${words}. — ~~User:Tessellate~~ 11:03, 13 April 2026 (UTC)`,
    ]) {
      assert.deepEqual(codesOn(`${line}\n\n1. Fortune. 2026.\n`, 'PL001'), [], line);
    }
  });

  it("is someone's quotation when another's words are credited, or the words are on record", () => {
    // A person's words, reported or credited after the quotation, are still quoted.
    assert.deepEqual(codesOn(`Graham told CNN ${words}.\n`, 'PL001'), [0]);
    assert.deepEqual(codesOn(`It should say ${words}, as Graham told CNN.\n`, 'PL001'), [0]);
    assert.deepEqual(codesOn(`Anthropic changed the wording to ${words}.\n`, 'PL001'), [0]);
    // A named person's future words are read as a quotation.
    assert.deepEqual(codesOn(`Zemlin should say ${words}.\n`, 'PL001'), [0]);
    // Words on record proposed as wording still need their source, and a misquote is still one.
    assert.deepEqual(codesOn('It should say "We did not feel comfortable releasing this generally."\n', 'PL001'), [0]);
    const misquoted = 'Logan Graham leads the red team. It should say "We did not feel comfortable releasing this broadly."\n';
    assert.deepEqual(codesOn(misquoted, 'PL004'), [0]);
    assert.deepEqual(codesOn(misquoted, 'PL001'), [0]);
  });
});

// Blind QA round 20, tester Y item 4a: every comment on a talk page ends with a signature and its time stamp.
describe('a wiki signature that ends a comment', () => {
  it('dates the comment, not a claim: no PL007 for its time and date', () => {
    for (const signature of [
      '— ~~User:Larchmere~~ 14:02, 12 April 2026 (UTC)',
      '[[User:Foo|Foo]] ([[User talk:Foo|talk]]) 14:02, 12 April 2026 (UTC)',
      '— Foo (talk) 14:02, 12 April 2026 (UTC)',
      '-- Mendel.K 19:20, April 13, 2026 (UTC)',
    ]) {
      assert.deepEqual(hintedFigures(`Good catch, I fixed it in my sandbox. ${signature}\n`), [], signature);
    }
    // The comment's own figures keep their hint; the signature's date is not among them.
    assert.deepEqual(hintedFigures('The FFmpeg bug was 16 years old. — ~~User:Quillfeather~~ 18:55, 13 April 2026 (UTC)\n'), [
      'Claim with a figure or date but no citation: “16 years old”',
    ]);
  });

  it('leaves a time and date in the same shape that no signature stands before, or that text follows', () => {
    assert.equal(hintedFigures('Anthropic announced it at 10:00, 7 April 2026 (UTC).\n').length, 1);
    assert.equal(hintedFigures('The model shipped — ~~User:Foo~~ 14:02, 12 April 2026 (UTC) and then it leaked.\n').length, 1);
    // A dash before a party of the fact base is a report's, not a signature.
    assert.equal(hintedFigures('The post went out — Anthropic 10:00, 7 April 2026 (UTC)\n').length, 1);
  });
});

// Blind QA round 20, tester Y item 4b: a discussion's own deadline, tally and archiving rule are its bookkeeping, no claims.
describe("a discussion page's own deadline, tally and archiving rule", () => {
  it('want no citation', () => {
    for (const line of [
      'Please indicate **Support** or **Oppose** with a short reason. Vote closes 20:00, 20 April 2026 (UTC).',
      'Voting closes at 18:00 on 20 April 2026.',
      '**Tally so far:** 4 support, 2 oppose (67% support). Not a vote, of course, but consensus looks clear.',
      'Current tally: 3 keep, 1 delete.',
      '*Archives: none yet. Threads older than 30 days are archived by the bot.*',
      'Sections inactive for 14 days will be archived automatically.',
    ]) {
      assert.deepEqual(hintedFigures(`${line}\n`), [], line);
    }
  });

  it("keeps the hint of another's date or count, and of a figure beside the rule", () => {
    assert.equal(hintedFigures('A poll found 67% support regulation.\n').length, 1);
    assert.equal(hintedFigures('The vote closed on 20 April 2026.\n').length, 1);
    assert.equal(hintedFigures('Threads older than 30 days are archived by the bot, which runs 4 times a day.\n').length, 1);
    assert.equal(hintedFigures('The logs older than 30 days were deleted.\n').length, 1);
    // A tally that names a party of the fact base counts the world's votes.
    assert.equal(hintedFigures('Tally: 12 Glasswing partners, 40 other organizations.\n').length, 1);
  });
});

// Blind QA round 20, tester Y item 1b: a talk page quotes the article's current words to discuss them.
describe('the current words of the text under discussion', () => {
  const misquote = '"by far the most capable AI model we\'ve ever developed"';
  it('are no quotation: no PL001, and not set against the record (no PL004 and its fix)', () => {
    for (const line of [
      `The lead currently says the model was described as ${misquote}. That is not what the leaked draft says.`,
      `The current wording is ${misquote}.`,
      `The article currently reads: ${misquote}.`,
      `Change ${misquote} to "by far the most powerful AI model we've ever developed".[1]`,
    ]) {
      const text = `${line}\n\n### References\n\n1. Fortune. 2026.\n`;
      assert.deepEqual(codesOn(text, 'PL001'), [], line);
      assert.deepEqual(codesOn(text, 'PL004'), [], line);
    }
  });

  it("keeps another text's quotation, and the speaker's", () => {
    assert.deepEqual(codesOn(`The Fortune article says the model was described as ${misquote}.\n`, 'PL004'), [0]);
    assert.deepEqual(codesOn(`The Fortune article says the model was described as ${misquote}.\n`, 'PL001'), [0]);
    assert.deepEqual(codesOn(`Anthropic changed ${misquote} to "a step change".\n`, 'PL004'), [0]);
    assert.deepEqual(codesOn(`Anthropic's draft called it ${misquote}.\n`, 'PL004'), [0]);
  });
});

// Blind QA round 31, tester C item 1.2: formal minutes give an amendment as "to leave out "…" and insert "…"", the committee's own text under revision.
describe("an amendment's words", () => {
  const codesOf = (text: string) =>
    analyzer
      .analyze(text)
      .findings.filter((f) => f.code === 'PL001' || f.code === 'PL004')
      .map((f) => `${f.range.start.line}:${f.code}`);
  it('quote no one: the words it leaves out are the current text (not set against the record), those it inserts the new', () => {
    for (const line of [
      'Amendment proposed, in line 3, to leave out "are now much more likely this year" and insert "may become more likely".—(Mr Pugh.)',
      'I beg to move, in page 2, line 4, to leave out "the model is far ahead of any rival".',
      'In line 5, leave out "the model is far ahead of any rival" and insert "the model may be ahead of some rivals".',
      'Omit "the model is far ahead of any rival".',
      'Amendment proposed, at the end of paragraph 4, to add "subject to independent verification by the Committee".',
      'Insert "subject to independent verification by the Committee".',
      'Substitute "the model may be ahead of some rivals" for "the model is far ahead of any rival".',
      'Mr Pugh moved to delete "much more likely this year".',
    ]) {
      assert.deepEqual(codesOf(`${line}\n`), [], line);
    }
  });

  it("is someone's quotation when no amendment is made, a verb of saying reports it, or the inserted words are on record", () => {
    assert.deepEqual(codesOf('Anthropic changed the wording to "the model may be ahead of some rivals".\n'), ['0:PL001']);
    assert.deepEqual(codesOf('He decided to leave out "the model is far ahead of any rival".\n'), ['0:PL001']);
    assert.deepEqual(codesOf('Graham went on to add "the model is far ahead of any rival".\n'), ['0:PL001']);
    const misquoted = 'Logan Graham leads the red team. Amendment proposed, to insert "We did not feel comfortable releasing this broadly."\n';
    assert.deepEqual(codesOf(misquoted), ['0:PL001', '0:PL004']);
  });
});

// Blind QA round 31, tester U item 1.2: a proposal label says what the words are for.
describe('a proposal label with a phrase that says what the words are for', () => {
  const words = '"Please state the mean time to remediate critical CVEs over the last 12 months."';
  it("offers the writer's own words", () => {
    for (const label of ['Suggested wording for the supplementary question:', 'Proposed text for clause 4.2:', 'Suggested wording on disclosure:', '**Suggested wording for question 3:**']) {
      assert.deepEqual(codesOn(`${label} ${words}\n`, 'PL001'), [], label);
    }
  });
  it("is someone's words when the label credits them", () => {
    assert.deepEqual(codesOn(`Suggested wording from Graham: ${words}\n`, 'PL001'), [0]);
    assert.deepEqual(codesOn(`Suggested wording for the question, as Graham told CNN: ${words}\n`, 'PL001'), [0]);
  });
});
