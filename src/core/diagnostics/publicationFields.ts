import type { Claim } from '../types';
import { fieldRe, maxValueWords, wordRe } from './courseFields';
import { isPartSeparator, lineOfValues } from './titleBlockLine';

/**
 * A header line of the document's own publication fields, two or more, each a label and its value,
 * set apart by "·", "|" or "•": an episode's "**Released:** Tuesday, April 14, 2026 · **Runtime:**
 * 58 min · **Recorded:** April 10, 2026 (remote, three studios)", a newsletter's "Issue: 17 ·
 * Published: 20 April 2026". When the piece came out, was recorded or updated, how long it runs and
 * its number are the writer's own metadata, which no source supports (PL007). Read only when every
 * part of the line is such a field with a short value, every figure stands in the value of a
 * publication label, and the line names no party of the fact base; a field of another label keeps
 * its hint ("**Released:** 7 April 2026 · **Partners:** 40"), and so does a lone field
 * ("**Released:** 7 April 2026" may be a model's), or a line that names a party ("**Released:** 7
 * April 2026 · **Developer:** Anthropic").
 */

/** The labels of a publication's own fields: when it came out, was recorded or changed, how long it runs, its number. */
const publicationLabelRe =
  /^(?:released|recorded|published|updated|last[ \t]+updated|posted|aired|first[ \t]+aired|air[ \t]+date|release[ \t]+date|publication[ \t]+date|run(?:ning)?[ \t-]?time|length|duration|episode|season|issue|date)$/iu;
/** At most so many parts on a metadata line. */
const maxParts = 8;

/**
 * Whether the claim's figures all stand in the values of the publication fields of one line (see the
 * module's comment); `namesEntity` tells whether [from, to) of the text names a party of the fact base.
 * Example: "**Released:** April 14, 2026 · **Runtime:** 58 min · **Recorded:** April 10, 2026" → true.
 */
export function isPublicationFieldLine(claim: Claim, mask: string, namesEntity: (from: number, to: number) => boolean): boolean {
  if (!claim.values.length) return false;
  const line = lineOfValues(claim, mask);
  if (!line) return false;
  const bounds = [line.start];
  for (let i = line.start; i < line.end; i++) {
    if (!isPartSeparator(mask.charCodeAt(i))) continue;
    bounds.push(i, i + 1);
    if (bounds.length > 2 * maxParts) return false;
  }
  bounds.push(line.end);
  if (bounds.length < 4) return false;
  let v = 0;
  for (let k = 0; k < bounds.length; k += 2) {
    const from = bounds[k];
    const to = bounds[k + 1];
    const field = fieldRe.exec(mask.slice(from, to));
    if (!field || (field[2].match(wordRe)?.length ?? 0) > maxValueWords) return false;
    const first = v;
    while (v < claim.values.length && claim.values[v].span.start < to) v++;
    if (v === first) continue;
    // A figure in a field of another label, or before the value (in the label itself), is no publication field's.
    if (!publicationLabelRe.test(field[1].trim()) || claim.values[first].span.start < to - field[2].length) return false;
  }
  return !namesEntity(line.start, line.end);
}
