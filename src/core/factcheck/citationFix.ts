import type { Citation, Fix, ReferenceInfo, TextEdit } from '../types';
import type { FactIndex } from '../factbase/factIndex';
import type { Source } from '../factbase/schema';
import type { LineIndex } from '../text/lineIndex';
import type { Structure } from '../markdown/structure';
import type { TableRows } from '../markdown/tableRows';
import { firstAtOrAfter } from '../util/search';
import { authorKeys } from '../citations/authorYear';
import { isNamedDefinition, referenceLookup } from './sourceReferences';
import { labelKind, referenceWriter, type PlannedEntry } from '../fixes/referenceWriter';
import { rowLabelInsertion, sourceCellInsertion } from '../fixes/sourceCell';
import { bracketCitationEdit } from '../fixes/bracketCitationEdit';
import { markerInsertion, markerPlacement, type MarkerPlacement } from '../fixes/markerPlacement';

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
 *   document lists the source as [7]); PL002 on that marker offers the same fix (a sentence's
 *   dangling markers carry the fix of its quotation or claim, whichever it is);
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
  /** Makes the plan and hands out the fixes; returns what PL002's fixes need of it. */
  finish(): CitationPlan;
}

/** What the plan gives the fixes of dangling markers (PL002) and of reference stubs. */
export interface CitationPlan {
  /** By marker label, the fix that defines a dangling marker as the source its sentences have on record. */
  readonly definesByLabel: ReadonlyMap<string, Fix>;
  /**
   * By a dangling marker's start, the fix its sentence's quotation or claim was given (the first in the
   * sentence): the marker's PL002 offers it, as the writer cited there and the marker is what is wrong.
   */
  readonly citesByMarker: ReadonlyMap<number, Fix>;
  /** Every entry the fixes add: a new References section lists them all, with the document's stubs. */
  readonly planned: readonly PlannedEntry[];
  /** The document's references the fixes cite: the stub fixes add to the list they are in, as the citation fixes do. */
  readonly cited: readonly ReferenceInfo[];
}

const noPlan: CitationPlan = { definesByLabel: new Map(), citesByMarker: new Map(), planned: [], cited: [] };

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
  /** Every marker of its sentence (or row) that resolves to nothing, whatever its label. */
  readonly unresolvedMarkers: readonly Citation[];
}

export function citationPlanner(input: CitationPlanInput): CitationPlanner {
  const requests: Request[] = [];
  return {
    request(sourceIds, at, from, to, assign) {
      const sources = sourceIds.map((id) => input.factIndex.source(id)).filter((s): s is Source => s !== undefined && s.citable !== false);
      if (sources.length) requests.push({ sources, at, from, to, assign });
    },
    finish() {
      return requests.length ? plan(input, requests) : noPlan;
    },
  };
}

