import type { Quotation, Span } from '../types';
import { firstAtOrAfter } from '../util/search';

/**
 * Where quoted words stand: the quotations' own spans, or for one its attribution interrupts or
 * that runs over several paragraphs, each piece's (the attribution between them, "Graham said
 * on 7 April", is the writer's words, not quoted ones). `has(span)` tells whether a span lies
 * inside such words. A figure inside a quotation without a source is the speaker's: the
 * quotation's PL001 asks for the one citation that covers it, and the figure asks for none of
 * its own (PL007); one in a sourced block quote is cited by what sources it. The spans do not
 * nest (a quotation inside another is part of it). Built once per analysis, sorted; each
 * question is a binary search.
 */
export class QuotedWords {
  private readonly spans: Span[] = [];

  add(q: Quotation): void {
    for (const p of q.parts ?? [q]) this.spans.push(p.span);
  }

  /** Call once all quotations are added, before `has`. */
  seal(): this {
    this.spans.sort((a, b) => a.end - b.end);
    return this;
  }

  has(span: Span): boolean {
    const i = firstAtOrAfter(this.spans, span.end, (s) => s.end);
    return i < this.spans.length && this.spans[i].start <= span.start;
  }
}
