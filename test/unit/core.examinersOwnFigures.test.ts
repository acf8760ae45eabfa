// An examiner's, a lecturer's and a committee's own material wants no citation (PL007): mark allocations, marking bands and
// grade boundaries, an examination's header fields, numbered seminar groups and panels, and lead-ins counting the writer's
// own points (blind QA round 21, tester T item 4, tester C item 5). A figure of the story in the same shape keeps its hint.
import * as assert from 'node:assert/strict';
import { bundledAnalyzer } from './support/findingTexts';

/** The figures PL007 hints at, as its messages list them. */
const pl007 = (text: string): string[] =>
  bundledAnalyzer
    .analyze(text)
    .findings.filter((f) => f.code === 'PL007')
    .flatMap((f) => [...f.message.matchAll(/“([^”]*)”/g)].map((m) => m[1]));

describe("an examiner's own figures (PL007)", () => {
  it('wants no citation for a mark allocation (T item 4.1)', () => {
    for (const text of [
      'Define coverage-guided fuzzing and explain why high code coverage does not guarantee that a bug will be found. [6 marks]',
      'Definition (2 marks): the fuzzer keeps inputs that reach new edges.',
      'Limitation (4 marks): coverage records that code ran, not that it ran in the state that triggers the bug; two marks for each of two developed points.',
      'Cautions (up to 4 marks): vendor-run evaluations, differences in scaffolding and tool access.',
      'Up to 4 marks for the contrast, up to 4 for evaluating it.',
      'Credit the vendor cannot triage at that volume, or duplicates across finders. Three marks each.',
    ])
      assert.deepEqual(pl007(text), [], text);
  });

  it('keeps the hint on a figure of the story beside a mark allocation, and on "marks" as a verb', () => {
    assert.deepEqual(pl007('Explain why the fuzzers ran past the bug five million times. [6 marks]'), ['five million']);
    assert.deepEqual(pl007('The new model marks 83.1% on the benchmark, a record.'), ['83.1%']);
  });

  it('wants no citation for a marking band or a grade boundary table (T item 4.2)', () => {
    const bands = '| Band | Marks | Descriptor |\n|---|---|---|\n| 1 | 24–30 | Sustained argument, accurate evidence |\n| 4 | 0–14 | Inaccurate or largely irrelevant |\n';
    assert.deepEqual(pl007(bands), []);
    const grades = '| Classification | Mark range |\n|---|---|\n| Distinction | 70–100 |\n| Fail | 0–49 |\n';
    assert.deepEqual(pl007(grades), []);
    // Without a band or grade column, "Marks" heads anything, and its figures keep their hints.
    assert.deepEqual(pl007('| Model | Marks |\n|---|---|\n| Mythos Preview | 83 |\n'), ['83']);
  });

  it("wants no citation for an examination's header fields (T item 4.3)", () => {
    assert.deepEqual(pl007('**Duration:** 2 hours, plus 15 minutes reading time'), []);
    assert.deepEqual(pl007('**Total marks:** 100'), []);
    assert.deepEqual(pl007('**Partners:** 40'), ['40']);
  });

  it("wants no citation for a session line with a pre-meeting (C item 5)", () => {
    assert.deepEqual(pl007('**Session:** Tuesday 12 May 2026, 9.30am (private pre-meeting 9.00am)'), []);
    assert.deepEqual(pl007('**Session:** 26 March 2026, the leak'), ['26 March 2026']);
  });

  it('reads numbered seminar groups and panels as labels (T item 4.5, C item 5)', () => {
    assert.deepEqual(pl007('**Seminars:** Wednesday 11 November (groups 1 and 2), Thursday 12 November (group 3)'), []);
    assert.deepEqual(pl007('If the link fails, panel 2 will be taken with the first witness alone.'), []);
    // A count after the word is still a figure.
    assert.deepEqual(pl007('The working group 3 companies formed in March ended.').includes('3'), true);
  });

  it("wants no citation for a lead-in counting the writer's own distinctions or effects (T item 4.5, U)", () => {
    assert.deepEqual(pl007('Keep three distinctions in mind throughout:'), []);
    assert.deepEqual(pl007('Three effects on the book:'), []);
    // Not in a sentence that reports them of the world.
    assert.deepEqual(pl007('The leak had three effects on the market.'), ['three']);
  });

  it('wants no citation for a worked calculation, nor a case the reader is asked to suppose (T item 4.4)', () => {
    for (const text of [
      '- Executions: 4,000 × 16 × 259,200 s ≈ 16.6 billion.',
      '- Cost: 32 × 48 = 1,536 core-hours; 1,536 × £0.05 = £76.80 (2 marks).',
      'Suppose a harness runs 4,000 executions per second on each of 16 cores, for a 72-hour campaign.',
      'Give TWO reasons a 90-day coordinated disclosure deadline may fail when a single model reports hundreds of bugs a week. [6 marks]',
    ])
      assert.deepEqual(pl007(text), [], text);
    // A party of the fact base in the calculation keeps its hints; so does a product without a result.
    assert.deepEqual(pl007('- Anthropic: 12 × $4 million = $48 million.').length > 0, true);
    assert.deepEqual(pl007('The harness ran 4,000 × 16 executions.'), ['4,000', '16']);
    // A supposition of the world's ("If …") still wants a citation.
    assert.deepEqual(pl007('If the fuzzers ran past the bug five million times, the flaw was well hidden.'), ['five million']);
  });

  it('wants no citation for a question under a heading of questions (T item 4.5, C item 5)', () => {
    const discussion = '## Discussion questions\n\n1. Is gated access a safeguard?\n2. How would you redesign the 90-day disclosure window for a world of AI-scale discovery?\n';
    assert.deepEqual(pl007(discussion), []);
    const witness = '### 4. Suggested questions\n\n3. How many of the 40-plus additional organisations are headquartered outside the United States?\n';
    assert.deepEqual(pl007(witness), []);
    // A statement among the questions keeps its hint, and so does a question elsewhere.
    assert.deepEqual(pl007('## Discussion questions\n\n1. The leak exposed nearly 3,000 assets.\n'), ['nearly 3,000']);
    assert.deepEqual(pl007('## Background\n\nHow would you redesign the 90-day disclosure window?\n'), ['90-day']);
  });
});
