import type { ClaimValue } from '../types';
import type { FactValue } from '../factbase/schema';

export type Verdict = 'agrees' | 'contradicts' | 'unknown';

type Approx = NonNullable<ClaimValue['approx']> | 'exact';

/** Which fact value types a claim value of each kind can be compared with. */
const compatible: Record<string, readonly FactValue['type'][]> = {
  percentage: ['percent'],
  money: ['money'],
  count: ['count', 'measure'],
  measure: ['measure', 'count'],
  duration: ['duration'],
  age: ['age'],
  date: ['date'],
};

export function isComparable(value: ClaimValue, fact: FactValue): boolean {
  return compatible[value.kind]?.includes(fact.type) ?? false;
}

/** How many of each unit of age a year holds: an age is compared in the unit the text wrote it in. */
const agePerYear: Record<string, number> = { year: 1, month: 12, week: 365.25 / 7, day: 365.25 };

/** The factor that turns an age in `from` units into `to` units (years into months: 12), when both are units of age. */
function ageScale(from: string, to: string): number | undefined {
  const a = agePerYear[from];
  const b = agePerYear[to];
  return a === undefined || b === undefined ? undefined : b / a;
}

const durationDays: Record<string, number> = { second: 1 / 86400, minute: 1 / 1440, hour: 1 / 24, day: 1, week: 7, month: 30.44, year: 365.25, decade: 3652.5, century: 36525 };

/** Decimal places written in the text ("83.1%" → 1, "55,4 %" → 1), for comparing at the writer's precision. */
export function decimalsOf(text: string): number {
  const m = /\d\.(\d+)|\d,(\d{1,2})(?=\s?%)/.exec(text);
  return m ? (m[1] ?? m[2]).length : 0;
}

function recordNumber(fact: FactValue): { value: number; to?: number; approx: Approx } | undefined {
  switch (fact.type) {
    case 'percent':
    case 'count':
      return { value: fact.value, ...(fact.to !== undefined ? { to: fact.to } : {}), approx: fact.approx };
    case 'measure':
    case 'age':
      return { value: fact.value, approx: fact.approx };
    case 'money':
      return { value: fact.amount, approx: fact.approx };
    case 'duration':
      return { value: fact.value * (durationDays[fact.unit] ?? 1), approx: fact.approx };
    default:
      return undefined;
  }
}

/**
 * How far "about X" or "nearly X" may stray from X, at most 10% of X. A round figure, one ending in
 * 5 or in zeros, was rounded to that step, so the value lies within half of it: "about 85%" is
 * 82.5% to 87.5% (not 80.8%), "about 90%" 85% to 95%, "about 30" 27 to 33 (the 10%). A figure given
 * to its last digit was rounded there: "about 94%" is 93.5% to 94.5%, what rounds to 94 (93.9%, not
 * 93.2%), the same half unit on either side, so "about 84%" is as wrong for 83.1% as "about 82%".
 * "nearly X" (`below`) reaches a whole unit under such a figure: "nearly 94%" is 93% to 94%. A
 * percentage is rounded to ten points at most, so "nearly 100%" is 95% to 100% (not 93.9%).
 * `decimals` are the decimal places the text wrote, before any scale word ("$4.2 million": 1).
 */
export function approxSlack(x: number, decimals: number, percent = false, below = false): number {
  const tenth = 0.1 * Math.abs(x);
  let m = Math.round(Math.abs(x) * 10 ** decimals);
  if (m === 0 || !Number.isSafeInteger(m)) return tenth;
  let zeros = 0;
  while (m % 10 === 0) {
    m /= 10;
    zeros++;
  }
  const round = zeros > 0 || m % 10 === 5;
  const step = 10 ** (zeros - decimals) * (m % 10 === 5 ? 5 : 1);
  if (!round) return Math.min(tenth, below ? step : step / 2);
  return Math.min(tenth, (percent ? Math.min(step, 10) : step) / 2);
}

