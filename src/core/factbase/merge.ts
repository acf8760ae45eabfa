import type { Alias, Entity, FactBase, Relation } from './schema';

/**
 * Merge fact bases in order: `base` (usually the bundled one), then each user fact base.
 * An entry with an id already present extends or overrides it:
 *  - an entity is extended: every field the later entry has replaces the earlier value, and
 *    `aliases`, `roles` and `memberOf` are concatenated, without duplicates ("Mythos" added
 *    to a bundled model);
 *  - a fact, source or quotation is replaced whole: each states one thing with its own
 *    statement, value and sources, and a mix would give a user's statement the bundled
 *    fact's source ("The Halvard 2 System Card runs to 88 pages … (source: Claude Mythos
 *    Preview System Card)").
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
    for (const f of other.facts) facts.set(f.id, f);
    for (const s of other.sources) sources.set(s.id, s);
    for (const q of other.quotations) quotations.set(q.id, q);
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
