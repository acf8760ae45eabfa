import type { Analysis, Citation, Claim, ClaimKind, ClaimValue, EntityMention, Quotation, Sentence, Span } from './types';
import type { FactIndex } from './factbase/factIndex';
import type { Settings } from './settings';
import type { AnalyzeOptions } from './analyzer';
import { LineIndex } from './text/lineIndex';
import { buildStructure, type Block, type Structure } from './markdown/structure';
import { opensEnumeration } from './claims/ownTextCount';
import { tableRows, type TableRow } from './markdown/tableRows';
import { givesVerdicts, unassertedCells } from './claims/unassertedLabel';
import { ownRecordBlocks } from './claims/ownRecord';
import { assertsInNote } from './claims/noteSentence';
import { namesAnyIn } from './entities/mentionsIn';
import { withSurnameMentions } from './entities/surnames';
import { withDefinedNameMentions } from './entities/definedNames';
import { withModelCalledBack } from './entities/modelCalledBack';
import { mentionChanges } from './entities/mentionChanges';
import { withoutHomonyms } from './entities/homonyms';
import { parseBlocksBySection } from './markdown/parseBySection';
import type { MarkerHit } from './citations/markers';
import { createResolver } from './citations/resolve';
import { leadInCiter } from './citations/listLeadIn';
import { lendInlineNoteMarkers } from './citations/inlineNotes';
import { parseBibliography } from './citations/bibliography';
import { authorYearIndexOf } from './citations/authorYear';
import { sourceCellCitations } from './citations/sourceColumn';
import { tableSourceLines, type TableSourceLine } from './citations/tableSourceLine';
import { webLinks } from './citations/links';
import type { QuotePair, StrayMark } from './quotes/scanQuotes';
import { quotedText } from './quotes/quotedText';
import { namedInQuotes } from './quotes/namedInQuotes';
import { quotesDiscussedText } from './quotes/discussedText';
import { isReferenceNote } from './quotes/referenceNote';
import { joinInterrupted } from './quotes/interrupted';
import { continuedQuotations } from './quotes/continuedQuotes';
import { joinContinued, type OpenedPart } from './quotes/joinContinued';
import { introducesQuote } from './quotes/introducesQuote';
import { sourcingEntry } from './quotes/sourcingEntry';
import { blockWindow, scanBlock, type BlockReading } from './incremental/scanBlock';
import { openCacheSession, type CacheSession } from './incremental/analysisCache';
import { commonPrefixLength, type Placement, type ScannedBlock } from './incremental/placement';
import { countWords } from './text/words';
import { isFigureHeader, isLabelHeader, isScheduleHeader, isVersionHeader, numbersRows, withoutLabels } from './claims/labelColumn';
import { withoutValues } from './claims/withoutValues';
import { isCriterionHeader, isGradeHeader, isMarkRangeHeader, isSessionHeader, isTaskMeasureHeader, isWeightHeader } from './claims/scheduleColumns';
import { claimSpan } from './claims/claimSpan';
import { buildFindings } from './diagnostics/buildFindings';
import { checkFacts, type VerdictSlot } from './factcheck/checkFacts';
import { trailingAttribution } from './factcheck/trailingCredit';
import { firstAtOrAfter } from './util/search';
import type { Mutable } from './util/mutable';

/** The pieces every later stage reads: the text, its structure and what the scanners found. */
export interface Scan {
  readonly text: string;
  readonly index: LineIndex;
  readonly structure: Structure;
  readonly markers: MarkerHit[];
  /** In document order. */
  readonly sentences: Sentence[];
  readonly pairs: QuotePair[];
  readonly strays: StrayMark[];
  readonly entities: EntityMention[];
}

/**
 * Whether paragraph `i` is followed, in the same block quote or outside any, by a paragraph that
 * opens on the first item of an enumeration ("First, …", "The first is …"): its last sentence then
 * leads in to what it counts, as one ending in a colon does ("There are three reasons." / "First, …").
 * One test of the next paragraph's first characters per paragraph.
 */
function leadsInToNext(blocks: readonly Block[], i: number, mask: string): boolean {
  const block = blocks[i];
  const next = blocks[i + 1];
  return block.kind === 'paragraph' && next?.kind === 'paragraph' && !next.isReference && next.blockQuote === block.blockQuote && opensEnumeration(mask, next.start, next.end);
}

/**
 * The text's structure, and each block's scan placed in the document: its entities and
 * sentences made with their ranges, its markers, quotation pairs and stray marks in document
 * offsets. With a cache, the blocks from the top that an edit left alone (their window and
 * all the text before it) bring the items the last analysis made for them.
 */
