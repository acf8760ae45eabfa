import type { Citation, ReferenceInfo, TextEdit } from '../types';
import type { Source } from '../factbase/schema';
import type { LineIndex } from '../text/lineIndex';
import { isReadingList, listName, type ReferenceSection, type Structure } from '../markdown/structure';
import { appendEntry } from './appendEntry';
import { entryList } from './entryList';
import { listItemStyle } from './listItemStyle';
import { authorYearStyle, type AuthorYearStyle } from './authorYearStyle';

/**
 * How quick fixes add a reference to a document, in the style it already uses: an item of its
 * References list, a link definition `[11]: url "Title"` when it has definitions and no list, a
 * footnote definition `[^cnn]: …` when its references are footnotes, an author-year entry in an
 * author-year bibliography, or else a new References section at the end.
 *
 * A new reference takes a label no reference and no marker of the document has (so that no marker
 * starts to resolve to it by accident), and each source gets its own: an editor or a bot that
 * applies several fixes at once gets one entry per source, each under its own number. The edit that
 * adds a source's entry is the same in every fix that adds it, so such tools apply it once.
 */

/** An entry a fix adds: for a fact-base source, or a stub to fill in (no source). */
export interface PlannedEntry {
  readonly label: string;
  readonly source?: Source;
}

export type LabelKind = 'numeric' | 'footnote' | 'author-year';

export function labelKind(label: string): LabelKind {
  return /^\d+$/.test(label) ? 'numeric' : label.startsWith('^') ? 'footnote' : 'author-year';
}

export interface ReferenceWriter {
  /** The list new references go to (see entryList); undefined when they go elsewhere. */
  readonly list: ReferenceSection | undefined;
  /** How a new reference is labelled in this document. */
  readonly newKind: LabelKind;
  /** How the document writes author-year citations and entries. */
  readonly authorYear: AuthorYearStyle;
  /**
   * Labels for new references to `sources`, in that order: each free in the document and distinct,
   * and from the author-year labels in `planned` (dangling citations other fixes define).
   */
  newLabels(sources: readonly Source[], planned?: readonly string[]): string[];
  /** Where `label`'s entry goes, for a fix's title: a list (named as a list, "References list", "Reading list"), a definition, a footnote, a new section. */
  place(label: string): EntryPlace;
  /**
   * The edits that add the entry; `planned` is every entry the document's citation fixes add (the
   * entry is one of them, or a stub). In a document without references the new References section
   * lists every planned numeric entry and a stub for every other numeric marker that resolves to
   * nothing, in one edit that every fix which adds to it shares: applied together, they add one section.
   */
  add(entry: PlannedEntry, planned: readonly PlannedEntry[]): TextEdit[];
  /** What else the new References section lists besides `label`'s entry, for a fix's title: " that also lists …", or ''. */
  alsoInNewSection(label: string, planned: readonly PlannedEntry[]): string;
}

export type EntryPlace = { readonly kind: 'list'; readonly name: string } | { readonly kind: 'definition' | 'footnote' | 'new-section' };

const lineBreakRe = /\r\n|\n|\r/;

/** A footnote label from a publisher's name: "Mayer Brown" → "mayer-brown". */
function slug(name: string): string {
  const s = name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .slice(0, 24);
  let a = 0;
  let b = s.length;
  while (a < b && s[a] === '-') a++;
  while (b > a && s[b - 1] === '-') b--;
  return s.slice(a, b) || 'source';
}

const withStop = (title: string) => (/[.?!]$/.test(title) ? title : `${title}.`);

/**
 * The item a new numbered entry goes after: in a list numbered in order, the last one with a
 * lower number ("12." goes after "11.", before "14."); otherwise the last item.
 */
function itemBefore(list: ReferenceSection, n: number | undefined): ReferenceSection['items'][number] {
  const items = list.items;
  const last = items[items.length - 1];
  if (n === undefined || !Number.isInteger(n)) return last;
  let before: (typeof items)[number] | undefined;
  let previous = -Infinity;
  for (const item of items) {
    const k = item.unnumbered ? undefined : (item.explicitNumber ?? item.position);
    if (k === undefined || k <= previous) return last;
    previous = k;
    if (k < n) before = item;
  }
  return before ?? last;
}

/** Markers for a title, of `total` labels the first of which are `shown`: "[1], [2] and [5]", or "[1], …, [5] and 3 more". */
function markerList(shown: readonly string[], total: number): string {
  const marks = shown.map((l) => `[${l}]`);
  if (total > marks.length) return `${marks.join(', ')} and ${total - marks.length} more`;
  return marks.length > 1 ? `${marks.slice(0, -1).join(', ')} and ${marks[marks.length - 1]}` : marks.join('');
}

/** Stubs a fix's title names at most. */
const maxNamed = 5;

