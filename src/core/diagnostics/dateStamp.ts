import type { Claim } from '../types';
import { isCurrencyStamp } from './currencyStamp';
import { isIssuerMasthead } from './issuerMasthead';
import { isEmphasisLine, isPartSeparator, isSignedDate, lineAround, lineOfValues, separatorsIn, signsLikeName } from './titleBlockLine';

/**
 * Words of an edit, publication or submission stamp: "Updated April 16, 2026.", "Last revised: 3
 * May 2026", "Draft of April 9, 2026", "*Working draft, circulated 21 April 2026.*", "*DRAFT v3, circulated 14 April 2026.*", "**Date of
 * submission:** 28 May 2026", "Issued 3 May 2026", "Received 3 March 2026; accepted 9 April 2026".
 */
const stampWords = new Set(
  (
    'updated update last revised revision published publication posted edited modified dated date draft drafted working final interim version of on as this first ' +
    'accessed retrieved reviewed prepared circulated circulation released issued submitted submission received accepted'
  ).split(' '),
);

/**
 * Words a stamp set in emphasis as a whole line may also hold, which prose holds too: whom a
 * draft went to and what for ("*Circulated to subscribers on 13 April 2026.*", "*Draft for
 * comment, 24 April 2026.*"). Outside emphasis they make the line prose.
 */
const emphasisStampWords = new Set(
  'to for sent emailed distributed shared subscribers readers members partners colleagues staff comment comments consultation discussion review internal use the'.split(' '),
);

/**
 * Words of a handling stamp, after its opening (see `handlingOpeningRe`): "*Not for attribution
 * before April 21, 2026.*", "Embargoed until 00:01 BST on 21 April 2026".
 */
const handlingWords = new Set(
  'embargoed embargo under strictly not for immediate attribution publication release citation quotation circulation distribution broadcast until before after or and bst gmt utc cet cest et est edt pt pst pdt am pm draft confidential'.split(' '),
);
/**
 * The opening of a handling stamp: an embargo, what the draft may not be used for before a date,
 * or a release for now ("FOR IMMEDIATE RELEASE: 21 April 2026"), perhaps after the draft's own
 * mark and a dash or a colon ("DRAFT — NOT FOR CIRCULATION 3 MARCH 2026", "CONFIDENTIAL: embargoed until …").
 */
const handlingOpeningRe =
  /^[^\p{L}]{0,6}(?:(?:draft|confidential)[ \t]*[—–:-][^\p{L}]{0,4})?(?:(?:strictly[ \t]+)?embargoed|under[ \t]+embargo|embargo|not[ \t]+for[ \t]+(?:attribution|publication|release|citation|quotation|circulation|distribution|broadcast)|for[ \t]+immediate[ \t]+release)(?![\p{L}])/iu;

const wordRe = /[\p{L}]+/gu;

/**
 * A weekday, also shortened, that names the day of the date right after it: it belongs to the date
 * ("*Published Thursday, 16 April 2026.*", "*… briefing. Thursday, April 16, 2026.*").
 */
const weekdayRe = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$/;
/**
 * A time zone or the half of the day, after the time of day that follows a stamp's date: "Published
 * 14 April 2026, 07:00 ET", "Updated 15 April 2026, 9:40 am BST". A time is no figure; its zone is a stamp's word.
 */
const timeZoneWords = new Set('et est edt ct cst cdt mt mst mdt pt pst pdt bst gmt utc cet cest ist aest aedt jst am pm'.split(' '));
/** Before a time zone: the digits of a time of day, perhaps a half of the day ("07:00 ", "9:40 am "). */
const timeBeforeZoneRe = /\d[ \t]*(?:(?:am|pm)[ \t]+)?$/i;
/** What may stand between a weekday and its date: spaces, a comma, the full stop of a short form. */
const beforeDateRe = /^[ \t\u00a0,.]*$/;

/** * _: emphasis around a whole line. */
const isEmphasisMark = (c: number) => c === 42 || c === 95;
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;

/**
 * Whether a claim is only a document's stamp: its figures are all dates and its other words
 * are stamp words ("*Updated April 16, 2026.*"). Such a date says when the draft was written,
 * which no source supports: it needs no citation. A byline or masthead of parts set apart by
 * "·", "|" or "•" is read part by part: each part that holds a figure must be a stamp, the
 * others may say anything ("*By a staff writer · feature · updated April 20, 2026*"); in a line
 * set in emphasis, a part that is a date alone is one too ("*Policy brief · April 20, 2026*"),
 * and so is a sentence that is a date alone ("*Your weekly briefing, from the policy desk. Apr.
 * 10, 2026.*"). A masthead that opens on its issuer's name in bold and ends on its date is one with
 * no series number ("**Science, Innovation and Technology Committee** | Briefing pack | 18 May 2026",
 * see issuerMasthead), and so is a sentence that says up to which day the document's information runs
 * ("This briefing reflects information available on 15 May 2026.", see currencyStamp). A handling stamp may say what the draft is not for until a date ("*Not for
 * attribution before April 21, 2026.*", "Embargoed until April 21, 2026."). A date alone on its
 * line is the draft's date, also under the lines that sign it (see isSignedDate). A sentence
 * that runs on from a title block's line into the next line of its paragraph is read on that
 * line alone, when its dates are all there (see titleBlockLine). `mask` is the prose mask of the text.
 */
