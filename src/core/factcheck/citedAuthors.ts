import type { Citation } from '../types';
import { firstAtOrAfter } from '../util/search';

/**
 * The text [start, end) with the words of its author-year citations blanked out, each character
 * a space, so offsets stay the same: "came on 27 March (Mayer Brown 2026)" reads "came on 27 March
 * (                )". A citation names where a figure comes from, never whose it is: a law firm or
 * a newspaper that wrote the source is neither the sentence's subject nor a name of a thing of its
 * own, whether the citation resolves or not. `citations` are sorted by their start; most sentences
 * hold none, and then the slice is returned as it is.
 */
export function withoutCitedAuthors(text: string, start: number, end: number, citations: readonly Citation[]): string {
  const slice = text.slice(start, end);
  let out: string | undefined;
  for (let i = firstAtOrAfter(citations, start, (c) => c.span.start); i < citations.length && citations[i].span.start < end; i++) {
    const c = citations[i];
    if (c.kind !== 'author-year') continue;
    const a = c.span.start - start;
    const b = Math.min(c.span.end, end) - start;
    out = (out ?? slice).slice(0, a) + ' '.repeat(b - a) + (out ?? slice).slice(b);
  }
  return out ?? slice;
}
