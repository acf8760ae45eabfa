import type { CitationKind, ReferenceInfo } from '../types';
import type { LineIndex } from '../text/lineIndex';
import { isReadingList, listName, type ReferenceSection, type Structure } from '../markdown/structure';
import { citeAs } from './authorYear';
import type { Bibliography } from './bibliography';
import type { MarkerHit } from './markers';
import { describeReference } from './referenceTitle';
import { authorYearEntries } from './authorYearEntries';

/** A reference with the offsets of its definition, before it becomes plain data. */
export interface ReferenceEntry {
  readonly info: ReferenceInfo;
  readonly start?: number;
  readonly end?: number;
  /** True for references a marker should cite (not bibliography files, not named link targets). */
  readonly expectsCitation: boolean;
}

export interface Resolution {
  readonly referenceIndex?: number;
  readonly reason?: string;
  /** Offsets of a place that explains the failure (the reference list heading). */
  readonly relatedStart?: number;
  readonly relatedEnd?: number;
  readonly relatedMessage?: string;
  /**
   * For an author-year citation whose names the list has under other years only: those years, as
   * the list writes them ("2026", or "2026a", "2026b" for a year that needs its letter), at most three.
   */
  readonly otherYears?: readonly string[];
}

export interface Resolver {
  readonly references: ReferenceEntry[];
  resolve(marker: MarkerHit): Resolution;
}

/** CommonMark's label matching: case and runs of white space do not count. */
export const normalizeLabel = (label: string) => label.trim().replace(/\s+/g, ' ').toLowerCase();

