import { nounFor, singularNoun } from '../text/inflect';

/**
 * A unit that a figure's text ends with and that changes with its number: a unit of time, a
 * measure written as a word, a percentage point; after white space (and "more", "additional"),
 * or after a hyphen in an adjective ("16-year-old", "a ten-day gap").
 */
const countableUnitRe = /^(\s+(?:more\s+|additional\s+)?|-)((?:percentage\s+)?points?|seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|century|centuries|pages?|words?|lines?|characters?|tokens?|parameters?|miles?|kilometers?|kilometres?|tons?|tonnes?)\b/i;

/** White space alone before the unit: no "more" between. */
const whiteSpaceOnlyRe = /^\s+$/;

/**
 * The text after a figure with its unit in the number the figure `n` asks for: " decades" after
 * one → " decade", " day" after eleven → " days". A unit joined by a hyphen is an adjective and
 * stays singular ("-day gap"). Text that starts with no such unit is returned as it is.
 */
export function unitAgreeing(tail: string, n: number): string {
  const m = countableUnitRe.exec(tail);
  if (!m) return tail;
  const noun = m[1] === '-' ? singularNoun(m[2]) : nounFor(n, m[2]);
  return `${m[1]}${noun}${tail.slice(m[0].length)}`;
}

/**
 * The article that writes one of the unit that starts `tail` ("a decade", "an hour"), as a
 * writer who spells figures out would; undefined when no unit follows right after white space
 * ("one more year", "a one-year-old" keep "one").
 */
export function articleForOne(tail: string): string | undefined {
  const m = countableUnitRe.exec(tail);
  if (!m || !whiteSpaceOnlyRe.test(m[1])) return undefined;
  return /^hours?$/i.test(m[2]) ? 'an' : 'a';
}
