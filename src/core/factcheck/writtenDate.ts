/**
 * A date on record written in the form the text wrote its own date, for a quick fix: a quarter
 * stays a quarter ("Q1 2026" → "Q2 2026"), an ordinal day stays ordinal ("18th March 2026" →
 * "17th March 2026"), an abbreviated month abbreviated ("Mar. 18" → "Mar. 17").
 */
import { foreignMonthPattern, foreignMonthsOf, monthNumber, monthPattern, months } from '../claims/numbers';
import { spokenDayLike, spokenDayPattern } from '../claims/spokenDate';

const M = monthPattern;
const F = foreignMonthPattern;
/** A day before its month: "18th March 2026", "the 18th of March", "8. April 2026", "7 Apr", "9 avril 2026", "7 de abril de 2026". */
const dayFirstRe = new RegExp(`^(\\d{1,2})(st|nd|rd|th|ST|ND|RD|TH|er|\\.)?(\\s+(?:(?:of|de)\\s+)?)(${M}|${F})(?:(,?\\s+(?:de\\s+)?)(\\d{4}))?$`);
/** A month before its day: "March 18th, 2026", "Mar. 18", "April 9 2026". */
const monthFirstRe = new RegExp(`^(${M})(\\s+)(\\d{1,2})(st|nd|rd|th|ST|ND|RD|TH)?(?:(,?\\s+)(\\d{4}))?$`);
/** A spoken date, day first, as the detector's span holds it: "ninth of April", "twenty-sixth of March, 2026". */
const spokenDayFirstRe = new RegExp(`^(${spokenDayPattern})(\\s+of\\s+)(${M})(?:(,?\\s+(?:of\\s+)?)(\\d{4}))?$`);
/** A spoken date, month first: "April the ninth", "April ninth, 2026". */
const spokenMonthFirstRe = new RegExp(`^(${M})(\\s+(?:the\\s+)?)(${spokenDayPattern})(?:(,?\\s+)(\\d{4}))?$`);
/** A month and its year: "March 2026", "Mar. 2026", "March, 2026". */
const monthYearRe = new RegExp(`^(${M}|${F})(,?\\s+(?:de\\s+)?)(\\d{4})$`);

/** A quarter as the detector reads it: "Q1 2026", "Q3-2025", "first quarter of 2026", "1st quarter 2026". */
const quarterNumberRe = /Q([1-4])/;
const quarterWordRe = /\b(first|second|third|fourth|1st|2nd|3rd|4th)(?=\s+quarter)/i;
const quarterWords = ['first', 'second', 'third', 'fourth'];
const quarterOrdinals = ['1st', '2nd', '3rd', '4th'];
const yearRe = /\d{4}/;

/** The ordinal suffix of a day: 1 → "st", 2 → "nd", 3 → "rd", 11 → "th", 22 → "nd". */
function ordinalSuffix(day: number): string {
  if (day % 100 >= 11 && day % 100 <= 13) return 'th';
  return day % 10 === 1 ? 'st' : day % 10 === 2 ? 'nd' : day % 10 === 3 ? 'rd' : 'th';
}

/** Month names that are as short as an abbreviation: an abbreviating style with a dot writes them in full ("May 7", "June 7"). */
const shortNames = new Set([5, 6, 7]);

/**
 * Month `mo` as `written` writes a month: in full, or abbreviated ("Mar", "Mar.", "Sept"), in
 * capitals when it is ("MARCH").
 */
function monthLike(written: string, mo: number): string {
  // "9 avril 2026" → "7 avril 2026": a month of another language stays in it, and in its case.
  const foreign = foreignMonthsOf(written);
  if (foreign) return written.charAt(0) === written.charAt(0).toLowerCase() ? foreign[mo - 1] : foreign[mo - 1].charAt(0).toUpperCase() + foreign[mo - 1].slice(1);
  const full = months[mo - 1].charAt(0).toUpperCase() + months[mo - 1].slice(1);
  const dot = written.endsWith('.');
  const letters = dot ? written.slice(0, -1) : written;
  const wasFull = months.includes(letters.toLowerCase());
  let out = full;
  if (!wasFull && !(dot && shortNames.has(mo))) {
    out = letters.length === 4 && mo === 9 ? 'Sept' : full.slice(0, 3);
    if (dot && out !== full) out += '.';
  }
  return letters.length > 1 && letters === letters.toUpperCase() ? out.toUpperCase() : out;
}