export function isDateStamp(claim: Claim, mask: string, namesEntity: (from: number, to: number) => boolean = namesNothing): boolean {
  if (!claim.values.length || claim.values.some((v) => v.kind !== 'date')) return false;
  if (isCurrencyStamp(claim, mask)) return true;
  const clauses = semicolonClauses(claim, mask);
  if (clauses) return clauses.every((c) => c.values.length > 0 && isDateStamp(c, mask, namesEntity));
  let { start, end } = claim.span;
  let emphasized = inEmphasis(mask, start, end);
  const line = lineOfValues(claim, mask);
  const emphasisLine = line !== undefined && isEmphasisLine(mask, line.start, line.end);
  const alone = line !== undefined && aloneOnLine(claim, mask, line);
  const signed = alone && start < line.start && isSignedDate(claim, mask, line);
  if (line && (start < line.start || end > line.end) && (emphasisLine || signed || separatorsIn(mask, line.start, line.end) >= 2)) {
    start = Math.max(start, line.start);
    end = Math.min(end, line.end);
    emphasized ||= inEmphasis(mask, start, end);
  }
  if (isSeriesLine(claim, mask, start, end) || isBylineStamp(claim, mask) || isIssuerMasthead(claim, mask, namesEntity)) return true;
  emphasized ||= emphasisLine;
  const handling = handlingOpeningRe.test(mask.slice(start, Math.min(end, start + 60)));
  const parts = partsOf(mask, start, end);
  const bareDateAllowed =
    (parts.length > 2 && emphasized) || emphasisLine || (alone && start >= line.start) || (line !== undefined && isNamedByline(claim, mask, line, parts, namesEntity));
  let v = 0;
  for (let k = 0; k < parts.length; k += 2) {
    const partEnd = parts[k + 1];
    const first = v;
    while (v < claim.values.length && claim.values[v].span.start < partEnd) v++;
    if (v === first) continue;
    const words = stampWordsIn(claim, first, v, mask, parts[k], partEnd, emphasized, handling);
    // "*Lakeshore State Debate · 2026–27 policy topic · …*": a masthead's part that opens on its year names which season it is.
    if (words < 0 && parts.length > 4 && emphasized && v === first + 1 && opensOnYear(claim.values[first], mask, parts[k]) && !namesEntity(parts[k], partEnd)) continue;
    if (words < 0 || (words === 0 && !bareDateAllowed)) return false;
  }
  return true;
}

/** Nothing is named: for callers that know no fact base. */
const namesNothing = () => false;

/**
 * The clauses of a claim that a semicolon joins, each with its own values, or undefined when it
 * has no semicolon: a stamp of two parts is read part by part, each a stamp of its own ("Data as
 * of 31 March 2026; circulated 14 May 2026." → "Data as of 31 March 2026" and " circulated 14 May 2026.").
 */
function semicolonClauses(claim: Claim, mask: string): Claim[] | undefined {
  const { start, end } = claim.span;
  const cuts: number[] = [];
  // Within the claim only: the search must not run on through the rest of the text.
  for (let i = start; i < end; i++) {
    if (mask.charCodeAt(i) === 59 && !claim.values.some((v) => v.span.start <= i && i < v.span.end)) cuts.push(i);
  }
  if (!cuts.length) return undefined;
  const bounds = [start - 1, ...cuts, end];
  const clauses: Claim[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    // Each clause without its semicolon: "Data as of 31 March 2026", " circulated 14 May 2026.".
    const from = bounds[k] + 1;
    const to = bounds[k + 1];
    clauses.push({ ...claim, span: { start: from, end: to }, values: claim.values.filter((v) => v.span.start >= from && v.span.end <= to) });
  }
  return clauses;
}
/** A year or a span of years, as a value's text: "2026", "2026–27", "2019/20". */
const yearOrSpanRe = /^\d{4}(?:[–/-]\d{2,4})?$/;

/**
 * Whether `value`, a year or a span of years, opens the part of a masthead that starts at `from`,
 * past spaces and emphasis: "2026–27 policy topic" → true; "policy topic 2026–27" → false.
 */
