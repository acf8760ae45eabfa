import type { Claim } from '../types';
import { isPartSeparator, lineOfValues } from './titleBlockLine';

/**
 * A header line of a course's own fields, each a label and its value, alone or in parts set apart
 * by "·", "|" or "•": "**Academic year:** 2026/27, Autumn term · **Credits:** 15 (150 notional
 * study hours)", "Level: 7 · ECTS: 7.5". The year, the credits and the hours are the module's
 * own metadata, which no source supports (PL007). Read only when every figure of the claim stands
 * in the value of such a label, that value is short, and the line names no party of the fact
 * base; a field of another label keeps its hint ("**Partners:** 40", "**Budget:** $100 million"). An
 * examination's header fields are read alike: "**Duration:** 2 hours, plus 15 minutes reading time", "**Total marks:** 100".
 */

/** A part's label and its value: "**Credits:** 15 (…)", "Academic year: 2026/27" (group 1 the label, up to five words; group 2 the value, after the colon). */
export const fieldRe = /^[ \t]*[*_]{0,2}(\p{L}+(?:[ \t]\p{L}+){0,4})[*_]{0,2}[ \t]*:(.*)$/u;
/**
 * The labels of a course's own metadata, and of an examination's header: its duration, reading time and total marks
 * ("**Duration:** 2 hours, plus 15 minutes reading time", "**Total marks:** 100").
 */
const courseLabelRe =
  /^(?:academic[ \t]+(?:year|session)|year[ \t]+of[ \t]+study|term|semester|credits?|credit[ \t]+(?:value|rating)|ects(?:[ \t]+credits)?|cats(?:[ \t]+(?:points|credits))?|level|fheq[ \t]+level|(?:notional[ \t]+)?(?:study|learning)[ \t]+hours|notional[ \t]+hours|contact[ \t]+hours|duration|time[ \t]+allowed|reading[ \t]+time|(?:total|maximum)[ \t]+marks|marks[ \t]+available)$/iu;
/** At most so many words in a field's value. */
export const maxValueWords = 8;
/** At most so many characters on either side of a figure in its field: a label of five words, a value of eight. */
const maxPart = 160;
export const wordRe = /[\p{L}\p{N}]+/gu;

/**
 * Whether the claim's figures all stand in the values of a course's own fields on one line (see
 * the module's comment); `namesEntity` tells whether [from, to) of the text names a party of the fact base.
 * Example: "**Academic year:** 2026/27, Autumn term · **Credits:** 15 (150 notional study hours)" → true.
 */
export function isCourseFieldLine(claim: Claim, mask: string, namesEntity: (from: number, to: number) => boolean): boolean {
  if (!claim.values.length) return false;
  const line = lineOfValues(claim, mask);
  if (!line) return false;
  // The part that holds the first figure must be a course's field, a short label and a short value: most lines are read no
  // further than that part, and no further than `maxPart` characters around the figure (a paragraph's line is no field).
  const at = claim.values[0].span.start;
  let from = at;
  while (from > line.start && !isPartSeparator(mask.charCodeAt(from - 1))) if (at - --from > maxPart) return false;
  let to = at;
  while (to < line.end && !isPartSeparator(mask.charCodeAt(to))) if (++to - at > maxPart) return false;
  const firstField = fieldRe.exec(mask.slice(from, to));
  if (!firstField || !courseLabelRe.test(firstField[1].trim())) return false;
  const bounds = [line.start];
  for (let i = line.start; i < line.end; i++) if (isPartSeparator(mask.charCodeAt(i))) bounds.push(i, i + 1);
  bounds.push(line.end);
  let v = 0;
  for (let k = 0; k < bounds.length; k += 2) {
    const from = bounds[k];
    const to = bounds[k + 1];
    const first = v;
    while (v < claim.values.length && claim.values[v].span.start < to) v++;
    if (v === first) continue;
    const field = fieldRe.exec(mask.slice(from, to));
    if (!field || !courseLabelRe.test(field[1].trim()) || (field[2].match(wordRe)?.length ?? 0) > maxValueWords) return false;
    // A figure before the value (in the label itself) is no field's.
    if (claim.values[first].span.start < to - field[2].length) return false;
  }
  return !namesEntity(line.start, line.end);
}
