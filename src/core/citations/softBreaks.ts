import { isWhiteSpace } from '../text/words';

/**
 * A hard-wrapped paragraph breaks its lines where the writer's editor chose: a citation may
 * open on one line and close on the next, "(Anthropic" / "2026a)". Markdown reads such a soft
 * line break, with the next line's indentation (and, in the prose mask, its blanked container
 * prefix, "> " or a list item's indent), as one space.
 */

const isLineBreak = (c: number) => c === 10 || c === 13;
/** White space within a line. */
const isBlank = (c: number) => !isLineBreak(c) && isWhiteSpace(c);

/** A text read as one line, and the offset in the text each of its offsets came from. */
export interface OneLine {
  readonly text: string;
  original(offset: number): number;
}

/**
 * `text` with each line break, and the white space either side of it, read as one space; or
 * nothing when `text` holds a blank line (a paragraph's end: what runs past it is no citation).
 * Linear in the length of `text`.
 */
export function joinSoftBreaks(text: string): OneLine | undefined {
  let out = '';
  let from = 0;
  let shift = 0;
  // Pairs: an offset in `out`, and how far offsets from there on lie behind the text's.
  const shifts: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!isLineBreak(text.charCodeAt(i))) continue;
    let s = i;
    while (s > from && isBlank(text.charCodeAt(s - 1))) s--;
    let e = i + (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1);
    while (e < text.length && isBlank(text.charCodeAt(e))) e++;
    if (e < text.length && isLineBreak(text.charCodeAt(e))) return undefined;
    out += `${text.slice(from, s)} `;
    shift += e - s - 1;
    shifts.push(out.length, shift);
    from = e;
    i = e - 1;
  }
  if (!shifts.length) return { text, original: (offset) => offset };
  out += text.slice(from);
  return {
    text: out,
    original(offset) {
      let by = 0;
      for (let k = 0; k < shifts.length && shifts[k] <= offset; k += 2) by = shifts[k + 1];
      return offset + by;
    },
  };
}

/**
 * Whether mask[from, to) is the white space between two words of one line or of two lines of a
 * paragraph: one space, or a line break with the white space either side of it.
 */
export function isSoftGap(mask: string, from: number, to: number): boolean {
  if (to - from === 1 && mask.charCodeAt(from) === 32) return true;
  let breaks = 0;
  for (let k = from; k < to; k++) {
    const c = mask.charCodeAt(k);
    if (c === 13 && mask.charCodeAt(k + 1) === 10) continue;
    if (isLineBreak(c)) breaks++;
    else if (!isBlank(c)) return false;
  }
  return breaks === 1;
}