function scanDocument(text: string, factIndex: FactIndex, session: CacheSession): Scan & { readonly scanned: readonly ScannedBlock[] } {
  const index = new LineIndex(text);
  const sections = session.sections;
  const structure = sections ? buildStructure(text, index, (rest, firstLine) => parseBlocksBySection(rest, sections, firstLine)) : buildStructure(text, index);
  const { mask, blocks } = structure;
  const inTextKeys = structure.bibliographyFiles.length > 0;
  const authorYear = authorYearIndexOf(structure.referenceSections);
  // A fact-check's verdicts make its "Claim:" labels state claims under review (see `givesVerdicts`).
  const reviews = givesVerdicts(text);
  const citationFlags = `${inTextKeys ? 1 : 0}${reviews ? 'v' : 'n'}${authorYear ? authorYear.signature : ''}`;
  const markers: MarkerHit[] = [];
  const sentences: Sentence[] = [];
  const pairs: QuotePair[] = [];
  const strays: StrayMark[] = [];
  const entities: EntityMention[] = [];
  const scanned: ScannedBlock[] = [];
  const placed: Placement | undefined = session.keepsPlacement
    ? { text, flags: [], masks: [], texts: [], scanned, windowEnds: [], entityEnds: [], sentenceEnds: [], markerEnds: [], pairEnds: [], strayEnds: [], entities, sentences, markers, pairs, strays }
    : undefined;
  const last = session.lastPlacement;
  // Blocks whose window ends within this prefix, at the same place and with the same keys as
  // the last analysis's block of the same number, take that block's items. (The keys are the
  // cache's: the mask window is compared too, though text typed below a window has not been
  // seen to change it.)
  const unchanged = last ? commonPrefixLength(last.text, text) : 0;
  let taking = last !== undefined;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    const [ws, we] = blockWindow(mask.length, block, index.lineStarts[block.startLine] ?? block.start);
    const from = block.start - ws;
    const to = block.end - ws;
    // A footnote definition is a reference entry whose markers still cite; an endnote says things as a footnote may (see BlockReading).
    const reading: BlockReading = block.kind === 'footnote-definition' ? 'footnote' : block.endnote ? 'endnote' : block.isReference ? 'reference' : 'prose';
    // "There are three reasons." over a paragraph that opens "First, …": its last sentence leads in to the next paragraph.
    const leadsOn = reading === 'prose' && leadsInToNext(blocks, i, mask);
    const flags = `${reading[0]}${from}:${to}:${citationFlags}${leadsOn ? 'e' : ''}`;
    if (taking && last) {
      if (i < last.scanned.length && we <= unchanged && last.scanned[i].base === ws && last.windowEnds[i] === we && last.flags[i] === flags && last.masks[i] === mask.slice(ws, we)) {
        const taken = last.scanned[i];
        session.keepBlock(last.flags[i], last.masks[i], last.texts[i], taken.scan);
        scanned.push(taken);
        const before = (ends: readonly number[]) => (i ? ends[i - 1] : 0);
        for (let k = before(last.entityEnds); k < last.entityEnds[i]; k++) entities.push(last.entities[k]);
        for (let k = before(last.sentenceEnds); k < last.sentenceEnds[i]; k++) sentences.push(last.sentences[k]);
        for (let k = before(last.markerEnds); k < last.markerEnds[i]; k++) markers.push(last.markers[k]);
        for (let k = before(last.pairEnds); k < last.pairEnds[i]; k++) pairs.push(last.pairs[k]);
        for (let k = before(last.strayEnds); k < last.strayEnds[i]; k++) strays.push(last.strays[k]);
        if (placed) place(placed, flags, last.masks[i], last.texts[i], we);
        continue;
      }
      taking = false;
    }
    const maskWindow = mask.slice(ws, we);
    const textWindow = text.slice(ws, we);
    const scan = session.block(flags, maskWindow, textWindow, () => scanBlock(maskWindow, textWindow, from, to, reading, inTextKeys, factIndex, authorYear, leadsOn, reviews));
    scanned.push({ scan, base: ws, firstSentence: sentences.length });
    // Index loops: iterators and destructuring cost an object per step, for tens of thousands of items.
    for (let k = 0; k < scan.mentions.length; k++) {
      const h = scan.mentions[k];
      const start = h.start + ws;
      const end = h.end + ws;
      entities.push({ id: h.entry.entityId, kind: h.entry.kind, text: text.slice(start, end), range: index.range(start, end), span: { start, end } });
    }
    for (let k = 0; k < scan.pairs.length; k++) pairs.push({ open: scan.pairs[k].open + ws, close: scan.pairs[k].close + ws });
    for (let k = 0; k < scan.strays.length; k++) {
      const m = scan.strays[k];
      strays.push({ at: m.at + ws, mark: m.mark, role: m.role });
    }
    for (let k = 0; k < scan.markers.length; k++) {
      const m = scan.markers[k];
      markers.push(m.locator === undefined ? { label: m.label, kind: m.kind, start: m.start + ws, end: m.end + ws } : { label: m.label, kind: m.kind, start: m.start + ws, end: m.end + ws, locator: m.locator });
    }
    for (let k = 0; k < scan.sentences.length; k++) {
      const start = scan.sentences[k][0] + ws;
      const end = scan.sentences[k][1] + ws;
      sentences.push({ span: { start, end }, range: index.range(start, end) });
    }
    if (placed) place(placed, flags, maskWindow, textWindow, we);
  }
  if (placed) session.place(placed);
  return { text, index, structure, markers, sentences, pairs, strays, entities, scanned };
}

/**
 * A block quote's text without its author-year citations: "(CNN 2026)" after its last sentence,
 * as Chicago and APA place it, is no quoted word. (A bracketed `[3]` is read as an insertion.)
 * `inside` are the indices of the markers in the quote, in document order.
 */
function quotedWords(mask: string, start: number, end: number, markers: readonly MarkerHit[], inside: readonly number[]): string {
  let out = '';
  let at = start;
  for (const i of inside) {
    const m = markers[i];
    if (m.kind !== 'author-year' || m.start < at || m.end > end) continue;
    out += `${mask.slice(at, m.start)} `;
    at = m.end;
  }
  return at === start ? mask.slice(start, end) : out + mask.slice(at, end);
}

/** Records a block in `placed`, after its items were added to its lists. */
function place(placed: Placement, flags: string, mask: string, text: string, windowEnd: number): void {
  placed.flags.push(flags);
  placed.masks.push(mask);
  placed.texts.push(text);
  placed.windowEnds.push(windowEnd);
  placed.entityEnds.push(placed.entities.length);
  placed.sentenceEnds.push(placed.sentences.length);
  placed.markerEnds.push(placed.markers.length);
  placed.pairEnds.push(placed.pairs.length);
  placed.strayEnds.push(placed.strays.length);
}

