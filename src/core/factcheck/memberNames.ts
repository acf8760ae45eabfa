import type { ClaimValue, EntityMention } from '../types';
import type { FactRule } from './factMatcher';

/**
 * The names of members that a count of the sentence counts, by the fact base's relations (see
 * `FactRule.counted`), named after that count: "So it's eleven founding partners, and Anthropic
 * counts itself as one of them" names Anthropic, a founding partner of Project Glasswing, as one of
 * the things counted, no subject of its own. A member named before the count may own it:
 * "Microsoft's program has eleven founding partners" speaks of Microsoft's program (not returned).
 * `values` are the claim's figures and `mentions` its sentence's names, in document offsets;
 * `rules` are the rules whose cue the sentence holds.
 */
export function memberNames(values: readonly ClaimValue[], rules: readonly FactRule[], mentions: readonly EntityMention[]): ReadonlySet<EntityMention> {
  const out = new Set<EntityMention>();
  const firstCount = values.find((v) => v.kind === 'count');
  if (!firstCount || !mentions.length) return out;
  const counting = rules.filter((r) => r.counted !== undefined && r.fact.value?.type === 'count');
  if (!counting.length) return out;
  for (const e of mentions) if (e.span.start >= firstCount.span.end && counting.some((r) => r.counted!.has(e.id))) out.add(e);
  return out;
}
