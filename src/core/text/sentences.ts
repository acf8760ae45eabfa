import type { QuotePair } from '../quotes/scanQuotes';

/**
 * Sentence boundaries in one block of the mask. A sentence ends at . ! ? or … followed
 * by space and a capital, a digit or an opening mark, or at the block's end. Closing
 * quotation marks and citation markers right after the punctuation (`…models.[4]`,
 * `…generally."[10]`) belong to the sentence they close. Abbreviations ("U.S.", "Dr.",
 * "e.g.") and decimals ("83.1%") do not end a sentence, nor does punctuation inside a
 * quotation that goes on.
 */

const terminalRe = /[.!?…]+/g;
/** Never the last word of a sentence when followed by a period. */
const abbreviations = new Set(
  'mr mrs ms dr prof sr jr st gen sen rep gov lt col capt sgt no nos fig figs vol vols pp p cf eg ie e.g i.e vs v al etc approx est dept univ inc corp ltd co u.s u.k u.n e.u a.m p.m ph.d jan feb mar apr jun jul aug sep sept oct nov dec mt ft'.split(' '),
);
const trailingCloseRe = /^["'”’»)\]]*/;
const markerRe = /^\[(?:\^[^\]\s]{1,100}|\d{1,4}(?:[ \t]*(?:[-–—,;]|and)[ \t]*\d{1,4}){0,50}|[^\[\]\r\n@]{0,300}@[^\[\]\r\n]{0,300})\]/;
const startsSentence = /^\s+["'“‘«„(\[]*[\p{Lu}\p{N}]/u;

function wordBefore(text: string, at: number, floor: number): string {
  let i = at;
  while (i > floor && /[\p{L}.]/u.test(text[i - 1])) i--;
  return text.slice(i, at);
}

function insideQuote(pairs: readonly QuotePair[], at: number, from: number): number {
  for (let k = from; k < pairs.length; k++) {
    const p = pairs[k];
    if (p.open > at) return -1;
    if (at > p.open && at < p.close) return k;
  }
  return -1;
}

export function splitSentences(mask: string, start: number, end: number, pairs: readonly QuotePair[], out: [number, number][]): void {
  let sentenceStart = start;
  while (sentenceStart < end && /\s/.test(mask[sentenceStart])) sentenceStart++;
  let pairCursor = 0;
  while (pairCursor < pairs.length && pairs[pairCursor].close < start) pairCursor++;
  terminalRe.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = terminalRe.exec(mask)) && m.index < end) {
    const at = m.index;
    let stop = Math.min(at + m[0].length, end);
    if (m[0] === '.') {
      const word = wordBefore(mask, at, sentenceStart).toLowerCase();
      if (abbreviations.has(word) || abbreviations.has(word.replace(/\.$/, '')) || /^\p{L}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) continue;
    }
    while (pairCursor < pairs.length && pairs[pairCursor].close < at) pairCursor++;
    const q = insideQuote(pairs, at, pairCursor);
    const rest = mask.slice(stop, Math.min(end, stop + 400));
    const closers = trailingCloseRe.exec(rest)![0];
    if (q >= 0 && !(pairs[q].close >= stop && pairs[q].close < stop + closers.length)) continue;
    stop += closers.length;
    let tail = mask.slice(stop, Math.min(end, stop + 400));
    let mk: RegExpExecArray | null;
    while ((mk = markerRe.exec(tail))) {
      stop += mk[0].length;
      tail = tail.slice(mk[0].length);
    }
    if (stop < end && !startsSentence.test(mask.slice(stop, Math.min(end, stop + 20)))) continue;
    out.push([sentenceStart, stop]);
    sentenceStart = stop;
    while (sentenceStart < end && /\s/.test(mask[sentenceStart])) sentenceStart++;
    terminalRe.lastIndex = Math.max(stop, at + 1);
  }
  let last = end;
  while (last > sentenceStart && /\s/.test(mask[last - 1])) last--;
  if (last > sentenceStart) out.push([sentenceStart, last]);
}
