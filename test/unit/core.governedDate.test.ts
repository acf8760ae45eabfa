// A date right after the cue of a dated fact ("leaked on March 26") is that fact's, never another dated fact's.
import * as assert from 'node:assert/strict';
import { findingTexts } from './support/findingTexts';

const pl006 = (text: string): string[] => findingTexts('PL006', text);

describe('a date governed by the cue of another dated fact', () => {
  // On record: the leak on March 26, 2026; the Glasswing announcement on April 7, 2026.
  it('does not hold the date of the leak against the announcement', () => {
    assert.deepEqual(pl006('Glasswing was announced just over two weeks after the draft blog post leaked on March 26.'), []);
    assert.deepEqual(pl006('Glasswing was announced just over two weeks after the draft blog post leaked on March 24.'), []);
    assert.deepEqual(pl006('Anthropic announced Glasswing after the leak on March 24.'), []);
  });

  it("still holds a date against the fact whose cue governs it", () => {
    assert.deepEqual(pl006("Anthropic's leak on March 24, 2026 exposed draft posts."), ['March 24, 2026']);
    assert.deepEqual(pl006('Glasswing was announced on March 26, after the leak.'), ['March 26']);
    // A cue another dated fact shares ("published", the system card's) whose subject is the fact's own thing.
    assert.deepEqual(pl006('The Glasswing announcement, published on April 9, 2026, named twelve partners.'), ['April 9, 2026']);
    assert.deepEqual(pl006('Glasswing, announced on April 9, 2026, came eleven days after the Mythos leak on March 26.'), ['April 9, 2026']);
  });
});
