import type { Citation, Fix } from '../types';
import type { Resolution } from '../citations/resolve';
import type { LineIndex } from '../text/lineIndex';

/**
 * Quick fixes for an author-year citation whose year the list does not have for its names, one per
 * year it does have: `(TechCrunch, 2025)` when the list has only TechCrunch 2026 gets "Cite
 * (TechCrunch, 2026)", which writes 2026 over 2025 and nothing else; `(Anthropic 2026)` when the
 * list has 2026a and 2026b gets one fix for each. None is preferred: the writer may mean a work the
 * list lacks. None when the year is not written in the citation's own text.
 */
export function otherYearFixes(text: string, index: LineIndex, citation: Citation, resolution: Resolution): Fix[] {
  const years = resolution.otherYears;
  if (citation.kind !== 'author-year' || !years?.length) return [];
  const cut = citation.label.lastIndexOf(' ');
  if (cut < 0) return [];
  const names = citation.label.slice(0, cut);
  const year = citation.label.slice(cut + 1);
  const written = text.slice(citation.span.start, citation.span.end);
  const at = lastWordAt(written.toLowerCase(), year.toLowerCase());
  if (at < 0) return [];
  const start = citation.span.start + at;
  const range = index.range(start, start + year.length);
  return years.map((y) => ({
    title: `Cite ${names} ${y} instead (${y.startsWith(year) ? 'add the letter' : 'change the year'})`,
    edits: [{ range, newText: y }],
  }));
}

/** Where `word` last stands in `s` with no letter or digit on either side ("2025" in "(TechCrunch, 2025)", not in "20251"). */
function lastWordAt(s: string, word: string): number {
  for (let at = s.lastIndexOf(word); at >= 0; at = at ? s.lastIndexOf(word, at - 1) : -1) {
    const before = at ? s[at - 1] : ' ';
    const after = s[at + word.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return at;
    if (!at) break;
  }
  return -1;
}
