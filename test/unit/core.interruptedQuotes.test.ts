// A quotation its attribution interrupts ('“…,” Graham said, “…”') is one quotation (blind QA report P, items 2–4).
import * as assert from 'node:assert/strict';
import { createAnalyzer } from '../../src/core';
import { bundledFactBase } from '../../src/core/factbase/bundled';
import { withPreferredFixes } from './support/preferredFixes';

const analyzer = createAnalyzer({ factBase: bundledFactBase(), settings: {} });

const sources = `

## Sources

1. Anthropic Releases Its Most Powerful - and Dangerous - AI Model to Select Partners - CNN
2. Project Glasswing: Securing Critical Software for the AI Era - Anthropic
`;

/** The findings of `text` (with the Sources list) of the codes given, as "code: the text they are on". */
function found(text: string, codes: readonly string[]): string[] {
  const doc = text + sources;
  return analyzer
    .analyze(doc)
    .findings.filter((f) => codes.includes(f.code))
    .map((f) => `${f.code}: ${doc.slice(f.span.start, f.span.end)}`);
}

/** `text` with the preferred fix of each finding of `code` applied. */
function fixed(text: string, code: string): string {
  const doc = withPreferredFixes(analyzer, text + sources, code);
  return doc.slice(0, doc.indexOf(sources));
}

describe('interrupted quotations: one quotation, its pieces matched together', () => {
  const graham = 'Logan Graham spoke to CNN.[1]\n\n';

  it('finds a misquote in the piece after the attribution, and restores only its words (PL004)', () => {
    const text = `${graham}"We did not feel comfortable," Graham said, "releasing this broadly."[1]`;
    assert.deepEqual(found(text, ['PL004']), ['PL004: "We did not feel comfortable," Graham said, "releasing this broadly."']);
    assert.equal(fixed(text, 'PL004'), `${graham}"We did not feel comfortable," Graham said, "releasing this generally."[1]`);
    // In the piece before it too, and with a piece shorter than a quotation after it.
    assert.equal(found(`${graham}"We did not feel happy," Graham said, "releasing this generally."[1]`, ['PL004']).length, 1);
    assert.equal(found(`${graham}"We did not feel comfortable releasing," Graham said, "this broadly."[1]`, ['PL004']).length, 1);
    // The words on record, split: no finding.
    assert.deepEqual(found(`${graham}"We did not feel comfortable," Graham said, "releasing this generally."[1]`, ['PL004', 'PL005']), []);
  });

  it('credits an interrupted quotation to an unknown full name, as the unsplit one (PL005)', () => {
    assert.deepEqual(found('"We did not feel comfortable," Dana Whitfield said, "releasing this generally."[1]', ['PL005']), [
      'PL005: "We did not feel comfortable," Dana Whitfield said, "releasing this generally."',
    ]);
  });

  it('gives an unsourced interrupted quotation one PL001, whose fix cites it once, after its last piece', () => {
    const text = '"By far the most powerful AI model," Jim Zemlin said, "we\'ve ever developed."';
    assert.deepEqual(found(text, ['PL001']), [`PL001: ${text}`]);
    assert.equal(fixed(`${graham}"We did not feel comfortable," Graham said, "releasing this generally."`, 'PL001'), `${graham}"We did not feel comfortable," Graham said, "releasing this generally."[1]`);
  });

  it('joins no quotations that are not one interrupted by its attribution', () => {
    // A list of phrases, two sentences, a colon: each quotation is its own.
    assert.equal(found('"We did not feel comfortable," "releasing this broadly," and "very low indeed" were all said.', ['PL001']).length, 3);
    assert.equal(found('"We did not feel comfortable." Graham said, "releasing this broadly."', ['PL001']).length, 2);
    // Two terms make no quotation.
    assert.deepEqual(found('"Yes," she said, "it is."', ['PL001']), []);
  });

  it('still matches a piece on its own when the joined words are on no record', () => {
    // Part of Graham's words, then words of his own: Dario Amodei is credited with the first piece.
    assert.deepEqual(found('Dario Amodei spoke to CNN.[1] "We did not feel comfortable," Amodei said, "and we stand by that today."[1]', ['PL005']), [
      'PL005: "We did not feel comfortable," Amodei said, "and we stand by that today."',
    ]);
  });
});
