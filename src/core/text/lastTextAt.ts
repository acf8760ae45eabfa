/**
 * The offset of the last character of [start, end) that is text: not a space, a blank of the
 * mask, closing emphasis (`*`, `_`), a no-break space or part of one of `markers` (the [start,
 * end) spans of citation markers, in order). -1 when there is none. Reads backwards from `end`,
 * so a sentence's closing punctuation is found past its markers: "… as follows [1]." → ".".
 */
export function lastTextAt(mask: string, start: number, end: number, markers: readonly (readonly [number, number])[]): number {
  let i = end - 1;
  let m = markers.length - 1;
  while (i >= start) {
    while (m >= 0 && markers[m][0] > i) m--;
    if (m >= 0 && markers[m][1] > i) {
      i = markers[m][0] - 1;
      continue;
    }
    const c = mask.charCodeAt(i);
    if (c <= 32 || c === 0x2a /* * */ || c === 0x5f /* _ */ || c === 0xa0) {
      i--;
      continue;
    }
    return i;
  }
  return -1;
}
