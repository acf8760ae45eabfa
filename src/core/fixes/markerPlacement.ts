import type { Citation } from '../types';

/**
 * Where a document sets its bracketed markers, read from the markers it has, so that a quick fix
 * places a new one as the writer does: glued to the words or after a space (`partners[1]` or
 * `partners [1]`), and before or after the sentence's full stop (`partners [1].` or
 * `partners.[1]`). The default, when the document shows neither or is split evenly: glued, after
 * the stop.
 */
export interface MarkerPlacement {
  /** A space goes before the marker: `partners [1]`, `developed" [1]`. */
  readonly spaced: boolean;
  /** The marker goes before the sentence's closing punctuation: `partners [1].`, not `partners. [1]`. */
  readonly beforeStop: boolean;
}

/** The default placement: `…to the programme.[1]`. */
export const gluedAfterStop: MarkerPlacement = { spaced: false, beforeStop: false };

/** What a marker may follow for its spacing to count: a word, a figure, or punctuation that closes (not "|", "(" or a line's start). */
const wordEndRe = /[\p{L}\p{N}.,;:!?%)"'”’»›*_]/u;
/** What ends a sentence. */
const stopRe = /[.!?]/;
/** Closing marks a stop may sit inside: `widely." [2]`. */
const closersRe = /["'”’»›)*_]/;

/**
 * Reads the placement of the markers of `kind` ("numeric" for `[1]`, "footnote" for `[^a]`) from
 * the text around each single marker (`[1]`, not a number in `[1, 2]`): its spacing from the
 * character before it (`partners [1]` spaced, `partners[1]` glued; a marker after another one,
 * in a table cell or at a line's start tells nothing), and its side of the stop from what is
 * next to it (`partners [1].` before; `partners.[1]` and `widely." [2]` after; `Opus 4.6 [1],`
 * neither). Most markers decide each; a tie keeps the default.
 */
export function markerPlacement(text: string, citations: readonly Citation[], kind: 'numeric' | 'footnote'): MarkerPlacement {
  let spaced = 0;
  let glued = 0;
  let before = 0;
  let after = 0;
  for (const c of citations) {
    if (c.kind !== kind || text[c.span.start] !== '[' || text[c.span.end - 1] !== ']') continue;
    // Spacing: the character before the marker, past spaces and tabs (not past a line break).
    let k = c.span.start;
    while (k > 0 && (text[k - 1] === ' ' || text[k - 1] === '\t')) k--;
    const prev = text[k - 1];
    if (prev === undefined || !wordEndRe.test(prev)) continue;
    if (k < c.span.start) spaced++;
    else glued++;
    // The stop: right after the marker (and up to four markers glued after it), or before it past closing marks.
    let e = c.span.end;
    for (let run = 0; run < 4 && text[e] === '['; run++) {
      const close = text.indexOf(']', e);
      if (close < 0 || close - e > 40) break;
      e = close + 1;
    }
    if (stopRe.test(text[e] ?? '') && text[e + 1] !== '.') before++;
    else {
      let p = k - 1;
      while (p > 0 && closersRe.test(text[p])) p--;
      if (p >= 0 && stopRe.test(text[p])) after++;
    }
  }
  return { spaced: spaced > glued, beforeStop: before > after };
}

/** The end of initials, whose last stop stays with them: "U.S.", "e.g." (not "programme."). */
const initialsRe = /\.\p{L}\.$/u;

/**
 * The edit that puts `marker` for words that end at `place`, as `style` places markers: after a
 * space (`partners [1]`), and before the sentence's stop when the words end with it (`…partners.`
 * becomes `…partners [1].`). A quotation's marker stays after the closing mark, as the stop inside
 * it stays (`…widely."` becomes `…widely." [1]`); an ellipsis is not a stop, nor the stop of initials (`U.S.`).
 */
export function markerInsertion(text: string, place: number, marker: string, style: MarkerPlacement): { start: number; end: number; newText: string } {
  const prev = text[place - 1];
  const moves = style.beforeStop && prev !== undefined && stopRe.test(prev) && text[place - 2] !== '.' && !initialsRe.test(text.slice(place - 4, place));
  const at = moves ? place - 1 : place;
  const before = text[at - 1];
  const space = style.spaced && before !== undefined && before !== ']' && !/\s/.test(before) ? ' ' : '';
  return { start: at, end: at, newText: `${space}${marker}` };
}
