import type { ReferenceSection } from '../markdown/structure';
import type { LineIndex } from '../text/lineIndex';
import type { TextEdit } from '../types';
import { authorKeys } from '../citations/authorYear';

type Item = ReferenceSection['items'][number];

/**
 * Where a new author-year entry by `names` goes in a list of entries that are not numbered: after
 * the last entry by the same author ("Fortune. (2026c)." after "Fortune. (2026b, April 7).", in
 * whichever part of the list that is); else, when the list's author-year entries are in alphabetical
 * order, at its alphabetical place ("Axios" after "Anthropic", before "CNN"; `before` when it sorts
 * before every entry); else after the last entry.
 */
export function entryPlace(items: readonly Item[], names: string): { readonly item: Item; readonly before?: true } {
  const key = authorKeys(names).whole;
  const entries = items.filter((i) => i.authorYear !== undefined);
  let same: Item | undefined;
  for (const i of entries) if (i.authorYear!.keys.whole === key) same = i;
  if (same) return { item: same };
  const last = items[items.length - 1];
  const order = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base' });
  const sorted = entries.length > 1 && entries.every((e, k) => k === 0 || order(entries[k - 1].authorYear!.keys.whole, e.authorYear!.keys.whole) <= 0);
  if (!sorted) return { item: last };
  let after: Item | undefined;
  for (const e of entries) if (order(e.authorYear!.keys.whole, key) <= 0) after = e;
  return after ? { item: after } : { item: entries[0], before: true };
}

/**
 * An edit that adds `body` as a new entry of a reference list, written like its entries: "4. "
 * after "3. …" (the next number, at the end), "- " after a bullet, nothing before a paragraph
 * line, and a blank line between when the entries are paragraphs apart. `later` counts the entries
 * other fixes add to the list before this one: in an ordered list, this one takes the number after
 * theirs. With `names` (an author-year entry's), an entry of a list that is not numbered goes
 * where entryPlace puts it, else after the last entry.
 */
export function appendEntry(section: ReferenceSection, index: LineIndex, eol: string, body: string, later = 0, names?: string): TextEdit {
  const last = section.items[section.items.length - 1];
  const lastText = index.lineText(index.lineOf(last.start));
  const ordered = /^(\s*)\d+([.)])\s/.exec(lastText);
  const place = names !== undefined && !ordered ? entryPlace(section.items, names) : { item: last };
  const at = place.item;
  const firstLine = index.lineOf(at.start);
  const lineText = index.lineText(firstLine);
  const next = Math.max(0, ...section.items.map((i) => i.explicitNumber ?? i.position)) + 1 + later;
  const prefix = ordered ? `${ordered[1]}${next}${ordered[2]} ` : (/^(\s*[-*+]\s+)/.exec(lineText)?.[1] ?? '');
  const apart = at.unnumbered === true && firstLine > 0 && index.lineText(firstLine - 1).trim() === '';
  if (place.before) {
    const pos = { line: firstLine, character: 0 };
    return { range: { start: pos, end: pos }, newText: `${prefix}${body}${eol}${apart ? eol : ''}` };
  }
  const endLine = index.lineOf(at.end);
  const pos = { line: endLine, character: index.lineEnd(endLine) - index.lineStarts[endLine] };
  return { range: { start: pos, end: pos }, newText: `${eol}${apart ? eol : ''}${prefix}${body}` };
}
