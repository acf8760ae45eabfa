import type { Block } from '../markdown/structure';
import type { Sentence } from '../types';
import { lastTextAt } from '../text/lastTextAt';

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
  const i = lastTextAt(mask, start, end, markers);
  if (i < 0) return false;
  const c = mask.charCodeAt(i);
  if (c === 0x3a /* : */ || c === 0xff1a /* fullwidth colon */) return true;
  if (c !== 0x2e /* . */) return false;
  // "… below.", "… as follows [1].": the word before the full stop, past any marker.
  const j = lastTextAt(mask, start, i, markers);
  return j >= 0 && announcingWordRe.test(mask.slice(Math.max(start, j - 11), j + 1));
}
