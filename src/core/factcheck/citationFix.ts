import type { Citation, Fix, ReferenceInfo, TextEdit } from '../types';
import type { FactIndex } from '../factbase/factIndex';
import type { Source } from '../factbase/schema';
import type { LineIndex } from '../text/lineIndex';
import type { Structure } from '../markdown/structure';
import type { TableRows } from '../markdown/tableRows';
import { firstAtOrAfter } from '../util/search';
import { referenceLookup } from './sourceReferences';
import { labelKind, referenceWriter, type PlannedEntry } from '../fixes/referenceWriter';
import { sourceCellInsertion } from '../fixes/sourceCell';

export interface CitationPlanInput {
  readonly text: string;
  readonly index: LineIndex;
  readonly structure: Structure;
  readonly citations: readonly Citation[];
  readonly references: readonly ReferenceInfo[];
  readonly factIndex: FactIndex;
  readonly tableRows: TableRows;
}

/**
 * The fixes that cite a fact-base source for a quotation or a claim on record, planned for the whole
 * document at once, so that they stay right when an editor or a bot applies several together:
 *
 * - a source the document lists already is cited by its marker (`Cite [7] …`);
 * - a sentence whose marker resolves to nothing (`…models".[4]`) gets no second marker: its marker
 *   is made to cite the source (`[4]` defined as the source, or replaced by `[7]` when the
 *   document lists the source as [7]); PL002 on that marker offers the same definition;
 * - a source the document lacks gets one new reference, under a label of its own, which every fix
 *   that cites it adds with the same edit. Sources are numbered in the order the document first
 *   needs them, from the first number past the document's references that no marker uses.
 *
 * A source the fact base marks as not citable (its own reference article) is never offered.
 */
export interface CitationPlanner {
  /**
   * Asks for a fix that cites one of `sourceIds` for the words that end at `at`, in the sentence
   * [from, to) (a table row: its row); `assign` receives the fix when the plan is made.
   */
  request(sourceIds: readonly string[], at: number, from: number, to: number, assign: (fix: Fix) => void): void;
  /** Makes the plan and hands out the fixes; returns, by marker label, the fixes that define a dangling marker. */
  finish(): Map<string, Fix>;
}

interface Request {
  readonly sources: readonly Source[];
  readonly at: number;
  readonly from: number;
  readonly to: number;
  readonly assign: (fix: Fix) => void;
}

/** What a request cites: a reference the document has, else a source, and the one dangling marker of its sentence. */
interface Target {
  readonly request: Request;
  readonly source: Source;
  readonly ref?: ReferenceInfo;
  readonly dangling?: { readonly label: string; readonly markers: readonly Citation[] };
}

export function citationPlanner(input: CitationPlanInput): CitationPlanner {
  const requests: Request[] = [];
  return {
    request(sourceIds, at, from, to, assign) {
      const sources = sourceIds.map((id) => input.factIndex.source(id)).filter((s): s is Source => s !== undefined && s.citable !== false);
      if (sources.length) requests.push({ sources, at, from, to, assign });
    },
    finish() {
      return requests.length ? plan(input, requests) : new Map();
    },
  };
}