/** Dangling numbers a new References section gets stubs for at most (past that, no stub fixes). */
export const maxSectionStubs = 100;

/**
 * `citedByFixes`: the references the document's citation fixes cite by their markers (see
 * entryList: a reading list one of them is in takes the new references too).
 */
export function referenceWriter(
  text: string,
  index: LineIndex,
  structure: Structure,
  citations: readonly Citation[],
  references: readonly ReferenceInfo[],
  citedByFixes: readonly ReferenceInfo[] = [],
): ReferenceWriter {
  const eol = lineBreakRe.exec(text)?.[0] ?? '\n';
  const section = entryList(structure, index, citations, references, citedByFixes);
  const authorYear = section ? section.items.map((i) => i.authorYear).filter((e) => e !== undefined) : [];
  const numericDefs = structure.linkDefinitions.filter((d) => /^\d+$/.test(d.label.trim()));
  const notes = structure.footnoteDefinitions;
  const newKind: LabelKind = section && authorYear.length ? 'author-year' : section || numericDefs.length || !notes.length ? 'numeric' : 'footnote';
  // Read when a fix first writes an author-year citation or entry: most documents cite by number.
  let ayStyle: AuthorYearStyle | undefined;
  const authorYearOf = () => (ayStyle ??= authorYearStyle(text, citations, section));

  /** The end of the line where an offset is, as a position: new entries go after the last one. */
  const endOfLineAt = (offset: number) => {
    const line = index.lineOf(offset);
    return { line, character: index.lineEnd(line) - index.lineStarts[line] };
  };
  const insertAt = (pos: { line: number; character: number }, newText: string): TextEdit => ({ range: { start: pos, end: pos }, newText });
  const atEnd = () => {
    const end = index.position(text.length);
    const needsBreak = text.length > 0 && !(text.endsWith('\n') || text.endsWith('\r'));
    return { end, prefix: needsBreak ? eol : '' };
  };

  // ------------------------------------------------------------------ labels
  const numbersInUse = new Set<number>();
  let topNumber = 0;
  // A new entry is written with its number, which wins over an item's position: the items another
  // (reading) list counts only by position leave their numbers free ("2." after "1." in References,
  // whatever the Further reading list's bullets count to). Markers that cite them hold theirs (below).
  const countedOnly = new Set<number>();
  for (const s of structure.referenceSections) {
    if (s !== section && isReadingList(s)) for (const i of s.items) if (i.explicitNumber === undefined) countedOnly.add(index.lineOf(i.start));
  }
  for (const r of references) {
    if (r.kind === 'list-item' && r.range && countedOnly.has(r.range.start.line)) continue;
    if ((r.kind === 'list-item' || r.kind === 'definition') && /^\d+$/.test(r.label)) topNumber = Math.max(topNumber, Number(r.label));
  }
  for (const c of citations) if (c.kind === 'numeric') numbersInUse.add(Number(c.label));
  const notesInUse = new Set<string>();
  for (const r of references) if (r.kind === 'footnote') notesInUse.add(r.label.toLowerCase());
  for (const c of citations) if (c.kind === 'footnote') notesInUse.add(c.label.toLowerCase());
  const numberedNotes = notesInUse.size > 0 && [...notesInUse].every((l) => /^\^\d+$/.test(l));

  const nextNumber = (top: number, used: ReadonlySet<number>) => {
    let n = top + 1;
    while (used.has(n)) n++;
    return n;
  };

  const newLabels = (sources: readonly Source[], planned: readonly string[] = []): string[] => {
    if (newKind === 'numeric') {
      let top = topNumber;
      return sources.map(() => String((top = nextNumber(top, numbersInUse))));
    }
    if (newKind === 'footnote') {
      const taken = new Set(notesInUse);
      const usedNumbers = new Set<number>();
      let top = 0;
      for (const l of notesInUse) {
        const n = Number(l.slice(1));
        if (!Number.isInteger(n)) continue;
        usedNumbers.add(n);
        top = Math.max(top, n);
      }
      return sources.map((s) => {
        if (numberedNotes) return `^${(top = nextNumber(top, usedNumbers))}`;
        const base = `^${slug(s.publisher)}`;
        let label = base;
        for (let k = 2; taken.has(label); k++) label = `${base}-${k}`;
        taken.add(label);
        return label;
      });
    }
    // Author-year: "Fortune 2026", or the next letter when the list has Fortune's 2026 works already
    // ("2026c" after 2026a and 2026b), or when several new ones share the year ("2026a", "2026b").
    const yearOf = (s: Source) => (s.date ? s.date.slice(0, 4) : 'n.d.');
    const group = (s: Source) => `${s.publisher.toLowerCase()}\u0000${yearOf(s)}`;
    const newInGroup = new Map<string, number>();
    for (const s of sources) newInGroup.set(group(s), (newInGroup.get(group(s)) ?? 0) + 1);
    const last = new Map<string, number>();
    return sources.map((s) => {
      const key = group(s);
      const year = yearOf(s);
      let at = last.get(key);
      if (at === undefined) {
        const taken = authorYear.filter((e) => e.keys.whole === s.publisher.toLowerCase() && e.year.startsWith(year)).map((e) => (e.year.slice(4) || 'a').charCodeAt(0));
        for (const l of planned) if (l.toLowerCase().startsWith(`${s.publisher.toLowerCase()} ${year}`)) taken.push((l.slice(s.publisher.length + 1 + year.length) || 'a').charCodeAt(0));
        at = taken.length ? Math.max(...taken) : newInGroup.get(key)! > 1 ? 96 : -1;
      }
      if (at >= 0) at++;
      last.set(key, at);
      return `${s.publisher} ${year}${at > 0 ? String.fromCharCode(at) : ''}`;
    });
  };

  // ------------------------------------------------------------------ entries
  const listLine = (list: ReferenceSection) => index.lineText(index.lineOf(list.items[list.items.length - 1].start));
  const entryText = (e: PlannedEntry) => (e.source ? `${e.source.title} - ${e.source.publisher}${e.source.url ? ` ${e.source.url}` : ''}` : `TODO: source for [${e.label}]`);

  // How the list writes a work (`Publisher, "Title", date.`), read once for every fix; undefined: the default entry.
  let itemStyle: { of?: (source: Source) => string } | undefined;
  const listItem = (list: ReferenceSection, e: PlannedEntry): TextEdit => {
    const lineText = listLine(list);
    itemStyle ??= { of: listItemStyle(list.items) };
    const entry = e.source && itemStyle.of ? itemStyle.of(e.source) : entryText(e);
    const ordered = /^(\s*)(\d+)([.)])\s/.exec(lineText);
    const bullet = /^(\s*[-*+]\s+)/.exec(lineText);
    // A list numbered "1. 1. 1." counts by position: the new item keeps that habit and says its number, "1. [5] …",
    // which holds wherever other fixes' items land.
    const lazy = ordered && list.items.every((i) => i.explicitNumber === undefined);
    const item = lazy
      ? `${ordered[1]}${ordered[2]}${ordered[3]} [${e.label}] ${entry}`
      : ordered
        ? `${ordered[1]}${e.label}${ordered[3]} ${entry}`
        : `${bullet ? bullet[1] : /^\s*/.exec(lineText)![0]}[${e.label}] ${entry}`;
    return insertAt(endOfLineAt(itemBefore(list, lazy ? undefined : Number(e.label)).end), `${eol}${item}`);
  };

  let lastDef: (typeof numericDefs)[number] | undefined;
  const definition = (e: PlannedEntry): TextEdit => {
    const last = (lastDef ??= numericDefs.reduce((a, b) => (b.end > a.end ? b : a)));
    const s = e.source;
    const title = s ? `${s.title}${s.url ? '' : ` - ${s.publisher}`}` : `TODO: source for [${e.label}]`;
    const body = `${s?.url ?? '<>'} "${title.replace(/"/g, '\\"')}"`;
    return insertAt(endOfLineAt(last.end), `${eol}[${e.label}]: ${body}`);
  };

  // The last note, whether the notes put titles in straight quotation marks, and how the notes that quote a
  // title write a work (`Fortune, "Title", March 2026.`, as a list's items do; the other notes are remarks): found once, for every fix.
  let noteStyle: { last?: (typeof notes)[number]; straight: boolean; of?: (source: Source) => string } | undefined;
  const footnote = (e: PlannedEntry): TextEdit => {
    const s = e.source;
    noteStyle ??= {
      ...(notes.length ? { last: notes.reduce((a, b) => (b.end > a.end ? b : a)) } : {}),
      straight: notes.some((n) => n.text.includes('"')) && !notes.some((n) => n.text.includes('“')),
      of: listItemStyle(notes.filter((n) => /["“]/.test(n.text))),
    };
    const { last: lastNote, straight, of } = noteStyle;
    const body = s ? (of ? of(s) : `${s.publisher}, ${straight ? `"${withStop(s.title)}"` : `“${withStop(s.title)}”`}${s.url ? ` ${s.url}` : ''}`) : 'TODO: source';
    if (lastNote) return insertAt(endOfLineAt(lastNote.end), `${eol}[${e.label}]: ${body}`);
    const { end, prefix } = atEnd();
    return insertAt(end, `${prefix}${eol}[${e.label}]: ${body}${eol}`);
  };

  const newSection = (entries: readonly PlannedEntry[]): TextEdit => {
    const { end, prefix } = atEnd();
    const items = [...entries].sort((a, b) => Number(a.label) - Number(b.label)).map((e) => `${e.label}. ${entryText(e)}${eol}`);
    return insertAt(end, `${prefix}${eol}## References${eol}${eol}${items.join('')}`);
  };

  const authorYearEntry = (list: ReferenceSection, e: PlannedEntry, planned: readonly PlannedEntry[]): TextEdit => {
    const s = e.source!;
    const cut = e.label.lastIndexOf(' ');
    const style = authorYearOf();
    const body = `${style.head(s.publisher, e.label.slice(cut + 1))} ${style.title(s.title)}${s.url ? ` ${s.url}` : ''}`;
    // New entries of an ordered list are numbered in the order of the plan, as their labels are.
    const nth = planned.filter((p) => labelKind(p.label) === 'author-year').indexOf(e);
    return appendEntry(list, index, eol, body, Math.max(0, nth), s.publisher);
  };

  // The numeric markers that resolve to nothing, each label once, in order of their numbers: a new section has a stub for each.
  let dangling: string[] | undefined;
  const danglingNumbers = () =>
    (dangling ??= [...new Set(citations.filter((c) => !c.resolved && c.kind === 'numeric' && /^\d+$/.test(c.label)).map((c) => c.label))].sort((a, b) => Number(a) - Number(b)));
  /**
   * The entries of the new section: the planned numeric ones, then stubs for the dangling numbers
   * no plan defines, unless there are more than `maxSectionStubs` (then no stub is offered: every fix
   * holds the whole section, and thousands of fixes would each carry thousands of stubs).
   */
  const tooManyStubs = () => danglingNumbers().length > maxSectionStubs;
  const sectionEntries = (planned: readonly PlannedEntry[]): PlannedEntry[] => {
    const numbered = planned.filter((p) => labelKind(p.label) === 'numeric');
    if (tooManyStubs()) return numbered;
    const taken = new Set(numbered.map((p) => p.label));
    return [...numbered, ...danglingNumbers().filter((l) => !taken.has(l)).map((label) => ({ label }))];
  };

  /** The new section for a plan, made once: its entries, the labels of its sources and of its stubs, and the edit. */
  interface SharedSection {
    readonly planned: readonly PlannedEntry[];
    readonly entries: readonly PlannedEntry[];
    readonly sources: ReadonlySet<string>;
    readonly stubs: readonly string[];
    readonly stubSet: ReadonlySet<string>;
    readonly edit: TextEdit;
  }
  let shared: SharedSection | undefined;
  const sharedSection = (planned: readonly PlannedEntry[]): SharedSection => {
    if (shared?.planned !== planned) {
      const entries = sectionEntries(planned);
      const stubs = entries.filter((e) => !e.source).map((e) => e.label);
      shared = { planned, entries, sources: new Set(entries.filter((e) => e.source).map((e) => e.label)), stubs, stubSet: new Set(stubs), edit: newSection(entries) };
    }
    return shared;
  };
  return {
    list: section,
    newKind,
    get authorYear() {
      return authorYearOf();
    },
    newLabels,
    place(label) {
      const kind = labelKind(label);
      if (kind === 'footnote') return { kind: 'footnote' };
      if (section) return { kind: 'list', name: listName(section) };
      return { kind: numericDefs.length ? 'definition' : 'new-section' };
    },
    add(entry, planned) {
      const kind = labelKind(entry.label);
      if (kind === 'footnote') return [footnote(entry)];
      if (kind === 'author-year') return section && entry.source ? [authorYearEntry(section, entry, planned)] : [];
      if (section) return [listItem(section, entry)];
      if (numericDefs.length) return [definition(entry)];
      // One edit for the whole plan and the stubs, made once: every fix that adds to the new section shares it.
      if (!entry.source && tooManyStubs()) return [];
      const whole = sharedSection(planned);
      return [whole.sources.has(entry.label) || whole.stubSet.has(entry.label) ? whole.edit : newSection([...whole.entries, entry])];
    },
    alsoInNewSection(label, planned) {
      // Counted, not filtered: a draft of thousands of dangling markers asks once for each.
      const whole = sharedSection(planned);
      const own = whole.sources.has(label);
      const sources = whole.sources.size - (own ? 1 : 0);
      const stubCount = whole.stubs.length - (whole.stubSet.has(label) ? 1 : 0);
      const named: string[] = [];
      for (let k = 0; k < whole.stubs.length && named.length < maxNamed; k++) if (whole.stubs[k] !== label) named.push(whole.stubs[k]);
      const parts = [
        ...(sources ? [`the ${sources}${own ? ' other' : ''} source${sources === 1 ? '' : 's'} this draft's fixes cite`] : []),
        ...(stubCount ? [`${stubCount === 1 ? 'a stub' : 'stubs'} for ${markerList(named, stubCount)}`] : []),
      ];
      return parts.length ? ` that also lists ${parts.join(' and ')}` : '';
    },
  };
}
