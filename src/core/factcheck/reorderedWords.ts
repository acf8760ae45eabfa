/**
 * A quotation that holds the words of a stretch of a record, every one of them and no other,
 * in another order: "higher than for previous models, but very low" for the record's "very
 * low, but higher than for previous models". Its words are all the record's, so no edit count
 * calls it a misquote, yet moving a clause turns a warning into a reassurance.
 */

/** The fewest words of a reordered quotation: two phrases of a record, not a stock pair of words. */
const minWords = 5;
/** The most pieces the quotation may cut the record's words into: clauses swapped or moved, not words shuffled. */
const maxPieces = 4;

/** The window of the record's words (start to end, exclusive) a quotation reorders. */
export interface ReorderedWindow {
  readonly start: number;
  readonly end: number;
}

/**
 * The window of `record` whose words are those of `quote` (each as often) in another order, cut
 * into a few pieces that each keep the record's order, at least two of them phrases of two or
 * more words: a clause swapped with another or moved to the other end. Undefined when the
 * quotation is no such reordering (a shuffle of single words, another word count, the same
 * order). Costs one pass over the record with a running count of words, for a candidate record
 * that holds every word of the quotation.
 */
export function reorderedWindow(quote: readonly string[], record: readonly string[]): ReorderedWindow | undefined {
  const n = quote.length;
  if (n < minWords || n > record.length) return undefined;
  const need = new Map<string, number>();
  for (const w of quote) need.set(w, (need.get(w) ?? 0) + 1);
  // How many distinct words of the window still differ in count from the quotation's.
  const have = new Map<string, number>();
  let differing = need.size;
  const change = (w: string, by: number) => {
    const before = have.get(w) ?? 0;
    const after = before + by;
    have.set(w, after);
    const wanted = need.get(w) ?? 0;
    // (A word the quotation lacks is wanted 0 times: its count differs while the window holds it.)
    if (before === wanted) differing++;
    else if (after === wanted) differing--;
  };
  for (let j = 0; j < record.length; j++) {
    change(record[j], 1);
    if (j >= n) change(record[j - n], -1);
    if (j < n - 1 || differing !== 0) continue;
    const start = j - n + 1;
    const window = record.slice(start, j + 1);
    if (window.every((w, k) => w === quote[k])) return undefined;
    if (inFewPieces(quote, window)) return { start, end: j + 1 };
  }
  return undefined;
}

/**
 * Whether `quote` is `window` cut into a few pieces put in another order: read greedily, each
 * piece the longest run of the window's words not yet used, at most `maxPieces` of them and at
 * least two of two or more words ("but" may stand alone between two swapped clauses).
 */
function inFewPieces(quote: readonly string[], window: readonly string[]): boolean {
  const used = new Array<boolean>(window.length).fill(false);
  let pieces = 0;
  let phrases = 0;
  let i = 0;
  while (i < quote.length) {
    let bestStart = -1;
    let bestLength = 0;
    for (let s = 0; s < window.length; s++) {
      let k = 0;
      while (i + k < quote.length && s + k < window.length && !used[s + k] && window[s + k] === quote[i + k]) k++;
      if (k > bestLength) {
        bestLength = k;
        bestStart = s;
      }
    }
    if (bestLength === 0) return false;
    for (let k = 0; k < bestLength; k++) used[bestStart + k] = true;
    if (++pieces > maxPieces) return false;
    if (bestLength >= 2) phrases++;
    i += bestLength;
  }
  return pieces >= 2 && phrases >= 2;
}
