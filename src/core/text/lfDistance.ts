/**
 * Distances as they would be with LF line breaks: a CRLF counts as one character, so that how
 * far a word may stand from a figure does not depend on the file's line endings (the same text
 * must give the same findings either way).
 */

/** How many CRLF pairs start in [a, b). */
function crlfsIn(text: string, a: number, b: number): number {
  let n = 0;
  for (let i = a; i < b; i++) if (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10) n++;
  return n;
}

/** Whether [a, b) spans more than `reach` characters, a CRLF counting as one. */
export function beyondReach(text: string, a: number, b: number, reach: number): boolean {
  const raw = b - a;
  if (raw <= reach) return false;
  // Each CRLF adds one character: a gap of more than twice the reach is beyond it whatever its line breaks.
  if (raw > 2 * reach + 1) return true;
  return raw - crlfsIn(text, a, b) > reach;
}

/** The offset `reach` characters before `offset` (a CRLF counting as one), not before `floor`. */
export function reachBack(text: string, offset: number, reach: number, floor = 0): number {
  let start = Math.max(floor, offset - reach);
  for (let k = 0; k < 3; k++) {
    const next = Math.max(floor, offset - reach - crlfsIn(text, start, offset));
    if (next === start) break;
    start = next;
  }
  return start;
}
