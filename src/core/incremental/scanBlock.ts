import type { FactIndex } from '../factbase/factIndex';
import type { Block } from '../markdown/structure';
import { findMentions, type MentionHit } from '../entities/findMentions';
import { scanQuotes, type QuotePair, type StrayMark } from '../quotes/scanQuotes';
import { findMarkers, type MarkerHit } from '../citations/markers';
import { findAuthorYearMarkers, knowsAuthor, type AuthorYearIndex } from '../citations/authorYear';
import { thingKinds } from '../factcheck/ownSubject';
import { splitSentences } from '../text/sentences';
import { detectClaim, type ClaimHit } from '../claims/detectClaims';
import { blockNumbering } from '../claims/blockNumbering';
import { assertsInNote } from '../claims/noteSentence';
import { datelineEnd } from '../claims/dateline';
import { datedLabelEnd, turnStampEnd } from '../text/turnOpeners';
import { signatureStamp } from '../text/signatureStamp';
import { opensOnUnassertedLabel } from '../claims/unassertedLabel';
import { opensEnumeration } from '../claims/ownTextCount';
import { reportedInEntry } from '../quotes/reportedInEntry';
import { hasInvisible, squeezeInvisibles, squeezedOffset } from '../text/invisibles';
import type { ClaimVerdict } from '../factcheck/claimVerdict';
import { valueKinds } from '../claims/withoutValues';

/**
 * What the scanners find in one block, in offsets relative to the block's *window*: the
 * block's text with the start of its first line (at most 256 characters back) and a few
 * characters after it, all the context a scanner reads. A block's scan is therefore a function of its window alone,
 * which is what lets an analysis cache reuse it when only other paragraphs changed.
 */
export interface BlockScan {
  readonly mentions: readonly MentionHit[];
  readonly pairs: readonly QuotePair[];
  readonly strays: readonly StrayMark[];
  /** In order of start. */
  readonly markers: readonly MarkerHit[];
  readonly sentences: readonly (readonly [number, number])[];
  /** Per sentence: its values and claim kinds, or null when it claims nothing checkable. */
  readonly claims: readonly (ClaimHit | null)[];
  /** Per sentence: the fact check of its claim, filled in when first needed. */
  readonly verdicts: (ClaimVerdict | undefined)[];
  /** Per sentence: the text of its claim (white space collapsed), filled in when first needed. */
  readonly claimTexts: (string | undefined)[];
}

/** Context a scanner may read around a block: back to its line's start, and this far either side. */
const margin = 8;
/**
 * At most this far back: a block late in a long line (a table cell among thousands in one
 * row) would otherwise carry the whole line before it, and every cell of the row would cost
 * the length of the row.
 */
const maxBack = 256;

/**
 * The window [start, end) of text around `block` that its scan depends on. `lineStart` is
 * the offset of the block's first line (from the line index, which knows every kind of line
 * break).
 */
export function blockWindow(length: number, block: Block, lineStart: number): [number, number] {
  const back = Math.min(block.start - margin, lineStart - 1);
  return [Math.max(0, block.start - maxBack, back), Math.min(length, block.end + margin)];
}

/**
 * Unbalanced quotation marks reported per block, at most (the first ones). A paragraph of
 * thousands of stray marks is not prose; thousands of PL008 diagnostics would bury the rest.
 */
export const maxStraysPerBlock = 20;

/** The `count` marks with the smallest offsets, in order: one pass, no sort of them all. */
function firstByPosition(marks: readonly StrayMark[], count: number): StrayMark[] {
  const kept: StrayMark[] = [];
  for (const m of marks) {
    if (kept.length === count && m.at >= kept[count - 1].at) continue;
    let i = kept.length;
    while (i > 0 && kept[i - 1].at > m.at) i--;
    kept.splice(i, 0, m);
    if (kept.length > count) kept.pop();
  }
  return kept;
}

const none: readonly number[] = [];


/**
 * How a block is read: prose (everything), a reference entry (only its names), a footnote
 * definition (its names, its citation markers, its quotations and the claims of its discursive
 * sentences: "[^3]: … see [3]." cites reference 3, a dangling marker there dangles, a quotation
 * there is sourced by the note and checked against the record, and so is a figure in "The system
 * card lists the ten founding partners."; a source entry's dates and figures, 'Anthropic,
 * "Project Glasswing," April 7, 2026', are no claims; see `assertsInNote`), or an endnote, an
 * item of a Notes list (its names and the claims of its discursive sentences, as a footnote's;
 * like any reference entry, no markers and no quotations: a title in quotation marks is none).
 */
