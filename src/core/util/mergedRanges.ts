/**
 * Visits the ranges of two flat `[start, end, …]` lists, each in order of start, as one list in
 * order of start (a range of `first` before one of `second` that starts at the same place).
 * Ranges of one list may overlap those of the other; the caller merges or skips them.
 */
export function forEachMerged(first: readonly number[], second: readonly number[], visit: (start: number, end: number) => void): void {
  let i = 0;
  let j = 0;
  while (i < first.length || j < second.length) {
    if (j >= second.length || (i < first.length && first[i] <= second[j])) {
      visit(first[i], first[i + 1]);
      i += 2;
    } else {
      visit(second[j], second[j + 1]);
      j += 2;
    }
  }
}
