import type { FactIndex } from '../factbase/factIndex';
import type { BlockScan } from './scanBlock';
import type { ParsedSection, SectionParser } from '../markdown/parseBySection';
import type { Placement } from './placement';

/**
 * What one document's analyses share from one run to the next: the block parse of each
 * section (see `parseBySection`), the scan and fact checks of each block, keyed by the
 * block's text and context (see `scanBlock`), and the fact base match of each quotation
 * text. An edit changes a few blocks; the next analysis parses only their section again
 * and rescans only those blocks. The host keeps one cache per open document and passes it
 * to `analyze`.
 *
 * Entries not used by the latest analysis are dropped after it, so the cache holds about
 * one document's worth of results. A cache made with one fact base is emptied when it
 * meets another.
 */
export interface AnalysisCache {
  /**
   * Blocks the last analysis took from the cache and blocks it scanned afresh; sections
   * whose parse it took from the cache and sections it parsed afresh; claims whose fact
   * check it made afresh (no kept verdict, or one that no longer stood).
   */
  readonly stats: CacheStats;
}

export interface CacheStats {
  readonly reused: number;
  readonly scanned: number;
  readonly reusedSections: number;
  readonly parsedSections: number;
  readonly judged: number;
  /** Sentences whose credits of their quotations were read afresh (see factcheck/keptCredits.ts), not kept. */
  readonly creditsRead: number;
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
  quotes: Memo<unknown>;
  credits: Memo<unknown>;
  sections: Memo<ParsedSection>;
  /** Where the last analysis placed its blocks' items (see `Placement`). */
  placement: Placement | undefined;
  stats: CacheStats;
}

/** Results by key: those of the last analysis, and those this one has used so far. */
interface Memo<T> {
  last: Map<string, T>;
  used: Map<string, T>;
}

function memo<T>(): Memo<T> {
  return { last: new Map(), used: new Map() };
}

function recall<T>(m: Memo<T>, key: string, make: () => T): T {
  let found = m.used.get(key);
  if (found === undefined && !m.used.has(key)) {
    found = m.last.has(key) ? (m.last.get(key) as T) : make();
    m.used.set(key, found);
  }
  return found as T;
}

/** What this analysis used becomes the memo; the rest is dropped. */
function keepUsed<T>(m: Memo<T>): void {
  const last = m.last;
  m.last = m.used;
  m.used = last;
  m.used.clear();
}

export function createAnalysisCache(): AnalysisCache {
  const state: CacheState = {
    factIndex: undefined,
    blocks: new Map(),
    nextBlocks: new Map(),
    quotes: memo(),
    credits: memo(),
    sections: memo(),
    placement: undefined,
    stats: { reused: 0, scanned: 0, reusedSections: 0, parsedSections: 0, judged: 0, creditsRead: 0 },
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
  /**
   * Where the last analysis placed its blocks' items, to take those of the blocks an edit
   * left alone; absent without a cache, before the first analysis and after the fact base
   * changed.
   */
  readonly lastPlacement?: Placement;
  /**
   * Keeps a block scan the caller took from `lastPlacement` (so not through `block`) for the
   * next analysis, under the keys it was cached with.
   */
  keepBlock(flags: string, mask: string, text: string, scan: BlockScan): void;
  /** Whether `place` keeps anything: without a cache, a placement is not worth making. */
  readonly keepsPlacement: boolean;
  /** Keeps this analysis's placement for the next one (from `finish` on). */
  place(placement: Placement): void;
  /** The fact base match of a quotation text: made once per text (and kept, with a cache). */
  quote<T>(text: string, match: () => T): T;
  /**
   * Whom a sentence credits with its quotations, by a key of all it reads (see
   * factcheck/keptCredits.ts): kept between analyses; absent without a cache, where each
   * sentence is read once anyway.
   */
  readonly credit?: <T>(key: string, make: () => T) => T;
  /** Parses sections through the cache; absent without a cache (the whole text is parsed at once). */
  readonly sections?: SectionParser;
  /** Ends the analysis; `judged` counts the claims whose fact check it made afresh. */
  finish(judged: number): void;
}

/**
 * Without a cache: nothing is kept between analyses, but a quotation text is still matched
 * once per analysis (a draft often quotes the same words more than once).
 */
function uncachedSession(): CacheSession {
  const quotes = new Map<string, unknown>();
  return {
    block: (_flags, _mask, _text, scan) => scan(),
    keepBlock: () => {},
    keepsPlacement: false,
    place: () => {},
    quote<T>(text: string, match: () => T): T {
      if (quotes.has(text)) return quotes.get(text) as T;
      const found = match();
      quotes.set(text, found);
      return found;
    },
    finish: () => {},
  };
}

export function openCacheSession(cache: AnalysisCache | undefined, factIndex: FactIndex): CacheSession {
  if (!cache) return uncachedSession();
  const state = cache as CacheState;
  if (state.factIndex !== factIndex) {
    state.factIndex = factIndex;
    state.blocks.clear();
    state.quotes.last.clear();
    state.credits.last.clear();
    // Entity mentions depend on the fact base's names.
    state.placement = undefined;
  }
  const stats = { reused: 0, scanned: 0, reusedSections: 0, parsedSections: 0, judged: 0, creditsRead: 0 };
  const nextBlocks = state.nextBlocks;
  nextBlocks.clear();
  state.quotes.used.clear();
  state.credits.used.clear();
  state.sections.used.clear();
  let placement: Placement | undefined;
  return {
    lastPlacement: state.placement,
    keepBlock(flags, mask, text, scan) {
      stats.reused++;
      setBlock(nextBlocks, flags, mask, text, scan);
    },
    keepsPlacement: true,
    place(p) {
      placement = p;
    },
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
    quote: <T>(text: string, match: () => T): T => recall(state.quotes, text, match) as T,
    credit: <T>(key: string, make: () => T): T =>
      recall(state.credits, key, () => {
        stats.creditsRead++;
        return make();
      }) as T,
    sections: (section, parse) => {
      stats.reusedSections++;
      return recall(state.sections, section, () => {
        stats.reusedSections--;
        stats.parsedSections++;
        return parse();
      });
    },
    finish(judged) {
      stats.judged = judged;
      // The entries this analysis used become the cache; the rest are dropped.
      state.nextBlocks = state.blocks;
      state.blocks = nextBlocks;
      state.nextBlocks.clear();
      keepUsed(state.quotes);
      keepUsed(state.credits);
      keepUsed(state.sections);
      state.placement = placement;
      state.stats = stats;
    },
  };
}
