import type { Block } from '../markdown/structure';
import type { Span } from '../types';
import type { QuotePair, StrayMark } from './scanQuotes';
import { firstAtOrAfter } from '../util/search';

/** What may stand between two paragraphs of one quotation: blank lines, and a block quote's `>` marks. */
function onlyBlankLines(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 62 /* > */) return false;
  }
  return true;
}

/** Offset of the first character of a block's prose that is not white space (the block's end when none is). */
function firstCharAt(mask: string, block: Block): number {
  let k = block.start;
  while (k < block.end && (mask[k] === ' ' || mask[k] === '\t')) k++;
  return k;
}

/** The first character of a block's prose that is not white space, or undefined. */
function firstMark(mask: string, block: Block): string | undefined {
  const k = firstCharAt(mask, block);
  return k < block.end ? mask[k] : undefined;
}

/** The end of a block's prose without the white space after it. */
function trimmedEnd(mask: string, block: Block): number {
  let k = block.end;
  while (k > block.start && /\s/.test(mask[k - 1])) k--;
  return k;
}

/**
 * Whether the quotation left open in `blocks[i]` goes on in the next paragraph, as newspapers
 * set one of several paragraphs: each opens with a quotation mark, and only the last closes
 * it. The next block is a paragraph right after it (blank lines apart, in the same block
 * quote, if any) that opens with the same mark.
 */
function goesOn(blocks: readonly Block[], i: number, mark: string, text: string, mask: string): boolean {
  const block = blocks[i];
  const next = blocks[i + 1];
  if (!next || block.kind !== 'paragraph' || next.kind !== 'paragraph' || block.isReference || next.isReference) return false;
  if (block.blockQuote !== next.blockQuote || !onlyBlankLines(text, block.end, next.start)) return false;
  return firstMark(mask, next) === mark;
}

/**
 * `strays` without the marks that open a quotation continued in the next paragraph (see
 * `goesOn`): the last mark a paragraph leaves open, when the next paragraph opens with the
 * same mark. A mark left open before a paragraph that opens otherwise, and any other stray,
 * stays. Costs a search of the blocks per mark left open.
 */
export function withoutContinuedOpenings(strays: readonly StrayMark[], blocks: readonly Block[], text: string, mask: string): readonly StrayMark[] {
  const lastOpen = lastOpenByBlock(strays, blocks);
  const continued = new Set<StrayMark>();
  for (const [bi, s] of lastOpen) if (goesOn(blocks, bi, s.mark, text, mask)) continued.add(s);
  return continued.size ? strays.filter((s) => !continued.has(s)) : strays;
}

/** The last mark each block leaves open, by block index. */
function lastOpenByBlock(strays: readonly StrayMark[], blocks: readonly Block[]): Map<number, StrayMark> {
  const lastOpen = new Map<number, StrayMark>();
  for (const s of strays) {
    if (s.role !== 'open') continue;
    const bi = firstAtOrAfter(blocks, s.at + 1, (b) => b.end);
    if (bi >= blocks.length || blocks[bi].start > s.at) continue;
    const seen = lastOpen.get(bi);
    if (!seen || seen.at < s.at) lastOpen.set(bi, s);
  }
  return lastOpen;
}

/**
 * A quotation of several paragraphs set as newspapers do: the paragraphs it opens and goes on
 * in, left open, and the paragraph whose pair of marks closes it.
 */
export interface ContinuedQuotation {
  /** The part of each paragraph left open: from its opening mark to the end of the paragraph's text. */
  readonly open: readonly Span[];
  /** The opening mark of the pair that closes the quotation, the first mark of its last paragraph. */
  readonly closedAt: number;
}

/**
 * The quotations that go on over several paragraphs (see `goesOn`) and are closed in the last of
 * them: '"What changes here is the economics.\n\n"If a model can do that work," Menon said.' is
 * one quotation, from the first paragraph's mark to the last paragraph's closing mark. A run of
 * paragraphs that is never closed is none: its last mark stays unbalanced (PL008). `pairs` are in
 * document order. One pass over the marks left open, and a search of the pairs per paragraph.
 */
export function continuedQuotations(strays: readonly StrayMark[], pairs: readonly QuotePair[], blocks: readonly Block[], text: string, mask: string): ContinuedQuotation[] {
  const lastOpen = lastOpenByBlock(strays, blocks);
  if (!lastOpen.size) return [];
  const out: ContinuedQuotation[] = [];
  const goneOnTo = new Set<number>();
  for (const bi of [...lastOpen.keys()].sort((a, b) => a - b)) {
    if (goneOnTo.has(bi)) continue;
    let b = bi;
    let mark = lastOpen.get(bi)!;
    const open: Span[] = [];
    while (goesOn(blocks, b, mark.mark, text, mask)) {
      const end = trimmedEnd(mask, blocks[b]);
      // A pair after the open mark (a straight mark read as a new opening, '"What "inner" more') leaves it no quotation of its own.
      const inside = firstAtOrAfter(pairs, mark.at, (x) => x.open);
      if (inside < pairs.length && pairs[inside].open < end) break;
      open.push({ start: mark.at, end });
      const first = firstCharAt(mask, blocks[b + 1]);
      const carried = lastOpen.get(b + 1);
      if (carried?.at === first) {
        // A middle paragraph: it opens with the mark and leaves it open too.
        goneOnTo.add(b + 1);
        mark = carried;
        b++;
        continue;
      }
      const p = firstAtOrAfter(pairs, first, (x) => x.open);
      if (p < pairs.length && pairs[p].open === first) out.push({ open, closedAt: first });
      break;
    }
  }
  return out;
}
