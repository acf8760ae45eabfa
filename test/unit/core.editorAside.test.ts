import * as assert from 'node:assert/strict';
import { createAnalyzer } from '../../src/core/index';
import { bundledFactBase } from '../../src/core/factbase/bundled';

const analyzer = createAnalyzer({ factBase: bundledFactBase() });
const references = '\n\n## References\n\n1. Mayer Brown, "Pentagon Designates Anthropic a Supply Chain Risk."\n';
const findings = (text: string) => analyzer.analyze(`${text}${references}`).findings;
/** The PL006 and PL007 findings, as "code text-of-the-figure". */
const figureFindings = (text: string) =>
  findings(text)
    .filter((f) => f.code === 'PL006' || f.code === 'PL007')
    .map((f) => `${f.code} ${f.message.slice(f.message.indexOf('“'), f.message.indexOf('”') + 1)}`);

describe("a reviewer's aside inside a sentence (blind QA round 12, C item 9)", () => {
  it("lets no figure of the aside confirm the sentence's wrong one", () => {
    for (const text of [
      'The dispute began over a $250 million Pentagon contract [Priya: check, I had $200m].[1]',
      'The dispute began over a $250 million Pentagon contract (I had $200 million).[1]',
      'The dispute began over a $250 million Pentagon contract [JL: 200?].[1]',
      'The dispute began over a $250 million Pentagon contract [**Priya:** check, I had $200m].[1]',
      'The dispute began over a $250 million Pentagon contract [TK: $200m per Mayer Brown].[1]',
      'The dispute began over a $250 million Pentagon contract (I thought $200 million?).[1]',
    ])
      assert.deepEqual(figureFindings(text), ['PL006 “$250 million”'], text);
  });

  it("asks no citation for the aside's figures", () => {
    assert.deepEqual(figureFindings('The dispute began over a Pentagon contract [Ed: I had $200m, confirm].'), []);
    assert.deepEqual(figureFindings('The talks collapsed [Note to Tom: 17 March or 18?].'), []);
  });

  it('leaves a bracket to the reader, or one that reports, a part of the sentence', () => {
    // A notice to readers states what it says.
    assert.deepEqual(figureFindings('The dispute began over a $250 million Pentagon contract [Update: I have since confirmed $200 million].[1]'), []);
    // A label with nothing said to the team is a list of figures.
    assert.deepEqual(figureFindings('The dispute began over a $250 million Pentagon contract [DOD: $200 million].[1]'), []);
    // "I had seen" reports what the writer saw; "I think" without a question is the writer's view.
    assert.deepEqual(figureFindings('The dispute began over a $250 million Pentagon contract (I had seen the $200 million figure).[1]'), []);
    assert.deepEqual(figureFindings('The dispute began over a $250 million Pentagon contract (I think $200 million).[1]'), []);
    assert.deepEqual(figureFindings('Talks on the contract collapsed (I think they were worth $250 million).'), ['PL007 “$250 million”']);
  });
});

describe("a reviewer's aside is a note to the team, as a comment is (blind QA round 13, B item 6)", () => {
  it('reads no quotation in it: no PL001, no PL004', () => {
    const text = 'Logan Graham told CNN: "We did not feel comfortable releasing this generally."[1] [Priya: I had "We did not feel entirely comfortable releasing this" in my notes?]';
    assert.deepEqual(
      findings(text).filter((f) => f.code === 'PL001' || f.code === 'PL004').map((f) => f.code),
      [],
    );
  });

  it('leaves a bracket to the reader prose: its quotation is still checked', () => {
    const text = 'The decision stands.[1] [Update: Logan Graham told CNN: "We did not feel entirely comfortable releasing this generally."]';
    assert.deepEqual(
      findings(text)
        .filter((f) => f.code === 'PL001' || f.code === 'PL004')
        .map((f) => f.code)
        .sort(),
      ['PL001', 'PL004'],
    );
  });
});
