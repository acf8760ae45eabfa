/** Numbers as writers write them: digits with separators, number words, scales. */
import { isWhiteSpace } from '../text/words';

const units: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100, dozen: 12,
};
const scales: Record<string, number> = {
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, k: 1e3, m: 1e6, mn: 1e6, b: 1e9, bn: 1e9, tn: 1e12,
  // German and Dutch abbreviations: "USD 4 Mio." is $4 million, "2 Mrd. Euro" €2 billion.
  mio: 1e6, mrd: 1e9,
  // The Indian scales: "USD 40 lakh" is $4 million, "₹20 crore" ₹200 million ("lac" is a common spelling of "lakh").
  lakh: 1e5, lakhs: 1e5, lac: 1e5, lacs: 1e5, crore: 1e7, crores: 1e7,
};

const leadingA = /^a\s+/;
const digitsRe = /^(\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?!\d)|\d+)(\.\d+)?/;
const wordRe = /^([a-z]+)(?:-([a-z]+))?/;
const scaleRe = /^([a-z]+)\b/;
const commas = /,/g;
/** What groups thousands: a comma, or a space of any width ("3,000", "3 000", "3\u202f000"). */
const groupSeparators = /[, \u00a0\u2009\u202f]/g;

/** Number words by the place they take in a compound number ("three hundred and forty-two"). */
const onesWords = new Map(Object.entries({ one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 }));
const teensWords = new Map(Object.entries({ ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19 }));
const tensWords = new Map(Object.entries({ twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 }));
const scaleWords = new Map(Object.entries({ thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 }));

/** The most words one compound number is read over: "nine hundred and ninety-nine thousand nine hundred and ninety-nine" has 11. */
const maxNumberWords = 12;

type WordPlace = 'start' | 'ones' | 'teens' | 'tens' | 'hundred' | 'scale';

/**
 * A compound English number written in words from `at` in `text`, as one value: "one hundred
 * and twelve" → 112, "two hundred fifty" → 250, "forty-eight" → 48, "three thousand" → 3000,
 * "a hundred and one" read from "hundred" → 101, "two dozen" → 24 (a dozen ends the number). Words join with white space or a hyphen; "and"
 * joins only after "hundred" or a scale word, before the tens or ones. Reading stops before
 * the first word that cannot continue the number ("twenty-five six", "two-thirds"), and after
 * at most 12 words. Undefined when no number word stands at `at`.
 */
export function readNumberWords(text: string, at: number): { value: number; end: number } | undefined {
  let total = 0;
  let group = 0;
  let lastScale = Infinity;
  let place: WordPlace = 'start';
  let end = -1;
  let pendingAnd = false;
  let k = at;
  for (let n = 0; n < maxNumberWords; n++) {
    let e = k;
    while (e < text.length && e - k < 10 && isAsciiLetter(text.charCodeAt(e))) e++;
    if (e === k || isAsciiLetter(text.charCodeAt(e))) break;
    const word = text.slice(k, e).toLowerCase();
    const afterGroup = place === 'start' || place === 'hundred' || place === 'scale';
    let v: number | undefined;
    if (word === 'and' && !pendingAnd && (place === 'hundred' || place === 'scale')) {
      pendingAnd = true;
    } else if ((v = onesWords.get(word)) !== undefined && (afterGroup || place === 'tens')) {
      group += v;
      place = 'ones';
    } else if ((v = teensWords.get(word)) !== undefined && afterGroup) {
      group += v;
      place = 'teens';
    } else if ((v = tensWords.get(word)) !== undefined && afterGroup) {
      group += v;
      place = 'tens';
    } else if (word === 'dozen' && !pendingAnd && (place === 'ones' || place === 'teens' || place === 'tens') && group < 100) {
      end = e;
      group *= 12;
      break;
    } else if (word === 'hundred' && !pendingAnd && (place === 'start' || ((place === 'ones' || place === 'teens' || place === 'tens') && group < 100))) {
      group = (group || 1) * 100;
      place = 'hundred';
    } else if ((v = scaleWords.get(word)) !== undefined && !pendingAnd && place !== 'start' && place !== 'scale' && v < lastScale) {
      total += group * v;
      group = 0;
      lastScale = v;
      place = 'scale';
    } else break;
    if (word !== 'and') {
      pendingAnd = false;
      end = e;
    }
    // The next word, after a hyphen or up to 3 white-space characters.
    k = e;
    if (text.charCodeAt(k) === 45) k++;
    else while (k < e + 3 && isWhiteSpace(text.charCodeAt(k))) k++;
    if (k === e) break;
  }
  return end < 0 ? undefined : { value: total + group, end };
}

/** The digits in words after "point": "zero" and "oh" are 0. */
const digitWords = new Map(Object.entries({ zero: 0, oh: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 }));
/** After a number in words: "point" and the first digit ("eighty-six point one"). */
const pointAfterRe = /^[ \t]{1,3}point[ \t]{1,3}(?=[a-z])/i;

/**
 * The decimal part of a number written in words, from `at`, the end of its whole part: " point
 * one" → 0.1, " point zero five" → 0.05 ("eighty-six point one percent" is 86.1%). Each digit is
 * one word, "zero" to "nine" ("oh" is zero); at most six are read. Undefined when no "point" and
 * digit word stand there ("point of view").
 */