/**
 * Whether a figure stated with a qualifier agrees with the figure on record, `stated` and
 * `record.value` being the two numbers. Each side stands for the values it allows: exactly X
 * (at the writer's precision), "about X" (within `slack`: see `approxSlack`), "nearly X" (a
 * little below X: down to `slack` under it, X itself included, as a record rounds, but nothing
 * above X at any precision: "just under 83%" contradicts 83.1%), "more than
 * X", "at least X", "fewer than X" and "up to X" (a cap). The verdict:
 * - agrees when what the text allows fits what the record says, or the record's value fits the
 *   text ("over 40" for 45 on record; "about 30" for 31; "nearly 30" for 29 or 30). A strict
 *   bound excludes its own figure: "over 40" and "under 40" contradict 40 on record, "at least
 *   40" and "up to 40" agree with it (see `strictBound`).
 * - contradicts when the two cannot both be true: "nearly 30" against "more than 30" or 32 on
 *   record, "over 40" against "up to 40", "up to 30" against "more than 30".
 *   Two bounds the same way are compared as figures, as both sides state the bound itself:
 *   "more than 60" against "more than 40" on record contradicts, as "fewer than 20" against
 *   "fewer than 30" does. "about X" and "nearly X" are read as figures against a bound, as X
 *   is: "about 60" and "nearly 60" agree with "more than 40", as 60 does.
 * - unknown when they overlap without one settling the other: "over 40" against "fewer than
 *   50", "up to 30" against "at least 20", "$80 million" against "up to $100 million" (the cap
 *   on record is no amount).
 * The full table is in test/unit/core.compareValues.test.ts.
 */
function compareNumbers(stated: number, statedApprox: Approx, statedTo: number | undefined, decimals: number, slack: number, record: { value: number; to?: number; approx: Approx }): Verdict {
  const r = record.value;
  const floor = 0.5 * 10 ** -decimals + 1e-9;
  const close = (a: number, b: number, rel: number) => Math.abs(a - b) <= Math.max(rel * Math.abs(b), floor);
  // Ranges on record ("80-90%"): a figure inside the range, or the same range, agrees.
  if (record.to !== undefined) {
    if (statedTo !== undefined) return close(stated, r, 0) && close(statedTo, record.to, 0) ? 'agrees' : 'contradicts';
    return stated >= r && stated <= record.to ? 'agrees' : 'contradicts';
  }
  if (statedTo !== undefined) return r >= stated && r <= statedTo ? 'agrees' : 'contradicts';
  const exactEnough = close(stated, r, 0);
  const above = record.approx === 'more-than' || record.approx === 'at-least';
  const below = record.approx === 'less-than' || record.approx === 'up-to';
  switch (statedApprox) {
    case 'about': {
      // "about X" is X give or take its slack: read against the record as X is, with that tolerance.
      const near = Math.abs(stated - r) <= Math.max(slack, floor);
      if (above) return near || stated >= r ? 'agrees' : 'contradicts';
      if (record.approx === 'less-than') return near || stated <= r ? 'agrees' : 'contradicts';
      if (record.approx === 'up-to') return near ? 'agrees' : stated > r ? 'contradicts' : 'unknown';
      return near ? 'agrees' : 'contradicts';
    }
    case 'nearly': {
      // "nearly X" is a little below X: from its slack under X up to X.
      const least = stated - slack;
      if (above) return stated > r && !exactEnough ? 'agrees' : 'contradicts';
      if (record.approx === 'less-than') return stated <= r || exactEnough ? 'agrees' : least >= r ? 'contradicts' : 'unknown';
      if (record.approx === 'up-to') return exactEnough ? 'agrees' : least > r ? 'contradicts' : 'unknown';
      if (record.approx === 'about') return close(stated, r, 0.1) ? 'agrees' : 'contradicts';
      // X is its upper bound at the record's precision, not the text's: "just under 83%" is no
      // 83.1% (83% on record is), while "nearly two-thirds" may be 66.7% (two-thirds rounded).
      return r >= least - floor && r <= roundedAs(stated, r) + 1e-9 * Math.max(1, Math.abs(r)) ? 'agrees' : 'contradicts';
    }
    case 'more-than':
    case 'at-least':
      if (below) return r > stated ? 'unknown' : 'contradicts';
      // Two bounds the same way, or "at least X" (X itself included): compared as figures.
      if (above || statedApprox === 'at-least') return r >= stated || exactEnough ? 'agrees' : 'contradicts';
      return strictBound(r, stated, 1, record.approx === 'about' && exactEnough);
    case 'less-than':
      if (above) return r < stated ? 'unknown' : 'contradicts';
      if (below) return r <= stated || exactEnough ? 'agrees' : 'contradicts';
      return strictBound(r, stated, -1, record.approx === 'about' && exactEnough);
    case 'up-to':
      if (record.approx === 'up-to') return exactEnough ? 'agrees' : 'contradicts';
      if (record.approx === 'more-than') return r >= stated ? 'contradicts' : 'unknown';
      if (record.approx === 'at-least') return r > stated && !exactEnough ? 'contradicts' : 'unknown';
      return r <= stated ? 'agrees' : 'contradicts';
    default:
      break;
  }
  switch (record.approx) {
    case 'about':
      return close(stated, r, 0.1) ? 'agrees' : 'contradicts';
    case 'more-than':
    case 'at-least':
      return stated >= r ? 'agrees' : 'contradicts';
    case 'less-than':
      return stated <= r ? 'agrees' : 'contradicts';
    case 'up-to':
      // "$100 million in credits" for "up to $100 million": the same figure; more is wrong.
      return exactEnough ? 'agrees' : stated > r ? 'contradicts' : 'unknown';
    default:
      return exactEnough ? 'agrees' : 'contradicts';
  }
}

