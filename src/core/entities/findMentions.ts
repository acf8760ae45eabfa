import { isDigitCode, isWordChar } from '../text/words';
import { isInvisibleCode } from '../text/invisibles';
import { asciiSlot, type AliasEntry, type AliasTable, type TrieNode } from './aliasTable';

export interface MentionHit {
  readonly entry: AliasEntry;
  readonly start: number;
  readonly end: number;
}

/**
 * Match `alias` at `at` in `text`: a space in the alias matches any run of white space
 * (line breaks included). Returns the end offset or -1.
 */
function matchAt(text: string, at: number, entry: AliasEntry, limit: number, alias = entry.caseSensitive ? entry.text : entry.lower): number {
  let i = at;
  for (let k = 0; k < alias.length; k++) {
    const a = alias.charCodeAt(k);
    if (a === 32) {
      const s = i;
      for (let t = text.charCodeAt(i); i < limit && (t === 32 || t === 9 || t === 10 || t === 13); t = text.charCodeAt(i)) i++;
      if (i === s) return -1;
      continue;
    }
    if (i >= limit) return -1;
    let t = text.charCodeAt(i);
    // An invisible character inside the name ("Heg\u00ADseth", "Cyber\u200BGym") is read as nothing.
    while (t !== a && k > 0 && isInvisibleCode(t) && i + 1 < limit) t = text.charCodeAt(++i);
    if (t !== a && (entry.caseSensitive || !lowerEquals(text, i, t, alias, k))) return -1;
    i++;
  }
  return i;
}

/** Whether the code unit `t` at `text[i]`, lower-cased, is `alias[k]`. */
function lowerEquals(text: string, i: number, t: number, alias: string, k: number): boolean {
  if (t < 128) return (t >= 65 && t <= 90 ? t + 32 : t) === alias.charCodeAt(k);
  return text[i].toLowerCase() === alias[k];
}

/** A mention ends where a word ends; "Opus 4" does not match inside "Opus 4.6". */
function endsWord(text: string, end: number): boolean {
  let after = end;
  while (isInvisibleCode(text.charCodeAt(after))) after++;
  const next = text[after];
  if (isWordChar(next)) return false;
  if ((next === '.' || next === ',') && isDigitCode(text.charCodeAt(end - 1)) && isDigitCode(text.charCodeAt(end + 1))) return false;
  return true;
}

/** Length of a possessive ('s, ’s) right after a mention, or 0. */
function possessive(text: string, end: number): number {
  const c = text[end];
  if ((c === "'" || c === '’') && (text[end + 1] === 's' || text[end + 1] === 'S') && !isWordChar(text[end + 2])) return 2;
  return 0;
}

/** 1 for ASCII letters and digits, 2 for other code units that may be word characters. */
const asciiWord = new Uint8Array(128);
for (let c = 0; c < 128; c++) asciiWord[c] = /[A-Za-z0-9]/.test(String.fromCharCode(c)) ? 1 : 0;

function isWordCode(text: string, i: number, c: number): boolean {
  return c < 128 ? asciiWord[c] === 1 : isWordChar(text[i]);
}

/** The child of `node` for the code unit `c` at `text[i]`, lower-cased as the trie's words are. */
function childOf(node: TrieNode, text: string, i: number, c: number): TrieNode | undefined {
  const lower = c >= 65 && c <= 90 ? c + 32 : c < 128 ? c : text[i].toLowerCase().charCodeAt(0);
  const slot = node.ascii ? asciiSlot(lower) : -1;
  return slot >= 0 ? node.ascii![slot] : node.next.get(lower);
}

/** Whether the line around `at`, within [start, end), has no lower-case letter ("## SLIDE 3 — GLASSWING"). */
function isCapitalLine(text: string, at: number, start: number, end: number): boolean {
  for (let k = at - 1; k >= start && text.charCodeAt(k) !== 10; k--) if (isLowerAt(text, k)) return false;
  for (let k = at; k < end && text.charCodeAt(k) !== 10; k++) if (isLowerAt(text, k)) return false;
  return true;
}

function isLowerAt(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  if (c < 128) return c >= 97 && c <= 122;
  const ch = text[k];
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/**
 * All mentions in `text[start, end)`, longest match first, left to right, no overlaps.
 * One pass over the characters: a word is looked up only when its first character can
 * start some alias.
 */
export function findMentions(text: string, start: number, end: number, table: AliasTable, out: MentionHit[]): void {
  if (!table.size) return;
  const firstChars = table.firstChars;
  const root = table.trie;
  let i = start;
  while (i < end) {
    let c = text.charCodeAt(i);
    if (!isWordCode(text, i, c)) {
      i++;
      continue;
    }
    const wordStart = i;
    // Walk the trie of first words while reading the word; most words fall off at once.
    let node: TrieNode | undefined = firstChars[c] === 1 ? root : undefined;
    for (;;) {
      if (node) node = childOf(node, text, i, c);
      i++;
      if (i >= end) break;
      c = text.charCodeAt(i);
      if (isWordCode(text, i, c)) continue;
      // An invisible character between two letters is inside the word: "Heg\u00ADseth".
      if (c < 0xad || !isInvisibleCode(c) || i + 1 >= end || !isWordCode(text, i + 1, text.charCodeAt(i + 1))) break;
      c = text.charCodeAt(++i);
    }
    const candidates = node?.entries;
    if (!candidates) continue;
    for (const entry of candidates) {
      let stop = matchAt(text, wordStart, entry, end);
      if (stop < 0 && entry.capitalInitial) stop = matchAt(text, wordStart, entry, end, entry.capitalInitial);
      if (stop < 0 && entry.capitals && (!entry.capitalsOnCapitalLines || isCapitalLine(text, wordStart, start, end))) stop = matchAt(text, wordStart, entry, end, entry.capitals);
      if (stop < 0 || !endsWord(text, stop)) continue;
      const full = stop + possessive(text, stop);
      out.push({ entry, start: wordStart, end: full });
      i = full;
      break;
    }
  }
}