export type BlockReading = 'prose' | 'reference' | 'footnote' | 'endnote';

/**
 * The block's citation markers, in order of start: bracketed markers, in-text @keys and
 * author-year citations. Cross-references (`@fig-2`) go to `crossReferences`, as findMarkers says.
 */
function markersOf(mask: string, text: string, start: number, end: number, inTextKeys: boolean, authorYear: AuthorYearIndex | undefined, crossReferences: number[]): MarkerHit[] {
  const markers: MarkerHit[] = [];
  findMarkers(mask, text, start, end, inTextKeys, markers, crossReferences);
  if (authorYear) findAuthorYearMarkers(mask, start, end, authorYear, markers);
  // In-text @keys and author-year citations are found after the block's bracketed markers: restore their order.
  markers.sort((a, b) => a.start - b.start);
  return markers;
}

/**
 * Scan one block. `mask` and `text` are the block's window of the prose mask and of the
 * text; [start, end) is the block inside them. Example: a footnote definition
 * "[^3]: See [3]." yields its marker [3] and no sentences. `leadsOn`: the next paragraph opens on
 * the first item of what the block's last sentence counts ("There are three reasons." / "First, …").
 */
export function scanBlock(
  mask: string,
  text: string,
  start: number,
  end: number,
  reading: BlockReading,
  inTextKeys: boolean,
  factIndex: FactIndex,
  authorYear?: AuthorYearIndex,
  leadsOn = false,
  givesVerdicts = false,
): BlockScan {
  const mentions: MentionHit[] = [];
  findMentions(mask, start, end, factIndex.aliases, mentions);
  if (reading === 'reference') return scanEntry(mask, start, end, mentions);
  const crossReferences: number[] = [];
  const endnote = reading === 'endnote';
  const markers = endnote ? [] : markersOf(mask, text, start, end, inTextKeys, authorYear, crossReferences);
  // A footnote label or citation key ("[^cnn]", "@fortune2026") names a note, not an entity.
  if (authorYear && markers.length && mentions.length) dropThingCitations(markers, mentions, authorYear);
  if (markers.length && mentions.length) dropMentionsInMarkers(mentions, markers);
  const pairs: QuotePair[] = [];
  const sentences: [number, number][] = [];
  const found: StrayMark[] = [];
  scanQuotes(mask, start, end, pairs, found);
  const note = reading === 'footnote' || endnote;
  // A note's stray marks are a source entry's (a title's inch mark, "5\" rule").
  const strays = note ? [] : found.length > maxStraysPerBlock ? firstByPosition(found, maxStraysPerBlock) : found;
  const authorYearMarkers = authorYear && !note ? markers.filter((m) => m.kind === 'author-year') : undefined;
  splitSentences(mask, start, end, pairs, sentences, authorYearMarkers?.length ? authorYearMarkers : undefined);
  const claims: (ClaimHit | null)[] = [];
  // The number that numbers a heading ("## 1. Why this memo") or a paragraph ("1.1 The…") holds no value.
  const numbering = note ? none : blockNumbering(text, mask, start, end);
  // A press release's dateline ("WASHINGTON, April 9, 2026 /PRNewswire/ --") dates the release, not what it reports.
  const datelineTo = note ? -1 : datelineEnd(mask, start);
  let markerCursor = 0;
  let mentionCursor = 0;
  // Bracketed cross-references are found before in-text ones: in order of start, for the cursor.
  const crossSpans: [number, number][] = [];
  for (let k = 0; k < crossReferences.length; k += 2) crossSpans.push([crossReferences[k], crossReferences[k + 1]]);
  if (crossSpans.length > 1) crossSpans.sort((a, b) => a[0] - b[0]);
  let crossCursor = 0;
  for (let si = 0; si < sentences.length; si++) {
    const [s, e] = sentences[si];
    // Markers, cross-references, entity names and a block's numbering hold no values.
    const excluded = sentenceExclusions;
    excluded.length = 0;
    while (markerCursor < markers.length && markers[markerCursor].start < s) markerCursor++;
    for (let k = markerCursor; k < markers.length && markers[k].start < e; k++) excluded.push(markers[k].start, markers[k].end);
    while (mentionCursor < mentions.length && mentions[mentionCursor].end <= s) mentionCursor++;
    for (let k = mentionCursor; k < mentions.length && mentions[k].start < e; k++) excluded.push(mentions[k].start, mentions[k].end);
    for (let k = 0; k < numbering.length; k += 2) if (numbering[k + 1] > s && numbering[k] < e) excluded.push(numbering[k], numbering[k + 1]);
    while (crossCursor < crossSpans.length && crossSpans[crossCursor][1] <= s) crossCursor++;
    for (let k = crossCursor; k < crossSpans.length && crossSpans[k][0] < e; k++) excluded.push(crossSpans[k][0], crossSpans[k][1]);
    if (datelineTo > s && start < e) excluded.push(start, datelineTo);
    // A chat turn's timestamp ("[14/04/2026, 11:09:55] jonas: …") says when the line was sent.
    const stampTo = note ? -1 : turnStampEnd(mask, s, e);
    if (stampTo > s) excluded.push(s, stampTo);
    // So does the date of a reviewer's label ("**JL, 15 April:** …"), unless the label names a party of the fact base.
    const labelTo = note ? -1 : datedLabelEnd(mask, s, e);
    if (labelTo > s && !mentionIn(mentions, mentionCursor, s, labelTo)) excluded.push(s, labelTo);
    // A wiki signature's time and date ("— ~~User:Foo~~ 14:02, 12 April 2026 (UTC)") say when the comment was signed.
    const signature = note ? undefined : signatureStamp(text, mask, s, e);
    if (signature && !mentionIn(mentions, mentionCursor, signature[0], signature[1])) excluded.push(signature[0], signature[1]);
    // A sentence labelled a myth ("**Myth:** Anthropic is giving away $1 billion.") asserts none of its figures.
    if (opensOnUnassertedLabel(mask, s, e, givesVerdicts)) excluded.push(s, e);
    // A note's discursive sentences claim as prose does; a source entry's dates and figures are no claims.
    // "The case matters in two ways. First, …": the next sentence enumerates what this one counts, also from the next paragraph (`leadsOn`).
    const leadsIn = si + 1 < sentences.length ? opensEnumeration(mask, sentences[si + 1][0], sentences[si + 1][1]) : leadsOn;
    claims.push(note && !assertsInNote(mask, s, e, pairs) ? null : claimIn(mask, text, s, e, excluded, leadsIn));
  }
  return { mentions, pairs: endnote ? [] : pairs, strays, markers, sentences, claims, verdicts: [], claimTexts: [] };
}

