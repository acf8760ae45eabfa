// A date right after the cue of a dated fact ("leaked on March 26") is that fact's, never another dated fact's.
import * as assert from 'node:assert/strict';
import { bundledAnalyzer, findingTexts } from './support/findingTexts';

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

  it('keeps a date its own thing governs from another thing of its kind named elsewhere in the sentence (blind QA round 7, tester L item 8)', () => {
    // On record: the system card published on April 7, 2026. The Alignment Risk Update is another document.
    const other = ', alongside a companion Alignment Risk Update.';
    assert.deepEqual(pl006(`Anthropic published the system card on 2026-04-09${other}`), ['2026-04-09']);
    assert.deepEqual(pl006(`Anthropic published the system card on 9 April 2026${other}`), ['9 April 2026']);
    assert.deepEqual(pl006(`Anthropic published the system card on 2026-04-07${other}`), []);
    assert.deepEqual(pl006('The system card was published on 2026-04-09, alongside the Alignment Risk Update.'), ['2026-04-09']);
    assert.deepEqual(pl006('Alongside the Alignment Risk Update, Anthropic published the system card on 2026-04-09.'), ['2026-04-09']);
    // The date is the other document's: its own cue's thing is the Alignment Risk Update.
    assert.deepEqual(pl006('Anthropic published the Alignment Risk Update on 2026-04-09, alongside the system card.'), []);
  });

  it('gives each of two dates to the event it is written with, in one sentence (blind QA round 8, tester T item 4)', () => {
    // On record: the leak on March 26, 2026; the announcement on April 7, 2026. Each date is held against its own event.
    assert.deepEqual(
      pl006('The Mythos leak on April 7, 2026 preceded the formal announcement of Claude Mythos Preview on March 26, 2026 by eleven days.'),
      ['April 7, 2026', 'March 26, 2026'],
    );
    assert.deepEqual(pl006("Anthropic's leak on April 7, 2026 preceded the formal announcement on March 26, 2026."), ['April 7, 2026', 'March 26, 2026']);
    assert.deepEqual(pl006('The Mythos leak on March 26, 2026 preceded the formal announcement of Claude Mythos Preview on April 7, 2026 by eleven days.'), []);
    assert.deepEqual(pl006("Anthropic's leak on March 26, 2026 preceded the formal announcement on April 7, 2026."), []);
    // A date another document is written with is that one's, though it is the card's date on record.
    assert.deepEqual(pl006('Anthropic published the system card on April 9 and the Alignment Risk Update on April 7.'), ['April 9']);
    assert.deepEqual(pl006('Anthropic published the system card on April 7 and the Alignment Risk Update on April 9.'), []);
  });

  it('gives the fixes of swapped dates each its own event’s date', () => {
    const text = 'The Mythos leak on April 7, 2026 preceded the formal announcement of Claude Mythos Preview on March 26, 2026 by eleven days.';
    const fixes = bundledAnalyzer.analyze(text).findings.filter((f) => f.code === 'PL006').map((f) => f.fixes?.[0]?.edits[0].newText);
    assert.deepEqual(fixes, ['March 26, 2026', 'April 7, 2026']);
  });
});
