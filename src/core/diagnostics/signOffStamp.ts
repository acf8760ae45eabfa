import type { Claim } from '../types';
import { lineOfValues } from './titleBlockLine';

/**
 * A document's own version field, its label opening the line: "**Version:** Reading copy v4,
 * cleared by Private Office 17:30, 20 April", "Revision:", "Draft:", "Clearance:", "Sign-off:".
 * What it dates, set apart by a comma or right after the label, is the version of the draft itself,
 * which no source supports.
 */
const versionFieldRe = /^[^\p{L}]{0,6}(?:version|revision|clearance|cleared|sign-?off)[*_ \t]*:/iu;
/** Before a version field's date: a comma or the label's colon, which set it apart ("…, 20 April"; not "… took effect on 3 March 2026"). */
const setApartBeforeRe = /(?:,|:[*_]{0,2})[ \t]*$/;

/**
 * A sign-off sentence of the draft's own workflow: a participle of drafting or clearing, "by", who
 * did it (a name or a title of capitalised words, "the", "of" and "and" between), a comma and the
 * date ("Drafted by T. Okafor, 18 April 2026.", "Cleared by the Deputy Director, 20 April 2026.",
 * "Prepared by the Policy Unit, 3 May 2026"). Matched against the text before the date; case-sensitive,
 * so that the name's capitals count.
 */
const signOffRe =
  /^[^\p{L}]{0,6}(?:[Dd]rafted|[Cc]leared|[Pp]repared|[Cc]ompiled|[Ww]ritten|[Ee]dited|[Rr]eviewed|[Cc]hecked|[Ss]igned(?:[ \t]+off)?)[ \t]+by[ \t]+(?:(?:the|of|and|for|\p{Lu}[\p{L}.'’-]*)[ \t]+){0,5}\p{Lu}[\p{L}.'’-]*(?:,[ \t]*|[ \t]+)(?:on[ \t]+)?$/u;
/**
 * A sign-off line with no verb: a name of two to four capitalised words, a comma, a title (capitalised words,
 * "the", "of", "and", "for", "to" between), a comma and the date, the line's only text ("Eleanor Pryce, Company
 * Secretary, 21 April 2026", "J. Smith, Head of Policy, 3 May 2026"). Case-sensitive, so that the capitals count.
 */
const nameTitleRe =
  /^[^\p{L}]{0,6}\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){1,3},[ \t]*(?:(?:the|of|and|for|to|\p{Lu}[\p{L}.'’&-]*)[ \t]+){0,5}\p{Lu}[\p{L}.'’-]*,[ \t]*$/u;
/** After a sign-off's date: its punctuation and emphasis only. */
const closingRe = /^[\s.,;*_)]*$/;

/**
 * Whether a claim is the draft's own version field or sign-off (see `versionFieldRe`, `signOffRe`):
 * its figures all dates, and it names no party of the fact base (`namesEntity` tells whether [from, to)
 * of the text names one). Not "Released by Anthropic, 7 April 2026.", nor "Version: Mythos Preview, 7 April 2026";
 * a line of a name, a title and a date too ("Eleanor Pryce, Company Secretary, 21 April 2026"; see `nameTitleRe`).
 * Example: isSignOffStamp(claim of "Drafted by T. Okafor, 18 April 2026.", mask) → true.
 */
export function isSignOffStamp(claim: Claim, mask: string, namesEntity: (from: number, to: number) => boolean): boolean {
  if (!claim.values.length || claim.values.some((v) => v.kind !== 'date')) return false;
  const { start, end } = claim.span;
  if (namesEntity(start, end)) return false;
  const line = lineOfValues(claim, mask);
  if (line && versionFieldRe.test(mask.slice(line.start, Math.min(line.end, line.start + 24))) && claim.values.every((v) => setApartBeforeRe.test(mask.slice(line.start, v.span.start)))) return true;
  if (claim.values.length !== 1) return false;
  const date = claim.values[0].span;
  if (date.start - start > 120) return false;
  if (!closingRe.test(mask.slice(date.end, end))) return false;
  const before = mask.slice(start, date.start);
  if (signOffRe.test(before)) return true;
  // "Eleanor Pryce, Company Secretary, 21 April 2026" on a line of its own.
  return nameTitleRe.test(before) && (start === 0 || mask[start - 1] === '\n') && (end >= mask.length || /^[ \t]*(?:\r?\n|$)/.test(mask.slice(end, end + 4)));
}
