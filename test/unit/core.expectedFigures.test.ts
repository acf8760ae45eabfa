// A figure or date after a verb of expecting ("analysts expect", "predict", "anticipate") is a forecast, not the record's value.
import * as assert from 'node:assert/strict';
import { findingTexts } from './support/findingTexts';

const pl006 = (text: string): string[] => findingTexts('PL006', text);
const pl007 = (text: string): string[] => findingTexts('PL007', text);

describe('figures after a verb of expecting', () => {
  // On record: Project Glasswing announced on April 7, 2026; Mythos Preview scores 93.9% on SWE-bench Verified.
  const glasswing = 'Anthropic says Project Glasswing is temporary. ';

  it('does not hold a forecast date against the event on record', () => {
    assert.deepEqual(pl006(`${glasswing}Some analysts expect broader access to be announced in Q3 2026.`), []);
    assert.deepEqual(pl006(`${glasswing}Analysts anticipate that broader access will be announced in Q3 2026.`), []);
    // Still a dated claim without a citation.
    assert.deepEqual(pl007(`${glasswing}Some analysts expect broader access to be announced in Q3 2026.`), ['Q3 2026']);
  });

  it('does not hold a predicted score against the score on record', () => {
    assert.deepEqual(pl006('Analysts expect Mythos Preview to score 95% on SWE-bench Verified.'), []);
    assert.deepEqual(pl006('Analysts predict Mythos Preview will score 95% on SWE-bench Verified.'), []);
  });

  it('still checks what the sentence asserts beside the expectation', () => {
    assert.deepEqual(pl006('As analysts expected, Project Glasswing was announced on April 9, 2026.'), ['April 9, 2026']);
    assert.deepEqual(pl006('Project Glasswing was announced on April 9, 2026; analysts expect more news in Q3 2026.'), ['April 9, 2026']);
  });
});
