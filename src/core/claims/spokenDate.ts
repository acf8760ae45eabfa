/**
 * A date as a speech's reading copy spells it out, so the speaker does not stumble on figures:
 * "the ninth of April", "On the twenty-sixth of March, 2026", "April the ninth", "April ninth".
 * The day is an ordinal in words, the month an English month in full.
 */
import { isoDate, monthNumber } from './numbers';

const unitOrdinals = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const teenOrdinals = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const tensOrdinals: Record<string, number> = { twentieth: 20, thirtieth: 30 };
const tensWords: Record<string, number> = { twenty: 20, thirty: 30 };

/**
 * A day of a month as an ordinal in words, lower case or capitalised: "ninth", "Ninth",
 * "twenty-sixth", "twenty sixth", "thirtieth". Each alternative ends in a letter, so "\b" ends it.
 */
export const spokenDayPattern = `(?:[Tt](?:wenty|hirty)[- ](?:${unitOrdinals.join('|')})|${[...teenOrdinals, ...Object.keys(tensOrdinals), ...unitOrdinals]
  .map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`)
  .join('|')})`;

const monthInFull = '(January|February|March|April|May|June|July|August|September|October|November|December)';

/**
 * The words that may follow a month-first spoken date ("April the ninth, the …", "April the
 * ninth we met"): punctuation, the sentence's end or a word that cannot be the noun an ordinal
 * would describe. So "In March the first partners joined" and "May the fourth be with you"
 * are no dates: a noun or verb follows the ordinal there.
 */
const afterMonthFirst = `(?=\\s{0,3}(?:$|[,.;:!?)\\]"'”’—–]|-\\s|(?:the|a|an|and|or|but|to|at|in|on|of|when|while|as|was|is|were|will|would|had|has|we|I|he|she|they|it|this|that|its|their|our|his|her|you)\\b))`;

/**
 * A spoken date, day first after "the": "the ninth of April", "the twenty-sixth of March, 2026",
 * "the ninth of April of 2026". The match begins at "the"; the date at the ordinal (group 1, the
 * span a fix rewrites). Not "a fifth of April's budget" (no "the", and a possessive month), nor
 * "the ninth of the ten partners" (no month). Groups: day, month, year.
 * (No lookbehind for "the": one at the pattern's head would run at every position of every sentence.)
 */
export const spokenDayFirstRe = new RegExp(
  `\\b[Tt]he\\s{1,3}(${spokenDayPattern})\\s{1,3}of\\s{1,3}${monthInFull}(?![\\p{L}'’-])(?:,?\\s{1,3}(?:of\\s{1,3})?(\\d{4})\\b)?`,
  'gu',
);

/**
 * A spoken date, month first: "April the ninth", "April ninth, 2026" (not "May ninth" or "March
 * first", where the month may be a verb, with no "the"); see afterMonthFirst for what must follow
 * it. Groups: month, "the" when written, day, year.
 */
export const spokenMonthFirstRe = new RegExp(
  `\\b${monthInFull}\\s{1,3}(?:(the)\\s{1,3})?(${spokenDayPattern})\\b(?![-'’])(?:,?\\s{1,3}(\\d{4})\\b)?${afterMonthFirst}`,
  'g',
);

/** The day an ordinal in words names: "ninth" → 9, "Twenty-sixth" → 26, "thirtieth" → 30; undefined for none. */
export function spokenDayNumber(word: string): number | undefined {
  const lower = word.toLowerCase();
  const tens = tensOrdinals[lower];
  if (tens) return tens;
  const teen = teenOrdinals.indexOf(lower);
  if (teen >= 0) return 10 + teen;
  const parts = lower.split(/[- ]/);
  const unit = unitOrdinals.indexOf(parts[parts.length - 1]) + 1;
  if (unit === 0) return undefined;
  return parts.length === 2 ? (tensWords[parts[0]] ?? NaN) + unit : unit;
}

/**
 * The ISO date of a spoken date's parts ("ninth", "April", "2026" → "2026-04-09"; no year →
 * "--04-09"), or undefined when the day is past the month's end ("the thirty-first of April").
 */
export function spokenDate(day: string, month: string, year: string | undefined): string | undefined {
  const d = spokenDayNumber(day);
  const mo = monthNumber(month);
  if (!d || !mo) return undefined;
  const y = year ? Number(year) : undefined;
  if (d > new Date(Date.UTC(y ?? 2024, mo, 0)).getUTCDate()) return undefined;
  return isoDate(y, mo, d);
}

/**
 * Day `day` as an ordinal in words, in the style of `written`, an ordinal the text wrote: its
 * joint ("twenty-sixth", "twenty sixth") and its capital ("Ninth"). 7, "ninth" → "seventh";
 * 26, "Ninth" → "Twenty-sixth".
 */
export function spokenDayLike(day: number, written: string): string {
  const joint = written.includes(' ') ? ' ' : '-';
  const tens = Math.floor(day / 10) * 10;
  let out: string;
  if (day < 10) out = unitOrdinals[day - 1];
  else if (day < 20) out = teenOrdinals[day - 10];
  else if (day % 10 === 0) out = tens === 20 ? 'twentieth' : 'thirtieth';
  else out = `${tens === 20 ? 'twenty' : 'thirty'}${joint}${unitOrdinals[(day % 10) - 1]}`;
  return written.charAt(0) === written.charAt(0).toUpperCase() ? out.charAt(0).toUpperCase() + out.slice(1) : out;
}
