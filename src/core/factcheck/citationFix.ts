import type { Fix, ReferenceInfo, TextEdit } from '../types';
import type { FactIndex } from '../factbase/factIndex';
import type { LineIndex } from '../text/lineIndex';
import { sectionName, type Structure } from '../markdown/structure';
import { appendEntry } from '../fixes/appendEntry';

const norm = (s: string) => s.toLowerCase().replace(/[’']/g, "'").replace(/[^\p{L}\p{N}']+/gu, ' ').trim();

/** The document's numbered references by normalised title and text, built once per analysis. */
export interface ReferenceLookup {
  find(title: string): ReferenceInfo | undefined;
}

export function referenceLookup(references: readonly ReferenceInfo[]): ReferenceLookup {
  let entries: { title: string; text: string; ref: ReferenceInfo }[] | undefined;
  const found = new Map<string, ReferenceInfo | undefined>();
  const findKey = (key: string): ReferenceInfo | undefined => {
    if (found.has(key)) return found.get(key);
    entries ??= references
      .filter((r) => (r.kind === 'list-item' || r.kind === 'definition') && /^\d+$/.test(r.label))
      .map((ref) => ({ title: norm(ref.title), text: norm(ref.text), ref }));
    const hit = entries.find((e) => e.title === key || e.text.includes(key))?.ref;
    found.set(key, hit);
    return hit;
  };
  // By the title as given too: the same few source titles are asked for again and again.
  const byTitle = new Map<string, ReferenceInfo | undefined>();
  return {
    find(title) {
      if (byTitle.has(title)) return byTitle.get(title);
      const hit = findKey(norm(title));
      byTitle.set(title, hit);
      return hit;
    },
  };
}

/**
 * A fix that cites a fact-base source at `at` (an offset just after a quotation or a
 * sentence): `[N]` for the document's own reference to that source, or a new item added
 * to the References list (a new list at the end when there is none).
 */
export function citeSourceFix(
  sourceIds: readonly string[],
  at: number,
  references: readonly ReferenceInfo[],
  lookup: ReferenceLookup,
  structure: Structure,
  index: LineIndex,
  factIndex: FactIndex,
): Fix | undefined {
  const sources = sourceIds.map((id) => factIndex.source(id)).filter((s) => s !== undefined);
  if (!sources.length) return undefined;
  const pos = index.position(at);
  const insert = (text: string): TextEdit => ({ range: { start: pos, end: pos }, newText: text });
  // The document already lists one of the sources: cite it.
  // An author-year citation goes before the sentence's full stop: "… partners (Anthropic 2026a)."
  const citeByAuthor = (citeAs: string): TextEdit => {
    const before = index.text.charCodeAt(at - 1);
    const p = before === 46 || before === 33 || before === 63 ? index.position(at - 1) : pos;
    return { range: { start: p, end: p }, newText: ` (${citeAs})` };
  };
  for (const source of sources) {
    const ref = lookup.find(source.title);
    if (ref?.citeAs) return { title: `Cite (${ref.citeAs}) ${source.title}`, edits: [citeByAuthor(ref.citeAs)], isPreferred: true };
    if (ref) return { title: `Cite [${ref.label}] ${source.title}`, edits: [insert(`[${ref.label}]`)], isPreferred: true };
  }
  const source = sources[0];
  const eol = /\r\n|\n|\r/.exec(index.text)?.[0] ?? '\n';
  const entry = `${source.title} - ${source.publisher}${source.url ? ` ${source.url}` : ''}`;
  const section = [...structure.referenceSections].reverse().find((s) => s.items.length);
  const authorYearEntries = section ? section.items.map((i) => i.authorYear).filter((e) => e !== undefined) : [];
  if (section && authorYearEntries.length) {
    // An author-year bibliography: a new entry in its style, "Publisher. 2026b. “Title.” URL".
    const year = source.date ? source.date.slice(0, 4) : 'n.d.';
    const key = source.publisher.toLowerCase();
    const taken = authorYearEntries.filter((e) => e.keys.whole === key && e.year.startsWith(year)).map((e) => e.year.slice(4) || 'a');
    const letter = taken.length ? String.fromCharCode(Math.max(...taken.map((l) => l.charCodeAt(0))) + 1) : '';
    const cite = `${source.publisher} ${year}${letter}`;
    const body = `${source.publisher}. ${year}${letter}. “${source.title}.”${source.url ? ` ${source.url}` : ''}`;
    return {
      title: `Cite ${source.title} as (${cite}) and add it to the ${sectionName(section)} list`,
      edits: [citeByAuthor(cite), appendEntry(section, index, eol, body)],
      isPreferred: true,
    };
  }
  if (section) {
    const numbers = section.items.map((i) => i.explicitNumber ?? i.position);
    const n = Math.max(0, ...numbers) + 1;
    const last = section.items[section.items.length - 1];
    const lastLine = index.lineOf(last.end);
    const lineText = index.lineText(index.lineOf(last.start));
    const ordered = /^(\s*)\d+([.)])\s/.exec(lineText);
    const bullet = /^(\s*[-*+]\s+)/.exec(lineText);
    const item = ordered ? `${ordered[1]}${n}${ordered[2]} ${entry}` : `${bullet ? bullet[1] : ''}[${n}] ${entry}`;
    const endPos = { line: lastLine, character: index.lineEnd(lastLine) - index.lineStarts[lastLine] };
    return {
      title: `Cite ${source.title} as [${n}] and add it to the ${sectionName(section)} list`,
      edits: [insert(`[${n}]`), { range: { start: endPos, end: endPos }, newText: `${eol}${item}` }],
      isPreferred: true,
    };
  }
  const n = 1 + references.filter((r) => r.kind === 'list-item' || (r.kind === 'definition' && /^\d+$/.test(r.label))).length;
  const end = index.position(index.text.length);
  const needsBreak = index.text.length > 0 && !/(\r\n|\n|\r)$/.test(index.text);
  return {
    title: `Cite ${source.title} as [${n}] in a new References section`,
    edits: [insert(`[${n}]`), { range: { start: end, end }, newText: `${needsBreak ? eol : ''}${eol}## References${eol}${eol}${n}. ${entry}${eol}` }],
    isPreferred: true,
  };
}