/**
 * A table row is one record: a marker in any of its cells (a "Source" column) cites what the
 * other cells claim or quote. Every sentence of the row's cells gets the same list, the
 * row's markers in document order.
 */
function shareTableRowMarkers(rows: readonly TableRow[], scanned: readonly ScannedBlock[], markersBySentence: number[][]): void {
  const sentenceEnd = (b: number) => (b + 1 < scanned.length ? scanned[b + 1].firstSentence : markersBySentence.length);
  for (const { cells } of rows) {
    if (cells.length < 2) continue;
    const from = scanned[cells[0]].firstSentence;
    const to = sentenceEnd(cells[cells.length - 1]);
    let row: number[] | undefined;
    for (let s = from; s < to; s++) for (const m of markersBySentence[s]) (row ??= []).push(m);
    if (row) for (let s = from; s < to; s++) markersBySentence[s] = row;
  }
}

/**
 * A table's source line ("Source: Anthropic, *Project Glasswing*, 7 April 2026[^4]", see
 * tableSourceLine.ts) cites every row of its table that cites nothing itself: those rows'
 * sentences get the line's items that `counts` (its resolving markers, or its links).
 */
function citeRowsFromSourceLines(lines: readonly TableSourceLine[], scanned: readonly ScannedBlock[], bySentence: number[][], counts: (item: number) => boolean): void {
  const sentenceEnd = (b: number) => (b + 1 < scanned.length ? scanned[b + 1].firstSentence : bySentence.length);
  for (const { rows, block } of lines) {
    let given: number[] | undefined;
    for (let s = scanned[block].firstSentence; s < sentenceEnd(block); s++) for (const m of bySentence[s]) if (counts(m)) (given ??= []).push(m);
    if (!given) continue;
    for (const { cells } of rows) {
      const from = scanned[cells[0]].firstSentence;
      const to = sentenceEnd(cells[cells.length - 1]);
      let cites = false;
      for (let s = from; s < to && !cites; s++) cites = bySentence[s].length > 0;
      if (!cites) for (let s = from; s < to; s++) bySentence[s] = given;
    }
  }
}

/**
 * `scan` with the markers `added` (in document order) among its own, and without the entities
 * named inside them: a citation's author is no mention, as in a bracket. New lists: the scan's
 * own belong to the analysis cache.
 */
function withCitations<S extends Scan>(scan: S, added: readonly MarkerHit[]): S {
  const markers: MarkerHit[] = [];
  let k = 0;
  for (const m of scan.markers) {
    while (k < added.length && added[k].start < m.start) markers.push(added[k++]);
    markers.push(m);
  }
  while (k < added.length) markers.push(added[k++]);
  k = 0;
  const entities = scan.entities.filter((e) => {
    while (k < added.length && added[k].end <= e.span.start) k++;
    return !(k < added.length && added[k].start < e.span.end);
  });
  return { ...scan, markers, entities };
}

/** Index of the sentence holding `offset` (sentences sorted, non-overlapping), or -1. */
export function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const span = sentences[mid].span;
    if (offset < span.start) hi = mid - 1;
    else if (offset >= span.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Longest gap between a link and the sentence it is read with, in characters. */
const maxLinkGap = 2000;
/** A blank line, whatever the line endings ("\n\n", "\r\n\r\n", "\r\r", with spaces between). */
const blankLine = /(?:\r\n|\r(?!\n)|\n)[ \t]*(?:\r\n|\r(?!\n)|\n)/;

/**
 * The sentence a link at `at` belongs to: the one that holds it, else, for an address the prose
 * leaves out (an autolink or a bare URL) after a sentence's last word or its closing punctuation
 * ("… see <https://…>", "… this year. https://…"), the sentence it follows in the paragraph, else the
 * one it opens; -1 when a blank line or other words stand between.
 */
function linkSentence(sentences: readonly Sentence[], mask: string, at: number): number {
  const s = sentenceAt(sentences, at);
  if (s >= 0) return s;
  const next = firstAtOrAfter(sentences, at, (x) => x.span.start);
  const gapOnly = (from: number, to: number) => {
    if (to - from > maxLinkGap) return false;
    const gap = mask.slice(from, to);
    return gap.trim() === '' && !blankLine.test(gap);
  };
  if (next > 0 && gapOnly(sentences[next - 1].span.end, at)) return next - 1;
  if (next < sentences.length && gapOnly(at, sentences[next].span.start)) return next;
  return -1;
}

/** What may stand between a marker (or a link) and the end of its sentence for it to end the sentence: spaces, punctuation, closing marks. */
const endsSentence = /^[\s.:;,!?)\]"”’'—-]*$/;

/** The `>` marks that open the continuation lines of a block quote (after the line break). */
const quoteMarks = /\n[ \t]*(?:>[ \t]?)+/g;

function collapse(s: string): string {
  return /\s\s|[\t\r\n]/.test(s) ? s.replace(/\s+/g, ' ').trim() : s.trim();
}

