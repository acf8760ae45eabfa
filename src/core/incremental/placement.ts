import type { EntityMention, Sentence } from '../types';
import type { MarkerHit } from '../citations/markers';
import type { QuotePair, StrayMark } from '../quotes/scanQuotes';
import type { BlockScan } from './scanBlock';

/** A block's scan and where its window starts in the text (its offsets are relative to it). */
export interface ScannedBlock {
  readonly scan: BlockScan;
  readonly base: number;
  /** Index of its first sentence in the document's sentences. */
  readonly firstSentence: number;
}

/**
 * Where an analysis placed each block's scan, and the items it made from them in document
 * offsets (entities and sentences with their ranges, markers, quotation pairs, stray marks).
 * A block whose window, and all the text before it, an edit left alone has the same items at
 * the same offsets and lines: the next analysis of the document takes them as they are, for
 * as many blocks from the top as it can. Lists per block are in block order.
 */
export interface Placement {
  readonly text: string;
  /** The keys its scan is cached under (see `AnalysisCache`). */
  readonly flags: string[];
  readonly masks: string[];
  readonly texts: string[];
  readonly scanned: ScannedBlock[];
  readonly windowEnds: number[];
  /** How many items of each list the blocks up to and including this one made. */
  readonly entityEnds: number[];
  readonly sentenceEnds: number[];
  readonly markerEnds: number[];
  readonly pairEnds: number[];
  readonly strayEnds: number[];
  readonly entities: EntityMention[];
  readonly sentences: Sentence[];
  readonly markers: MarkerHit[];
  readonly pairs: QuotePair[];
  readonly strays: StrayMark[];
}

/** How many leading characters `a` and `b` share: compared a chunk at a time, then one by one. */
export function commonPrefixLength(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  const chunk = 4096;
  let i = 0;
  while (i + chunk <= n && a.slice(i, i + chunk) === b.slice(i, i + chunk)) i += chunk;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}
