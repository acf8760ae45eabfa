import type { Quotation, QuotationPart, Range, Span } from '../types';
import type { ContinuedQuotation } from './continuedQuotes';
import { firstAtOrAfter } from '../util/search';

/** A paragraph a quotation goes on from, as the pipeline reads it: its piece, and the markers of the sentence that opens it. */
export interface OpenedPart {
  readonly part: QuotationPart;
  readonly wordCount: number;
  /** Labels of the resolving markers of the sentence that holds its opening mark. */
  readonly cited: readonly string[];
  readonly unresolved: readonly string[];
}

/**
 * `quotes` (inline, in document order) with each quotation of several paragraphs (`continued`)
 * made one: the quotation that closes it in its last paragraph, with the paragraphs before it as
 * its first pieces. Its words are all its paragraphs' (matched against the record together, and
 * each on its own: see `Quotation.parts`), its span runs from the first paragraph's mark, and it
 * is sourced by the markers of the sentences that open and close it ('Menon said: "…' …
 * '…," Menon said.[1]'), with one PL001 and one citation fix after its closing mark. A closing
 * piece too short to be a quotation alone ('"Yes," he said.') is one with the paragraphs before
 * it; `terms` is updated to match. A closing quotation the list does not hold (in a block quote,
 * which is one quotation of its own) joins nothing.
 */
export function joinContinued(quotes: readonly Quotation[], continued: readonly ContinuedQuotation[], terms: Set<Quotation>, minWords: number, opened: (span: Span) => OpenedPart, range: (start: number, end: number) => Range): Quotation[] {
  if (!continued.length) return [...quotes];
  const out = [...quotes];
  for (const c of continued) {
    const k = firstAtOrAfter(out, c.closedAt, (q) => q.span.start);
    const closing = out[k];
    if (!closing || closing.span.start !== c.closedAt || closing.kind !== 'inline') continue;
    const before = c.open.map(opened);
    let wordCount = closing.wordCount;
    for (const o of before) wordCount += o.wordCount;
    const parts: QuotationPart[] = [...before.map((o) => o.part), ...(closing.parts ?? [{ text: closing.text, range: closing.range, span: closing.span }])];
    const citations = [...new Set([...before.flatMap((o) => o.cited), ...closing.citations])];
    const start = c.open[0].start;
    const merged: Quotation = {
      ...closing,
      text: parts.map((p) => p.text).join(' '),
      range: range(start, closing.span.end),
      span: { start, end: closing.span.end },
      wordCount,
      sourced: citations.length > 0,
      citations,
      unresolvedCitations: [...new Set([...before.flatMap((o) => o.unresolved), ...closing.unresolvedCitations])],
      parts,
    };
    terms.delete(closing);
    if (wordCount < minWords) terms.add(merged);
    out[k] = merged;
  }
  return out;
}