export function runAnalysis(text: string, factIndex: FactIndex, settings: Settings, options: AnalyzeOptions): Analysis {
  const session = openCacheSession(options.cache, factIndex);
  const scanned = scanDocument(text, factIndex, session);
  const bibliographies = (options.bibliographies ?? []).map((b) => parseBibliography(b.file, b.content));
  const resolver = createResolver(scanned.structure, scanned.index, bibliographies);
  const rows = tableRows(scanned.structure.blocks, text, scanned.index);
  // The cells of a "Myth" column (or a "Claim" column beside a "Fact" one) state what the document does not assert.
  const mythCells = unassertedCells(rows, scanned.structure.blocks, text);
  // "Anthropic 2026a" alone in a table's Source column cites its row, when the reference list holds it.
  const sourceCells = sourceCellCitations(scanned.structure.blocks, scanned.structure.mask, rows, (m) => resolver.resolve(m).referenceIndex !== undefined);
  const scan = sourceCells ? withCitations(scanned, sourceCells.markers) : scanned;
  const { index, structure, markers, sentences } = scan;
  // Another name's words are not the entity ("Marcus Hegseth", "the Cthulhu Mythos"); people named by
  // family name alone after their full name ("Amodei told Hadley"): document-wide readings,
  const otherNames: number[] = [];
  // and the short names a bracket defines for a name ('the Department of Defense (the "Department")').
  const named = withSurnameMentions(structure.mask, withoutHomonyms(structure.mask, scan.entities, factIndex, otherNames), factIndex, index);
  // "Anthropic formally announced the model on 9 April" names the model the document named last.
  const entities = withModelCalledBack(structure.mask, withDefinedNameMentions(structure.mask, named, index), sentences, factIndex, (a, b) => index.range(a, b));
  // What those readings added to or took from the blocks' own mentions: a verdict kept with its block was judged with them.
  const readingChanges = mentionChanges(scan.entities, entities);

  // Citations, each resolved on its own.
  const resolutions = markers.map((m) => resolver.resolve(m));
  const citations: Citation[] = markers.map((m, i) => {
    const r = resolutions[i];
    // Assigned one by one: conditional spreads allocate a throw-away object per field.
    const c: Mutable<Citation> = { label: m.label, kind: m.kind, range: index.range(m.start, m.end), span: { start: m.start, end: m.end }, resolved: r.referenceIndex !== undefined };
    if (r.referenceIndex !== undefined) c.referenceIndex = r.referenceIndex;
    else c.unresolvedReason = r.reason ?? 'resolves to no reference';
    if (m.locator) c.locator = m.locator;
    return c;
  });
  // Markers of each sentence; an inline note attached to a sentence lends it its own, and the cells of a table row share theirs.
  const markersBySentence: number[][] = sentences.map(() => []);
  markers.forEach((m, i) => {
    const s = sentenceAt(sentences, m.start);
    if (s >= 0) markersBySentence[s].push(i);
  });
  lendInlineNoteMarkers(structure.mask, sentences, markers, markersBySentence);
  shareTableRowMarkers(rows.all, scan.scanned, markersBySentence);
  // A table's "Source: …[^4]" line cites its rows (its resolving markers).
  const sourceLines = rows.all.length ? tableSourceLines(rows, structure.blocks, structure.mask) : [];
  if (sourceLines.length) citeRowsFromSourceLines(sourceLines, scan.scanned, markersBySentence, (i) => citations[i].resolved);
  // Links to web pages, by sentence, shared by a table row and from its source line as markers are. With
  // policyLens.citations.links on they cite as resolved markers do; off, a PL001 or PL007 beside one says so.
  const linksOn = settings['citations.links'];
  const links = webLinks(text, structure.mask, structure.linkDefinitions, structure.urlCuts);
  const linksBySentence: number[][] | undefined = links.length ? sentences.map(() => []) : undefined;
  if (linksBySentence) {
    links.forEach((l, i) => {
      const s = linkSentence(sentences, structure.mask, l.at);
      if (s >= 0) linksBySentence[s].push(i);
    });
    shareTableRowMarkers(rows.all, scan.scanned, linksBySentence);
    if (sourceLines.length) citeRowsFromSourceLines(sourceLines, scan.scanned, linksBySentence, () => true);
  }
  const none: string[] = [];
  // Once per list of markers: a sentence of thousands of quotations, or a row of thousands of
  // cells, asks for the same labels each time.
  const labelsMemo = new Map<readonly number[], [string[] | undefined, string[] | undefined]>();
  const labelsIn = (sentence: number, resolved: boolean): string[] => {
    const list = sentence < 0 ? undefined : markersBySentence[sentence];
    if (!list?.length) return none;
    let memo = labelsMemo.get(list);
    if (!memo) labelsMemo.set(list, (memo = [undefined, undefined]));
    return (memo[resolved ? 1 : 0] ??= [...new Set(list.filter((i) => citations[i].resolved === resolved).map((i) => citations[i].label))]);
  };

  // A list's lead-in that ends with a colon cites for the items that cite nothing themselves.
  const leadInLabels = leadInCiter(
    structure.blocks,
    structure.mask,
    sentences,
    (offset) => sentenceAt(sentences, offset),
    (sentence) => labelsIn(sentence, true),
    (sentence) => markersBySentence[sentence].map((i) => [markers[i].start, markers[i].end] as const),
  );
  const citedOrLedIn = (labels: string[], block: number): string[] => {
    const b = structure.blocks[block];
    if (labels.length || !b || (b.leadIn === undefined && b.parentItem === undefined)) return labels;
    const led = leadInLabels(block);
    return led.length ? [...led] : labels;
  };
  const blockAt = (offset: number): number => {
    const b = firstAtOrAfter(structure.blocks, offset + 1, (x) => x.end);
    return b < structure.blocks.length && structure.blocks[b].start <= offset ? b : -1;
  };
  // The web addresses a sentence's links (or its row's, or its list lead-in's) give, as markers' labels are given.
  const urlsMemo = new Map<readonly number[], string[]>();
  const urlsIn = (sentence: number): string[] => {
    const list = sentence < 0 ? undefined : linksBySentence?.[sentence];
    if (!list?.length) return none;
    let urls = urlsMemo.get(list);
    if (!urls) urlsMemo.set(list, (urls = [...new Set(list.map((i) => links[i].url))]));
    return urls;
  };
  const leadInUrls = linksBySentence
    ? leadInCiter(structure.blocks, structure.mask, sentences, (offset) => sentenceAt(sentences, offset), urlsIn, () => [])
    : () => none;
  const linkedOrLedIn = (sentence: number, block: number): readonly string[] => {
    if (!linksBySentence) return none;
    const urls = urlsIn(sentence);
    const b = structure.blocks[block];
    if (urls.length || !b || (b.leadIn === undefined && b.parentItem === undefined)) return urls;
    return leadInUrls(block);
  };
  /** The links inside [start, end): a block quote's. */
  const urlsWithin = (start: number, end: number): string[] => {
    const out: string[] = [];
    for (let i = firstAtOrAfter(links, start, (l) => l.at); i < links.length && links[i].at < end; i++) if (!out.includes(links[i].url)) out.push(links[i].url);
    return out;
  };

  // Quotations: inline pairs outside block quotes, then each block quote as one.
  const minWords = settings['quotes.minWords'];
  const quotes: Quotation[] = [];
  // Pairs and block quotes are both in document order: one cursor walks the block quotes.
  const blockQuotes = structure.blockQuotes.filter((q) => q.start >= 0 && q.end > q.start);
  let quoteCursor = 0;
  // A quotation inside a footnote definition is sourced by that note ("[^4]: … (quoting …)").
  const notes = structure.footnoteDefinitions.length ? [...structure.footnoteDefinitions].sort((a, b) => a.start - b.start) : structure.footnoteDefinitions;
  let noteCursor = 0;
  // A name or a title in quotation marks is a term, not a quotation. A footnote's "title" is one
  // when the note is a reference ("[^2]: Axios, "Anthropic warns officials of AI cyberattacks.""),
  // not when it reports words ("[^4]: Amodei told CNN "…"", a verb of saying beside the title).
  const isNamed = namedInQuotes(
    text,
    structure.mask,
    structure.blocks,
    entities,
    [...resolver.references.filter((r) => r.info.kind !== 'footnote' || isReferenceNote(r.info)).map((r) => r.info.title), ...factIndex.factBase.sources.map((s) => s.title)],
    factIndex.factBase.quotations.map((q) => q.text),
  );
  const terms = new Set<Quotation>();
  // The words of claims under review in table cells: no quotations, but a later quotation may mention them again.
  const reviewedQuotes: Pick<Quotation, 'text' | 'span'>[] = [];
  // A quotation a reference entry's annotation reports is sourced by the entry.
  const entryLabel = sourcingEntry(structure.referenceSections);
  for (const p of scan.pairs) {
    while (quoteCursor < blockQuotes.length && blockQuotes[quoteCursor].end <= p.open) quoteCursor++;
    const bq = blockQuotes[quoteCursor];
    if (bq && p.open >= bq.start && p.open < bq.end) continue;
    // A claim under review quotes the claimant's words ('| Graham called the model "too dangerous for humans to use" | False |'):
    // the row's source column sources the claim, and its words are not set against the record.
    if (mythCells.has(blockAt(p.open))) {
      reviewedQuotes.push({ text: collapse(quotedText(text, structure.mask, p.open + 1, p.close)), span: { start: p.open, end: p.close + 1 } });
      continue;
    }
    const inner = collapse(quotedText(text, structure.mask, p.open + 1, p.close));
    const wordCount = countWords(inner);
    if (wordCount === 0) continue;
    // The current words of the text under discussion ('The lead currently says "…"'): its own words, under review, no quotation.
    if (quotesDiscussedText(structure.mask, structure.blocks, p.open)) continue;
    // A term is no quotation, unless it is a piece of one its attribution interrupts ('“We did not feel comfortable releasing,” he said, “this generally.”').
    const term = wordCount < minWords || isNamed(p.open + 1, p.close, inner);
    while (noteCursor < notes.length && notes[noteCursor].end <= p.open) noteCursor++;
    const note = notes[noteCursor] && p.open >= notes[noteCursor].start ? notes[noteCursor] : undefined;
    const sentenceIndex = sentenceAt(sentences, p.open);
    const entry = note || !structure.blocks[blockAt(p.open)]?.isReference ? undefined : entryLabel(p.open);
    let cited = note ? [`^${note.label}`, ...labelsIn(sentenceIndex, true)] : entry ? [entry] : citedOrLedIn(labelsIn(sentenceIndex, true), blockAt(p.open));
    // '"… this generally." Graham said.[1]': a sentence that is nothing but the attribution, right after the quotation, sources it with its markers.
    const attributedAfter = cited.length ? undefined : trailingAttribution(text, sentences, { start: p.open, end: p.close + 1 }, entities)?.sentenceIndex;
    if (attributedAfter !== undefined) cited = labelsIn(attributedAfter, true);
    const linked = linksOn && !cited.length ? linkedOrLedIn(attributedAfter ?? sentenceIndex, blockAt(p.open)) : none;
    const quote: Mutable<Quotation> = {
      text: inner,
      range: index.range(p.open, p.close + 1),
      span: { start: p.open, end: p.close + 1 },
      kind: 'inline',
      wordCount,
      sourced: cited.length > 0 || linked.length > 0,
      citations: cited,
      unresolvedCitations: attributedAfter === undefined ? labelsIn(sentenceIndex, false) : [...labelsIn(sentenceIndex, false), ...labelsIn(attributedAfter, false)],
      onRecord: null,
      sentenceIndex,
    };
    if (linked.length) quote.links = [...linked];
    quotes.push(quote);
    if (term) terms.add(quote);
  }
  // A quotation of several paragraphs, each opening with the mark and only the last closing it, is one quotation.
  const continued = continuedQuotations(scan.strays, scan.pairs, structure.blocks, text, structure.mask);
  const opened = (span: Span): OpenedPart => {
    const words = collapse(quotedText(text, structure.mask, span.start + 1, span.end));
    const sentenceIndex = sentenceAt(sentences, span.start);
    return { part: { text: words, range: index.range(span.start, span.end), span, sentenceIndex }, wordCount: countWords(words), cited: labelsIn(sentenceIndex, true), unresolved: labelsIn(sentenceIndex, false) };
  };
  const paragraphs = joinContinued(quotes.splice(0), continued, terms, minWords, opened, (start, end) => index.range(start, end));
  // A quotation its attribution interrupts ('“…,” Graham said, “…”') is one quotation; terms alone are none.
  for (const q of joinInterrupted(paragraphs, structure.mask, terms)) quotes.push(q);
  /** Indices of the markers starting in [start, end), by binary search (markers are in document order). */
  const markersIn = (start: number, end: number): number[] => {
    const out: number[] = [];
    for (let i = firstAtOrAfter(markers, start, (m) => m.start); i < markers.length && markers[i].start < end; i++) out.push(i);
    return out;
  };
  // The sentences that hold a quotation of their own introduce no block quote after them; the
  // block quotes that one does introduce, by start, with that sentence (for whom it credits).
  const quotedSentences = new Set(quotes.map((q) => q.sentenceIndex));
  const quoteIntros = new Map<number, number>();
  // What cites each block quote: the claims in it are the quoted party's, cited by the same.
  const quoteCitations = new Map<(typeof blockQuotes)[number], string[]>();
  const quoteLinks = new Map<(typeof blockQuotes)[number], string[]>();
  for (const q of blockQuotes) {
    // The attribution may stand before the quoted text (a quote callout's title).
    const inside = markersIn(q.start, Math.max(q.end, q.attribution?.end ?? q.end));
    const inner = collapse(quotedWords(structure.mask, q.start, q.end, markers, inside));
    const wordCount = countWords(inner);
    if (wordCount < minWords) continue;
    const attributionMarkers = q.attribution ? markersIn(q.attribution.start, q.attribution.end) : [];
    let introCited: number[] = [];
    if (q.introBlock !== undefined) {
      // The sentence before the quote sources it when it introduces it (introducesQuote.ts) and ends with a marker.
      const intro = structure.blocks[q.introBlock];
      const last = sentenceAt(sentences, Math.max(intro.start, intro.end - 1));
      const spans = last >= 0 ? markersBySentence[last].map((i) => [markers[i].start, markers[i].end] as const) : [];
      if (last >= 0 && introducesQuote(structure.mask, sentences[last].span.start, intro.end, spans, quotedSentences.has(last))) {
        quoteIntros.set(q.start, last);
        const end = sentences[last].span.end;
        introCited = markersBySentence[last].filter((i) => endsSentence.test(structure.mask.slice(markers[i].end, end)));
      }
    }
    const all = [...new Set([...inside, ...attributionMarkers, ...introCited])];
    const cited = [...new Set(all.filter((i) => citations[i].resolved).map((i) => citations[i].label))];
    quoteCitations.set(q, cited);
    // A link in the quote or its attribution line, or ending the sentence that introduces it, sources it as a marker there would.
    let linked: string[] = [];
    if (!cited.length && linksBySentence) {
      linked = urlsWithin(q.start, Math.max(q.end, q.attribution?.end ?? q.end));
      if (q.attribution && q.attribution.start >= q.end) for (const u of urlsWithin(q.attribution.start, q.attribution.end)) if (!linked.includes(u)) linked.push(u);
      const intro = quoteIntros.get(q.start);
      if (!linked.length && intro !== undefined) {
        const end = sentences[intro].span.end;
        for (const i of linksBySentence[intro]) if (endsSentence.test(structure.mask.slice(links[i].end, end)) && !linked.includes(links[i].url)) linked.push(links[i].url);
      }
      if (linked.length) quoteLinks.set(q, linked);
    }
    if (!linksOn) linked = [];
    // An attribution line with no markers at all names its source in words: that counts. A
    // quote callout's title (before the text) counts only when it names someone: "Key passage" names no one.
    const attributedInWords =
      q.attribution !== undefined &&
      attributionMarkers.length === 0 &&
      (q.attribution.end > q.start || namesAnyIn(entities, q.attribution.start, q.attribution.end));
    quotes.push({
      text: inner,
      range: index.range(q.start, q.end),
      span: { start: q.start, end: q.end },
      kind: 'block',
      wordCount,
      sourced: cited.length > 0 || attributedInWords || linked.length > 0,
      citations: cited,
      unresolvedCitations: [...new Set(all.filter((i) => !citations[i].resolved).map((i) => citations[i].label))],
      ...(linked.length ? { links: linked } : {}),
      onRecord: null,
      sentenceIndex: sentenceAt(sentences, q.start),
    });
  }
  quotes.sort((a, b) => a.span.start - b.span.start);

  // Claims: sentences that assert something checkable (found by the block scans).
  const claims: Claim[] = [];
  const verdictSlots: VerdictSlot[] = [];
  noteCursor = 0;
  const blocks = structure.blocks;
  /**
   * What the header of table cell `bi` makes its column: 'label' for a label column ("Line", "#"),
   * 'version' for one of software versions ("Branch", "Fixed in"), whose numbers with a point name
   * versions, 'schedule' for one of due dates ("Due", "Deadline"), whose cells claim nothing, or undefined;
   * see labelColumn.ts.
   */
  const columnKinds = new Map<number, 'label' | 'version' | 'schedule' | undefined>();
  /** The texts of the cells in the column of cell `bi` (of `row`), in every row under its table's header (read once per header). */
  const columnCells = (row: TableRow, bi: number): string[] => {
    const column = row.columns[row.cells.indexOf(bi)];
    const cells: string[] = [];
    for (let i = firstAtOrAfter(rows.all, row.header!.end, (r) => r.start); i < rows.all.length && rows.all[i].header === row.header; i++) {
      const r = rows.all[i];
      const at = r.columns.indexOf(column);
      if (at >= 0) cells.push(text.slice(blocks[r.cells[at]].start, blocks[r.cells[at]].end));
    }
    return cells;
  };
  const headerTextOf = (cell: number) => text.slice(blocks[cell].start, Math.min(blocks[cell].end, blocks[cell].start + 64));
  const columnKind = (bi: number) => {
    if (blocks[bi]?.kind !== 'table-cell') return undefined;
    const row = rows.rowOf(bi);
    const header = row && rows.headerCellOf(row, bi);
    if (!row || header === undefined) return undefined;
    if (!columnKinds.has(header)) {
      const headerText = headerTextOf(header);
      // "Figure" heads the figures of a briefing's table, or the numbers of a list of figures; "Week" the number of a session.
      const label = isFigureHeader(headerText) ? numbersRows(columnCells(row, bi)) : isLabelHeader(headerText) || isSessionHeader(headerText);
      // A task's weight, length or progress beside its Due column is the team's own, and so is a criterion's weight beside
      // the column of criteria (see scheduleColumns.ts).
      const schedule =
        isScheduleHeader(headerText) ||
        (isTaskMeasureHeader(headerText) && row.header!.cells.some((h) => isScheduleHeader(headerTextOf(h)))) ||
        (isWeightHeader(headerText) && row.header!.cells.some((h) => isCriterionHeader(headerTextOf(h)))) ||
        // A marking scheme's bands and their marks ("| 1 | 24–30 | … |" under "| Band | Marks | Descriptor |"): the examination's own rule.
        (isGradeHeader(headerText) && row.header!.cells.some((h) => isMarkRangeHeader(headerTextOf(h)))) ||
        (isMarkRangeHeader(headerText) && row.header!.cells.some((h) => isGradeHeader(headerTextOf(h))));
      columnKinds.set(header, label ? 'label' : isVersionHeader(headerText) ? 'version' : schedule ? 'schedule' : undefined);
    }
    return columnKinds.get(header);
  };
  const attributions = structure.blockQuotes.flatMap((q) => (q.attribution ? [q.attribution] : [])).sort((a, b) => a.start - b.start);
  const isAttribution = (offset: number): boolean => {
    const k = firstAtOrAfter(attributions, offset + 1, (a) => a.end);
    return k < attributions.length && attributions[k].start <= offset;
  };
  // A claim in an endnote is cited by that note, under the number a marker cites it by ("2." is [2]).
  let endnoteNumbers: Map<number, string> | undefined;
  const endnoteLabels = () => {
    if (endnoteNumbers) return endnoteNumbers;
    endnoteNumbers = new Map();
    for (const section of structure.referenceSections) for (const item of section.items) if (!item.unnumbered) endnoteNumbers.set(item.start, String(item.explicitNumber ?? item.position));
    return endnoteNumbers;
  };
  // A changelog, an edit log or a list of sources to add keeps the draft's own record: no claims about the world.
  const ownRecord = ownRecordBlocks(structure.blocks, text, rows);
  // The paragraphs a quotation goes on from are its speaker's words, cited by what cites the quotation.
  const continuedCitations = quotedParagraphCitations(quotes);
  // A table's source line is a source entry: a sentence of it with no verb of its own names a work ("Source: Syndicate
  // MI pack, March 2026 close."), and its dates say which, not what happened; so does a caption's title run into it.
  const sourceLineFrom = new Map<number, number>();
  for (const l of sourceLines) sourceLineFrom.set(l.block, l.from);
  const namesSource = (bi: number, base: number, pairs: readonly QuotePair[], start: number, end: number): boolean => {
    const from = sourceLineFrom.get(bi);
    if (from === undefined || end <= from) return false;
    const shifted = pairs.map((p) => ({ open: p.open + base, close: p.close + base }));
    return !assertsInNote(structure.mask, start, end, shifted);
  };
  scan.scanned.forEach(({ scan: blockScan, base, firstSentence }, bi) => {
    if (mythCells.has(bi) || ownRecord.has(bi) || sourceCells?.cells.has(bi)) return;
    const column = blockScan.claims.some((h) => h !== null) ? columnKind(bi) : undefined;
    // A heading names what follows and asserts nothing by a verb of saying ("## What the company says now", "# Working group notes").
    const heading = blocks[bi].kind === 'heading';
    blockScan.claims.forEach((found, local) => {
      const read = !found || !column ? found : column !== 'schedule' ? withoutLabels(found, (s, e) => text.slice(s + base, e + base), column === 'version') : null;
      const hit = read && heading ? withoutReportedSpeech(read) : read;
      if (!hit) return;
      const si = firstSentence + local;
      // A claim is its sentence: it shares the sentence's span and range.
      const sentence = sentences[si];
      if (namesSource(bi, base, blockScan.pairs, sentence.span.start, sentence.span.end)) return;
      // A claim in a footnote definition is cited by that note, as its quotations are.
      while (noteCursor < notes.length && notes[noteCursor].end <= sentence.span.start) noteCursor++;
      const note = notes[noteCursor] && sentence.span.start >= notes[noteCursor].start ? notes[noteCursor] : undefined;
      // A block quote's attribution line names a source ("— OISF Policy Committee, minutes of 12 May 2026"): no claim,
      // also where the quote's last sentence runs on into it ("… not new magic. — Priya Raman, claims review 14 April 2026").
      if (isAttribution(sentence.span.start)) return;
      const told = attributions.length ? withoutValues(hit, (v) => isAttribution(v.start + base)) : hit;
      if (!told) return;
      const quote = blocks[bi].blockQuote === undefined ? undefined : structure.blockQuotes[blocks[bi].blockQuote!];
      const endnote = blocks[bi].endnote ? endnoteLabels().get(blocks[bi].start) : undefined;
      const cited = note ? [`^${note.label}`, ...labelsIn(si, true)] : endnote ? [endnote] : citedOrLedIn(labelsIn(si, true), bi);
      const quoteCited = cited.length ? cited : quote ? (quoteCitations.get(quote) ?? cited) : continuedCitations(sentence.span);
      const own = linksOn && !quoteCited.length ? linkedOrLedIn(si, bi) : none;
      const linked = !linksOn || own.length || !quote || quoteCited.length ? own : (quoteLinks.get(quote) ?? own);
      claims.push({
        // Its text leaves out the Markdown that wraps the sentence ("*[Staff note: …]*"), and in a block quote the `>` marks of its lines.
        text: quote
          ? collapse(text.slice(...claimSpan(text, sentence.span.start, sentence.span.end)).replace(quoteMarks, '\n'))
          : (blockScan.claimTexts[local] ??= collapse(text.slice(...claimSpan(text, sentence.span.start, sentence.span.end)))),
        range: sentence.range,
        span: sentence.span,
        kinds: [...told.kinds],
        values: told.values.map((h) => {
          const vs = h.start + base;
          const ve = h.end + base;
          // Assigned one by one: conditional spreads allocate a throw-away object per field.
          const out: Mutable<ClaimValue> = { kind: h.kind, text: text.slice(vs, ve), range: index.range(vs, ve), span: { start: vs, end: ve } };
          if (h.number !== undefined) out.number = h.number;
          if (h.unit !== undefined) out.unit = h.unit;
          if (h.date !== undefined) out.date = h.date;
          if (h.approx !== undefined) out.approx = h.approx;
          if (h.qualifierStart !== undefined) out.qualified = { text: text.slice(h.qualifierStart + base, ve), span: { start: h.qualifierStart + base, end: ve } };
          if (h.relation !== undefined) out.relation = h.relation;
          return out;
        }),
        status: 'unverified',
        facts: [],
        checks: [],
        citations: quoteCited,
        unresolvedCitations: labelsIn(si, false),
        ...(linked.length ? { links: [...linked] } : {}),
        sentenceIndex: si,
      });
      verdictSlots.push({ verdicts: blockScan.verdicts, sentence: local });
    });
  });

  // With links not counted as citations, a PL001 or PL007 beside one says so.
  const blockQuoteAt = new Map(blockQuotes.map((q) => [q.start, q]));
  const beside =
    !linksOn && linksBySentence
      ? (item: Quotation | Claim): boolean => {
          if ('wordCount' in item && item.kind === 'block') {
            const bq = blockQuoteAt.get(item.span.start);
            return bq !== undefined && quoteLinks.has(bq);
          }
          return linkedOrLedIn(item.sentenceIndex, blockAt(item.span.start)).length > 0;
        }
      : undefined;
  const references = resolver.references.map((r) => r.info);
  const checked = checkFacts({ text, index, structure, claims, quotes, entities, otherNames, sentences, citations, references, factIndex, verdictSlots, readingChanges, cachedQuote: session.quote, cachedCredit: session.credit, tableRows: rows, unassertedCells: mythCells, quoteIntros, webLinks: links });
  const findings = buildFindings({
    scan,
    settings,
    citations,
    resolutions,
    references: resolver.references,
    quotes: checked.quotes,
    claims: checked.claims,
    factFindings: checked.findings,
    quoteFixes: checked.quoteFixes,
    claimFixes: checked.claimFixes,
    citationPlan: checked.citationPlan,
    tableRows: rows,
    tableSourceLines: sourceLines,
    reviewedQuotes,
    ...(beside ? { beside } : {}),
  });

  session.finish(checked.judged);
  return {
    version: 1,
    entities,
    citations,
    references,
    quotes: checked.quotes,
    claims: checked.claims,
    sentences,
    findings,
    bibliographyFiles: structure.bibliographyFiles,
  };
}

/**
 * What cites the quotation a sentence stands in when that is a paragraph the quotation goes on
 * from ('"For twenty years the bottleneck was people.\n\n"…," Menon said.[1]'): the figures there
 * are the speaker's, cited with the quotation. No labels for any other sentence. One search of
 * the paragraphs per sentence asked.
 */
function quotedParagraphCitations(quotes: readonly Quotation[]): (span: Span) => readonly string[] {
  const open: { span: Span; citations: readonly string[] }[] = [];
  for (const q of quotes) for (const p of q.parts ?? []) if (p.sentenceIndex !== undefined) open.push({ span: p.span, citations: q.citations });
  const none: readonly string[] = [];
  return (span) => {
    const k = firstAtOrAfter(open, span.start + 1, (o) => o.span.end);
    return k < open.length && open[k].span.start < span.end ? open[k].citations : none;
  };
}

/** A claim found in a heading, without its reported speech; null when that was all it held. */
function withoutReportedSpeech<T extends { readonly kinds: readonly ClaimKind[] }>(hit: T): T | null {
  if (!hit.kinds.includes('reported-speech')) return hit;
  const kinds = hit.kinds.filter((k) => k !== 'reported-speech');
  return kinds.length ? { ...hit, kinds } : null;
}
