// A count is held against a fact only when it counts the fact's thing and its sentence's subject is the fact's.
import * as assert from 'node:assert/strict';
import { findingTexts } from './support/findingTexts';

const pl006 = (text: string): string[] => findingTexts('PL006', text);

describe('what a count counts', () => {
  // On record: twelve founding partners, more than 40 further organizations, more than fifty in all.
  const welcomed = 'The Coalition welcomed Project Glasswing.\n\n';

  it('leaves a count whose own noun ends its phrase, with the cue only further on', () => {
    assert.deepEqual(pl006(`${welcomed}"We are asking for three things: a public list of participants, quarterly reporting, and a seat at the table," Whitcombe added.`), []);
    assert.deepEqual(pl006('Project Glasswing is new. We name three groups: founding partners, participants and observers.'), []);
  });

  it('still holds a count whose noun is another word for the cue named before it or beside it', () => {
    assert.deepEqual(pl006("Glasswing's founding partners are ten companies."), ['ten']);
    assert.deepEqual(pl006('Glasswing counts ten companies, its founding partners.'), ['ten']);
    assert.deepEqual(pl006('Glasswing counts ten companies as founding partners.'), ['ten']);
    assert.deepEqual(pl006('Project Glasswing is new. It has ten participants.'), ['ten']);
  });

  it('does not hold a count of another noun to the cue before it unless a linking verb says they are its things (blind QA round 19, tester F item 1.2)', () => {
    // On record: the Mythos Preview system card runs to 244 pages.
    assert.deepEqual(pl006('The Mythos Preview system card drew 1.2 million views.'), []);
    assert.deepEqual(pl006('The Mythos Preview system card was widely shared; one post about it drew 1.2 million views.'), []);
    assert.deepEqual(pl006('"They buried it in the Mythos Preview system card." — post on X, about 1.2 million views'), []);
    // Kept: the count's own noun is the fact's, or a linking verb or a colon names the things counted.
    assert.deepEqual(pl006('The Mythos Preview system card drew criticism for its 1,200 pages.'), ['1,200 pages']);
    assert.deepEqual(pl006("Glasswing's founding partners: ten companies."), ['ten']);
    assert.deepEqual(pl006("Glasswing's founding partners number ten companies."), ['ten']);
    // A verb made from the fact's noun links them too (on record: roughly 30 targets).
    assert.deepEqual(pl006('The Chinese state-sponsored campaign targeted around three dozen organizations.'), ['around three dozen']);
  });

  it('reads "another forty organizations" as an addition, not the total', () => {
    assert.deepEqual(pl006('As I count it, Glasswing has twelve founding partners, and then another forty or so organizations.'), []);
    assert.deepEqual(pl006('As I count it, Glasswing has ten founding partners, and then another forty organizations.'), ['ten']);
    // Held against the addition on record (more than 40), as "additional organizations" is.
    assert.deepEqual(pl006('Glasswing has twelve founding partners and 20 more organizations.'), ['20']);
    assert.deepEqual(pl006('Glasswing has twelve founding partners and 20 additional organizations.'), ['20']);
  });

  it('does not hold a sentence whose subject is a name of its own to the count of the paragraph before', () => {
    assert.deepEqual(pl006(`${welcomed}Founded in 2019, the Coalition represents more than 140 member organizations.`), []);
    assert.deepEqual(pl006(`${welcomed}The Coalition represents more than 140 member organizations.`), []);
    assert.deepEqual(pl006(`${welcomed}**About the Coalition**\nFounded in 2019, the Coalition represents more than 140 member organizations.`), []);
    assert.deepEqual(pl006('Project Glasswing is new.\n\nIn 2025, the Chip Security Coalition launched with nine founding members.'), []);
    // On record: the Defense Department's court filing runs to 40 pages. "the Department" may be the one named before.
    const pentagon = 'The Pentagon made its case in court.\n\n';
    assert.deepEqual(pl006(`${pentagon}The Department's court filing runs to 45 pages.`), ['45 pages']);
    assert.deepEqual(pl006(`${pentagon}The Coalition's court filing runs to 45 pages.`), []);
    // A name that reports leaves the reported clause its own subject.
    assert.deepEqual(pl006('Project Glasswing launched this week.\n\nLast week, the Senate heard that it has ten founding partners.'), ['ten']);
    // "It" names no subject of its own and borrows Glasswing.
    assert.deepEqual(pl006('Project Glasswing is new.\n\nIt represents 14 member organizations.'), ['14']);
  });
});
