import type { Claim } from '../types';

/**
 * The lines of a document's title block and sign-off, as a date stamp stands on them: a line set
 * in emphasis as a whole ("**Center for Digital Governance · Policy Brief No. 9 · April 2026**"),
 * a masthead of parts set apart by "|", "·" or "•" ("**Research Briefing** | Number CBP-10291 | 21
 * April 2026"), and a date alone on the last line under a signature ("Frontier AI Security Team" /
 * "22 April 2026"). Such lines run on into the next line of their paragraph with no full stop, so a
 * sentence holds more than the stamp: these helpers find the line the stamp is on.
 */

/** * _: emphasis marks. */
const isEmphasisMark = (c: number) => c === 42 || c === 95;
const isSpace = (c: number) => c === 32 || c === 9 || c === 13 || c === 0xa0;
/** · | • ∙: what parts a byline or a masthead. */
export const isPartSeparator = (c: number) => c === 0xb7 || c === 124 || c === 0x2022 || c === 0x2219;

/**
 * The longest line read as a title block's: a masthead, a handling line or a signature is short, and
 * a bound keeps the search for its line breaks from running over a long paragraph for every claim.
 */
const maxLineLength = 400;

const isLineBreak = (c: number) => c === 10 || c === 13;

/** The line of `mask` that holds `at`: its start and its end (exclusive, before the line break), or undefined when it is longer than maxLineLength. */
export function lineAround(mask: string, at: number): { start: number; end: number } | undefined {
  let start = at;
  // A line ends at "\n" and at a lone "\r" (old Mac line endings) alike; in CRLF text, its end stops before the "\r".
  while (start > 0 && !isLineBreak(mask.charCodeAt(start - 1))) if (at - --start > maxLineLength) return undefined;
  let end = at;
  while (end < mask.length && !isLineBreak(mask.charCodeAt(end))) if (++end - start > maxLineLength) return undefined;
  return { start, end };
}

/** The line that holds all the claim's values, or undefined when they stand on different lines (or it is too long to be a title block's). */
export function lineOfValues(claim: Claim, mask: string): { start: number; end: number } | undefined {
  const line = lineAround(mask, claim.values[0].span.start);
  return line && claim.values.every((v) => v.span.start >= line.start && v.span.end <= line.end) ? line : undefined;
}

/**
 * Whether the line [start, end) of `mask` is set in emphasis as a whole: it opens and closes with
 * the same run of marks, which does not recur inside ("*Embargoed until April 21, 2026.*"; not
 * "**Anthropic** pledged **$100 million**", two spans of emphasis in one line of prose).
 */
export function isEmphasisLine(mask: string, start: number, end: number): boolean {
  let a = start;
  let b = end;
  while (a < b && isSpace(mask.charCodeAt(a))) a++;
  while (b > a && isSpace(mask.charCodeAt(b - 1))) b--;
  let run = 0;
  while (run < 3 && a + run < b && isEmphasisMark(mask.charCodeAt(a + run))) run++;
  if (run === 0 || b - a <= 2 * run) return false;
  const marks = mask.slice(a, a + run);
  return mask.slice(b - run, b) === marks && !mask.slice(a + run, b - run).includes(marks);
}

/** The number of part separators on [start, end) of `mask`. */
export function separatorsIn(mask: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) if (isPartSeparator(mask.charCodeAt(i))) n++;
  return n;
}

/** What may follow the last word of a signature line: a comma, a bracket, emphasis, spaces. */
const isSignatureCloser = (c: number) => c === 44 || c === 41 || c === 42 || c === 95 || c === 32 || c === 9;
const capitalRe = /\p{Lu}/u;
const nameCharRe = /[\p{L}.'’-]/u;

/** Whether `line` ends on a capitalised word, past a comma, a bracket or emphasis ("Frontier AI Security Team", "Head of Policy, DSIT"). */
function endsOnCapitalisedWord(line: string): boolean {
  let k = line.length;
  while (k > 0 && isSignatureCloser(line.charCodeAt(k - 1))) k--;
  const end = k;
  while (k > 0 && nameCharRe.test(line[k - 1])) k--;
  return k < end && capitalRe.test(line[k]);
}
/** A line of prose ends on a full stop, or breaks in one: "!", "?" and ";" stand in no name (a period may, "Dr. J. Smith"). */
const proseLineRe = /[!?;]|[.!?;][*_]*[ \t]*$/;
/** At most so many lines and words sign a draft above its date. */
const maxSignatureLines = 4;
const spaceRunRe = /[ \t]+/;
const maxSignatureWords = 10;
const maxSignatureLength = 120;

/** Lower-case words a name or a title holds ("Head of Policy", "Tom Baines and Priya Nandakumar", "Ursula von der Leyen"). */
const nameJoiners: ReadonlySet<string> = new Set('of and for the at in on to de del der des du la le van von y e da di'.split(' '));
const lowerStartRe = /^[^\p{L}]*\p{Ll}/u;
const nonLetterRe = /[^\p{L}]/gu;

/** Whether every word of `line` is capitalised or joins a name ("Frontier AI Security Team", "Head of Policy, DSIT"; not "The model was launched by Anthropic"). */
function namesOnly(line: string): boolean {
  for (const word of line.trim().split(spaceRunRe)) {
    if (lowerStartRe.test(word) && !nameJoiners.has(word.replace(nonLetterRe, ''))) return false;
  }
  return true;
}

/**
 * Whether `text` reads as what signs a draft, a name or a title: few words, no full stop, ending
 * on a capitalised word, no lower-case word but those that join a name ("Frontier AI Security
 * Team", "Head of Policy, DSIT", "Dr Miriam Oyelaran"; not "The model was launched by Anthropic").
 */
export function signsLikeName(text: string): boolean {
  return text.trim().split(spaceRunRe).length <= maxSignatureWords && !proseLineRe.test(text) && endsOnCapitalisedWord(text) && namesOnly(text);
}

/**
 * Whether the claim's one date stands alone on the last line of its sentence under lines that
 * sign the draft: each ends on a capitalised word, holds no full stop, few words and no lower-case word but
 * those that join a name ("Frontier AI
 * Security Team" / "22 April 2026", "Jane Doe" / "Head of Policy" / "22 April 2026"). The date is
 * the day the draft was signed. A date alone under a line of prose ("… announced the model on" /
 * "7 April 2026.") is part of that sentence. `dateLine` is the line of the claim's values.
 */
export function isSignedDate(claim: Claim, mask: string, dateLine: { start: number; end: number }): boolean {
  const { start } = claim.span;
  if (start >= dateLine.start) return false;
  let lineEnd = dateLine.start - 1;
  let lines = 0;
  while (lineEnd > start) {
    if (++lines > maxSignatureLines) return false;
    const line = lineAround(mask, lineEnd - 1);
    if (!line || line.end - line.start > maxSignatureLength) return false;
    const lineStart = Math.max(start, line.start);
    if (!signsLikeName(mask.slice(lineStart, lineEnd))) return false;
    lineEnd = lineStart - 1;
  }
  return lines > 0;
}