export function createResolver(structure: Structure, index: LineIndex, bibliographies: readonly Bibliography[]): Resolver {
  const references: ReferenceEntry[] = [];
  const numeric = new Map<string, number>();
  const footnotes = new Map<string, number>();

  const add = (entry: ReferenceEntry) => references.push(entry) - 1;
  const range = (s: number, e: number) => index.range(s, e);
  /**
   * Files `entry` under `label` in `labels`, unless an earlier definition holds the label: markers
   * resolve to the first, and the later one says so (`[^1]:` twice → the second names the first).
   */
  const define = (labels: Map<string, number>, label: string, entry: ReferenceEntry) => {
    const first = labels.get(label);
    const info = first === undefined ? entry.info : { ...entry.info, firstDefinition: references[first].info.range };
    const i = add({ ...entry, info });
    if (first === undefined) labels.set(label, i);
  };

  for (const def of structure.linkDefinitions) {
    const label = normalizeLabel(def.label);
    const isNumeric = /^\d+$/.test(label);
    const isFootnote = label.startsWith('^');
    const described = def.title ? { title: def.title } : describeReference(def.url);
    define(isFootnote ? footnotes : numeric, label, {
      info: { kind: isFootnote ? 'footnote' : 'definition', label: def.label, title: described.title, url: def.url, text: index.text.slice(def.start, def.end), range: range(def.start, def.end) },
      start: def.start,
      end: def.end,
      expectsCitation: isNumeric || isFootnote,
    });
  }
  for (const def of structure.footnoteDefinitions) {
    const d = describeReference(def.text);
    define(footnotes, `^${normalizeLabel(def.label)}`, {
      info: { kind: 'footnote', label: `^${def.label}`, title: d.title, ...(d.publisher ? { publisher: d.publisher } : {}), ...(d.url ? { url: d.url } : {}), text: def.text, range: range(def.start, def.end) },
      start: def.start,
      end: def.end,
      expectsCitation: true,
    });
  }

  const authorYear = authorYearEntries();
  // References-style sections: explicit numbers win over positions.
  const explicit = new Map<number, number>();
  const byPosition: number[][] = [];
  for (const section of structure.referenceSections) {
    const positions: number[] = [];
    // A reading list's works are there to be read, not cited: none of them is uncited (PL003).
    const expectsCitation = !isReadingList(section);
    // A number written twice in one list ("[3] …" and "[3] …"): its markers go to the first item, and the second says so.
    const numbered = new Map<number, number>();
    for (const item of section.items) {
      const d = describeReference(item.text);
      const label = String(item.explicitNumber ?? item.position);
      const entry = item.authorYear;
      const first = item.explicitNumber === undefined ? undefined : numbered.get(item.explicitNumber);
      const i = add({
        info: {
          kind: 'list-item',
          label,
          title: entry?.title || d.title,
          // An author-year entry's publisher is its author ("Anthropic. 2026a. …"), not the text before its title.
          ...(entry ? { publisher: entry.names } : d.publisher ? { publisher: d.publisher } : {}),
          ...(d.url ? { url: d.url } : {}),
          ...(entry ? { citeAs: citeAs(entry) } : {}),
          text: item.text,
          range: range(item.start, item.end),
          ...(first === undefined ? {} : { firstDefinition: references[first].info.range }),
        },
        start: item.start,
        end: item.end,
        expectsCitation,
      });
      if (item.explicitNumber !== undefined && first === undefined) numbered.set(item.explicitNumber, i);
      if (item.explicitNumber !== undefined && !explicit.has(item.explicitNumber)) explicit.set(item.explicitNumber, i);
      if (!item.unnumbered) positions.push(i);
      if (entry) authorYear.add(entry, i, section);
    }
    byPosition.push(positions);
  }

  const bibIndex = new Map<string, number>();
  const describeLists = () => {
    const sections = structure.referenceSections.filter((s) => s.items.length);
    if (!sections.length) return undefined;
    return sections.map((s) => `the ${listName(s)} ${describeNumbering(s)}`).join('; ');
  };

  const resolve = (marker: MarkerHit): Resolution => {
    const kind: CitationKind = marker.kind;
    if (kind === 'numeric') {
      const n = Number(marker.label);
      const viaDef = numeric.get(marker.label);
      if (viaDef !== undefined) return { referenceIndex: viaDef };
      const viaExplicit = explicit.get(n);
      if (viaExplicit !== undefined) return { referenceIndex: viaExplicit };
      for (const positions of byPosition) {
        const i = positions[n - 1];
        if (i !== undefined && references[i].info.label === marker.label) return { referenceIndex: i };
      }
      const lists = describeLists();
      const section = structure.referenceSections.find((s) => s.items.length) ?? structure.referenceSections[0];
      if (lists) {
        return {
          reason: `[${marker.label}] matches no reference; ${lists}`,
          relatedStart: section.headingStart,
          relatedEnd: section.headingEnd,
          relatedMessage: listName(section),
        };
      }
      if (numeric.size) return { reason: `[${marker.label}] matches no reference; this document has no definition line "[${marker.label}]: …"` };
      return { reason: `[${marker.label}] matches no reference; this document has no References list and no reference definitions` };
    }
    if (kind === 'author-year') return authorYear.resolve(marker.label, index.text.slice(marker.start, Math.min(marker.end, marker.start + 300)));
    if (kind === 'footnote') {
      const i = footnotes.get(normalizeLabel(marker.label));
      if (i !== undefined) return { referenceIndex: i };
      return { reason: `[${marker.label}] matches no footnote; this document has no definition line "[${marker.label}]: …"` };
    }
    const key = marker.label.slice(1);
    const cached = bibIndex.get(key);
    if (cached !== undefined) return { referenceIndex: cached };
    if (!bibliographies.length) return { reason: `${marker.label} cannot be resolved: no bibliography file is named in front matter` };
    for (const bib of bibliographies) {
      const entry = bib.entries.get(key);
      if (!entry) continue;
      const i = add({
        info: { kind: 'bibliography', label: marker.label, title: entry.title, ...(entry.publisher ? { publisher: entry.publisher } : {}), ...(entry.url ? { url: entry.url } : {}), text: entry.title, file: bib.file },
        expectsCitation: false,
      });
      bibIndex.set(key, i);
      return { referenceIndex: i };
    }
    const errors = bibliographies.filter((b) => b.error).map((b) => b.error);
    if (errors.length === bibliographies.length) return { reason: `${marker.label} cannot be resolved: ${errors.join('; ')}` };
    return { reason: `${marker.label} is not in ${bibliographies.map((b) => b.file).join(' or ')}` };
  };

  return { references, resolve };
}

/**
 * What a numbered marker can find in a list: "has 12 items" when its items are numbered 1 to 12
 * (or not at all), else the numbers it holds, "is numbered 1–11 and 14".
 */
function describeNumbering(section: ReferenceSection): string {
  const numbers = section.items.filter((i) => !i.unnumbered).map((i) => i.explicitNumber ?? i.position);
  const count = `has ${section.items.length} item${section.items.length === 1 ? '' : 's'}`;
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  // Numbered 1 to n, or counted by position because a number repeats ("1. 1. 1.").
  if (numbers.every((n, i) => n === i + 1) || sorted.length < numbers.length) return count;
  const runs: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    if (j >= i + 2) runs.push(`${sorted[i]}–${sorted[j]}`);
    else for (let k = i; k <= j; k++) runs.push(String(sorted[k]));
    i = j + 1;
  }
  if (runs.length > 6) return `${count}, numbered ${sorted[0]} to ${sorted[sorted.length - 1]} with gaps`;
  return `is numbered ${runs.length === 1 ? runs[0] : `${runs.slice(0, -1).join(', ')} and ${runs[runs.length - 1]}`}`;
}