/** The suffix `written` gave its day ("th", "TH", ".", none) for `day`. */
function suffixLike(written: string | undefined, day: number): string {
  if (!written || written === '.') return written ?? '';
  // French writes only the first of a month as an ordinal: "1er avril", "7 avril".
  if (written === 'er') return day === 1 ? 'er' : '';
  const suffix = ordinalSuffix(day);
  return written === written.toUpperCase() ? suffix.toUpperCase() : suffix;
}

/**
 * The quarter of month `mo` of `y` in the form of the quarter `text` wrote: "Q1 2026" → "Q2
 * 2026", "the first quarter of 2026" → "second quarter of 2026" (the span begins at the
 * ordinal), "1st quarter 2026" → "2nd quarter 2026". Undefined when `text` writes no quarter.
 */
export function quarterAsWritten(text: string, y: number, mo: number): string | undefined {
  const q = Math.floor((mo - 1) / 3);
  let out: string;
  if (quarterNumberRe.test(text)) out = text.replace(quarterNumberRe, `Q${q + 1}`);
  else {
    const word = quarterWordRe.exec(text);
    if (!word) return undefined;
    const ordinal = /^\d/.test(word[1]);
    let written = ordinal ? quarterOrdinals[q] : quarterWords[q];
    if (!ordinal && /^[A-Z]/.test(word[1])) written = written.charAt(0).toUpperCase() + written.slice(1);
    out = `${text.slice(0, word.index)}${written}${text.slice(word.index + word[1].length)}`;
  }
  return out.replace(yearRe, String(y));
}

/**
 * The date `y`-`mo`-`d` in the form `text` wrote a date with a month name: its order, its
 * ordinal or dotted day, "of", its month in full or abbreviated, its comma, and its year only
 * when it wrote one ("18th March 2026" → "17th March 2026", "Mar. 18" → "Mar. 17", "April 9th,
 * 2026" → "April 7th, 2026", "March 2025" → "May 2025", "ninth of April" → "seventh of
 * April"). Undefined when `text` is no such date,
 * or it names a day the record lacks.
 */
export function namedDateAsWritten(text: string, y: number, mo: number, d: number | undefined): string | undefined {
  const dayFirst = dayFirstRe.exec(text);
  if (dayFirst && monthNumber(dayFirst[4]) !== undefined) {
    if (!d) return undefined;
    const year = dayFirst[6] ? `${dayFirst[5]}${y}` : '';
    return `${d}${suffixLike(dayFirst[2], d)}${dayFirst[3]}${monthLike(dayFirst[4], mo)}${year}`;
  }
  const monthFirst = monthFirstRe.exec(text);
  if (monthFirst && monthNumber(monthFirst[1]) !== undefined) {
    if (!d) return undefined;
    const year = monthFirst[6] ? `${monthFirst[5]}${y}` : '';
    return `${monthLike(monthFirst[1], mo)}${monthFirst[2]}${d}${suffixLike(monthFirst[4], d)}${year}`;
  }
  // A spoken date stays spoken ("ninth of April" → "seventh of April", "April the ninth" → "April the seventh").
  const spokenDayFirst = spokenDayFirstRe.exec(text);
  if (spokenDayFirst) {
    if (!d) return undefined;
    const year = spokenDayFirst[5] ? `${spokenDayFirst[4]}${y}` : '';
    return `${spokenDayLike(d, spokenDayFirst[1])}${spokenDayFirst[2]}${monthLike(spokenDayFirst[3], mo)}${year}`;
  }
  const spokenMonthFirst = spokenMonthFirstRe.exec(text);
  if (spokenMonthFirst) {
    if (!d) return undefined;
    const year = spokenMonthFirst[5] ? `${spokenMonthFirst[4]}${y}` : '';
    return `${monthLike(spokenMonthFirst[1], mo)}${spokenMonthFirst[2]}${spokenDayLike(d, spokenMonthFirst[3])}${year}`;
  }
  const monthYear = monthYearRe.exec(text);
  if (monthYear && monthNumber(monthYear[1]) !== undefined) return `${monthLike(monthYear[1], mo)}${monthYear[2]}${y}`;
  return undefined;
}
