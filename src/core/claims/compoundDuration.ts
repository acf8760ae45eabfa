import { parseNumber } from './numbers';

/**
 * Spans of time written with a half or a fortnight, which no figure and unit of the number scan
 * reads whole: "a week and a half" (1.5 weeks), "one and a half weeks", "ten and a half days",
 * "two weeks and a half", "half a year" (0.5 years), "a fortnight" (2 weeks), "two fortnights",
 * "a fortnight and a half". A fortnight is read as two weeks, so the unit is one of the units
 * every other duration has.
 */

const unit = '(seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?|centuries|century)';
/** A count before its unit: digits, a number word ("ten", "twenty-one"), or "a", "an", "one". */
const count = '(\\d{1,4}|[A-Za-z]+(?:-[A-Za-z]+)?)';

/**
 * The forms, one a branch: (1, 2) a count, its unit, and "and a half" ("a week and a half"); (3,
 * 4) a count, "and a half", its unit ("ten and a half days"); (5) "half a" or "half an" and a unit
 * ("half a year"); (6, 7) a count and "fortnight(s)" ("a fortnight", "two fortnights").
 */
export const compoundDurationRe = new RegExp(
  `\\b${count}[ \\t]+${unit}[ \\t]+and[ \\t]+a[ \\t]+half\\b|\\b${count}[ \\t]+and[ \\t]+a[ \\t]+half[ \\t]+${unit}\\b|\\b[Hh]alf[ \\t]+an?[ \\t]+${unit}\\b|\\b${count}[ \\t]+(fortnights?)\\b`,
  'g',
);

/** Cheap test before the pattern: one of the words it needs. */
export const mayHoldCompoundDuration = /half|fortnight/i;

const articleRe = /^an?$/i;
const pluralRe = /s$/;

/** The count a word before a unit gives: "a", "an" and "one" 1, "ten" 10, "21" 21; undefined for other words ("the", "every"). */
function countOf(word: string): number | undefined {
  if (articleRe.test(word)) return 1;
  const n = parseNumber(word);
  return n !== undefined && Number.isInteger(n) && n > 0 ? n : undefined;
}

/** A unit as the durations of the claim detector name it: singular, a fortnight two weeks. */
function unitOf(word: string): { unit: string; times: number } {
  const lower = word.toLowerCase();
  const singular = lower === 'centuries' ? 'century' : lower.replace(pluralRe, '');
  return singular === 'fortnight' ? { unit: 'week', times: 2 } : { unit: singular, times: 1 };
}

/**
 * The span of time a match of `compoundDurationRe` states, in a unit of the claim detector's
 * durations: "a week and a half" → 1.5 weeks, "half a year" → 0.5 years, "two fortnights" → 4
 * weeks; undefined when its count is no number ("the week and a half": no span stated).
 */
export function compoundDuration(m: RegExpExecArray): { number: number; unit: string } | undefined {
  let n: number | undefined;
  let word: string;
  if (m[2]) {
    n = countOf(m[1]);
    word = m[2];
    if (n !== undefined) n += 0.5;
  } else if (m[4]) {
    n = countOf(m[3]);
    word = m[4];
    if (n !== undefined) n += 0.5;
  } else if (m[5]) {
    n = 0.5;
    word = m[5];
  } else {
    n = countOf(m[6]);
    word = m[7];
  }
  if (n === undefined) return undefined;
  const { unit: u, times } = unitOf(word);
  return { number: n * times, unit: u };
}
