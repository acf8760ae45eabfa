/**
 * An aside the team writes to itself inside a sentence of a draft under review: "[Priya: check, I
 * had $200m]", "[JL: 53.4?]", "[Ed: confirm the date]", "[TK: link]", "[Note to Tom: 40 pages?]",
 * "(I had $200 million)", "(I have it as 44 pages)". Its figures are a reviewer's memory of or
 * doubt about what the sentence says, not what it says: they neither confirm nor contradict the
 * sentence's own figure ("a $250 million contract [Priya: I had $200m]" is held against the record
 * by its $250 million alone) and want no citation.
 *
 * The shape is narrow on purpose, so that no aside to the reader, which may state a fact, is read
 * as one. A bracket that opens on a label and a colon is an aside to the team only when
 * - the label is a to-do ("TK", "TODO", "FIXME", an author query "AQ") or names whom it is for
 *   ("Note to Tom", "Note for self"), or
 * - the label is a reviewer's name, initials or "Ed" ("Priya", "JL", "M.K.", "Ed.") and what
 *   follows speaks to the team: in the first person ("I had", "my notes"), as a query ("53.4?")
 *   or as an instruction to check ("check", "confirm", "verify", "source?").
 * A notice to readers ("[Update: …]", "[Correction: …]", "[Editor's note: …]") is never one, nor a
 * label whose bracket says nothing to the team ("[UK: £40 million; EU: €30 million]"). Without a
 * label, only a writer's memory of another figure is one: "I had" or "I have" right before a
 * figure or "it", "this", "that" ("(I had $200 million)", "(I have it as 44 pages)"; not "(I had
 * seen the 44-page filing)", which reports), or "I think", "I thought", "I recall" in a bracket
 * that asks ("(I thought March 3?)"). Brackets hold one line of at most 200 characters and no
 * bracket of their own kind. The prose mask blanks such an aside as it does a comment (see
 * inlineMask), so its names and quoted words are no prose of the draft either.
 */

/** How far an aside may run, its brackets included. */
const maxLength = 200;

/**
 * After "[": a label and its colon. Group 1 a to-do or an addressee (an aside by itself), group 2
 * a name, initials or "Ed" (an aside when its words speak to the team). Emphasis may wrap the label.
 */
const labelRe =
  /[*_]{0,2}(?:(TK|TODO|FIXME|AQ|[Nn]ote (?:to|for) \p{Lu}?\p{Ll}+)|(Eds?\.?|\p{Lu}\.?(?:\p{Lu}\.?){0,2}|\p{Lu}\p{Ll}+(?: \p{Lu}(?:\p{Ll}+|\.))?))[*_]{0,2}[ \t]?:[*_]{0,2}[ \t]/uy;

/** Labels of a notice to readers, which may state a fact: "Update", "Correction", "Note". */
const readerNotices: ReadonlySet<string> = new Set(
  'update updated updates correction corrected corrections clarification note notes disclosure addendum postscript context background source sources translation emphasis edit edited'.split(' '),
);

/** Words that speak to the team: the first person singular, or a request to check ("check", "confirm", "verify", "TK"). */
const teamVoiceRe = /(?<![\p{L}\p{N}'’])(?:I(?=[ \t]+\p{Ll})|I['’](?:d|ve|m)|me|my|[Cc]heck|[Dd]ouble-check|[Rr]echeck|[Cc]onfirm|[Vv]erify|[Qq]uery|[Ff]ix|[Ff]lag|TK)(?![\p{L}\p{N}'’-])|\?/u;

/**
 * After "(" or "[" with no label: a writer's memory of a figure, "I had $200m", "I have it as 44",
 * "I'd 200" (group 1), or a belief, "I think", "I thought", "I recall" (group 2: an aside only
 * when the bracket asks).
 */
const memoryRe =
  /[ \t]?I(?:[ \t]+(?:had|have)|['’](?:d|ve))[ \t]+(?=[$€£\d]|(?:it|this|that|them|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)|[ \t]?(I[ \t]+(?:think|thought|believe|believed|recall|remember|guess))\b/y;

/** The offset of the bracket closing the one opened at `open` (`close`, the closing character), on its line and within maxLength, or -1. */
function closingOf(mask: string, open: number, end: number, openCode: number, closeCode: number): number {
  const limit = Math.min(end, open + maxLength);
  for (let i = open + 1; i < limit; i++) {
    const c = mask.charCodeAt(i);
    if (c === closeCode) return i;
    if (c === openCode || c === 10 || c === 13) return -1;
  }
  return -1;
}

/** Whether the label matched by labelRe (groups `todo`, `name`) and the words after it, `body`, make a team aside. */
function isTeamLabel(todo: string | undefined, name: string | undefined, body: string): boolean {
  if (todo !== undefined) return true;
  if (name === undefined || readerNotices.has(name.toLowerCase())) return false;
  return teamVoiceRe.test(body);
}

/** Whether the bracket on [open, close] of `mask` is a team aside (see above); `square` tells "[" from "(". */
function isAside(mask: string, open: number, close: number, square: boolean): boolean {
  if (square) {
    labelRe.lastIndex = open + 1;
    const m = labelRe.exec(mask);
    if (m && labelRe.lastIndex <= close) return isTeamLabel(m[1], m[2], mask.slice(labelRe.lastIndex, close));
  }
  memoryRe.lastIndex = open + 1;
  const m = memoryRe.exec(mask);
  if (!m || memoryRe.lastIndex > close) return false;
  return m[1] === undefined || mask.lastIndexOf('?', close) > open;
}

/** Whether the character after a bracket at `at` may open an aside: a capital letter ("[Priya:", "(I had"), emphasis, a space or "N" of "note". */
function mayOpenAside(c: number): boolean {
  return (c >= 65 && c <= 90) || c === 42 || c === 95 || c === 32 || c === 110 || c >= 128;
}

/**
 * Pushes onto `out` (start, end pairs) the team asides in the sentence [s, e) of `mask`, brackets
 * included: their words hold no figure of the sentence's claim. Each bracket is read to its
 * closing one, or to the next bracket of its kind, at most maxLength on, so a sentence costs
 * about its length.
 * Example: in "The dispute began over a $250 million Pentagon contract [Priya: check, I had $200m]."
 * the bracket is an aside; in "The leak [Update: Anthropic confirmed it on March 27] hurt." none is.
 */
export function pushEditorAsides(mask: string, s: number, e: number, out: number[]): void {
  for (let i = s; i < e; i++) {
    const c = mask.charCodeAt(i);
    if (c !== 91 && c !== 40) continue;
    if (!mayOpenAside(mask.charCodeAt(i + 1))) continue;
    const square = c === 91;
    const close = closingOf(mask, i, e, c, square ? 93 : 41);
    if (close < 0) continue;
    if (!isAside(mask, i, close, square)) continue;
    out.push(i, close + 1);
    i = close;
  }
}
