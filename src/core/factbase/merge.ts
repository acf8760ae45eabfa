import type { Alias, Entity, Fact, FactBase, QuotationOnRecord, Relation, Source } from './schema';

/**
 * Merge fact bases in order: `base` (usually the bundled one), then each user fact base.
 * An entry with an id already present extends or overrides it:
 *  - every field the later entry has replaces the earlier value;
 *  - list fields that add information — entity `aliases`, `roles` and `memberOf`, fact
 *    `cues` and `sources` — are concatenated instead, without duplicates;
 *  - fact `entities` (its first is the subject) and quotation `sources` are replaced.
 * New entries are appended in order; relations are concatenated without duplicates.
 * The inputs are not modified.
 */
export function mergeFactBases(base: FactBase, ...others: readonly FactBase[]): FactBase {
  const entities = new Map(base.entities.map((e) => [e.id, e]));
  const facts = new Map(base.facts.map((f) => [f.id, f]));
  const sources = new Map(base.sources.map((s) => [s.id, s]));
  const quotations = new Map(base.quotations.map((q) => [q.id, q]));
  const relations = new Map(base.relations.map((r) => [relationKey(r), r]));

  for (const other of others) {
    for (const e of other.entities) entities.set(e.id, mergeEntity(entities.get(e.id), e));
    for (const f of other.facts) facts.set(f.id, mergeFact(facts.get(f.id), f));
    for (const s of other.sources) sources.set(s.id, { ...sources.get(s.id), ...defined(s) } as Source);
    for (const q of other.quotations) quotations.set(q.id, { ...quotations.get(q.id), ...defined(q) } as QuotationOnRecord);
    for (const r of other.relations) if (!relations.has(relationKey(r))) relations.set(relationKey(r), r);
  }

  const merged: FactBase = {
    version: 1,
    entities: [...entities.values()],
    facts: [...facts.values()],
    sources: [...sources.values()],
    quotations: [...quotations.values()],
    relations: [...relations.values()],
  };
  if (base.name !== undefined) merged.name = base.name;
  return merged;
}

function mergeEntity(earlier: Entity | undefined, later: Entity): Entity {
  if (!earlier) return later;
  const out: Entity = { ...earlier, ...defined(later), aliases: uniqueAliases([...earlier.aliases, ...later.aliases]) };
  const roles = unionOf(earlier.roles, later.roles);
  if (roles) out.roles = roles;
  const memberOf = unionOf(earlier.memberOf, later.memberOf);
  if (memberOf) out.memberOf = memberOf;
  return out;
}

function mergeFact(earlier: Fact | undefined, later: Fact): Fact {
  if (!earlier) return later;
  const out: Fact = { ...earlier, ...defined(later), sources: unionOf(earlier.sources, later.sources) ?? [] };
  const cues = unionOf(earlier.cues, later.cues);
  if (cues) out.cues = cues;
  return out;
}

/** The object without keys whose value is undefined, so they do not erase earlier values. */
function defined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function unionOf(a: readonly string[] | undefined, b: readonly string[] | undefined): string[] | undefined {
  if (!a && !b) return undefined;
  return [...new Set([...(a ?? []), ...(b ?? [])])];
}

function uniqueAliases(aliases: readonly Alias[]): Alias[] {
  const seen = new Set<string>();
  return aliases.filter((a) => {
    const key = typeof a === 'string' ? `s\u0000${a}` : `o\u0000${a.text}\u0000${a.caseSensitive}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function relationKey(r: Relation): string {
  return `${r.from}\u0000${r.type}\u0000${r.to}`;
}
