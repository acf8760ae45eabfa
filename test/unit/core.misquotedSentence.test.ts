// A quotation of several sentences, on no record as a whole, that misquotes a record in one of
// them: that sentence is held against the record, as a quotation of it alone is (blind QA round
// 15, quotes item 1: the first paragraph of a newspaper-style quotation run held two sentences).
import * as assert from 'node:assert/strict';
import { createAnalyzer } from '../../src/core';
import { bundledFactBase } from '../../src/core/factbase/bundled';
import { withPreferredFixesBefore } from './support/preferredFixes';
import { findingsWithRanges } from './support/findingTexts';

const analyzer = createAnalyzer({ factBase: bundledFactBase(), settings: {} });

const sources = `

## Sources

1. CNN, "Anthropic Releases Its Most Powerful - and Dangerous - AI Model to Select Partners."
`;

/** The findings of `text` (with the Sources list) of the codes given, with their ranges. */
const found = (text: string, codes: readonly string[]) => findingsWithRanges(analyzer, text + sources, codes);

/** `text` with the preferred fix of each finding of `code` applied. */
const fixed = (text: string, code: string) => withPreferredFixesBefore(analyzer, text, sources, code);

describe('a quotation of several sentences that misquotes a record in one of them', () => {
  const misquoted = 'We did not feel comfortable releasing this widely.';

  it('in the first paragraph of a quotation run: PL004 on that sentence, with the fix that restores the words on record', () => {
    const run = `Graham told CNN why the company held back.\n\n"${misquoted} The capability jump was too large.\n\n"We will learn from the partners first," Graham said.[1]`;
    assert.deepEqual(found(run, ['PL001', 'PL004', 'PL005']), [`PL004 2:1-2:51: ${misquoted}`]);
    assert.equal(fixed(run, 'PL004'), run.replace('widely', 'generally'));
  });

  it('in a quotation of one paragraph, wherever the sentence stands in it', () => {
    assert.deepEqual(found(`"${misquoted} The capability jump was too large," Logan Graham said.[1]`, ['PL004']), [`PL004 0:1-0:51: ${misquoted}`]);
    assert.deepEqual(found(`"The capability jump was too large. ${misquoted}" Logan Graham said.[1]`, ['PL004']), [`PL004 0:36-0:86: ${misquoted}`]);
  });

  it('makes the quotation that record: credited to someone else (PL005), unsourced (PL001 with the citation fix)', () => {
    const amodei = `"${misquoted} The capability jump was too large," Dario Amodei said.[1]`;
    assert.deepEqual(
      analyzer.analyze(amodei + sources).findings.filter((f) => f.code === 'PL005').map((f) => f.message.replace(/ \(told.*/, '')),
      ['Quotation is credited to Dario Amodei, but on record these are the words of Logan Graham'],
    );
    const unsourced = `"${misquoted} The capability jump was too large," Logan Graham said.`;
    const pl001 = analyzer.analyze(unsourced + sources).findings.filter((f) => f.code === 'PL001');
    assert.equal(pl001.length, 1);
    assert.match(pl001[0].fixes[0]?.title ?? '', /^Cite \[1\]/);
  });

  it('leaves alone sentences on record word for word, and sentences that are no record', () => {
    assert.deepEqual(found('"We did not feel comfortable releasing this generally. The capability jump was too large," Logan Graham said.[1]', ['PL004', 'PL005']), []);
    assert.deepEqual(found('"We did not feel ready to ship it. The capability jump was too large," Logan Graham said.[1]', ['PL004', 'PL005']), []);
  });
});