/**
 * A reference entry's scan: its names, and the quotations its annotation reports, with its
 * sentences (for who is credited), but no claims, no markers and no stray marks (a title's inch
 * mark): `- CNN. (2026). *…*. Includes Dario Amodei's remark that "…"` (see `reportedInEntry`).
 * The entry itself sources them. Example: an entry with no reported words yields only its names.
 */
function scanEntry(mask: string, start: number, end: number, mentions: MentionHit[]): BlockScan {
  const found: QuotePair[] = [];
  scanQuotes(mask, start, end, found, []);
  const pairs = found.length ? reportedInEntry(mask, start, found) : found;
  const sentences: [number, number][] = [];
  if (pairs.length) splitSentences(mask, start, end, pairs, sentences);
  return { mentions, pairs, strays: [], markers: [], sentences, claims: sentences.map(() => null), verdicts: [], claimTexts: [] };
}

/**
 * Removes, in place, the author-year citations of names the bibliography does not know that name
 * a thing of the fact base (a model, a program…): "(Mythos Preview, 2026)" is an aside on the
 * model, not a citation of a work by it. Unknown authors otherwise dangle (PL002).
 */
function dropThingCitations(markers: MarkerHit[], mentions: readonly MentionHit[], authorYear: AuthorYearIndex): void {
  let kept = 0;
  // Both lists are in document order: one cursor walks the mentions (a search of all of them per marker grows with the square of a block of citations).
  let k = 0;
  for (const m of markers) {
    let drop = false;
    if (m.kind === 'author-year') {
      while (k < mentions.length && mentions[k].start < m.start) k++;
      for (let h = k; h < mentions.length && mentions[h].start < m.end && !drop; h++) drop = mentions[h].end <= m.end && thingKinds.has(mentions[h].entry.kind);
      drop &&= !knowsAuthor(authorYear, m.label.slice(0, m.label.lastIndexOf(' ')));
    }
    if (!drop) markers[kept++] = m;
  }
  markers.length = kept;
}

