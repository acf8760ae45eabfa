/**
 * GFM strikethrough, `~~deleted words~~`, which markdown-it (the parser of VS Code's preview)
 * renders as deleted text. A run of exactly two tildes is a delimiter: it opens where it is
 * left-flanking and closes where it is right-flanking, as CommonMark's emphasis delimiters do,
 * and a closer takes the nearest opener left open. One tilde is no delimiter ("~5k" is "about
 * 5k"), nor is a run of three or more; nothing pairs across a blank line, since each block is
 * read on its own.
 */

/** Flags of a delimiter run: it may open, it may close. */
export const mayOpen = 1;
export const mayClose = 2;

const whiteSpaceRe = /\s/;
/** Unicode punctuation as CommonMark 0.31 has it: punctuation and symbols (ASCII's `$`, `<`, `~` … among them). */
const punctuationRe = /[\p{P}\p{S}]/u;

const white = 0;
const punctuation = 1;
const other = 2;

function kindOf(ch: string): number {
  if (!ch || whiteSpaceRe.test(ch)) return white;
  return punctuationRe.test(ch) ? punctuation : other;
}

/** The character (code point) that ends just before `at`; '' at the start. */
function charBefore(s: string, at: number): string {
  if (at <= 0) return '';
  const c = s.charCodeAt(at - 1);
  return c >= 0xdc00 && c <= 0xdfff && at >= 2 ? s.slice(at - 2, at) : s[at - 1];
}

/** The character (code point) that starts at `at`; '' at the end. */
function charAt(s: string, at: number): string {
  const c = s.codePointAt(at);
  return c === undefined ? '' : String.fromCodePoint(c);
}

/**
 * How the delimiter run `s[at, end)` may act, as flags (`mayOpen`, `mayClose`; 0 for neither).
 * The start and end of the text count as white space.
 */
export function delimiterFlanks(s: string, at: number, end: number): number {
  const before = kindOf(charBefore(s, at));
  const after = kindOf(charAt(s, end));
  const left = after !== white && (after !== punctuation || before !== other);
  const right = before !== white && (before !== punctuation || after !== other);
  return (left ? mayOpen : 0) | (right ? mayClose : 0);
}

/**
 * The struck ranges of a block's delimiter runs: `runs` is flat `[at, flags, …]` in order,
 * each run two characters long at `offset + at`; the result is flat `[start, end, …]` from an
 * opening run's first tilde to its closing run's last, in order and disjoint (a pair inside
 * another is part of it). Linear: one stack of the openers left open.
 */
export function struckRanges(runs: readonly number[], offset: number): number[] {
  const open: number[] = [];
  const out: number[] = [];
  for (let k = 0; k < runs.length; k += 2) {
    const at = runs[k];
    const flags = runs[k + 1];
    if (flags & mayClose && open.length) {
      const start = offset + open.pop()!;
      // Pairs closed before, inside this one, are part of it.
      while (out.length && out[out.length - 2] > start) out.length -= 2;
      out.push(start, offset + at + 2);
    } else if (flags & mayOpen) {
      open.push(at);
    }
  }
  return out;
}
