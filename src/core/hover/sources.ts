import type { FactIndex } from '../factbase/factIndex';
import type { Source } from '../factbase/schema';
import { md, mdLink } from './escape';
import { formatDate } from './format';

/** "[Title](https://…) — Publisher, April 2026 [1]" (escaped). */
export function sourceText(source: Source): string {
  const parts = [mdLink(source.title, source.url), ` — ${md(source.publisher)}`];
  if (source.date) parts.push(`, ${md(formatDate(source.date))}`);
  if (source.number !== undefined) parts.push(` ${md(`[${source.number}]`)}`);
  return parts.join('');
}

/** The sources behind some fact base item, joined for one line ("Source: …; …"). */
export function sourcesText(index: FactIndex, ids: readonly string[], max = 3): string {
  const found = ids.map((id) => index.source(id)).filter((s): s is Source => s !== undefined);
  if (found.length === 0) return '_no source on record_';
  const shown = found.slice(0, max).map(sourceText).join('; ');
  const more = found.length > max ? ` and ${found.length - max} more` : '';
  return `${found.length === 1 ? 'Source' : 'Sources'}: ${shown}${more}`;
}

/** An entity's display name (its id, escaped, when it is not in the fact base). */
export function entityName(index: FactIndex, id: string): string {
  return md(index.entity(id)?.name ?? id);
}
