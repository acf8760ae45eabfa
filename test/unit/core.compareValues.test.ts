import * as assert from 'assert';
import type { ClaimValue } from '../../src/core/types';
import type { FactValue } from '../../src/core/factbase/schema';
import { compareValue } from '../../src/core/factcheck/compareValues';

type Stated = NonNullable<ClaimValue['approx']> | 'exact';
type OnRecord = 'exact' | 'about' | 'more-than' | 'at-least' | 'less-than' | 'up-to';

/** A count as the text states it: "nearly 30" is `count('nearly', 30)`. */
function count(approx: Stated, n: number): ClaimValue {
  const at = { line: 0, character: 0 };
  return { kind: 'count', text: String(n), range: { start: at, end: at }, span: { start: 0, end: 0 }, number: n, ...(approx === 'exact' ? {} : { approx }) };
}

const onRecord = (approx: OnRecord, value: number): FactValue => ({ type: 'count', value, approx });

describe('comparing a stated figure and its qualifier with the figure on record', () => {
  // [stated qualifier, stated figure, qualifier on record, figure on record, verdict]
  const table: [Stated, number, OnRecord, number, string][] = [
    // Exactly X.
    ['exact', 30, 'exact', 30, 'agrees'],
    ['exact', 32, 'exact', 30, 'contradicts'],
    ['exact', 32, 'about', 30, 'agrees'],
    ['exact', 40, 'about', 30, 'contradicts'],
    ['exact', 35, 'more-than', 30, 'agrees'],
    ['exact', 25, 'more-than', 30, 'contradicts'],
    ['exact', 25, 'less-than', 30, 'agrees'],
    ['exact', 35, 'less-than', 30, 'contradicts'],
    ['exact', 100, 'up-to', 100, 'agrees'],
    ['exact', 80, 'up-to', 100, 'unknown'],
    ['exact', 120, 'up-to', 100, 'contradicts'],
    // Nearly (almost, just under) X: a little below X, X itself included.
    ['nearly', 30, 'exact', 30, 'agrees'],
    ['nearly', 30, 'exact', 28, 'agrees'],
    ['nearly', 30, 'exact', 32, 'contradicts'],
    ['nearly', 30, 'exact', 20, 'contradicts'],
    ['nearly', 30, 'about', 32, 'agrees'],
    ['nearly', 30, 'about', 40, 'contradicts'],
    ['nearly', 30, 'more-than', 30, 'contradicts'],
    ['nearly', 30, 'more-than', 35, 'contradicts'],
    ['nearly', 40, 'more-than', 30, 'agrees'],
    ['nearly', 30, 'at-least', 30, 'contradicts'],
    ['nearly', 40, 'at-least', 30, 'agrees'],
    ['nearly', 30, 'less-than', 30, 'agrees'],
    ['nearly', 40, 'less-than', 38, 'unknown'],
    ['nearly', 40, 'less-than', 30, 'contradicts'],
    ['nearly', 100, 'up-to', 100, 'agrees'],
    ['nearly', 50, 'up-to', 100, 'unknown'],
    ['nearly', 200, 'up-to', 100, 'contradicts'],
    // About X: X give or take 10% for a round X.
    ['about', 30, 'exact', 32, 'agrees'],
    ['about', 30, 'exact', 28, 'agrees'],
    ['about', 30, 'exact', 40, 'contradicts'],
    ['about', 30, 'about', 32, 'agrees'],
    ['about', 30, 'more-than', 30, 'agrees'],
    ['about', 45, 'more-than', 40, 'agrees'],
    ['about', 30, 'more-than', 40, 'contradicts'],
    ['about', 60, 'more-than', 40, 'agrees'],
    ['nearly', 60, 'more-than', 40, 'agrees'],
    ['exact', 60, 'more-than', 40, 'agrees'],
    ['about', 30, 'less-than', 40, 'agrees'],
    ['about', 50, 'less-than', 40, 'contradicts'],
    ['about', 100, 'up-to', 100, 'agrees'],
    ['about', 50, 'up-to', 100, 'unknown'],
    ['about', 150, 'up-to', 100, 'contradicts'],
    // "about X" and "nearly X" stray from X by the step X was rounded to, at most 10%:
    // a round figure by 10%, "about 85" by 5, "about 94" by 1.
    ['about', 90, 'exact', 93.9, 'agrees'],
    ['about', 95, 'exact', 93.9, 'agrees'],
    ['about', 94, 'exact', 93.9, 'agrees'],
    ['about', 85, 'exact', 93.9, 'contradicts'],
    ['about', 89, 'exact', 93.9, 'contradicts'],
    ['about', 98, 'exact', 93.9, 'contradicts'],
    ['about', 35, 'about', 30, 'contradicts'],
    ['about', 3000, 'exact', 2800, 'agrees'],
    ['about', 3200, 'exact', 2800, 'contradicts'],
    ['nearly', 95, 'exact', 93.9, 'agrees'],
    ['nearly', 94, 'exact', 93.9, 'agrees'],
    ['nearly', 96, 'exact', 93.9, 'contradicts'],
    ['nearly', 99, 'exact', 93.9, 'contradicts'],
    ['nearly', 42, 'less-than', 40, 'contradicts'],
    // "nearly X" is below X at any precision (blind QA round 11, Q item 1): 83.1 is above 83, though it rounds to it.
    ['nearly', 83, 'exact', 83.1, 'contradicts'],
    ['nearly', 53, 'exact', 53.4, 'contradicts'],
    ['nearly', 83, 'exact', 83, 'agrees'],
    ['nearly', 83, 'exact', 82.6, 'agrees'],
    // A round figure (ending in 5 or zeros) was rounded to that step: the value is within half of it
    // (blind QA round 10, Z items 6 and 7): "about 85" is 82.5 to 87.5, "nearly 90" 85 to 90.
    ['about', 85, 'exact', 83.1, 'agrees'],
    ['about', 85, 'exact', 80.8, 'contradicts'],
    ['about', 80, 'exact', 80.8, 'agrees'],
    ['nearly', 90, 'exact', 83.1, 'contradicts'],
    ['nearly', 90, 'exact', 86, 'agrees'],
    ['about', 2400, 'exact', 2380, 'agrees'],
    ['about', 2400, 'exact', 2330, 'contradicts'],
    // A figure given to its last digit was rounded there, the same half unit either way (blind QA round 17, P item 2):
    // "about 94" is 93.5 to 94.5, so "about 84" is as wrong for 83.1 as "about 82"; "nearly 94" is 93 to 94.
    ['about', 94, 'exact', 93.2, 'contradicts'],
    ['about', 93, 'exact', 93.2, 'agrees'],
    ['about', 83, 'exact', 83.1, 'agrees'],
    ['about', 84, 'exact', 83.1, 'contradicts'],
    ['about', 82, 'exact', 83.1, 'contradicts'],
    ['about', 84.5, 'exact', 83.1, 'contradicts'],
    ['about', 83.5, 'exact', 83.1, 'contradicts'],
    ['nearly', 94, 'exact', 93.2, 'agrees'],
    // More than X.
    ['more-than', 40, 'exact', 45, 'agrees'],
    // A strict bound excludes its own figure: "more than 40" is wrong for 40 on record.
    ['more-than', 40, 'exact', 40, 'contradicts'],
    ['more-than', 12, 'exact', 12, 'contradicts'],
    ['more-than', 11, 'exact', 12, 'agrees'],
    ['more-than', 83, 'exact', 83.1, 'agrees'],
    ['more-than', 83.1, 'exact', 83.1, 'contradicts'],
    // Against "about X" on record, "more than X" cannot tell; well under X it agrees.
    ['more-than', 3000, 'about', 3000, 'unknown'],
    ['more-than', 2000, 'about', 3000, 'agrees'],
    ['more-than', 40, 'exact', 30, 'contradicts'],
    ['more-than', 40, 'more-than', 40, 'agrees'],
    ['more-than', 40, 'more-than', 50, 'agrees'],
    ['more-than', 60, 'more-than', 40, 'contradicts'],
    ['more-than', 40, 'at-least', 40, 'agrees'],
    ['more-than', 40, 'less-than', 50, 'unknown'],
    ['more-than', 40, 'less-than', 40, 'contradicts'],
    ['more-than', 40, 'up-to', 40, 'contradicts'],
    // At least X.
    ['at-least', 30, 'exact', 30, 'agrees'],
    ['at-least', 12, 'exact', 12, 'agrees'],
    ['at-least', 30, 'exact', 20, 'contradicts'],
    ['at-least', 30, 'more-than', 40, 'agrees'],
    ['at-least', 30, 'up-to', 20, 'contradicts'],
    // Fewer than X.
    ['less-than', 30, 'exact', 25, 'agrees'],
    ['less-than', 30, 'exact', 35, 'contradicts'],
    ['less-than', 12, 'exact', 12, 'contradicts'],
    ['less-than', 13, 'exact', 12, 'agrees'],
    ['less-than', 83.1, 'exact', 83.1, 'contradicts'],
    ['less-than', 84, 'exact', 83.1, 'agrees'],
    ['less-than', 3000, 'about', 3000, 'unknown'],
    ['less-than', 4000, 'about', 3000, 'agrees'],
    ['less-than', 2000, 'about', 3000, 'contradicts'],
    ['less-than', 40, 'up-to', 40, 'agrees'],
    ['less-than', 30, 'less-than', 20, 'agrees'],
    ['less-than', 20, 'less-than', 30, 'contradicts'],
    ['less-than', 30, 'more-than', 30, 'contradicts'],
    ['less-than', 30, 'more-than', 20, 'unknown'],
    ['less-than', 30, 'at-least', 30, 'contradicts'],
    // Up to X.
    ['up-to', 100, 'exact', 80, 'agrees'],
    ['up-to', 100, 'exact', 120, 'contradicts'],
    ['up-to', 100, 'up-to', 100, 'agrees'],
    ['up-to', 100, 'up-to', 80, 'contradicts'],
    ['up-to', 30, 'more-than', 30, 'contradicts'],
    ['up-to', 30, 'more-than', 20, 'unknown'],
    ['up-to', 30, 'at-least', 40, 'contradicts'],
    ['up-to', 30, 'at-least', 20, 'unknown'],
    ['up-to', 30, 'less-than', 20, 'agrees'],
  ];
  for (const [stated, n, recorded, r, verdict] of table) {
    it(`${stated} ${n} against ${recorded} ${r} on record: ${verdict}`, () => {
      assert.strictEqual(compareValue(count(stated, n), onRecord(recorded, r)), verdict);
    });
  }
});

