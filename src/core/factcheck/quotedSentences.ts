import type { Span } from '../types';
import { splitSentences } from '../text/sentences';

/**
 * The sentences of quoted words from `start` to `end` (document offsets into `mask`), when there
 * are two or more; none for one. A quotation of several sentences whose words as a whole are on
 * no record may still quote one record in one of them, with a word changed: "We did not feel
 * comfortable releasing this widely. The capability jump was too large." misquotes Logan
 * Graham's first sentence, and only that sentence is held against the record.
 *
 * Cost: one pass of the sentence splitter over the quoted words, only for a quotation that
 * matched no record as a whole.
 */
export function quotedSentences(mask: string, start: number, end: number): Span[] {
  const cut: [number, number][] = [];
  // No quotation pairs: the words are all inside the one quotation, and its sentences end where a sentence does.
  splitSentences(mask, start, end, [], cut);
  return cut.length < 2 ? [] : cut.map(([s, e]) => ({ start: s, end: e }));
}
