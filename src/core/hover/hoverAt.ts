import type { Analysis, Position, Range } from '../types';
import type { FactIndex } from '../factbase/factIndex';
import { entityCard } from './entityCard';
import { citationCard } from './citationCard';
import { quoteCard } from './quoteCard';
import { claimCard } from './claimCard';
import { referenceCard } from './referenceCard';
import { documentSources, type DocumentSources } from './documentSources';

export interface HoverResult {
  /** One Markdown card per item under the position, most specific first (already escaped). */
  readonly cards: readonly string[];
  /** The range of the most specific item. */
  readonly range: Range;
}

function compare(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

export function rangeContains(range: Range, position: Position): boolean {
  return compare(range.start, position) <= 0 && compare(position, range.end) < 0;
}

/**
 * The item of a sorted, non-overlapping list whose range contains `position`, found by
 * binary search (hovers answer from an index, not a scan).
 */
function findAt<T extends { readonly range: Range }>(items: readonly T[], position: Position): number {
  let lo = 0;
  let hi = items.length - 1;
  let candidate = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (compare(items[mid].range.start, position) <= 0) {
      candidate = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return candidate >= 0 && rangeContains(items[candidate].range, position) ? candidate : -1;
}

interface Sorted<T> {
  readonly items: readonly T[];
  /** Index of each sorted item in the original list. */
  readonly original: readonly number[];
}

function sortByStart<T extends { readonly range?: Range }>(list: readonly T[]): Sorted<T & { readonly range: Range }> {
  const order = list
    .map((item, i) => ({ item, i }))
    .filter((x): x is { item: T & { readonly range: Range }; i: number } => x.item.range !== undefined)
    .sort((a, b) => compare(a.item.range.start, b.item.range.start));
  return { items: order.map((x) => x.item), original: order.map((x) => x.i) };
}

interface Lookup {
  readonly citations: Sorted<Analysis['citations'][number] & { range: Range }>;
  readonly entities: Sorted<Analysis['entities'][number] & { range: Range }>;
  readonly references: Sorted<Analysis['references'][number] & { range: Range }>;
  readonly quotes: Sorted<Analysis['quotes'][number] & { range: Range }>;
  readonly claims: Sorted<Analysis['claims'][number] & { range: Range }>;
  readonly mentions: ReadonlyMap<string, number>;
  /** How the document cites the fact base's sources (built on first use). */
  readonly sources: DocumentSources;
}

const lookups = new WeakMap<Analysis, Lookup>();

function lookupOf(analysis: Analysis, index: FactIndex): Lookup {
  let lookup = lookups.get(analysis);
  if (!lookup) {
    const mentions = new Map<string, number>();
    for (const e of analysis.entities) mentions.set(e.id, (mentions.get(e.id) ?? 0) + 1);
    lookup = {
      citations: sortByStart(analysis.citations),
      entities: sortByStart(analysis.entities),
      references: sortByStart(analysis.references),
      quotes: sortByStart(analysis.quotes),
      claims: sortByStart(analysis.claims),
      mentions,
      sources: documentSources(analysis.references, analysis.citations, index),
    };
    lookups.set(analysis, lookup);
  }
  return lookup;
}

function at<T>(sorted: Sorted<T & { range: Range }>, position: Position): { item: T & { range: Range }; index: number } | undefined {
  const i = findAt(sorted.items, position);
  return i < 0 ? undefined : { item: sorted.items[i], index: sorted.original[i] };
}

/**
 * The hover cards for whatever is at `position`: a citation marker, an entity, a reference,
 * a quotation and the claim around it, most specific first. Undefined when nothing is there.
 */
export function hoverAt(analysis: Analysis, index: FactIndex, position: Position): HoverResult | undefined {
  const lookup = lookupOf(analysis, index);
  const cards: string[] = [];
  const ranges: Range[] = [];

  const citation = at(lookup.citations, position);
  if (citation) {
    cards.push(citationCard(citation.item, analysis.references));
    ranges.push(citation.item.range);
  }
  const entityMention = citation ? undefined : at(lookup.entities, position);
  const entity = entityMention && index.entity(entityMention.item.id);
  if (entityMention && entity) {
    cards.push(entityCard(index, entity, { mentions: lookup.mentions.get(entity.id) ?? 0, markerOf: lookup.sources.markerOf }));
    ranges.push(entityMention.item.range);
  }
  const reference = citation ? undefined : at(lookup.references, position);
  if (reference) {
    cards.push(referenceCard(reference.item, reference.index, analysis.citations));
    ranges.push(reference.item.range);
  }
  if (!citation) {
    const quote = at(lookup.quotes, position);
    if (quote) {
      cards.push(quoteCard(index, quote.item, lookup.sources));
      ranges.push(quote.item.range);
    }
    const claim = at(lookup.claims, position);
    if (claim) {
      cards.push(claimCard(index, claim.item, undefined, lookup.sources.markerOf));
      ranges.push(claim.item.range);
    }
  }
  return cards.length ? { cards, range: ranges[0] } : undefined;
}
