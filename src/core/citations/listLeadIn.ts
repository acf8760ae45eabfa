import type { Block } from '../markdown/structure';
import type { Sentence } from '../types';

/**
 * The markers that cite for a list item from its list's lead-in: a paragraph directly before
 * the list whose last sentence ends with a colon, or with "below", "as follows" or "the
 * following", and cites a source ("The system card reports [1]:", "According to the
 * filing:[3]", "The results are summarized below.[2]") covers the claims and quotations of
 * every item under it, sub-items included, that cite nothing themselves.
 *
 * `lastSentenceOf` gives the index of the sentence holding an offset (or -1), `labelsIn` the
 * resolved labels of a sentence's markers, and `markerSpans` the [start, end) of the markers
 * in a sentence, so the colon is found past them. Example: for "Scores [1]:" over
 * "- 83.1% on CyberGym", the item's block gets ["1"].
 */
export function leadInCiter(
  blocks: readonly Block[],
  mask: string,
  sentences: readonly Sentence[],
  sentenceAt: (offset: number) => number,
  labelsIn: (sentence: number) => readonly string[],
  markerSpans: (sentence: number) => readonly (readonly [number, number])[],
): (block: number) => readonly string[] {
  const none: readonly string[] = [];
  const memo = new Map<number, readonly string[]>();
  const ofLeadIn = (lead: number): readonly string[] => {
    let labels = memo.get(lead);
    if (labels) return labels;
    labels = none;
    const block = blocks[lead];
    if (block && block.kind === 'paragraph' && !block.isReference) {
      const last = sentenceAt(Math.max(block.start, block.end - 1));
      if (last >= 0 && introducesList(mask, sentences[last].span.start, block.end, markerSpans(last))) labels = labelsIn(last);
    }
    memo.set(lead, labels);
    return labels;
  };
  return (index: number): readonly string[] => {
    let block = blocks[index];
    // Up through parent items (bounded: each step goes to an earlier block).
    while (block && block.parentItem !== undefined && block.parentItem < index) {
      index = block.parentItem;
      block = blocks[index];
    }
    return block?.leadIn === undefined ? none : ofLeadIn(block.leadIn);
  };
}

/** Words that end a sentence announcing a list: "… summarized below.", "… as follows.", "… include the following.". */
const announcingWordRe = /(?:^|[^\p{L}])(?:below|follows|following)$/iu;

/**
 * Whether mask[start, end), markers and closing emphasis left out, ends with ":", or with a
 * word that announces a list and a full stop.
 */
function introducesList(mask: string, start: number, end: number, markers: readonly (readonly [number, number])[]): boolean {
  let i = end - 1;
  let m = markers.length - 1;
  let stopped = false;
  while (i >= start) {
    while (m >= 0 && markers[m][0] > i) m--;
    if (m >= 0 && markers[m][1] > i) {
      i = markers[m][0] - 1;
      continue;
    }
    const c = mask.charCodeAt(i);
    // Spaces, the mask's blanks, closing emphasis and a marker's superscript tag are not text.
    if (c <= 32 || c === 0x2a /* * */ || c === 0x5f /* _ */ || c === 0xa0) {
      i--;
      continue;
    }
    if (!stopped && (c === 0x3a /* : */ || c === 0xff1a) /* fullwidth colon */) return true;
    if (!stopped && c === 0x2e /* . */) {
      // "… below.", "… as follows [1].": the word before the full stop, past any marker.
      stopped = true;
      i--;
      continue;
    }
    return stopped && announcingWordRe.test(mask.slice(Math.max(start, i - 11), i + 1));
  }
  return false;
}
