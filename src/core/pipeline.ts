import type { Analysis, Citation, Claim, ClaimValue, EntityMention, Quotation, Sentence } from './types';
import type { FactIndex } from './factbase/factIndex';
import type { Settings } from './settings';
import type { AnalyzeOptions } from './analyzer';
import { LineIndex } from './text/lineIndex';
import { buildStructure, type Structure } from './markdown/structure';
import { findMarkers, type MarkerHit } from './citations/markers';
import { createResolver } from './citations/resolve';
import { parseBibliography } from './citations/bibliography';
import { scanQuotes, type QuotePair, type StrayMark } from './quotes/scanQuotes';
import { splitSentences } from './text/sentences';
import { findMentions, type MentionHit } from './entities/findMentions';
import { detectClaim } from './claims/detectClaims';
import { countWords } from './text/words';
import { buildFindings } from './diagnostics/buildFindings';
import { checkFacts } from './factcheck/checkFacts';
import { firstAtOrAfter } from './util/search';

/** The pieces every later stage reads: the text, its structure and what the scanners found. */
export interface Scan {
  readonly text: string;
  readonly index: LineIndex;
  readonly structure: Structure;
  readonly markers: MarkerHit[];
  /** Sentence spans, in document order. */
  readonly sentences: [number, number][];
  readonly pairs: QuotePair[];
  readonly strays: StrayMark[];
  readonly mentions: MentionHit[];
}

function scanDocument(text: string, factIndex: FactIndex): Scan {
  const index = new LineIndex(text);
  const structure = buildStructure(text, index);
  const { mask, blocks } = structure;
  const inTextKeys = structure.bibliographyFiles.length > 0;
  const markers: MarkerHit[] = [];
  const sentences: [number, number][] = [];
  const pairs: QuotePair[] = [];
  const strays: StrayMark[] = [];
  const mentions: MentionHit[] = [];
  for (const block of blocks) {
    findMentions(mask, block.start, block.end, factIndex.aliases, mentions);
    if (block.isReference) continue;
    const firstPair = pairs.length;
    scanQuotes(mask, block.start, block.end, pairs, strays);
    findMarkers(mask, text, block.start, block.end, inTextKeys, markers);
    splitSentences(mask, block.start, block.end, pairs.slice(firstPair), sentences);
  }
  // In-text @keys are found after a block's bracketed markers: restore document order.
  markers.sort((a, b) => a.start - b.start);
  return { text, index, structure, markers, sentences, pairs, strays, mentions };
}

/** Index of the sentence holding `offset` (sentences sorted, non-overlapping), or -1. */
export function sentenceAt(sentences: readonly [number, number][], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [s, e] = sentences[mid];
    if (offset < s) hi = mid - 1;
    else if (offset >= e) lo = mid + 1;
    else return mid;
  }
  return -1;
}

const valueKinds = new Set(['percentage', 'money', 'count', 'measure', 'duration', 'age', 'date']);

function collapse(s: string): string {
  return /\s\s|[\t\r\n]/.test(s) ? s.replace(/\s+/g, ' ').trim() : s.trim();
}

