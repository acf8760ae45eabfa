import type { FactIndex } from '../factbase/factIndex';
import type { BlockScan } from './scanBlock';

/**
 * What one document's analyses share from one run to the next: the scan and fact checks of
 * each block, keyed by the block's text and context (see `scanBlock`), and the fact base
 * match of each quotation text. An edit changes a few blocks; the next analysis rescans
 * only those. The host keeps one cache per open document and passes it to `analyze`.
 *
 * Entries not used by the latest analysis are dropped after it, so the cache holds about
 * one document's worth of results. A cache made with one fact base is emptied when it
 * meets another.
 */
export interface AnalysisCache {
  /** Blocks the last analysis took from the cache, and blocks it scanned afresh. */
  readonly stats: { readonly reused: number; readonly scanned: number };
}

/**
 * Flags → mask window → the scans made from it. Most blocks' text window equals their mask
 * window: their scan is found by the mask alone. The others are found by their text window
 * next, rather than by a concatenated key that would be copied and hashed afresh each time.
 */
type BlockMap = Map<string, Map<string, BlockEntry>>;

interface BlockEntry {
  /** The scan of the window whose text equals its mask. */
  same?: BlockScan;
  /** Scans of windows whose text differs from the mask, by text. */
  byText?: Map<string, BlockScan>;
}

function getBlock(map: BlockMap, flags: string, mask: string, text: string): BlockScan | undefined {
  const entry = map.get(flags)?.get(mask);
  return text === mask ? entry?.same : entry?.byText?.get(text);
}

function setBlock(map: BlockMap, flags: string, mask: string, text: string, scan: BlockScan): void {
  let inner = map.get(flags);
  if (!inner) map.set(flags, (inner = new Map()));
  let entry = inner.get(mask);
  if (!entry) inner.set(mask, (entry = {}));
  if (text === mask) entry.same = scan;
  else (entry.byText ??= new Map()).set(text, scan);
}

interface CacheState extends AnalysisCache {
  factIndex: FactIndex | undefined;
  blocks: BlockMap;
  nextBlocks: BlockMap;
  quotes: Map<string, unknown>;
  nextQuotes: Map<string, unknown>;
  stats: { reused: number; scanned: number };
}

export function createAnalysisCache(): AnalysisCache {
  const state: CacheState = {
    factIndex: undefined,
    blocks: new Map(),
    nextBlocks: new Map(),
    quotes: new Map(),
    nextQuotes: new Map(),
    stats: { reused: 0, scanned: 0 },
  };
  return state;
}

/** One analysis's view of a cache (or of none): lookups, then `finish` to drop what went unused. */
export interface CacheSession {
  /**
   * The scan of a block whose window of the prose mask is `mask` and of the text is `text`;
   * `flags` holds everything else the scan depends on.
   */
  block(flags: string, mask: string, text: string, scan: () => BlockScan): BlockScan;
  quote<T>(text: string, match: () => T): T;
  finish(): void;
}

const uncached: CacheSession = {
  block: (_flags, _mask, _text, scan) => scan(),
  quote: (_text, match) => match(),
  finish: () => {},
};

export function openCacheSession(cache: AnalysisCache | undefined, factIndex: FactIndex): CacheSession {
  if (!cache) return uncached;
  const state = cache as CacheState;
  if (state.factIndex !== factIndex) {
    state.factIndex = factIndex;
    state.blocks.clear();
    state.quotes.clear();
  }
  const stats = { reused: 0, scanned: 0 };
  const nextBlocks = state.nextBlocks;
  const nextQuotes = state.nextQuotes;
  nextBlocks.clear();
  nextQuotes.clear();
  return {
    block(flags, mask, text, scan) {
      let found = getBlock(state.blocks, flags, mask, text) ?? getBlock(nextBlocks, flags, mask, text);
      if (found) stats.reused++;
      else {
        found = scan();
        stats.scanned++;
      }
      setBlock(nextBlocks, flags, mask, text, found);
      return found;
    },
    quote<T>(text: string, match: () => T): T {
      if (nextQuotes.has(text)) return nextQuotes.get(text) as T;
      const found = state.quotes.has(text) ? (state.quotes.get(text) as T) : match();
      nextQuotes.set(text, found);
      return found;
    },
    finish() {
      // The entries this analysis used become the cache; the rest are dropped.
      state.nextBlocks = state.blocks;
      state.blocks = nextBlocks;
      state.nextQuotes = state.quotes;
      state.quotes = nextQuotes;
      state.nextBlocks.clear();
      state.nextQuotes.clear();
      state.stats = stats;
    },
  };
}
