/** Index of the first item whose start is at or after `offset`, in a list sorted by start. */
export function firstAtOrAfter<T>(list: readonly T[], offset: number, startOf: (item: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (startOf(list[mid]) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
