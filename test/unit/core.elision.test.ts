import * as assert from 'node:assert/strict';
import { findingTexts } from './support/findingTexts';

// Blind QA round 20, tester D item 3.1: an ellipsis mid-sentence cut the score off from its benchmark.
describe('a figure before an ellipsis that leaves words out', () => {
  it('is held against the record with the words after the ellipsis', () => {
    assert.deepEqual(findingTexts('PL006', 'Mythos Preview scores 86.1% on … CyberGym, per the card.'), ['86.1%']);
    assert.deepEqual(findingTexts('PL006', '> Mythos Preview **scores 86.1%** on … **CyberGym** … against 66.6% for Opus 4.6.'), ['86.1%']);
    assert.deepEqual(findingTexts('PL006', 'Mythos Preview scores 83.1% on … CyberGym, per the card.'), []);
  });
});
