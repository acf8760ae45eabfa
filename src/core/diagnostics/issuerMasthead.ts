import type { Claim } from '../types';
import { isPartSeparator, lineOfValues, signsLikeName } from './titleBlockLine';

/**
 * A masthead with no series number: a whole line of three parts or more set apart by "|", "·" or
 * "•", which opens on its issuer's name in strong emphasis and ends on its date: "**Science,
 * Innovation and Technology Committee** | Briefing pack | 18 May 2026", "**CSM-7042 AI Security
 * and Governance** · MSc Cyber Security · Autumn term 2026". The date is the paper's or the term's,
 * which no source supports (PL007). Read only when:
 * - the first part is a name in bold, two capitalised words or more, as a signature is (see
 *   `signsLikeName`), perhaps with its edition's year, "**Northern Cyber Forum 2026**": not "**Frontier AI timeline** | Leak | 26 March 2026", a timeline's entry;
 * - the parts between are short titles of the paper, its kind or its course, with no figure and no
 *   sentence's stop ("Briefing pack", "Summary of oral evidence", "MSc Cyber Security");
 * - the last part is the claim's one date alone, perhaps after a term or a season ("Autumn term 2026");
 * - the line names no party of the fact base ("**Project Glasswing** | Launch | 7 April 2026" keeps its hint).
 */

/** A term or a season before a year: "Autumn term ", "Spring ", "Michaelmas Term ", "Semester 1 "… read before the date. */
const termBeforeRe = /^(?:(?:spring|summer|autumn|fall|winter|michaelmas|hilary|trinity|lent|easter)(?:[ \u00a0]+(?:term|semester|session|quarter))?)?[ \u00a0]*$/iu;
/** A strong emphasis around a whole part: "**…**", "__…__". */
const boldPartRe = /^[ \t]*(\*\*|__)([^*_]+)\1[ \t]*$/u;
/** What a short title between the name and the date may not hold: a figure or a sentence's stop. */
const figureOrStopRe = /[\p{N}.!?;:]/u;
/** At most so many words in a part between the name and the date. */
const maxTitleWords = 6;
const spaceRunRe = /[ \t]+/;
/** At most so many characters between the last separator and the date: "Michaelmas Term ", with spaces. */
const maxTermLength = 40;
/** What may close the line after its date: spaces, emphasis, a full stop. */
const closingRe = /^[\s*_.]*$/;

/**
 * Whether the claim is the date of such a masthead (see the module's comment); `namesEntity` tells
 * whether [from, to) of the text names a party of the fact base.
 * Example: "**Science, Innovation and Technology Committee** | Briefing pack | 18 May 2026" → true.
 */
export function isIssuerMasthead(claim: Claim, mask: string, namesEntity: (from: number, to: number) => boolean): boolean {
  if (claim.values.length !== 1 || claim.values[0].kind !== 'date') return false;
  const line = lineOfValues(claim, mask);
  if (!line) return false;
  // The date ends the line's last part, right after its separator (a term at most before it): a line of prose is read no further.
  const at = claim.values[0].span.start;
  let k = at;
  while (k > line.start && at - k <= maxTermLength && !isPartSeparator(mask.charCodeAt(k - 1))) k--;
  if (k === line.start || !isPartSeparator(mask.charCodeAt(k - 1))) return false;
  const seps: number[] = [];
  for (let i = line.start; i < line.end; i++) if (isPartSeparator(mask.charCodeAt(i))) seps.push(i);
  if (seps.length < 2) return false;
  const date = claim.values[0].span;
  const last = seps[seps.length - 1];
  if (date.start < last || !termBeforeRe.test(mask.slice(last + 1, date.start).trim()) || !closingRe.test(mask.slice(date.end, line.end))) return false;
  const name = boldPartRe.exec(mask.slice(line.start, seps[0]));
  // An event's or a series' edition may end its name: "**Northern Cyber Forum 2026**".
  const issuer = name?.[2].replace(editionYearRe, '');
  if (!issuer || !signsLikeName(issuer) || (issuer.match(capitalisedWordRe)?.length ?? 0) < 2) return false;
  for (let k = 0; k + 1 < seps.length; k++) {
    const title = mask.slice(seps[k] + 1, seps[k + 1]).trim();
    if (!title || figureOrStopRe.test(title) || title.split(spaceRunRe).length > maxTitleWords) return false;
  }
  return !namesEntity(line.start, line.end);
}

/** A year that ends an issuer's name as its edition: " 2026" of "Northern Cyber Forum 2026". */
const editionYearRe = /[ \u00a0]\d{4}[ \t]*$/;
/** A capitalised word. */
const capitalisedWordRe = /(?<![\p{L}])\p{Lu}/gu;
