// A cue verb's form in "-s" is also a plural noun (QA round 22): "filed" must not tie "the files" to a
// filing's date, nor "reported" "two reports" to a report's, while "files its appeal" is still the verb.
import * as assert from 'node:assert/strict';
import { createAnalyzer } from '../../src/core';
import { parseFactBase } from '../../src/core/factbase/load';
import { findingTexts } from './support/findingTexts';

describe('a cue verb in "-s" read as a plural noun', () => {
  const yaml = `version: 1
entities:
  - { id: harbour-authority, kind: government-body, name: Harbour Safety Authority, aliases: [the Authority], summary: A regulator. }
  - { id: appeal, kind: document, name: Harbour appeal, summary: An appeal. }
facts:
  - id: appeal-date
    statement: The Harbour Safety Authority filed its appeal on 12 May 2026.
    entities: [appeal, harbour-authority]
    measure: filing-date
    cues: [filed]
    value: { type: date, date: 2026-05-12 }
    sources: [gazette]
  - id: spill-report-date
    statement: The Harbour Safety Authority reported the spill on 2 May 2026.
    entities: [harbour-authority]
    measure: report-date
    cues: [reported]
    value: { type: date, date: 2026-05-02 }
    sources: [gazette]
sources:
  - { id: gazette, number: 1, title: The Harbour at Two, publisher: Northmere Courier, kind: news }
`;
  const { factBase, errors } = parseFactBase(yaml, 'facts.yaml');
  assert.deepEqual(errors, []);
  const analyzer = createAnalyzer({ factBase: factBase!, settings: {} });
  const pl006 = (sentence: string) => findingTexts('PL006', `${sentence}\n\n## Sources\n\n1. Northmere Courier, "The Harbour at Two".\n`, analyzer);

  it('ties no date to the verb\'s fact through the plural noun', () => {
    for (const sentence of [
      'The Harbour Safety Authority kept the files until 3 May 2026.[1]',
      'The Harbour Safety Authority kept its unpublished files until 3 May 2026.[1]',
      "The Harbour Safety Authority's files stayed sealed until 3 May 2026.[1]",
      'Two reports by the Harbour Safety Authority came out on 9 May 2026.[1]',
      'Dozens of reports by the Harbour Safety Authority came out on 9 May 2026.[1]',
    ]) {
      assert.deepEqual(pl006(sentence), [], sentence);
    }
  });

  it('still reads the verb in "-s" and in the past tense', () => {
    assert.deepEqual(pl006('The Harbour Safety Authority files its appeal on 3 May 2026.[1]'), ['3 May 2026']);
    assert.deepEqual(pl006('The Harbour Safety Authority filed its appeal on 3 May 2026.[1]'), ['3 May 2026']);
    assert.deepEqual(pl006('The Harbour Safety Authority reports the spill on 9 May 2026.[1]'), ['9 May 2026']);
    assert.deepEqual(pl006('The Harbour Safety Authority reported the spill on 9 May 2026.[1]'), ['9 May 2026']);
  });
});
