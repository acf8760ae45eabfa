// A person who belongs to one of a fact's entities names that side, not another subject: blind QA round 6, tester W item 4.
import * as assert from 'node:assert/strict';
import { findingTexts } from './support/findingTexts';

const pl006 = (text: string): string[] => findingTexts('PL006', text);

describe("a person of the fact's side", () => {
  // On record: talks on a $200 million Pentagon contract broke down; Pete Hegseth is the Defense Secretary.
  it('does not keep a figure from the fact because the sentence names someone who acts for one of its entities', () => {
    assert.deepEqual(pl006('Hegseth acted after Anthropic walked away from talks on a $250 million contract.'), ['$250 million']);
    assert.deepEqual(pl006('Pete Hegseth said Anthropic walked away from a $250 million contract.'), ['$250 million']);
    assert.deepEqual(pl006('Hegseth designated Anthropic a "supply chain risk" on February 27, 2026, after talks on a $250 million contract failed.'), ['$250 million']);
    assert.deepEqual(pl006('Hegseth acted after Anthropic walked away from talks on a $200 million contract.'), []);
  });

  it('still keeps it from a subject of its own', () => {
    assert.deepEqual(pl006('Hegseth said OpenAI signed a $250 million contract.'), []);
  });
});
