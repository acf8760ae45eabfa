import type { ReferenceInfo } from '../types';
import type { Source } from '../factbase/schema';
import type { FactIndex } from '../factbase/factIndex';

/**
 * Which of the document's references is a fact-base source, so that a quick fix cites it rather
 * than adding it a second time. A reference is the source when its title is the source's title
 * (or holds it), when its title is the source's title cut short ("Anthropic Accidentally Leaked
 * Details of a New AI Model", its main title before a colon: "Alignment Risk Update"), or, for a
 * reference whose title names no other source, when its link's host is the publisher's
 * (`fortune.com` for Fortune) and its words pick that source among the publisher's.
 */
export interface ReferenceLookup {
  find(source: Source): ReferenceInfo | undefined;
}

/**
 * A title as words: case, punctuation and quotation marks do not count, so that "'Red Lines'",
 * "‹Red Lines›", "«Red Lines»" and "“Red Lines”" are one title; an apostrophe inside a word
 * ("Anthropic's") stays.
 */
const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/(?<![\p{L}\p{N}])'|'(?![\p{L}\p{N}])/gu, ' ')
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim();
const wordCount = (s: string) => (s ? s.split(' ').length : 0);
const hostRe = /^<?[a-z][a-z0-9+.-]*:\/\/([^/?#:\s>]+)/i;
const pathWordRe = /[\p{L}\p{N}]+/gu;
const minorWords = new Set(['with', 'from', 'that', 'this', 'into', 'about', 'over', 'what', 'have', 'their', 'will', 'more', 'most']);

/** Significant words, compared by their first four letters ("leaked" and "leak", "models" and "model"). */
function wordKeys(text: string): Set<string> {
  const keys = new Set<string>();
  for (const m of text.toLowerCase().matchAll(pathWordRe)) {
    const w = m[0];
    if (w.length >= 4 && !minorWords.has(w)) keys.add(w.slice(0, 4));
  }
  return keys;
}

function shared(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const k of a) if (b.has(k)) n++;
  return n;
}

/** A publisher's name as a host label writes it: "Mayer Brown" → "mayerbrown". */
const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** The labels of a link's host but its top-level domain, without "www": `edition.cnn.com` → edition, cnn. */
function hostLabels(url: string | undefined): string[] {
  const host = url ? hostRe.exec(url.trim())?.[1] : undefined;
  if (!host) return [];
  const labels = host.toLowerCase().split('.');
  return labels.slice(labels[0] === 'www' ? 1 : 0, -1);
}

/** A title's main title, before the colon or dash that opens its subtitle: "Alignment Risk Update". */
function mainTitle(title: string): string | undefined {
  const cuts = [title.indexOf(': '), title.indexOf(' - '), title.indexOf(' — '), title.indexOf(' – ')].filter((i) => i > 0);
  return cuts.length ? title.slice(0, Math.min(...cuts)) : undefined;
}

/** A source's title as words (`norm`), whole and its main title, made once per source: every analysis compares each reference with each. */
interface NormalTitle {
  readonly whole: string;
  readonly words: number;
  readonly main: string | undefined;
}
const normalTitles = new WeakMap<Source, NormalTitle>();
function normalTitle(source: Source): NormalTitle {
  let t = normalTitles.get(source);
  if (!t) {
    const whole = norm(source.title);
    const main = mainTitle(source.title);
    normalTitles.set(source, (t = { whole, words: wordCount(whole), main: main === undefined ? undefined : norm(main) }));
  }
  return t;
}

/** Whether `short` is `full` cut short: its first words, enough of them to name it. */
function isShortTitle(short: string, full: Source): boolean {
  const { whole, words, main } = normalTitle(full);
  if (!short || short.length >= whole.length || !whole.startsWith(short) || whole[short.length] !== ' ') return false;
  const n = wordCount(short);
  if (n >= 4 && n * 2 >= words) return true;
  return main !== undefined && n >= 2 && main === short;
}

interface Entry {
  readonly ref: ReferenceInfo;
  readonly title: string;
  readonly text: string;
  /** Whether the reference has a title of its own, not only a link. */
  readonly titled: boolean;
}

/** The fact base's sources by the squashed name of their publisher, built once per fact base. */
const byPublisherCache = new WeakMap<FactIndex, Map<string, Source[]>>();
function sourcesByPublisher(factIndex: FactIndex): Map<string, Source[]> {
  let map = byPublisherCache.get(factIndex);
  if (!map) {
    map = new Map();
    for (const s of factIndex.factBase.sources) {
      const key = squash(s.publisher);
      const list = map.get(key);
      if (list) list.push(s);
      else map.set(key, [s]);
    }
    byPublisherCache.set(factIndex, map);
  }
  return map;
}

/** A link definition under a name, not a number (`[aru]: https://…`): what reference-style links use, which no marker cites. */
export function isNamedDefinition(ref: ReferenceInfo): boolean {
  return ref.kind === 'definition' && !/^\d+$/.test(ref.label);
}

/**
 * The document's numbered references and footnotes, read once per analysis when a fix first asks;
 * then its named link definitions (`[aru]: https://… "Alignment Risk Update"`), which no marker
 * cites: a source defined there is in the document already, and a fix must not add it again.
 */
export function referenceLookup(references: readonly ReferenceInfo[], factIndex: FactIndex): ReferenceLookup {
  let entries: Entry[] | undefined;
  let namedEntries: Entry[] | undefined;
  const found = new Map<Source, ReferenceInfo | undefined>();
  const entryOf = (ref: ReferenceInfo): Entry => {
    const title = norm(ref.title);
    return { ref, title, text: norm(ref.text), titled: !!title && !/^https?:|^www\./i.test(ref.title.trim()) && title !== norm(ref.url ?? '') };
  };
  const entriesOf = () =>
    (entries ??= [
      // Numbered references first: a footnote that names a source the list has too is a note about it.
      ...references.filter((r) => (r.kind === 'list-item' || r.kind === 'definition') && /^\d+$/.test(r.label)),
      ...references.filter((r) => r.kind === 'footnote'),
    ]
      .filter((r) => r.firstDefinition === undefined)
      .map(entryOf));
  const namedOf = () => (namedEntries ??= references.filter((r) => isNamedDefinition(r) && r.firstDefinition === undefined).map(entryOf));
  /** Whether the entry's title names some source of the fact base, in full or cut short. */
  const namesASource = (e: Entry) => factIndex.factBase.sources.some((s) => e.title === normalTitle(s).whole || isShortTitle(e.title, s));

  const byHost = (source: Source, all: readonly Entry[]): ReferenceInfo | undefined => {
    const publisher = squash(source.publisher);
    const siblings = sourcesByPublisher(factIndex).get(publisher) ?? [source];
    for (const e of all) {
      if (!hostLabels(e.ref.url).includes(publisher) || (e.titled && namesASource(e))) continue;
      // The reference's own words (title and link path) pick the source among the publisher's.
      const words = wordKeys(`${e.titled ? e.ref.title : ''} ${(e.ref.url ?? '').replace(hostRe, '')}`);
      const mine = shared(words, wordKeys(source.title));
      if (siblings.length === 1 ? !e.titled || mine >= 1 : mine >= 2 && siblings.every((s) => s === source || shared(words, wordKeys(s.title)) < mine)) return e.ref;
    }
    return undefined;
  };

  const findIn = (source: Source, all: readonly Entry[]): ReferenceInfo | undefined => {
    const title = normalTitle(source).whole;
    return (
      all.find((e) => e.title === title || e.text.includes(title))?.ref ??
      all.find((e) => isShortTitle(e.title, source) && !factIndex.factBase.sources.some((s) => s !== source && isShortTitle(e.title, s)))?.ref ??
      byHost(source, all)
    );
  };
  return {
    find(source) {
      if (found.has(source)) return found.get(source);
      const hit = findIn(source, entriesOf()) ?? findIn(source, namedOf());
      found.set(source, hit);
      return hit;
    },
  };
}

/**
 * The fact-base source a reference is by its own words, whatever its kind (an author-year entry
 * too): its title is the source's, or the source's cut short and no other's, or its text holds
 * the source's title. "Fortune. (2026a, March 26). *Anthropic accidentally leaked details of a new
 * AI model that poses unprecedented cybersecurity risks*." is Fortune's story of the leak.
 * Undefined when it is none.
 */
export function sourceOfReference(ref: ReferenceInfo, factIndex: FactIndex): Source | undefined {
  // Remembered by the reference's words: each analysis makes its references afresh, mostly the same.
  let memo = sourceByWords.get(factIndex);
  if (!memo) sourceByWords.set(factIndex, (memo = new Map()));
  const key = `${ref.title}\u0000${ref.text}`;
  if (memo.has(key)) return memo.get(key);
  if (memo.size >= maxRemembered) memo.clear();
  const found = findSource(ref, factIndex.factBase.sources);
  memo.set(key, found);
  return found;
}

const sourceByWords = new WeakMap<FactIndex, Map<string, Source | undefined>>();
/** How many references' sources are remembered per fact base before the memo starts again (a bound on its memory). */
const maxRemembered = 4096;

function findSource(ref: ReferenceInfo, sources: readonly Source[]): Source | undefined {
  const title = norm(ref.title);
  if (title) {
    const same = sources.find((s) => normalTitle(s).whole === title);
    if (same) return same;
    const cut = sources.filter((s) => isShortTitle(title, s));
    if (cut.length === 1) return cut[0];
  }
  const text = norm(ref.text);
  return sources.find((s) => text.includes(normalTitle(s).whole));
}