function opensOnYear(value: Claim['values'][number], mask: string, from: number): boolean {
  return yearOrSpanRe.test(value.text) && !hasWordChar(mask, from, value.span.start);
}
/** A capitalised word. */
const capitalisedWordRe = /(?<![\p{L}])\p{Lu}/gu;

/**
 * Whether the claim is a whole line of parts set apart by "·", "|" or "•" (`parts`, see
 * `partsOf`), whose parts without a figure sign it as a name or a title does, in two capitalised
 * words or more, and name no party of the fact base: a title slide's or a handout's byline, "Dr
 * Miriam Oyelaran · 10 November 2026", "Jane Doe | Head of Policy | 22 April 2026". Its date is the
 * day the writer gives the talk or signs the draft. Not "Project Glasswing · 7 April 2026" (a
 * party of the fact base) nor "Leak · 26 March 2026" (no name), a timeline's entries.
 */
function isNamedByline(claim: Claim, mask: string, line: { start: number; end: number }, parts: readonly number[], namesEntity: (from: number, to: number) => boolean): boolean {
  const { start, end } = claim.span;
  if (parts.length < 4 || start < line.start || end > line.end || hasWordChar(mask, line.start, start) || hasWordChar(mask, end, line.end)) return false;
  let v = 0;
  for (let k = 0; k < parts.length; k += 2) {
    const from = parts[k];
    const to = parts[k + 1];
    const holdsValue = v < claim.values.length && claim.values[v].span.start < to;
    while (v < claim.values.length && claim.values[v].span.start < to) v++;
    if (holdsValue) continue;
    const text = mask.slice(from, to);
    if (!signsLikeName(text) || (text.match(capitalisedWordRe)?.length ?? 0) < 2 || namesEntity(from, to)) return false;
  }
  return true;
}

/**
 * Whether the claim's values are all its line holds, past emphasis, spaces and punctuation
 * ("22 April 2026", "*April 7, 2026*"), the line opening the paragraph's text as a paragraph's
 * line does (a list item's or a block quote's line opens on the blanked marks of its block).
 */
function aloneOnLine(claim: Claim, mask: string, line: { start: number; end: number }): boolean {
  if (isSpace(mask.charCodeAt(line.start))) return false;
  let pos = line.start;
  for (const v of claim.values) {
    if (hasWordChar(mask, pos, v.span.start)) return false;
    pos = v.span.end;
  }
  return !hasWordChar(mask, pos, line.end);
}

const wordCharRe = /[\p{L}\p{N}]/u;
function hasWordChar(mask: string, from: number, to: number): boolean {
  return wordCharRe.test(mask.slice(from, to));
}

/**
 * The number of words in [from, to) of `mask` outside the claim's values first..last (exclusive),
 * or -1 when one of them is no stamp word (`emphasized`: the line is set in emphasis, see `emphasisStampWords`;
 * `handling`: the claim opens a handling stamp, see `handlingWords`).
 */
function stampWordsIn(claim: Claim, first: number, last: number, mask: string, from: number, to: number, emphasized: boolean, handling: boolean): number {
  let pos = from;
  let words = 0;
  const rest = (until: number, beforeValue: boolean): boolean => {
    const text = mask.slice(pos, until);
    for (const m of text.matchAll(wordRe)) {
      const word = m[0].toLowerCase();
      if (beforeValue && weekdayRe.test(word) && beforeDateRe.test(text.slice(m.index + m[0].length))) continue;
      if (timeZoneWords.has(word) && timeBeforeZoneRe.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
      // "DRAFT v3", "Version v2.1": the draft's number, a "v" glued to its digits, names which draft it is.
      if (word === 'v' && isDigitAt(text, m.index + 1)) continue;
      if (!stampWords.has(word) && !(emphasized && emphasisStampWords.has(word)) && !(handling && handlingWords.has(word))) return false;
      words++;
    }
    return true;
  };
  for (let k = first; k < last; k++) {
    const span = claim.values[k].span;
    if (!rest(span.start, claim.values[k].kind === 'date')) return -1;
    pos = Math.max(pos, span.end);
  }
  return rest(to, false) ? words : -1;
}

/** Whether `text` has a digit at `at`: "3" of "v3". */
function isDigitAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c >= 48 && c <= 57;
}

/** The parts of [start, end) of `mask` between part separators, as start, end pairs (one part when there is none). */
function partsOf(mask: string, start: number, end: number): number[] {
  const parts = [start];
  for (let i = start; i < end; i++) if (isPartSeparator(mask.charCodeAt(i))) parts.push(i, i + 1);
  parts.push(end);
  return parts;
}

