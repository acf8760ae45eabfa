import type { Alias, Entity } from '../factbase/schema';
import type { Mutable } from '../util/mutable';

/**
 * Every name and alias of the fact base, keyed by its first word (lower-cased), longest
 * first. Finding mentions is then one pass over the words of the prose with one map
 * look-up per word, however many aliases there are.
 */
export interface AliasEntry {
  readonly entityId: string;
  readonly kind: string;
  readonly text: string;
  /** `text` lower-cased, for case-insensitive comparison. */
  readonly lower: string;
  readonly caseSensitive: boolean;
  /**
   * A case-sensitive name in capitals ("ZEMLIN", "DARIO AMODEI", "GLASSWING"), as transcripts
   * write speakers and slide decks write headings: matched too. Not a person's only on a line
   * written all in capitals ("## SLIDE 3 — GLASSWING"): "APPLE" in a line of prose is no name.
   */
  readonly capitals?: string;
  readonly capitalsOnCapitalLines?: boolean;
  /**
   * A case-sensitive alias written in lower case, a common-noun phrase ("the agency"), with its
   * first letter in capitals ("The agency"), as a sentence or a heading opens on it: matched too.
   */
  readonly capitalInitial?: string;
}

export interface AliasTable {
  readonly size: number;
  readonly byFirstWord: ReadonlyMap<string, readonly AliasEntry[]>;
  /** 1 at each UTF-16 code unit that can begin an alias (both cases for case-insensitive ones). */
  readonly firstChars: Uint8Array;
  /** The first words, lower-cased, as a trie over UTF-16 code units: walked without allocating. */
  readonly trie: TrieNode;
}

export interface TrieNode {
  readonly next: Map<number, TrieNode>;
  /**
   * On a node with many children (the root, the first letters), its children for 0-9 and
   * a-z again, by asciiSlot: the look-up made at nearly every letter of the prose indexes an
   * array instead of hashing into `next`. Nodes of a few children (most of a large fact
   * base's trie) go without, to keep its memory small.
   */
  ascii?: (TrieNode | undefined)[];
  entries?: readonly AliasEntry[];
}

/** Children from which a node keeps the `ascii` array. */
const asciiFrom = 4;

/** Index of a lower-cased ASCII digit or letter in TrieNode.ascii, or -1 for any other code unit. */
export function asciiSlot(c: number): number {
  return c >= 97 && c <= 122 ? c - 87 : c >= 48 && c <= 57 ? c - 48 : -1;
}

function trieNode(): TrieNode {
  return { next: new Map() };
}

function addChild(node: TrieNode, c: number, child: TrieNode): void {
  node.next.set(c, child);
  if (!node.ascii && node.next.size >= asciiFrom) {
    node.ascii = new Array<TrieNode | undefined>(36).fill(undefined);
    for (const [k, n] of node.next) if (asciiSlot(k) >= 0) node.ascii[asciiSlot(k)] = n;
  } else if (node.ascii && asciiSlot(c) >= 0) node.ascii[asciiSlot(c)] = child;
}

function buildTrie(map: ReadonlyMap<string, readonly AliasEntry[]>): TrieNode {
  const root = trieNode();
  for (const [word, entries] of map) {
    let node = root;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      let child = node.next.get(c);
      if (!child) addChild(node, c, (child = trieNode()));
      node = child;
    }
    node.entries = entries;
  }
  return root;
}

const firstWordRe = /^[\p{L}\p{N}]+/u;

/**
 * An ordinary capitalised word or phrase ("Apple", "Mythos", "Project Glasswing") is
 * matched case-sensitively (one in lower case, "the agency", also with a capital first
 * letter: see `capitalInitialOf`); one with a digit, a hyphen, an inner capital or all capitals
 * ("SWE-bench Verified", "CyberGym", "NVIDIA", "Opus 4.6") is not.
 */
export function isCaseSensitiveByDefault(text: string): boolean {
  if (/[\d-]/.test(text)) return false;
  for (const word of text.split(/\s+/)) {
    if (/\p{Ll}\p{Lu}/u.test(word)) return false;
    if (word.length > 1 && word === word.toUpperCase() && /\p{Lu}/u.test(word)) return false;
  }
  return true;
}

/**
 * A lower-case alias with its first letter in capitals ("the agency": "The agency"), or
 * undefined for one that opens on a capital ("Apple" stays case-sensitive) or on no letter.
 */
function capitalInitialOf(text: string): string | undefined {
  const first = text[0];
  const upper = first.toUpperCase();
  return upper !== first && first === first.toLowerCase() ? upper + text.slice(1) : undefined;
}

function entryOf(entity: Entity, alias: Alias): AliasEntry | undefined {
  const text = (typeof alias === 'string' ? alias : alias.text).trim().replace(/\s+/g, ' ');
  if (!text || !firstWordRe.test(text)) return undefined;
  const caseSensitive = typeof alias === 'string' ? isCaseSensitiveByDefault(text) : alias.caseSensitive;
  const entry: Mutable<AliasEntry> = { entityId: entity.id, kind: entity.kind, text, lower: text.toLowerCase(), caseSensitive };
  if (caseSensitive && text.toUpperCase() !== text) {
    entry.capitals = text.toUpperCase();
    if (entity.kind !== 'person') entry.capitalsOnCapitalLines = true;
  }
  if (typeof alias === 'string' && caseSensitive) {
    const initial = capitalInitialOf(text);
    if (initial !== undefined) entry.capitalInitial = initial;
  }
  return entry;
}

export function compileAliases(entities: readonly Entity[]): AliasTable {
  const map = new Map<string, AliasEntry[]>();
  const seen = new Set<string>();
  let size = 0;
  for (const entity of entities) {
    for (const alias of [entity.name, ...entity.aliases]) {
      const entry = entryOf(entity, alias);
      if (!entry) continue;
      const dedupe = `${entry.caseSensitive ? entry.text : entry.lower}\u0000${entity.id}`;
      if (seen.has(dedupe)) continue;
      seen.add(dedupe);
      const key = firstWordRe.exec(entry.lower)![0];
      let list = map.get(key);
      if (!list) map.set(key, (list = []));
      list.push(entry);
      size++;
    }
  }
  const firstChars = new Uint8Array(65536);
  for (const list of map.values()) {
    list.sort((a, b) => b.text.length - a.text.length);
    for (const e of list) {
      if (e.caseSensitive) {
        firstChars[e.text.charCodeAt(0)] = 1;
        if (e.capitalInitial) firstChars[e.capitalInitial.charCodeAt(0)] = 1;
      } else {
        firstChars[e.lower.charCodeAt(0)] = 1;
        firstChars[e.text.charCodeAt(0)] = 1;
        firstChars[e.text[0].toUpperCase().charCodeAt(0)] = 1;
      }
    }
  }
  return { size, byFirstWord: map, firstChars, trie: buildTrie(map) };
}
