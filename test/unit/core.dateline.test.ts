// A press release's dateline dates the release, not what the release reports: its date is no claim's figure.
import * as assert from 'node:assert/strict';
import { findingTexts } from './support/findingTexts';
import { datelineEnd } from '../../src/core/claims/dateline';

const found = (text: string): string[] => [...findingTexts('PL006', text), ...findingTexts('PL007', text)];

describe('press-release datelines', () => {
  // On record: Project Glasswing was announced on April 7, 2026.
  const release = "The Coalition today welcomed Anthropic's announcement of Project Glasswing.";

  it('neither checks nor asks a citation for the date of a dateline', () => {
    for (const dateline of [
      'WASHINGTON, April 9, 2026 /PRNewswire/ -- ',
      'SAN FRANCISCO--(BUSINESS WIRE)--April 9, 2026--',
      'LONDON, 9 April 2026 — ',
      'Washington, D.C., April 9, 2026 /PRNewswire/ – ',
      'WASHINGTON, D.C. (April 9, 2026) – ',
      '**WASHINGTON, April 9, 2026** — ',
      // Under a release's handling line (blind QA round 22, voice item 5).
      'FOR IMMEDIATE RELEASE\nWASHINGTON, April 9, 2026 — ',
      'EMBARGOED UNTIL 00:01 BST 21 APRIL 2026\nLONDON, 9 April 2026 — ',
    ]) {
      assert.deepEqual(found(dateline + release), [], dateline);
    }
  });

  it('still reads the dates after the dateline, and a date opening a sentence that is no dateline', () => {
    assert.deepEqual(findingTexts('PL006', 'WASHINGTON, April 9, 2026 /PRNewswire/ -- Project Glasswing, announced on April 9, 2026, has twelve founding partners.'), ['April 9, 2026']);
    // A place in ordinary case without a wire's tag is no dateline: a timeline's entry.
    assert.deepEqual(findingTexts('PL006', 'Anthropic, April 9, 2026 — announced Project Glasswing.'), ['April 9, 2026']);
    // What a release reports after its handling line and dateline is still read.
    assert.deepEqual(found('FOR IMMEDIATE RELEASE\nWASHINGTON, April 9, 2026 — Anthropic pledged $100 million in usage credits.'), ['$100 million']);
    assert.deepEqual(findingTexts('PL006', 'Project Glasswing was announced on April 9, 2026 — a Thursday.'), ['April 9, 2026']);
  });

  it('ends the dateline after its date and wire tag', () => {
    const text = 'WASHINGTON, April 9, 2026 /PRNewswire/ -- The Coalition …';
    assert.equal(text.slice(0, datelineEnd(text, 0)), 'WASHINGTON, April 9, 2026 /PRNewswire/ -- ');
    assert.equal(datelineEnd('WASHINGTON, April 9, 2026 The Coalition …', 0), -1);
  });
});
