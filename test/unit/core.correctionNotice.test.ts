// An editor's note on the document itself, a correction or an update notice, is the publisher's own
// word: its figures want no citation, though a figure it gets wrong is still contradicted
// (blind QA round 21, J item 14).
import * as assert from 'node:assert/strict';
import { findingTexts } from './support/findingTexts';

const pl007 = (text: string): string[] => findingTexts('PL007', text);
const pl006 = (text: string): string[] => findingTexts('PL006', text);

describe('a correction notice', () => {
  it('wants no citation for its figures', () => {
    for (const notice of [
      '*This story has been corrected to show that the Pentagon contract at the center of the dispute was worth $200 million, not $250 million.*',
      'Correction (April 12): An earlier version of this article said the leak was on March 28, 2026.',
      '_Update: This post was updated on April 10, 2026 to add comment from Anthropic._',
    ])
      assert.deepEqual(pl007(notice), [], notice);
  });

  it('leaves the figures of the rest of the draft, and a wrong figure in the notice, to be checked', () => {
    const draft = '*This story has been corrected to show that the contract was worth $200 million, not $250 million.*\n\nThe Pentagon contract was worth $250 million.\n';
    assert.deepEqual(pl006(draft), ['$250 million']);
    assert.deepEqual(pl007(draft), ['$250 million']);
    assert.deepEqual(pl006('*This story has been corrected to show that the Pentagon contract was worth $250 million.*'), ['$250 million']);
    // A report someone else updated is no notice on this one.
    assert.deepEqual(pl007('The report was updated in May 2025 to add 12 partners.'), ['May 2025']);
  });
});
