// The writer's own earlier version, corrected; a figure denied in the relative clause of a negated
// noun; the dates of the writer's own acts and pieces (blind QA round 19, tester F items 1.3, 1.4, 1.6, 3.3).
import * as assert from 'node:assert/strict';
import { findingTexts } from './support/findingTexts';

const pl006 = (text: string): string[] => findingTexts('PL006', text);
const pl007 = (text: string): string[] => findingTexts('PL007', text);
const refs = (n: number) => `\n\n[${n}]: https://example.org\n`;
// On record: the system card runs to 244 pages; close to 3,000 assets exposed in the leak (March 26);
// the filing on March 17, 2026; the announcement on April 7, 2026; 83.1% on CyberGym; 12 founding partners.

describe('a correction of the writer’s own earlier version (F 1.4)', () => {
  it('leaves the earlier figure unverified when the next sentence restates or corrects it', () => {
    assert.deepEqual(pl006(`- In issue 16 (6–12 April) we wrote that the Mythos Preview system card was 144 pages long. It is 244 pages.[2] We have corrected that entry.${refs(2)}`), []);
    assert.deepEqual(pl006(`- Our 10 April explainer dated the Defense Department's court filing to March 7. The filing was made on March 17, 2026.[4]${refs(4)}`), []);
    assert.deepEqual(pl006(`We reported that Glasswing has 15 founding partners. The correct number is 12.[1]${refs(1)}`), []);
    // It still wants a citation.
    assert.deepEqual(pl007('In issue 16 we wrote that the Mythos Preview system card was 144 pages long. It is 244 pages.'), ['144 pages', '244 pages']);
  });

  it('still checks the writer’s own figure that nothing corrects, and a restatement of another thing', () => {
    assert.deepEqual(pl006(`Glasswing has 15 founding partners.[1]${refs(1)}`), ['15']);
    assert.deepEqual(pl006('In 2025 we wrote that Glasswing has 15 founding partners, and it still does.'), ['15']);
    assert.deepEqual(pl006(`In our 9 April newsletter we wrote that Glasswing has 15 founding partners.[1]${refs(1)}`), ['15']);
    assert.deepEqual(pl006('We wrote that Glasswing has 15 founding partners. It has 40 other organisations.'), ['15']);
    // The correcting figure is checked too.
    assert.deepEqual(pl006(`In issue 16 we wrote that the Mythos Preview system card was 144 pages long. It is 240 pages.[2]${refs(2)}`), ['240 pages']);
  });

  it('reads a date before the noun of the writer’s own piece as the piece’s, not an event’s', () => {
    assert.deepEqual(pl006(`- Our 9 April check of the leak said Anthropic left 300 unpublished assets exposed. The correct figure is close to 3,000.[3]${refs(3)}`), []);
    // The writer's own voice names an event on record so too: still checked.
    assert.deepEqual(pl006('Our April 9 announcement of Project Glasswing named twelve founding partners.'), ['April 9']);
  });
});

describe('a correction that names no thing of its own (F 3.3)', () => {
  it('takes its subject and cue from the sentence it corrects', () => {
    assert.deepEqual(pl006(`- Our 9 April check of the leak said Anthropic left 300 unpublished assets exposed. The correct figure is nearly 30,000.[3]${refs(3)}`), ['nearly 30,000']);
    assert.deepEqual(pl006(`The consultation paper dates the announcement of Claude Mythos Preview to 9 April 2026. The correct date is 8 April 2026.[1]${refs(1)}`), ['8 April 2026']);
    // A right correction is confirmed, and the corrected figure stays unverified.
    assert.deepEqual(pl006(`The consultation paper dates the announcement of Claude Mythos Preview to 9 April 2026. The correct date is 7 April 2026.[1]${refs(1)}`), []);
  });
});

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
