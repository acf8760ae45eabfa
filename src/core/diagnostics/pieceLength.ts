import type { Claim } from '../types';
import { isEmphasisLine, lineOfValues } from './titleBlockLine';

/** The label of a piece's own length, before its figure: "Runtime 58 minutes", "Reading time: 6 min", "Word count: 2,400". */
const lengthLabelRe = /^(?:runtime|run[ \t]time|running[ \t]time|length|duration|reading[ \t]time|read[ \t]time|listening[ \t]time|word[ \t]count|words):?(?:[ \t]+(?:about|approx\.?|approximately|c\.|ca\.))?$/i;
/** What may follow the figure: its unit when the figure leaves it out, "read" of "6 min read". */
const lengthTailRe = /^(?:(?:words|pages|minutes|mins?|hours|hrs?|seconds|secs?)(?:[ \t]+read)?|read)?$/i;
/** Emphasis marks, spaces and the full stop: what dresses the label and the unit. */
const isDressing = (c: number) => c === 42 || c === 95 || c === 32 || c === 9 || c === 0xa0 || c === 46;

/** [from, to) of `mask` without the dressing at its ends. */
function undressed(mask: string, from: number, to: number): string {
  while (from < to && isDressing(mask.charCodeAt(from))) from++;
  while (to > from && isDressing(mask.charCodeAt(to - 1))) to--;
  return mask.slice(from, to);
}

/**
 * Whether the claim is a stamp line's note of the piece's own length, its one figure after a label
 * of length ("*Show notes. Published April 17, 2026. Runtime 58 minutes.*", "*6 min read*"): the
 * runtime, the reading time or the word count of the episode or the issue itself, which no source
 * supports. Only on a line set in emphasis as a
 * whole, as a masthead or a byline is, and as a sentence of its own; not "The system card runs to
 * 244 pages", nor a sentence with more words than the label.
 */
export function isPieceLength(claim: Claim, mask: string): boolean {
  if (claim.values.length !== 1) return false;
  const [value] = claim.values;
  if (value.kind !== 'duration' && value.kind !== 'count' && value.kind !== 'measure') return false;
  const line = lineOfValues(claim, mask);
  if (!line || !isEmphasisLine(mask, line.start, line.end)) return false;
  const from = Math.max(claim.span.start, line.start);
  const to = Math.min(claim.span.end, line.end);
  const before = undressed(mask, from, value.span.start);
  const after = undressed(mask, value.span.end, to);
  return (before === '' ? /read$/i.test(after) : lengthLabelRe.test(before)) && lengthTailRe.test(after);
}
