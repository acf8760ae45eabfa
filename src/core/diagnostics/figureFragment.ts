import type { Citation, Claim, Sentence, Span } from '../types';
import type { Block } from '../markdown/structure';
import { firstAtOrAfter } from '../util/search';

/**
 * A figure set alone as a sentence of its own, as a speech or an op-ed sets one apart for weight,
 * beside a sentence that cites it: "Automated testing tools had run past that FFmpeg bug five
 * million times.[1] Five million.", "Twenty-seven years." before "That is how long a single flaw
 * sat inside OpenBSD … before anyone found it.[1]", "Forty-one." after a paragraph that ends on
 * "Forty-one of them exploited a flaw …[8]". The fragment says nothing the cited sentence does not:
 * its citation covers it (no PL007).
 *
 * The fragment is the figure and at most one word in lower case after it ("Five million times."),
 * with no name and ending on a full stop or "!"; its neighbour is the sentence right before or right
 * after it, in its paragraph or across one paragraph break (never a heading, a list item or a table
 * cell, which are records of their own), and holds a citation marker. Not "Twenty-seven years. Let
 * us make sure the next one does not last twenty-seven days." (no neighbour cites), nor
 * "- $4 million." in a list, nor "Anthropic: $100 million.".
 */

/** What may stand around the figure: emphasis, quotation marks, brackets, white space. */
const wrappingRe = /^[\s*_"“”‘’'()]*$/u;
/** After the figure: at most one word in lower case (a unit or a counted noun), then the full stop or "!". */
const tailRe = /^[\s*_"”’')]*(?:\p{Ll}[\p{Ll}-]{0,20}[\s*_"”’')]*)?[.!][\s*_"”’')]*$/u;
/** A fragment is short: longer sentences are read as sentences. */
const maxFragment = 60;

export interface FragmentContext {
  readonly mask: string;
  readonly sentences: readonly Sentence[];
  readonly blocks: readonly Block[];
  /** Citation markers in document order. */
  readonly citations: readonly Citation[];
  /** Whether the block is a list item (its first line opens on a list marker). */
  readonly isListItem: (block: Block) => boolean;
  /** Whether a party of the fact base is named in [from, to). */
  readonly namesEntity: (from: number, to: number) => boolean;
}

/** Whether `claim` is a figure alone beside a cited sentence (see above). */
export function isCitedFigureFragment(claim: Claim, context: FragmentContext): boolean {
  const { mask, blocks } = context;
  const { start, end } = claim.span;
  if (claim.values.length !== 1 || end - start > maxFragment) return false;
  const value = claim.values[0];
  const figure = value.qualified?.span ?? value.span;
  if (!wrappingRe.test(mask.slice(start, figure.start)) || !tailRe.test(mask.slice(figure.end, end))) return false;
  if (context.namesEntity(start, end)) return false;
  const bi = blockAt(blocks, start);
  if (!isProse(blocks[bi], context)) return false;
  for (const si of [claim.sentenceIndex - 1, claim.sentenceIndex + 1]) {
    const neighbour = context.sentences[si];
    if (!neighbour) continue;
    const ni = blockAt(blocks, neighbour.span.start);
    if (Math.abs(ni - bi) > 1 || !isProse(blocks[ni], context)) continue;
    if (holdsMarker(context.citations, neighbour.span)) return true;
  }
  return false;
}

/** The index of the block that holds `offset` (the first that ends after it). */
function blockAt(blocks: readonly Block[], offset: number): number {
  return firstAtOrAfter(blocks, offset + 1, (b) => b.end);
}

/** A paragraph of running prose: not a heading, a table cell, a note, a reference or a list item. */
function isProse(block: Block | undefined, context: FragmentContext): boolean {
  return block !== undefined && block.kind === 'paragraph' && !block.isReference && !context.isListItem(block);
}

function holdsMarker(citations: readonly Citation[], span: Span): boolean {
  const k = firstAtOrAfter(citations, span.start, (c) => c.span.start);
  return k < citations.length && citations[k].span.start < span.end;
}