export function readDecimalWords(text: string, at: number): { fraction: number; end: number } | undefined {
  const m = pointAfterRe.exec(text.slice(at, at + 12));
  if (!m) return undefined;
  let digits = '';
  let end = -1;
  let k = at + m[0].length;
  while (digits.length < 6) {
    let e = k;
    while (e < text.length && e - k < 6 && isAsciiLetter(text.charCodeAt(e))) e++;
    const d = isAsciiLetter(text.charCodeAt(e)) ? undefined : digitWords.get(text.slice(k, e).toLowerCase());
    if (d === undefined) break;
    digits += String(d);
    end = e;
    k = e;
    if (text.charCodeAt(k) === 45) k++;
    else while (k < e + 3 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
    if (k === e) break;
  }
  return end < 0 ? undefined : { fraction: Number(`0.${digits}`), end };
}

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/**
 * "83.1" → 83.1, "3,000" → 3000, "twenty-five" → 25, "one hundred and twelve" → 112, "five
 * million" → 5e6, "$1.2bn" scale handled by caller.
 */
export function parseNumber(text: string): number | undefined {
  const t = text.trim().toLowerCase().replace(leadingA, '');
  const digits = digitsRe.exec(t);
  let value: number | undefined;
  let rest: string;
  if (digits) {
    value = Number(digits[0].replace(groupSeparators, ''));
    rest = t.slice(digits[0].length).trim();
  } else {
    const compound = readNumberWords(t, 0);
    const word = compound ? null : wordRe.exec(t);
    if (compound) {
      value = compound.value;
      rest = t.slice(compound.end).trim();
    } else {
      if (!word || units[word[1]] === undefined) return undefined;
      value = units[word[1]] + (word[2] ? units[word[2]] ?? 0 : 0);
      rest = t.slice(word[0].length).trim();
    }
  }
  const scale = scaleRe.exec(rest);
  if (scale && scales[scale[1]] !== undefined) value *= scales[scale[1]];
  return value;
}

/** Whether digits are grouped by a space of any width ("3 000", "5\u2009000\u2009000"). */
function hasSpaceGroups(token: string): boolean {
  for (let k = 0; k < token.length; k++) {
    const c = token.charCodeAt(k);
    if (c === 32 || c === 0xa0 || c === 0x2009 || c === 0x202f) return true;
  }
  return false;
}

/** A decimal comma: one or two digits after the only comma ("55,4"); a thousands separator has three. */
const decimalCommaRe = /^\d+,\d{1,2}$/;

/**
 * The value of a token the claim detector's number pattern matched as digits ("3,000",
 * "83.1", "55,4" before a percent sign): what parseNumber gives for it, without trimming,
 * lower-casing and re-matching it. "55,4" → 55.4: the detector matches a comma before fewer
 * than three digits only as a decimal comma. "3 000" (thousands grouped by a space, thin or
 * no-break space, as SI and most European styles write them) → 3000.
 */
export function parseDigits(token: string): number {
  if (hasSpaceGroups(token)) return Number(token.replace(groupSeparators, ''));
  if (!token.includes(',')) return Number(token);
  return Number(decimalCommaRe.test(token) ? token.replace(',', '.') : token.replace(commas, ''));
}

/** The factor of a scale word or abbreviation ("million", "bn", "k"): parseNumber(`1 ${word}`). */
export function scaleOf(word: string): number | undefined {
  return scales[word.toLowerCase()];
}

export const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/**
 * An English month's name as prose writes it, in full or abbreviated, and in capitals, as a stamp,
 * a headline or a military or wire date writes it ("EMBARGOED UNTIL 21 APRIL 2026", "21 APR 2026").
 */
export const monthPattern =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?|JAN\\.?|FEB\\.?|MAR\\.?|APR\\.?|JUN\\.?|JUL\\.?|AUG\\.?|SEPT?\\.?|OCT\\.?|NOV\\.?|DEC\\.?)';

/**
 * The months in full in French, German, Spanish, Italian and Portuguese, January first, where they
 * differ from the English: "9 avril 2026", "26. März 2026", "7 de abril de 2026", "7 aprile 2026".
 */
export const foreignMonths: readonly (readonly string[])[] = [
  ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  ['januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'],
  ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
];
const foreignMonthNumbers = new Map<string, number>();
for (const names of foreignMonths) names.forEach((name, i) => foreignMonthNumbers.set(name, i + 1));
/**
 * A foreign month name as a pattern, lower case as French, Spanish, Italian and Portuguese write
 * them or capitalised as German does and a sentence's first word is ("avril", "Avril", "März").
 */
export const foreignMonthPattern = `(?:${[...foreignMonthNumbers.keys()]
  .filter((name) => !months.includes(name))
  .map((name) => `[${name[0].toUpperCase()}${name[0]}]${name.slice(1)}`)
  .join('|')})`;

const finalDot = /\.$/;

export function monthNumber(name: string): number | undefined {
  const key = name.toLowerCase().replace(finalDot, '');
  const i = months.findIndex((m) => m === key || (key.length >= 3 && key.length <= 4 && m.startsWith(key)));
  return i >= 0 ? i + 1 : foreignMonthNumbers.get(key);
}

/** The foreign month names' list `name` belongs to (one of foreignMonths), or undefined for an English month: a fix writes its month in the same language. */
export function foreignMonthsOf(name: string): readonly string[] | undefined {
  const key = name.toLowerCase();
  if (months.includes(key)) return undefined;
  return foreignMonths.find((names) => names.includes(key));
}

const pad = (n: number) => String(n).padStart(2, '0');

/** ISO date from parts; a missing year gives "--MM-DD". */
export function isoDate(year: number | undefined, month: number | undefined, day: number | undefined): string {
  if (year === undefined) return month ? `--${pad(month)}${day ? `-${pad(day)}` : ''}` : '';
  if (!month) return String(year);
  return day ? `${year}-${pad(month)}-${pad(day)}` : `${year}-${pad(month)}`;
}