/** `x` rounded to as many decimal places as the figure on record `r` has (66.666… against 66.7: 66.7). */
function roundedAs(x: number, r: number): number {
  const text = String(r);
  const point = text.indexOf('.');
  if (point < 0 || text.includes('e')) return Math.round(x);
  const scale = 10 ** (text.length - point - 1);
  return Math.round(x * scale) / scale;
}

/**
 * "more than X" (`side` 1) or "fewer than X" (`side` -1) against `r` on record, exact or
 * "about": a strict bound excludes X itself. "fewer than a dozen" and "more than 12"
 * contradict 12 on record, as "more than 244 pages" contradicts 244 and "less than 83.1%"
 * contradicts 83.1%; "more than 83%" agrees with 83.1%. Against "about 3,000" on record,
 * "fewer than 3,000" cannot tell (`nearAbout`: the record may be a little under or over),
 * while "fewer than 4,000" agrees with it.
 */
function strictBound(r: number, stated: number, side: 1 | -1, nearAbout: boolean): Verdict {
  if (nearAbout) return 'unknown';
  return (r - stated) * side > 1e-9 * Math.max(1, Math.abs(r)) ? 'agrees' : 'contradicts';
}

const quarterRe = /^(\d{4})-Q([1-4])$/;
const yearMonthRe = /^(\d{4})(?:-(\d{2}))?/;

/** A calendar quarter ("2026-Q1") agrees with a date on record in one of its three months. */
function compareQuarter(year: string, quarter: number, record: string): Verdict {
  const r = yearMonthRe.exec(record);
  if (!r) return 'unknown';
  if (r[1] !== year) return 'contradicts';
  if (!r[2]) return 'unknown'; // more precise than the record
  return Math.ceil(Number(r[2]) / 3) === quarter ? 'agrees' : 'contradicts';
}

/** A part of a month: "2026-04-21/30" ("late April 2026"), "--04-11/20" ("mid-April"). */
const partOfMonthRe = /^(?:(\d{4})|-)-(\d{2})-(\d{2})\/(\d{2})$/;

/**
 * A part of a month ("late April 2026": days 21 to 30) agrees with a day on record inside it
 * and contradicts one outside it ("mid-April" for April 7); a record of the month alone cannot
 * tell.
 */
function comparePartOfMonth(p: RegExpExecArray, record: string): Verdict {
  const r = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(record);
  if (!r) return 'unknown';
  if (p[1] && p[1] !== r[1]) return 'contradicts';
  if (!r[2]) return 'unknown';
  if (r[2] !== p[2]) return 'contradicts';
  if (!r[3]) return 'unknown';
  const day = Number(r[3]);
  return day >= Number(p[3]) && day <= Number(p[4]) ? 'agrees' : 'contradicts';
}

