// A short quotation is a quotation on record only in a draft tied to that record.
import * as assert from 'node:assert/strict';
import { createAnalyzer } from '../../src/core';
import { bundledFactBase } from '../../src/core/factbase/bundled';
import { indexFactBase } from '../../src/core/factbase/factIndex';
import { mergeFactBases } from '../../src/core/factbase/merge';
import type { FactBase } from '../../src/core/factbase/schema';
import { recordTies } from '../../src/core/factcheck/recordTies';

/** A team's own fact base about another topic, used beside the bundled one. */
const team: FactBase = {
  version: 1,
  entities: [
    { id: 'tomas-berg', kind: 'person', name: 'Tomas Berg', aliases: ['Berg'], summary: 'A minister.' },
    { id: 'ingrid-halvorsen', kind: 'person', name: 'Ingrid Halvorsen', aliases: ['Halvorsen'], summary: 'An institute director.' },
  ],
  facts: [],
  sources: [],
  quotations: [],
  relations: [],
};
const analyzer = createAnalyzer({ factBase: mergeFactBases(bundledFactBase(), team), settings: {} });

/** The codes of the PL004 and PL005 findings on `text`. */
function quoteCodes(text: string): string[] {
  return analyzer
    .analyze(text)
    .findings.filter((f) => f.code === 'PL004' || f.code === 'PL005')
    .map((f) => f.code);
}

const sources = '\n\n## Sources\n\n1. X\n';

describe('short quotations and the records they are tied to', () => {
  it('does not take a stock phrase of a record for that record in a draft naming none of its ties', () => {
    const text = `Minister Berg said the vendor was a "supply chain risk" for the ministry [1].\n\nHalvorsen warned that a serious incident is "much more likely this year" than last [1].${sources}`;
    assert.deepEqual(quoteCodes(text), []);
    assert.deepEqual(analyzer.analyze(text).quotes.map((q) => q.onRecord), [null, null]);
  });

  it('does not take a near phrase for a misquote of a record in such a draft', () => {
    assert.deepEqual(quoteCodes(`Halvorsen said the risk was "very low, but higher than for earlier models" [1].${sources}`), []);
  });

  it('still takes the stock phrase for the record when the draft names the record’s speaker, document or subject anywhere', () => {
    // The speaker's department, in another paragraph.
    assert.deepEqual(quoteCodes(`The Pentagon acted in February.\n\nMinister Berg said the vendor was a "supply chain risk" [1].${sources}`), ['PL005']);
    // The company the designation was about (named in where the words were said).
    assert.deepEqual(quoteCodes(`Minister Berg said Anthropic was a "supply chain risk" [1].${sources}`), ['PL005']);
    // The document the words are in.
    assert.deepEqual(quoteCodes(`Halvorsen said the risk was "very low, but higher than for earlier models", as in the Alignment Risk Update [1].${sources}`), ['PL004', 'PL005']);
  });

  it('takes a long quotation for the record wherever it stands', () => {
    assert.deepEqual(quoteCodes(`Minister Berg said the vendor "feels that its corporate red lines are being crossed" [1].${sources}`), ['PL005']);
  });
});

describe('recordTies', () => {
  const index = indexFactBase(bundledFactBase());

  it('holds the speaker, their organization, the document and its author, and who the record’s where and sources name', () => {
    const ties = recordTies(index.quotation('supply-chain-risk')!, index);
    for (const id of ['pete-hegseth', 'department-of-defense', 'anthropic']) assert.ok(ties.has(id), id);
    assert.ok(!ties.has('openai'));
    const document = recordTies(index.quotation('very-low-but-higher')!, index);
    for (const id of ['anthropic', 'alignment-risk-update']) assert.ok(document.has(id), id);
  });
});
