import type { Block } from '../markdown/structure';
import type { StrayMark } from './scanQuotes';
import { firstAtOrAfter } from '../util/search';

/** What may stand between two paragraphs of one quotation: blank lines, and a block quote's `>` marks. */
function onlyBlankLines(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 62 /* > */) return false;
  }
  return true;
}

/** The first character of a block's prose that is not white space, or undefined. */
function firstMark(mask: string, block: Block): string | undefined {
  let k = block.start;
  while (k < block.end && (mask[k] === ' ' || mask[k] === '\t')) k++;
  return k < block.end ? mask[k] : undefined;
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
  // The last mark each block leaves open, by block.
  const lastOpen = new Map<number, StrayMark>();
  for (const s of strays) {
    if (s.role !== 'open') continue;
    const bi = firstAtOrAfter(blocks, s.at + 1, (b) => b.end);
    if (bi >= blocks.length || blocks[bi].start > s.at) continue;
    const seen = lastOpen.get(bi);
    if (!seen || seen.at < s.at) lastOpen.set(bi, s);
  }
  const continued = new Set<StrayMark>();
  for (const [bi, s] of lastOpen) if (goesOn(blocks, bi, s.mark, text, mask)) continued.add(s);
  return continued.size ? strays.filter((s) => !continued.has(s)) : strays;
}
