// A vague amount is no figure (QA round 22): "a few dozen vetted companies" names no number a source
// could be cited for or a record could contradict; "two dozen" and "a dozen" still do.
import * as assert from 'node:assert/strict';
import { createAnalyzer } from '../../src/core';
import { parseFactBase } from '../../src/core/factbase/load';
import { findingTexts } from './support/findingTexts';

describe('a vague amount ("a few dozen", "several hundred") is no figure', () => {
  it('gives no PL007 for a scale word counted by a word that names no number', () => {
    for (const sentence of [
      'Anthropic gives Mythos Preview to a few dozen vetted companies.',
      'Anthropic gives Mythos Preview to several dozen vetted companies.',
      'Anthropic gives Mythos Preview to a few hundred vetted companies.',
      'Many hundred engineers tried it, and a great many dozen firms asked for it.',
      'A few hundred thousand lines were scanned.',
    ]) {
      assert.deepEqual(findingTexts('PL007', sentence), [], sentence);
      assert.deepEqual(findingTexts('PL006', sentence), [], sentence);
    }
  });

  it('still reads a scale word with a number as the figure it is', () => {
    assert.deepEqual(findingTexts('PL007', 'Anthropic gives Mythos Preview to two dozen vetted companies.'), ['two dozen']);
    assert.deepEqual(findingTexts('PL007', 'Anthropic gives Mythos Preview to a dozen vetted companies.'), ['dozen']);
    assert.deepEqual(findingTexts('PL007', 'Anthropic gives Mythos Preview to half a dozen vetted companies.'), ['half a dozen']);
    // "few" inside another word is no vague word.
    assert.deepEqual(findingTexts('PL007', 'The curfew hundred was a unit of households.'), ['hundred']);
  });

  it('leaves a vague amount unchecked against a count on record, in any fact base', () => {
    const yaml = `version: 1
entities:
  - { id: compact, kind: program, name: Northmere Testing Compact, aliases: [the Compact], summary: A voluntary agreement. }
facts:
  - id: compact-signatories
    statement: Twelve companies have signed the Northmere Testing Compact.
    entities: [compact]
    measure: signatory-count
    cues: [signatories]
    value: { type: count, value: 12, unit: signatories }
    sources: [gazette]
sources:
  - { id: gazette, number: 1, title: The Board at Two, publisher: Northmere Courier, kind: news }
`;
    const { factBase, errors } = parseFactBase(yaml, 'facts.yaml');
    assert.deepEqual(errors, []);
    const analyzer = createAnalyzer({ factBase: factBase!, settings: {} });
    const text = (s: string) => `${s}\n\n## Sources\n\n1. Northmere Courier, "The Board at Two".\n`;
    assert.deepEqual(findingTexts('PL006', text('The Northmere Testing Compact has several dozen signatories [1].'), analyzer), []);
    assert.deepEqual(findingTexts('PL006', text('The Northmere Testing Compact has two dozen signatories [1].'), analyzer), ['two dozen']);
  });
});