describe('comparing a part of a month with a date on record', () => {
  const part = (date: string): ClaimValue => {
    const at = { line: 0, character: 0 };
    return { kind: 'date', text: date, range: { start: at, end: at }, span: { start: 0, end: 0 }, date };
  };
  const onRecordDate = (date: string): FactValue => ({ type: 'date', date });
  // [part as read ("late April 2026", "mid-April"), date on record, verdict]
  const table: [string, string, string][] = [
    ['2026-04-21/30', '2026-04-07', 'contradicts'],
    ['2026-04-21/30', '2026-04-21', 'agrees'],
    ['2026-04-21/30', '2026-04-30', 'agrees'],
    ['--04-11/20', '2026-04-07', 'contradicts'],
    ['--04-01/10', '2026-04-07', 'agrees'],
    ['2025-04-01/10', '2026-04-07', 'contradicts'],
    ['2026-03-21/31', '2026-04-07', 'contradicts'],
    // A record of the month or the year alone cannot tell the part.
    ['2026-04-21/30', '2026-04', 'unknown'],
    ['--04-21/30', '2026', 'unknown'],
    // A part of a year ("late 2026": its months) against a month or a day on record.
    ['2026-09/12', '2026-04-07', 'contradicts'],
    ['2026-01/04', '2026-04-07', 'agrees'],
    ['2026-01/04', '2026-04', 'agrees'],
    ['2025-01/04', '2026-04-07', 'contradicts'],
    ['2026-09/12', '2026', 'unknown'],
  ];
  for (const [stated, recorded, verdict] of table) {
    it(`${stated} against ${recorded} on record: ${verdict}`, () => assert.strictEqual(compareValue(part(stated), onRecordDate(recorded)), verdict));
  }
});

describe('comparing a share written as a fraction with a percentage on record', () => {
  const fraction = (n: number, approx: Stated = 'about'): ClaimValue => {
    const at = { line: 0, character: 0 };
    return { kind: 'percentage', text: 'two-thirds', range: { start: at, end: at }, span: { start: 0, end: 0 }, number: n, unit: 'fraction', ...(approx === 'exact' ? {} : { approx }) };
  };
  const percent = (value: number): FactValue => ({ type: 'percent', value, approx: 'exact' });
  it('allows 10% of the share either way, the most "about" allows', () => {
    assert.strictEqual(compareValue(fraction(200 / 3), percent(66.6)), 'agrees');
    assert.strictEqual(compareValue(fraction(200 / 3), percent(72)), 'agrees');
    assert.strictEqual(compareValue(fraction(200 / 3), percent(75)), 'contradicts');
    assert.strictEqual(compareValue(fraction(90), percent(83.1)), 'agrees');
    assert.strictEqual(compareValue(fraction(50), percent(56)), 'contradicts');
    assert.strictEqual(compareValue(fraction(50, 'more-than'), percent(83.1)), 'agrees');
  });
});