function plan(input: CitationPlanInput, requests: Request[]): Map<string, Fix> {
  const { text, index, structure, citations, references, factIndex, tableRows } = input;
  const lookup = referenceLookup(references, factIndex);
  const writer = referenceWriter(text, index, structure, citations, references);
  const unresolved = citations.filter((c) => !c.resolved);
  const blocks = structure.blocks;

  /**
   * The markers that resolve to nothing in [from, to], or in the whole row of a table cell, when
   * they all have one label. Read once per sentence: a sentence may hold thousands of quotations.
   */
  const danglingBySpan = new Map<string, Target['dangling']>();
  const danglingIn = (r: Request): Target['dangling'] => {
    let { from, to } = r;
    const bi = firstAtOrAfter(blocks, r.at, (b) => b.end);
    const row = blocks[bi]?.kind === 'table-cell' ? tableRows.rowOf(bi) : undefined;
    if (row) [from, to] = [Math.min(from, row.start), Math.max(to, row.end)];
    const key = `${from}:${to}`;
    if (danglingBySpan.has(key)) return danglingBySpan.get(key);
    const found: Citation[] = [];
    for (let k = firstAtOrAfter(unresolved, from, (c) => c.span.start); k < unresolved.length && unresolved[k].span.start <= to; k++) {
      if (found.length && unresolved[k].label !== found[0].label) {
        found.length = 0;
        break;
      }
      found.push(unresolved[k]);
    }
    const dangling = found.length ? { label: found[0].label, markers: found } : undefined;
    danglingBySpan.set(key, dangling);
    return dangling;
  };

  const targets: Target[] = requests
    .sort((a, b) => a.at - b.at)
    .map((request) => {
      let ref: ReferenceInfo | undefined;
      let source = request.sources[0];
      for (const s of request.sources) {
        ref = lookup.find(s);
        if (ref) {
          source = s;
          break;
        }
      }
      const dangling = danglingIn(request);
      return { request, source, ...(ref ? { ref } : {}), ...(dangling ? { dangling } : {}) };
    });

  // A dangling marker is made to cite a source only when every sentence that has it alone asks for the same one.
  const meant = new Map<string, Set<Source>>();
  for (const t of targets) {
    if (!t.dangling) continue;
    const set = meant.get(t.dangling.label) ?? new Set<Source>();
    set.add(t.source);
    meant.set(t.dangling.label, set);
  }
  const usable = (t: Target) => t.dangling !== undefined && meant.get(t.dangling.label)!.size === 1 && labelKind(t.dangling.label) !== 'author-year';

  // The entries the fixes add: dangling markers defined, then new sources, each once.
  const planned = new Map<string, PlannedEntry>();
  const labelOf = new Map<Source, string>();
  for (const t of targets) {
    if (t.ref || !usable(t) || planned.has(t.dangling!.label)) continue;
    planned.set(t.dangling!.label, { label: t.dangling!.label, source: t.source });
    if (!labelOf.has(t.source)) labelOf.set(t.source, t.dangling!.label);
  }
  const fresh = [...new Set(targets.filter((t) => !t.ref && !usable(t) && !labelOf.has(t.source)).map((t) => t.source))];
  writer.newLabels(fresh).forEach((label, i) => {
    labelOf.set(fresh[i], label);
    planned.set(label, { label, source: fresh[i] });
  });
  const entries = [...planned.values()];
  const adds = new Map<string, TextEdit[]>();
  const addsOf = (e: PlannedEntry) => {
    let edits = adds.get(e.label);
    if (!edits) adds.set(e.label, (edits = writer.add(e, entries)));
    return edits;
  };
  const numbered = entries.filter((e) => labelKind(e.label) === 'numeric').length;
  const newSection = () =>
    numbered < 2 ? 'in a new References section' : `in a new References section that also lists the ${numbered - 1} other source${numbered === 2 ? '' : 's'} this draft's fixes cite`;
  /** "Cite Title as [11] and add a reference definition". */
  const citeTitle = (title: string, marker: string, label: string) => {
    const place = writer.place(label);
    if (place.kind === 'list') return `Cite ${title} as ${marker} and add it to the ${place.name} list`;
    if (place.kind === 'new-section') return `Cite ${title} as ${marker} ${newSection()}`;
    return `Cite ${title} as ${marker} and add a ${place.kind === 'footnote' ? 'footnote' : 'reference'} definition`;
  };
  /** "Define [4] as Title": the fix that makes a dangling marker resolve. */
  const defineTitle = (title: string, label: string) => {
    const place = writer.place(label);
    if (place.kind === 'list') return `Add ${title} to the ${place.name} list as [${label}]`;
    return `Define [${label}] as ${title}${place.kind === 'new-section' ? ` ${newSection()}` : ''}`;
  };

  /** The edit that puts `marker` for the words a request ends: in the row's Source cell, or after the words (an author-year citation before the full stop). */
  const markerEdit = (r: Request, marker: string): TextEdit => {
    const cell = sourceCellInsertion(text, index, blocks, tableRows, r.at);
    // A Source cell that names the reference without its brackets ("| Anthropic 2026a |") gets them.
    const bare = marker.slice(1, -1);
    if (cell?.words?.text === bare) return { range: index.range(cell.words.start, cell.words.start + cell.words.text.length), newText: marker };
    if (cell) return { range: index.range(cell.offset, cell.offset), newText: `${cell.before}${marker}${cell.after}` };
    if (marker.startsWith('(')) {
      const before = text.charCodeAt(r.at - 1);
      const at = before === 46 || before === 33 || before === 63 ? r.at - 1 : r.at;
      return { range: index.range(at, at), newText: ` ${marker}` };
    }
    return { range: index.range(r.at, r.at), newText: marker };
  };
  const markerFor = (label: string) => (labelKind(label) === 'author-year' ? `(${label})` : `[${label}]`);

  const defines = new Map<string, Fix>();
  for (const t of targets) {
    const { request: r, source } = t;
    const title = source.title;
    if (t.ref) {
      const refMarker = t.ref.citeAs ? `(${t.ref.citeAs})` : `[${t.ref.label}]`;
      const lone = usable(t) && t.dangling!.markers.length === 1 ? t.dangling!.markers[0] : undefined;
      if (lone && !t.ref.citeAs && text.slice(lone.span.start, lone.span.end) === `[${lone.label}]`) {
        r.assign({ title: `Cite ${refMarker} ${title} instead of [${lone.label}]`, edits: [{ range: lone.range, newText: refMarker }], isPreferred: true });
      } else {
        r.assign({ title: `Cite ${refMarker} ${title}`, edits: [markerEdit(r, refMarker)], isPreferred: true });
      }
      continue;
    }
    if (usable(t)) {
      const label = t.dangling!.label;
      const entry = planned.get(label)!;
      const fix: Fix = { title: defineTitle(title, label), edits: addsOf(entry), isPreferred: true };
      if (!defines.has(label)) defines.set(label, fix);
      r.assign(fix);
      continue;
    }
    const label = labelOf.get(source)!;
    const marker = markerFor(label);
    r.assign({ title: citeTitle(title, marker, label), edits: [markerEdit(r, marker), ...addsOf(planned.get(label)!)], isPreferred: true });
  }
  return defines;
}
