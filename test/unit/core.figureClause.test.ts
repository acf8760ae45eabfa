// A figure belongs to its clause: blind QA round 6, tester X items 3 and 4.
import * as assert from 'node:assert/strict';
import { findingTexts } from './support/findingTexts';

const pl006 = (text: string): string[] => findingTexts('PL006', text);

describe('a figure belongs to its clause', () => {
  // On record: the DOD's court filing runs to 40 pages, the Mythos Preview system card to 244.
  it('holds a figure against the fact its clause names, not one named more firmly in the next clause', () => {
    assert.deepEqual(pl006('Its filing runs to 40 pages; the Mythos Preview system card runs to 144.'), ['144']);
    assert.deepEqual(pl006('Its filing runs to 40 pages; the Mythos Preview system card runs to 244.'), []);
    assert.deepEqual(pl006('The Mythos Preview system card runs to 144 pages, while the court filing runs to 40.'), ['144 pages']);
  });

  it('still catches figures swapped across clauses', () => {
    // On record: a 27-year-old flaw in OpenBSD, a 16-year-old bug in FFmpeg.
    assert.deepEqual(pl006('Mythos Preview found a 16-year-old flaw in OpenBSD; the FFmpeg bug was 27 years old.'), ['16-year-old', '27 years old']);
    assert.deepEqual(pl006('Mythos Preview found a 27-year-old flaw in OpenBSD; the FFmpeg bug was 16 years old.'), []);
  });

  it("lends no fact from the paragraph to a clause that names a subject of another fact's", () => {
    // On record: the first DARPA Cyber Grand Challenge, ten years before the announcement.
    const cgc = 'Ten years ago, the first DARPA Cyber Grand Challenge showed machines could play capture-the-flag.[1] ';
    assert.deepEqual(pl006(`${cgc}Twelve years ago, nobody imagined a model finding a 27-year-old flaw in OpenBSD.[1]`), []);
    // A sentence with no subject of its own still takes the paragraph's.
    assert.deepEqual(pl006('The first DARPA Cyber Grand Challenge was a milestone. It took place twelve years ago.'), ['twelve years']);
    // A clause of its own after ", and" keeps the paragraph's subject for the figure before it.
    assert.deepEqual(pl006('Project Glasswing launched on April 7, 2026. It has ten founding partners, and Claude Mythos Preview scored 83.1% on CyberGym.'), ['ten']);
  });
});