function plan(input: CitationPlanInput, requests: Request[]): CitationPlan {
  const { text, index, structure, citations, references, factIndex, tableRows } = input;
  const lookup = referenceLookup(references, factIndex);
  const unresolved = citations.filter((c) => !c.resolved);
  const blocks = structure.blocks;

  /**
   * The markers that resolve to nothing in [from, to], or in the whole row of a table cell, and
   * the one label they all have (none when they differ). Read once per sentence: a sentence may
   * hold thousands of quotations.
   */
  const unresolvedBySpan = new Map<string, { readonly markers: readonly Citation[]; readonly dangling: Target['dangling'] }>();
  const unresolvedIn = (r: Request) => {
    let { from, to } = r;
    const bi = firstAtOrAfter(blocks, r.at, (b) => b.end);
    const row = blocks[bi]?.kind === 'table-cell' ? tableRows.rowOf(bi) : undefined;
    if (row) [from, to] = [Math.min(from, row.start), Math.max(to, row.end)];
    const key = `${from}:${to}`;
    let found = unresolvedBySpan.get(key);
    if (found) return found;
    const markers: Citation[] = [];
    for (let k = firstAtOrAfter(unresolved, from, (c) => c.span.start); k < unresolved.length && unresolved[k].span.start <= to; k++) markers.push(unresolved[k]);
    const oneLabel = markers.length > 0 && markers.every((m) => m.label === markers[0].label);
    unresolvedBySpan.set(key, (found = { markers, dangling: oneLabel ? { label: markers[0].label, markers } : undefined }));
    return found;
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
      const { markers: unresolvedMarkers, dangling } = unresolvedIn(request);
      return { request, source, unresolvedMarkers, ...(ref ? { ref } : {}), ...(dangling ? { dangling } : {}) };
    });

  // The references the fixes cite decide, with the document's markers, which list new references join.
  const cited = [...new Set(targets.map((t) => t.ref).filter((r) => r !== undefined))];
  const writer = referenceWriter(text, index, structure, citations, references, cited);

  // A dangling marker is made to cite a source only when every sentence that has it alone asks for the same one.
  const meant = new Map<string, Set<Source>>();
  for (const t of targets) {
    if (!t.dangling) continue;
    const set = meant.get(t.dangling.label) ?? new Set<Source>();
    set.add(t.source);
    meant.set(t.dangling.label, set);
  }
  // An author-year citation is defined by an entry under its own names and year ("(TechCrunch 2026)" by "TechCrunch. 2026. “…”"):
  // only for a source of that publisher and, when the source is dated, of that year, in a document with a list to add it to.
  const usable = (t: Target) =>
    t.dangling !== undefined &&
    meant.get(t.dangling.label)!.size === 1 &&
    (labelKind(t.dangling.label) !== 'author-year' || (writer.list !== undefined && namesSource(t.dangling.label, t.source)));

  // The entries the fixes add: dangling markers defined, then new sources, each once.
  const planned = new Map<string, PlannedEntry>();
  const labelOf = new Map<Source, string>();
  for (const t of targets) {
    if (t.ref || !usable(t) || planned.has(t.dangling!.label)) continue;
    planned.set(t.dangling!.label, { label: t.dangling!.label, source: t.source });
    if (!labelOf.has(t.source)) labelOf.set(t.source, t.dangling!.label);
  }
  const fresh = [...new Set(targets.filter((t) => !t.ref && !usable(t) && !labelOf.has(t.source)).map((t) => t.source))];
  writer.newLabels(fresh, [...planned.keys()]).forEach((label, i) => {
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
  const newSection = (label: string) => `in a new References section${writer.alsoInNewSection(label, entries)}`;
  /** "Cite Title as [11] and add a reference definition". */
  const citeTitle = (title: string, marker: string, label: string) => {
    const place = writer.place(label);
    if (place.kind === 'list') return `Cite ${title} as ${marker} and add it to the ${place.name}`;
    if (place.kind === 'new-section') return `Cite ${title} as ${marker} ${newSection(label)}`;
    return `Cite ${title} as ${marker} and add a ${place.kind === 'footnote' ? 'footnote' : 'reference'} definition`;
  };
  /** "Define [4] as Title": the fix that makes a dangling marker resolve. */
  const defineTitle = (title: string, label: string) => {
    const place = writer.place(label);
    if (place.kind === 'list') return `Add ${title} to the ${place.name} as ${markerFor(label)}`;
    return `Define [${label}] as ${title}${place.kind === 'new-section' ? ` ${newSection(label)}` : ''}`;
  };

  /** The edit that puts `marker` for the words a request ends: in the row's Source cell, or after the words (an author-year citation before the full stop: see bracketCitationEdit; a marker where the document sets its markers: see markerInsertion). */
  const markerEdit = (r: Request, marker: string): TextEdit => {
    const cell = sourceCellInsertion(text, index, blocks, tableRows, r.at);
    // A Source cell that names the reference without its brackets ("| Anthropic 2026a |") gets them.
    const bare = marker.slice(1, -1);
    if (cell?.words?.text === bare) return { range: index.range(cell.words.start, cell.words.start + cell.words.text.length), newText: marker };
    if (cell) return { range: index.range(cell.offset, cell.offset), newText: `${cell.before}${marker}${cell.after}` };
    // In a row with no Source cell, the row's label takes it, not a cell of numbers; elsewhere, the place the sentence's fixes share.
    const place = rowLabelInsertion(text, blocks, tableRows, r.at) ?? at.get(r) ?? r.at;
    const edit = marker.startsWith('(') ? bracketCitationEdit(text, place, marker) : markerInsertion(text, place, marker, placementOf(marker));
    return { range: index.range(edit.start, edit.end), newText: edit.newText };
  };
  // Where the document sets its markers ("partners [1]." or "partners.[1]"), its footnotes apart, read once each.
  const placements = new Map<string, MarkerPlacement>();
  const placementOf = (marker: string): MarkerPlacement => {
    const kind = marker.startsWith('[^') ? 'footnote' : 'numeric';
    let found = placements.get(kind);
    if (!found) placements.set(kind, (found = markerPlacement(text, citations, kind)));
    return found;
  };
  // An author-year citation as the document writes them: "(Anthropic, 2026a)" where its citations put a comma.
  const markerFor = (label: string) => (labelKind(label) === 'author-year' ? writer.authorYear.marker(label) : `[${label}]`);
  const refMarkerOf = (ref: ReferenceInfo) => (ref.citeAs ? writer.authorYear.marker(ref.citeAs) : `[${ref.label}]`);
  /** The marker a target's fix puts in the text, or undefined when its fix only defines a dangling marker. */
  const insertedMarker = (t: Target): string | undefined =>
    t.ref ? (isNamedDefinition(t.ref) ? undefined : refMarkerOf(t.ref)) : usable(t) ? undefined : markerFor(labelOf.get(t.source)!);
  const at = sharedPlaces(targets, insertedMarker);

  const defines = new Map<string, Fix>();
  const cites = new Map<number, Fix>();
  /** The fixes that put the reference's marker in place of a dangling one, and that marker. */
  const replacing = new Map<Fix, Citation>();
  const fixOf = (t: Target): Fix => {
    const { request: r, source } = t;
    const title = source.title;
    if (t.ref) {
      const refMarker = refMarkerOf(t.ref);
      const lone = usable(t) && t.dangling!.markers.length === 1 ? t.dangling!.markers[0] : undefined;
      if (lone && !t.ref.citeAs && text.slice(lone.span.start, lone.span.end) === `[${lone.label}]`) {
        const fix: Fix = { title: `Cite ${refMarker} ${title} instead of [${lone.label}]`, edits: [{ range: lone.range, newText: refMarker }], isPreferred: true };
        replacing.set(fix, lone);
        return fix;
      }
      return { title: `Cite ${refMarker} ${title}`, edits: [markerEdit(r, refMarker)], isPreferred: true };
    }
    if (usable(t)) {
      const label = t.dangling!.label;
      const fix: Fix = { title: defineTitle(title, label), edits: addsOf(planned.get(label)!), isPreferred: true };
      if (!defines.has(label)) defines.set(label, fix);
      return fix;
    }
    const label = labelOf.get(source)!;
    const marker = markerFor(label);
    return { title: citeTitle(title, marker, label), edits: [markerEdit(r, marker), ...addsOf(planned.get(label)!)], isPreferred: true };
  };
  for (const t of targets) {
    // A source the document defines under a name (`[aru]: https://… "…"`), which a reference-style link uses: no
    // marker can cite that definition, and a second definition of the source is no fix.
    if (t.ref && isNamedDefinition(t.ref)) continue;
    const fix = fixOf(t);
    t.request.assign(fix);
    if (!t.unresolvedMarkers.length) continue;
    // On a marker it does not make resolve (it adds another), the fix is offered but not preferred
    // there; the first fix of a sentence that makes it resolve wins.
    const defined = !t.ref && usable(t) ? t.dangling!.label : undefined;
    let aside: Fix | undefined;
    for (const m of t.unresolvedMarkers) {
      const resolves = m.label === defined || replacing.get(fix) === m;
      const had = cites.get(m.span.start);
      if (had && (had.isPreferred || !resolves)) continue;
      cites.set(m.span.start, resolves ? fix : (aside ??= { ...fix, isPreferred: false }));
    }
  }
  return { definesByLabel: defines, citesByMarker: cites, planned: entries, cited };
}

/** A year of an author-year label, without the letter that tells two works of one year apart: "2026a" → "2026". */
const labelYearRe = /^((?:1[6-9]|20)\d{2})[a-z]?$/;

/**
 * Whether the author-year label `label` ("TechCrunch 2026", "TechCrunch 2026b", "TechCrunch n.d.")
 * may stand for `source`: its names are the source's publisher's, and its year the source's, when
 * the source is dated (the writer's year stands for an undated one). Another author's name or
 * another year is another work: the fix then cites the source under a label of its own.
 */
function namesSource(label: string, source: Source): boolean {
  const cut = label.lastIndexOf(' ');
  if (cut <= 0 || authorKeys(label.slice(0, cut)).whole !== authorKeys(source.publisher).whole) return false;
  const year = label.slice(cut + 1);
  if (!source.date) return true;
  return labelYearRe.exec(year)?.[1] === source.date.slice(0, 4);
}

/**
 * One place for every fix of a sentence that puts the same marker in it: a quotation's fix puts
 * its marker after the closing mark and a figure's at the end of the sentence, so "apply all"
 * would cite the source twice (`…its model"[^2] mid-operation.[^2]`). The requests of a sentence
 * (the same `from`) that insert the same marker all take the last of their places that lies in
 * each one's sentence; identical edits then merge. Returns the moved requests' places.
 */
function sharedPlaces(targets: readonly Target[], markerOf: (t: Target) => string | undefined): Map<Request, number> {
  const groups = new Map<string, Request[]>();
  for (const t of targets) {
    const marker = markerOf(t);
    if (marker === undefined) continue;
    const key = `${t.request.from}\u0000${marker}`;
    const group = groups.get(key);
    if (group) group.push(t.request);
    else groups.set(key, [t.request]);
  }
  const places = new Map<Request, number>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    let last = -1;
    for (const r of group) if (r.at > last && group.every((o) => r.at <= o.to)) last = r.at;
    if (last < 0) continue;
    for (const r of group) if (r.at !== last && last <= r.to && last >= r.from) places.set(r, last);
  }
  return places;
}
