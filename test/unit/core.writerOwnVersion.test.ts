// The writer's own earlier version, corrected; a figure denied in the relative clause of a negated
// noun; the dates of the writer's own acts and pieces (blind QA round 19, tester F items 1.3, 1.4, 1.6, 3.3).
import * as assert from 'node:assert/strict';
import { findingTexts } from './support/findingTexts';

const pl006 = (text: string): string[] => findingTexts('PL006', text);
const refs = (n: number) => `\n\n[${n}]: https://example.org\n`;
// On record: the system card runs to 244 pages; close to 3,000 assets exposed in the leak (March 26);
// the filing on March 17, 2026; the announcement on April 7, 2026; 83.1% on CyberGym; 12 founding partners.

describe('a figure in the relative clause of a negated noun (F 1.3)', () => {
  const before = 'Mythos Preview scored 83.1% on CyberGym, against 66.6% for Claude Opus 4.6.[1] ';
  it('is denied, not asserted', () => {
    assert.deepEqual(pl006(`${before}We found no Anthropic document that gives a CyberGym score of 98%.${refs(1)}`), []);
    assert.deepEqual(pl006('We found no Anthropic document that gives Mythos Preview a CyberGym score of 98%.'), []);
    assert.deepEqual(pl006('None of the documents that Anthropic published gives Mythos Preview a CyberGym score of 98%.'), []);
    assert.deepEqual(pl006('There is nothing that shows Mythos Preview scored 98% on CyberGym.'), []);
  });

  it('still checks a figure a "no" does not deny', () => {
    assert.deepEqual(pl006('Mythos Preview scored 98% on CyberGym, not 83.1%.'), ['98%']);
    assert.deepEqual(pl006('There is no doubt that Mythos Preview scored 98% on CyberGym.'), ['98%']);
    assert.deepEqual(pl006('It is no secret that Mythos Preview scored 98% on CyberGym.'), ['98%']);
    assert.deepEqual(pl006('No model that Anthropic tested beat it, and Mythos Preview scored 98% on CyberGym.'), ['98%']);
  });
});

describe('the date of the writer’s own act (F 1.6)', () => {
  it('is not held against an event the sentence cues elsewhere', () => {
    assert.deepEqual(
      pl006('We asked Anthropic for comment on April 10 by email; a spokesperson pointed us to the announcement and the system card and declined to comment further.'),
      [],
    );
    assert.deepEqual(pl006('On 10 April, we contacted Anthropic about the announcement.'), []);
    assert.deepEqual(pl006('On Friday, April 10, 2026, we contacted Anthropic about the announcement.'), []);
  });

  it('leaves the event’s date in what the act was about to be checked', () => {
    // The writer's date no longer agrees with the announcement: the event's wrong date is contradicted.
    assert.deepEqual(pl006(`We reported on 7 April that Anthropic announced Project Glasswing on 9 April.[1]${refs(1)}`), ['9 April']);
    assert.deepEqual(pl006('On 10 April, we asked Anthropic about the leak on 9 April.'), ['9 April']);
    assert.deepEqual(pl006('We asked Anthropic for comment after its April 9 announcement.'), ['April 9']);
    // An opener that tells the event, not a date alone.
    assert.deepEqual(pl006('On the day Anthropic announced Glasswing, April 9, we asked it for comment.'), ['April 9']);
    // An organisation's own voice on an event on record.
    assert.deepEqual(pl006('We launched Project Glasswing on 9 April.'), ['9 April']);
  });
});
