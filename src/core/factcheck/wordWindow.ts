/**
 * Word alignments between a quotation and a quotation on record: the window of the record a
 * misquote lines up with, and the longest run of the record's words a longer quotation holds.
 */

/** A window of the record's words: `start` to `end` (exclusive), with the edits to get there. */
export interface WordWindow {
  readonly edits: number;
  readonly start: number;
  readonly end: number;
}

/**
 * Smallest word edit distance of `a` to any window of `b` (Sellers' algorithm), with the window.
 * After a word whose `gapAfter` is set (an ellipsis or a bracketed insertion follows it) the
 * record's words may be skipped for free: "by far the most dangerous … we've ever developed"
 * is one change from "by far the most powerful AI model we've ever developed", not three.
 */
export function bestWindow(a: readonly string[], b: readonly string[], gapAfter: readonly boolean[] = []): WordWindow {
  const n = a.length;
  const m = b.length;
  // prev[j]: edits to align a[0..i) ending at b[j); prevStart[j]: where that window starts.
  // Two rows of each, swapped after every row, rather than two new arrays per row.
  let prev = new Array<number>(m + 1).fill(0);
  let prevStart = Array.from({ length: m + 1 }, (_, j) => j);
  let cur = new Array<number>(m + 1);
  let curStart = new Array<number>(m + 1);
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    curStart[0] = 0;
    for (let j = 1; j <= m; j++) {
      const sub = prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      const del = prev[j] + 1;
      const ins = cur[j - 1] + 1;
      if (sub <= del && sub <= ins) {
        cur[j] = sub;
        curStart[j] = prevStart[j - 1];
      } else if (del <= ins) {
        cur[j] = del;
        curStart[j] = prevStart[j];
      } else {
        cur[j] = ins;
        curStart[j] = curStart[j - 1];
      }
    }
    // Words left out at a gap cost nothing: the alignment may move on along the record.
    if (gapAfter[i - 1] && i < n) {
      for (let j = 1; j <= m; j++) {
        if (cur[j - 1] < cur[j]) {
          cur[j] = cur[j - 1];
          curStart[j] = curStart[j - 1];
        }
      }
    }
    const row = prev;
    prev = cur;
    cur = row;
    const rowStart = prevStart;
    prevStart = curStart;
    curStart = rowStart;
  }
  let best: WordWindow = { edits: Infinity, start: 0, end: 0 };
  // On a tie the longer window wins: "releasing this widely" lines up with "…this generally", not "…this".
  for (let j = 1; j <= m; j++) if (prev[j] <= best.edits) best = { edits: prev[j], start: prevStart[j], end: j };
  return best;
}

/**
 * The longest run of `b`'s words that `a` holds word for word, not across a gap of `a` (an
 * ellipsis or a bracketed insertion after a word whose `gapAfter` is set): "We did not feel
 * comfortable releasing this generally. The jump was too large." holds the 8 words of the
 * record "We did not feel comfortable releasing this generally." `start`/`end` are in `b`.
 */
export function longestRun(a: readonly string[], b: readonly string[], gapAfter: readonly boolean[] = []): { length: number; start: number; end: number } {
  const m = b.length;
  let prev = new Array<number>(m + 1).fill(0);
  let cur = new Array<number>(m + 1).fill(0);
  let best = { length: 0, start: 0, end: 0 };
  for (let i = 0; i < a.length; i++) {
    const joined = i > 0 && !gapAfter[i - 1];
    for (let j = 1; j <= m; j++) {
      cur[j] = a[i] === b[j - 1] ? (joined ? prev[j - 1] : 0) + 1 : 0;
      if (cur[j] > best.length) best = { length: cur[j], start: j - cur[j], end: j };
    }
    const row = prev;
    prev = cur;
    cur = row;
  }
  return best;
}
