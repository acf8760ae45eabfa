// "The leak", "the designation": a definite description on a fact's cue stands for its event (blind QA round 6, tester X item 6).
import * as assert from 'node:assert/strict';
import { findingTexts } from './support/findingTexts';

const pl006 = (text: string): string[] => findingTexts('PL006', text);

describe('definite descriptions of events', () => {
  // On record: the Mythos leak on March 26, 2026, eleven days before the announcement; the designation on February 27, 2026.
  it('reads "the leak" on the cue "after the leak" as the leak on record', () => {
    assert.deepEqual(pl006('Nine days after the leak, Anthropic announced Claude Mythos Preview.'), ['Nine days']);
    assert.deepEqual(pl006('Eleven days after the leak, Anthropic announced Claude Mythos Preview.'), []);
    assert.deepEqual(pl006("Fortune's report of the March 24 leak is the earliest account."), ['March 24']);
    assert.deepEqual(pl006("Anthropic's lawsuit followed the designation of February 28."), ['February 28']);
  });

  it('reads "the system card", "Anthropic\'s system card" and "that campaign" as the ones on record', () => {
    // On record: the Mythos Preview system card runs to 244 pages; the Chinese state-sponsored campaign went after about 30 targets.
    assert.deepEqual(pl006('Claude Mythos Preview is out. Its filing runs to 40 pages; the system card runs to 144.'), ['144']);
    assert.deepEqual(pl006("Anthropic's system card, published on April 7, runs to some 144 pages."), ['some 144 pages']);
    assert.deepEqual(pl006("OpenAI's system card runs to 144 pages."), []);
    // Named just before in the paragraph, "that campaign" is it, though "organizations" is another measure's cue.
    const campaign = 'The Chinese state-sponsored campaign is documented only in the system card. ';
    assert.deepEqual(pl006(`${campaign}That campaign targeted around three dozen organizations, by the card's count.`), ['around three dozen']);
    assert.deepEqual(pl006(`${campaign}That campaign targeted around 30 organizations, by the card's count.`), []);
  });

  it('ties nothing from a description that is not the cue, or in a draft that names nothing of the event', () => {
    // Counted from the launch, not from the leak.
    assert.deepEqual(pl006('Nine days after the launch, Anthropic briefed CISA.'), []);
    // Another leak, in a draft on another subject.
    assert.deepEqual(pl006("Meta's Llama weights leaked in 2023. Nine days after the leak, Meta announced Llama 2."), []);
    assert.deepEqual(pl006('The leak of the Llama weights happened on March 3, 2023.'), []);
  });
});