/** Whether [start, end) of `mask` opens and closes with emphasis marks: "*…*", "_…_". */
function inEmphasis(mask: string, start: number, end: number): boolean {
  let a = start;
  let b = end;
  while (a < b && isSpace(mask.charCodeAt(a))) a++;
  while (b > a && isSpace(mask.charCodeAt(b - 1))) b--;
  return b - a > 2 && isEmphasisMark(mask.charCodeAt(a)) && isEmphasisMark(mask.charCodeAt(b - 1));
}

/**
 * A series number of a masthead: "White Paper No. 14", "Vol. 3", "Issue 12", "Working Paper 7", "Policy Brief 2",
 * "Number CBP-10291" (a code of capitals before the number).
 */
const seriesNumberRe = /\b(?:No|Nr|Vol|Issue|Number)\.?[ \u00a0]?(?:[A-Z]{1,6}-?)?\d|\b(?:Paper|Brief|Report|Note|Series)[ \u00a0]\d/;
/** A season before a year: "(Spring 2026)". */
const seasonBeforeRe = /(?:spring|summer|autumn|fall|winter)[ \u00a0]$/i;
/** ( [ — – · | • , : what sets a date apart in a masthead, before it. */
const isOpening = (c: number) => c === 40 || c === 91 || c === 0x2014 || c === 0x2013 || c === 44 || isPartSeparator(c);
/** ) ] — – · | • , : the same after it. */
const isClosing = (c: number) => c === 41 || c === 93 || c === 0x2014 || c === 0x2013 || c === 44 || isPartSeparator(c);

/**
 * Whether [start, end) of `mask`, the claim's text, is a series line, the masthead under a title:
 * set in emphasis as a whole or in parts set apart by two separators or more, with a series number
 * ("**Center for Technology Statecraft — White Paper No. 14 (Spring 2026)**", "**Research
 * Briefing** | Number CBP-10291 | 21 April 2026"), each of its dates set apart by brackets or a
 * separator (a season before a year included). The date is the issue's, which no source supports.
 */
function isSeriesLine(claim: Claim, mask: string, start: number, end: number): boolean {
  if (!(inEmphasis(mask, start, end) || separatorsIn(mask, start, end) >= 2) || !seriesNumberRe.test(mask.slice(start, end))) return false;
  return claim.values.every((v) => setApart(mask, v.span.start, v.span.end, start, end));
}

/** Whether the date on [a, b) stands alone between an opening and a closing mark, or the ends of [start, end) past emphasis. */
function setApart(mask: string, a: number, b: number, start: number, end: number): boolean {
  const season = seasonBeforeRe.exec(mask.slice(Math.max(start, a - 8), a));
  let i = season ? a - season[0].length : a;
  while (i > start && (isSpace(mask.charCodeAt(i - 1)) || isEmphasisMark(mask.charCodeAt(i - 1)))) i--;
  if (i > start && !isOpening(mask.charCodeAt(i - 1))) return false;
  let j = b;
  while (j < end && (isSpace(mask.charCodeAt(j)) || isEmphasisMark(mask.charCodeAt(j)) || mask.charCodeAt(j) === 46)) j++;
  return j >= end || isClosing(mask.charCodeAt(j));
}

/** An edit or publication stamp after a comma, before a date that ends its line: ", updated 15 July 2026", ", last revised on". */
const bylineStampBeforeRe = /,[ \t]+(?:(?:last|first)[ \t]+)?(?:updated|revised|edited|modified|published|posted)(?:[ \t]+on)?[ \t]+$/i;

/**
 * Whether a claim is the stamp that ends a byline or a masthead: a line set in emphasis as a
 * whole, whose one date closes it after a comma and an edit or publication participle
 * ("*Explainer. The Calderra Ledger, updated 15 July 2026.*"). What comes before the comma names
 * the outlet or the piece, which may be any words; the date is when it was written. Not prose
 * ("The Act, updated 15 July 2026, …" runs on; a line not set in emphasis is a sentence).
 */
function isBylineStamp(claim: Claim, mask: string): boolean {
  if (claim.values.length !== 1) return false;
  const { start, end } = claim.values[0].span;
  const line = lineAround(mask, start);
  if (!line || line.end < end) return false;
  const { start: lineStart, end: lineEnd } = line;
  if (!inEmphasis(mask, lineStart, lineEnd) || !bylineStampBeforeRe.test(mask.slice(Math.max(lineStart, start - 40), start))) return false;
  let j = end;
  while (j < lineEnd && (isSpace(mask.charCodeAt(j)) || isEmphasisMark(mask.charCodeAt(j)) || mask.charCodeAt(j) === 46)) j++;
  return j >= lineEnd;
}