/** A part of a year: "2026-09/12" ("late 2026"). */
const partOfYearRe = /^(\d{4})-(\d{2})\/(\d{2})$/;

/**
 * A part of a year ("late 2026": September to December) agrees with a month on record inside
 * it and contradicts one outside it ("late 2026" for April 7, 2026); a record of the year alone
 * cannot tell.
 */
function comparePartOfYear(p: RegExpExecArray, record: string): Verdict {
  const r = yearMonthRe.exec(record);
  if (!r) return 'unknown';
  if (r[1] !== p[1]) return 'contradicts';
  if (!r[2]) return 'unknown';
  const month = Number(r[2]);
  return month >= Number(p[2]) && month <= Number(p[3]) ? 'agrees' : 'contradicts';
}

/**
 * Dates agree when every part the text states matches ("April 7" agrees with 2026-04-07). A
 * date whose order is unknown ("09/04/2026": "2026-04-09|2026-09-04") agrees when either
 * reading does, and contradicts only when both do.
 */
function compareDates(stated: string, record: string): Verdict {
  const bar = stated.indexOf('|');
  if (bar >= 0) {
    const one = compareDates(stated.slice(0, bar), record);
    const other = compareDates(stated.slice(bar + 1), record);
    return one === other ? one : one === 'agrees' || other === 'agrees' ? 'agrees' : 'unknown';
  }
  const q = quarterRe.exec(stated);
  if (q) return compareQuarter(q[1], Number(q[2]), record);
  const part = partOfMonthRe.exec(stated);
  if (part) return comparePartOfMonth(part, record);
  const yearPart = partOfYearRe.exec(stated);
  if (yearPart) return comparePartOfYear(yearPart, record);
  const s = /^(\d{4}|-)-?(\d{2})?-?(\d{2})?$/.exec(stated.replace(/^--/, '-'));
  const r = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(record);
  if (!s || !r) return 'unknown';
  const [sy, sm, sd] = [s[1] === '-' ? undefined : s[1], s[2], s[3]];
  const [ry, rm, rd] = [r[1], r[2], r[3]];
  if (sy && sy !== ry) return 'contradicts';
  if (sm && rm && sm !== rm) return 'contradicts';
  if (sd && rd && sd !== rd) return 'contradicts';
  if ((sm && !rm) || (sd && !rd)) return 'unknown'; // more precise than the record
  return 'agrees';
}

export function compareValue(value: ClaimValue, fact: FactValue): Verdict {
  if (!isComparable(value, fact)) return 'unknown';
  if (fact.type === 'date') return value.date ? compareDates(value.date, fact.date) : 'unknown';
  const onRecord = recordNumber(fact);
  if (!onRecord || value.number === undefined) return 'unknown';
  let stated = value.number;
  if (value.kind === 'duration') stated *= durationDays[value.unit ?? 'day'] ?? 1;
  // "a 16-month-old bug" against 16 years on record: the record in the text's unit (192 months).
  const scale = value.kind === 'age' && fact.type === 'age' ? ageScale(fact.unit, value.unit ?? 'year') : 1;
  if (scale === undefined) return 'unknown';
  const record = scale === 1 ? onRecord : { ...onRecord, value: onRecord.value * scale };
  if (value.kind === 'money' && fact.type === 'money' && value.unit && value.unit !== fact.currency) return 'unknown';
  const toMatch = value.kind === 'percentage' && value.unit?.startsWith('to ') ? Number(value.unit.slice(3)) : undefined;
  const decimals = value.kind === 'duration' ? 0 : decimalsOf(value.text);
  // A duration is compared in days, whose rounding the writer did not choose ("about 3 weeks"), and
  // a fraction ("two-thirds", "nine in ten") is rounded to no step of ten: 10% of it, the most "about" allows.
  const slack = value.kind === 'duration' || value.unit === 'fraction' ? 0.1 * Math.abs(stated) : approxSlack(stated, decimals, value.kind === 'percentage', value.approx === 'nearly');
  return compareNumbers(stated, value.approx ?? 'exact', toMatch, decimals, slack, record);
}
