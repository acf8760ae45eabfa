import type { Entity, Fact, FactBase, QuotationOnRecord, Relation, Source } from './schema';
import { compileAliases, type AliasTable } from '../entities/aliasTable';

/** Lookups over a validated fact base, built once and shared by every analysis. */
export interface FactIndex {
  readonly factBase: FactBase;
  readonly aliases: AliasTable;
  entity(id: string): Entity | undefined;
  source(id: string): Source | undefined;
  fact(id: string): Fact | undefined;
  quotation(id: string): QuotationOnRecord | undefined;
  /** Facts whose `entities` include the id. */
  factsAbout(entityId: string): readonly Fact[];
  /** Relations from or to the id. */
  relationsOf(entityId: string): readonly Relation[];
  /** Quotations whose speaker is the id. */
  quotationsBy(entityId: string): readonly QuotationOnRecord[];
}

function groupBy<T>(items: readonly T[], keys: (item: T) => readonly string[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    for (const key of keys(item)) {
      let list = map.get(key);
      if (!list) map.set(key, (list = []));
      list.push(item);
    }
  }
  return map;
}

export function indexFactBase(factBase: FactBase): FactIndex {
  const entities = new Map(factBase.entities.map((e) => [e.id, e]));
  const sources = new Map(factBase.sources.map((s) => [s.id, s]));
  const facts = new Map(factBase.facts.map((f) => [f.id, f]));
  const quotations = new Map(factBase.quotations.map((q) => [q.id, q]));
  const factsByEntity = groupBy(factBase.facts, (f) => f.entities);
  const relationsByEntity = groupBy(factBase.relations, (r) => [r.from, r.to]);
  const quotesBySpeaker = groupBy(factBase.quotations, (q) => [q.speaker]);
  const none: never[] = [];
  return {
    factBase,
    aliases: compileAliases(factBase.entities),
    entity: (id) => entities.get(id),
    source: (id) => sources.get(id),
    fact: (id) => facts.get(id),
    quotation: (id) => quotations.get(id),
    factsAbout: (id) => factsByEntity.get(id) ?? none,
    relationsOf: (id) => relationsByEntity.get(id) ?? none,
    quotationsBy: (id) => quotesBySpeaker.get(id) ?? none,
  };
}
