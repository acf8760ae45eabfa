import { isWordChar } from '../text/words';
import type { AliasEntry, AliasTable } from './aliasTable';

export interface MentionHit {
  readonly entry: AliasEntry;
  readonly start: number;
  readonly end: number;
}

const wordRe = /[\p{L}\p{N}]+/gu;

/**
 * Match `alias` at `at` in `text`: a space in the alias matches any run of white space
 * (line breaks included). Returns the end offset or -1.
 */
function matchAt(text: string, at: number, entry: AliasEntry, limit: number): number {
  const alias = entry.caseSensitive ? entry.text : entry.lower;
  let i = at;
  for (let k = 0; k < alias.length; k++) {
    const a = alias[k];
    if (a === ' ') {
      const s = i;
      while (i < limit && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
      if (i === s) return -1;
      continue;
    }
    if (i >= limit) return -1;
    const t = text[i];
    if (t !== a && (entry.caseSensitive || t.toLowerCase() !== a)) return -1;
    i++;
  }
  return i;
}

/** A mention ends where a word ends; "Opus 4" does not match inside "Opus 4.6". */
function endsWord(text: string, end: number): boolean {
  const next = text[end];
  if (isWordChar(next)) return false;
  if ((next === '.' || next === ',') && /\d/.test(text[end - 1] ?? '') && /\d/.test(text[end + 1] ?? '')) return false;
  return true;
}

/** Length of a possessive ('s, ’s) right after a mention, or 0. */
function possessive(text: string, end: number): number {
  const c = text[end];
  if ((c === "'" || c === '’') && (text[end + 1] === 's' || text[end + 1] === 'S') && !isWordChar(text[end + 2])) return 2;
  return 0;
}

/** All mentions in `text[start, end)`, longest match first, left to right, no overlaps. */
export function findMentions(text: string, start: number, end: number, table: AliasTable, out: MentionHit[]): void {
  if (!table.size) return;
  wordRe.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = wordRe.exec(text)) && m.index < end) {
    const candidates = table.byFirstWord.get(m[0].toLowerCase());
    if (!candidates) continue;
    const at = m.index;
    for (const entry of candidates) {
      const stop = matchAt(text, at, entry, end);
      if (stop < 0 || !endsWord(text, stop)) continue;
      const full = stop + possessive(text, stop);
      out.push({ entry, start: at, end: full });
      wordRe.lastIndex = full;
      break;
    }
  }
}