/** Whether a mention from the `from`-th on (in document order) overlaps [s, e). */
function mentionIn(mentions: readonly MentionHit[], from: number, s: number, e: number): boolean {
  for (let k = from; k < mentions.length && mentions[k].start < e; k++) if (mentions[k].end > s) return true;
  return false;
}

/** Removes, in place, the mentions that overlap a marker (both lists in document order). */
function dropMentionsInMarkers(mentions: MentionHit[], markers: readonly MarkerHit[]): void {
  let kept = 0;
  let k = 0;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    while (k < markers.length && markers[k].end <= m.start) k++;
    if (k < markers.length && markers[k].start < m.end) continue;
    mentions[kept++] = m;
  }
  mentions.length = kept;
}

/**
 * The spans one sentence's claim detection leaves alone, as start, end pairs: one list serves
 * every sentence (detectClaim keeps none of it), so a sentence allocates no span arrays.
 */
const sentenceExclusions: number[] = [];

/** Whether the text `a` and its mask `b` hold the same characters in [from, to) (the mask writes U+2010 and U+2011 as "-"). */
function sameIn(a: string, b: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = a.charCodeAt(i);
    if (c !== b.charCodeAt(i) && !(c === 0x2010 || c === 0x2011)) return false;
  }
  return true;
}

/** Whether text[start, end) stands alone between `<sup>` and `</sup>`. */
function isSuperscript(text: string, start: number, end: number): boolean {
  return text.charCodeAt(start - 1) === 62 /* > */ && text.charCodeAt(end) === 60 /* < */ && text.slice(Math.max(0, start - 5), start).toLowerCase() === '<sup>';
}

/**
 * The claim of a sentence that holds invisible characters, read without them: "88.1% on
 * Cyber\u00ADGym" and "8\u200B000 assets" read as "88.1% on CyberGym" and "8000 assets". The values'
 * offsets are the sentence's own: an invisible character inside a value stays inside its span.
 */
function claimSeenThrough(sentence: string, s: number, excluded: readonly number[], leadsIn: boolean): ClaimHit | undefined {
  const squeezed = squeezeInvisibles(sentence);
  const at = squeezed.at;
  const inSqueezed = excluded.map((x) => squeezedOffset(at, x - s));
  const hit = detectClaim(squeezed.text, 0, inSqueezed, leadsIn);
  if (!hit) return hit;
  return {
    kinds: hit.kinds,
    values: hit.values.map((v) => ({
      ...v,
      start: s + at[v.start],
      end: s + (v.end > v.start ? at[v.end - 1] + 1 : at[v.end]),
      ...(v.qualifierStart === undefined ? {} : { qualifierStart: s + at[v.qualifierStart] }),
    })),
  };
}

function claimIn(mask: string, text: string, s: number, e: number, excluded: readonly number[], leadsIn: boolean): ClaimHit | null {
  const sentence = mask.slice(s, e);
  const hit = hasInvisible(sentence) ? claimSeenThrough(sentence, s, excluded, leadsIn) : detectClaim(sentence, s, excluded, leadsIn);
  if (!hit) return null;
  // A value whose words straddle blanked non-prose ("$5 <!-- x --> million") is not one value,
  // and a number set as a superscript ("<sup>1</sup>") marks a note.
  const isValue = (v: ClaimHit['values'][number]) => sameIn(text, mask, v.start, v.end) && !isSuperscript(text, v.start, v.end);
  // Qualifying words read across blanked non-prose ("nearly <!-- x --> 30", "*nearly* 30") qualify the figure, but are not replaced with it.
  for (let i = 0; i < hit.values.length; i++) {
    const v = hit.values[i];
    if (v.qualifierStart !== undefined && !sameIn(text, mask, v.qualifierStart, v.start)) {
      const { qualifierStart: _apart, ...figure } = v;
      hit.values[i] = figure;
    }
  }
  const whole = hit.values.every(isValue);
  if (whole) return hit;
  const values = hit.values.filter(isValue);
  const kinds = hit.kinds.filter((k) => !valueKinds.has(k) || values.some((v) => v.kind === k));
  return kinds.length ? { kinds, values } : null;
}
