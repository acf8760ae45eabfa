import { isWhiteSpace } from '../text/words';

/**
 * The year of a law's name: "the Federal Information Security Modernization Act of 2014", "the
 * Online Safety Act 2023", "the Data (Use and Access) Act 2025", "the … Regulations 2024". The year
 * is part of the name, as the number of "Regulation (EU) 2024/1689" is: it dates nothing the
 * sentence says, and wants no citation. "The Act of 2014" (no name before "Act") and "passed in
 * 2014" are dates.
 */

/** The last word of a law's name before its year, capitalised as a name writes it. */
const lawNouns: ReadonlySet<string> = new Set('Act Acts Bill Order Regulations Rules Directive Ordinance Statute Code Law'.split(' '));

/** The index of the last character before `at` that is no white space, looking back at most `max` characters, or -1. */
function lastNonSpace(text: string, at: number, max: number): number {
  let k = at - 1;
  while (k >= 0 && k >= at - max && isWhiteSpace(text.charCodeAt(k))) k--;
  return k >= 0 && k >= at - max && !isWhiteSpace(text.charCodeAt(k)) ? k : -1;
}

function isAsciiLetter(c: number): boolean {
  const l = c | 32;
  return l >= 97 && l <= 122;
}

/** The ASCII word that ends at `end` (exclusive), at most 20 letters, and where it starts ("" when none). */
function wordEndingAt(text: string, end: number): { word: string; start: number } {
  let k = end;
  while (k > 0 && end - k <= 20 && isAsciiLetter(text.charCodeAt(k - 1))) k--;
  return end - k > 20 ? { word: '', start: end } : { word: text.slice(k, end), start: k };
}

/** Words that open a sentence capitalised before a law's noun but name nothing ("The Act of 2014", "This Order 2020"). */
const determiners: ReadonlySet<string> = new Set('the this that these those an a its their our his her whose which each every any no'.split(' '));

const isCapital = (c: number) => c >= 65 && c <= 90;

/**
 * Whether the year at `a` of `text` closes a law's name: right after "Act", "Bill", "Order",
 * "Regulations"… (and "of"), which a capitalised word or a closing bracket of the name stands
 * before ("Modernization Act of 2014", "(Use and Access) Act 2025").
 */
export function yearNamesLaw(text: string, a: number): boolean {
  let k = lastNonSpace(text, a, 2);
  if (k < 0 || k === a - 1) return false;
  let { word, start } = wordEndingAt(text, k + 1);
  if (word === 'of') {
    k = lastNonSpace(text, start, 2);
    if (k < 0 || k === start - 1) return false;
    ({ word, start } = wordEndingAt(text, k + 1));
  }
  if (!lawNouns.has(word)) return false;
  k = lastNonSpace(text, start, 2);
  if (k < 0 || k === start - 1) return false;
  if (text.charCodeAt(k) === 41 /* ) */) return true;
  const name = wordEndingAt(text, k + 1);
  return name.word !== '' && isCapital(name.word.charCodeAt(0)) && !determiners.has(name.word.toLowerCase());
}
