import type { FactIndex } from '../factbase/factIndex';
import type { Source } from '../factbase/schema';
import { md, mdLink } from './escape';
import { formatDate } from './format';

/**
 * The marker by which the document at hand cites a fact-base source ("[^tc]", "[4]"), or
 * undefined when it lists no reference for it. The fact base's own reference numbers are never
 * shown: in a document whose list is in another order, or that cites by footnotes, they would
 * point the writer to another reference.
 */
export type SourceMarker = (source: Source) => string | undefined;

/** "[Title](https://…) — Publisher, April 2026 [^tc]" (escaped); the marker only when the document has one. */
export function sourceText(source: Source, marker?: string): string {
  const parts = [mdLink(source.title, source.url), ` — ${md(source.publisher)}`];
  if (source.date) parts.push(`, ${md(formatDate(source.date))}`);
  if (marker) parts.push(` ${md(marker)}`);
  return parts.join('');
}

/** The sources behind some fact base item, joined for one line ("Source: …; …"). */
export function sourcesText(index: FactIndex, ids: readonly string[], max = 3, markerOf?: SourceMarker): string {
  const found = ids.map((id) => index.source(id)).filter((s): s is Source => s !== undefined);
  if (found.length === 0) return '_no source on record_';
  const shown = found.slice(0, max).map((s) => sourceText(s, markerOf?.(s))).join('; ');
  const more = found.length > max ? ` and ${found.length - max} more` : '';
  return `${found.length === 1 ? 'Source' : 'Sources'}: ${shown}${more}`;
}

/** An entity's display name (its id, escaped, when it is not in the fact base). */
export function entityName(index: FactIndex, id: string): string {
  return md(index.entity(id)?.name ?? id);
}