export function runAnalysis(text: string, factIndex: FactIndex, settings: Settings, options: AnalyzeOptions): Analysis {
  const scan = scanDocument(text, factIndex);
  const { index, structure, markers, sentences: sentenceSpans } = scan;
  const bibliographies = (options.bibliographies ?? []).map((b) => parseBibliography(b.file, b.content));
  const resolver = createResolver(structure, index, bibliographies);

  // Citations, each resolved on its own.
  const resolutions = markers.map((m) => resolver.resolve(m));
  const citations: Citation[] = markers.map((m, i) => {
    const r = resolutions[i];
    return {
      label: m.label,
      kind: m.kind,
      range: index.range(m.start, m.end),
      span: { start: m.start, end: m.end },
      resolved: r.referenceIndex !== undefined,
      ...(r.referenceIndex !== undefined ? { referenceIndex: r.referenceIndex } : { unresolvedReason: r.reason ?? 'resolves to no reference' }),
      ...(m.locator ? { locator: m.locator } : {}),
    };
  });
  // Markers of each sentence.
  const markersBySentence: number[][] = sentenceSpans.map(() => []);
  markers.forEach((m, i) => {
    const s = sentenceAt(sentenceSpans, m.start);
    if (s >= 0) markersBySentence[s].push(i);
  });
  const none: string[] = [];
  const labelsIn = (sentence: number, resolved: boolean) =>
    sentence < 0 || !markersBySentence[sentence].length ? none : [...new Set(markersBySentence[sentence].filter((i) => citations[i].resolved === resolved).map((i) => citations[i].label))];

  const sentences: Sentence[] = sentenceSpans.map(([s, e]) => ({ span: { start: s, end: e }, range: index.range(s, e) }));

  const entities: EntityMention[] = scan.mentions.map((h) => ({
    id: h.entry.entityId,
    kind: h.entry.kind,
    text: text.slice(h.start, h.end),
    range: index.range(h.start, h.end),
    span: { start: h.start, end: h.end },
  }));

  // Quotations: inline pairs outside block quotes, then each block quote as one.
  const minWords = settings['quotes.minWords'];
  const quotes: Quotation[] = [];
  // Pairs and block quotes are both in document order: one cursor walks the block quotes.
  const blockQuotes = structure.blockQuotes.filter((q) => q.start >= 0 && q.end > q.start);
  let quoteCursor = 0;
  for (const p of scan.pairs) {
    while (quoteCursor < blockQuotes.length && blockQuotes[quoteCursor].end <= p.open) quoteCursor++;
    const bq = blockQuotes[quoteCursor];
    if (bq && p.open >= bq.start && p.open < bq.end) continue;
    const inner = collapse(text.slice(p.open + 1, p.close));
    const wordCount = countWords(inner);
    if (wordCount < minWords) continue;
    const sentenceIndex = sentenceAt(sentenceSpans, p.open);
    const cited = labelsIn(sentenceIndex, true);
    quotes.push({
      text: inner,
      range: index.range(p.open, p.close + 1),
      span: { start: p.open, end: p.close + 1 },
      kind: 'inline',
      wordCount,
      sourced: cited.length > 0,
      citations: cited,
      unresolvedCitations: labelsIn(sentenceIndex, false),
      onRecord: null,
      sentenceIndex,
    });
  }
  /** Indices of the markers starting in [start, end), by binary search (markers are in document order). */
  const markersIn = (start: number, end: number): number[] => {
    const out: number[] = [];
    for (let i = firstAtOrAfter(markers, start, (m) => m.start); i < markers.length && markers[i].start < end; i++) out.push(i);
    return out;
  };
  for (const q of blockQuotes) {
    const inner = collapse(structure.mask.slice(q.start, q.end));
    const wordCount = countWords(inner);
    if (wordCount < minWords) continue;
    const inside = markersIn(q.start, q.attribution?.end ?? q.end);
    const attributionMarkers = q.attribution ? markersIn(q.attribution.start, q.attribution.end) : [];
    let introCited: number[] = [];
    if (q.introBlock !== undefined) {
      // The sentence that introduces the quote must end with a marker.
      const intro = structure.blocks[q.introBlock];
      const last = sentenceAt(sentenceSpans, Math.max(intro.start, intro.end - 1));
      if (last >= 0) {
        const end = sentenceSpans[last][1];
        introCited = markersBySentence[last].filter((i) => /^[\s.:;,!?)\]"”’'—-]*$/.test(structure.mask.slice(markers[i].end, end)));
      }
    }
    const all = [...new Set([...inside, ...attributionMarkers, ...introCited])];
    const cited = [...new Set(all.filter((i) => citations[i].resolved).map((i) => citations[i].label))];
    // An attribution line with no markers at all names its source in words: that counts.
    const attributedInWords = q.attribution !== undefined && attributionMarkers.length === 0;
    quotes.push({
      text: inner,
      range: index.range(q.start, q.end),
      span: { start: q.start, end: q.end },
      kind: 'block',
      wordCount,
      sourced: cited.length > 0 || attributedInWords,
      citations: cited,
      unresolvedCitations: [...new Set(all.filter((i) => !citations[i].resolved).map((i) => citations[i].label))],
      onRecord: null,
      sentenceIndex: sentenceAt(sentenceSpans, q.start),
    });
  }
  quotes.sort((a, b) => a.span.start - b.span.start);

  // Claims: sentences that assert something checkable.
  const claims: Claim[] = [];
  let mentionCursor = 0;
  sentenceSpans.forEach(([s, e], si) => {
    const excluded: [number, number][] = markersBySentence[si].map((i) => [markers[i].start, markers[i].end]);
    while (mentionCursor < scan.mentions.length && scan.mentions[mentionCursor].end <= s) mentionCursor++;
    for (let k = mentionCursor; k < scan.mentions.length && scan.mentions[k].start < e; k++) excluded.push([scan.mentions[k].start, scan.mentions[k].end]);
    const hit = detectClaim(structure.mask.slice(s, e), s, excluded);
    if (!hit) return;
    // A value whose words straddle blanked non-prose ("$5 <!-- x --> million") is not one value.
    const values = hit.values.filter((v) => text.slice(v.start, v.end) === structure.mask.slice(v.start, v.end));
    const kinds = values.length === hit.values.length ? hit.kinds : hit.kinds.filter((k) => !valueKinds.has(k) || values.some((v) => v.kind === k));
    if (!kinds.length) return;
    claims.push({
      text: collapse(text.slice(s, e)),
      range: index.range(s, e),
      span: { start: s, end: e },
      kinds,
      values: values.map((v) => {
        // Assigned one by one: conditional spreads allocate a throw-away object per field.
        const out: { -readonly [K in keyof ClaimValue]: ClaimValue[K] } = { kind: v.kind, text: text.slice(v.start, v.end), range: index.range(v.start, v.end), span: { start: v.start, end: v.end } };
        if (v.number !== undefined) out.number = v.number;
        if (v.unit !== undefined) out.unit = v.unit;
        if (v.date !== undefined) out.date = v.date;
        if (v.approx !== undefined) out.approx = v.approx;
        return out;
      }),
      status: 'unverified',
      facts: [],
      checks: [],
      citations: labelsIn(si, true),
      sentenceIndex: si,
    });
  });

  const references = resolver.references.map((r) => r.info);
  const checked = checkFacts({ text, index, structure, claims, quotes, entities, sentences, citations, references, factIndex });
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
  });

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
