import type { FactIndex } from '../factbase/factIndex';
import type { Fact } from '../factbase/schema';

/**
 * What ties a sentence's figure to a fact on record: one of the fact's cue words in the
 * sentence (the measure: "CyberGym", "founding partners"), and one of its *key entities*
 * named nearby (whose figure it is). Key entities are the ones that tell facts of the same
 * measure apart (Mythos Preview vs Opus 4.6 for "cybergym-score"), leaving out entities
 * named in so many facts that they identify none (the company behind everything).
 */
export interface FactRule {
  readonly fact: Fact;
  readonly cues: readonly RegExp[];
  readonly keyEntities: ReadonlySet<string>;
}

const cache = new WeakMap<FactIndex, readonly FactRule[]>();

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function factRules(index: FactIndex): readonly FactRule[] {
  const cached = cache.get(index);
  if (cached) return cached;
  const valued = index.factBase.facts.filter((f) => f.value);
  const factsPerEntity = new Map<string, number>();
  for (const f of valued) for (const e of new Set(f.entities)) factsPerEntity.set(e, (factsPerEntity.get(e) ?? 0) + 1);
  const generic = Math.max(4, Math.ceil(valued.length * 0.25));
  const byMeasure = new Map<string, Fact[]>();
  for (const f of valued) {
    const key = f.measure ?? `fact:${f.id}`;
    let list = byMeasure.get(key);
    if (!list) byMeasure.set(key, (list = []));
    list.push(f);
  }
  const rules: FactRule[] = [];
  for (const group of byMeasure.values()) {
    const shared = group.length > 1 ? group.map((f) => new Set(f.entities)).reduce((a, b) => new Set([...a].filter((x) => b.has(x)))) : new Set<string>();
    for (const fact of group) {
      const distinct = fact.entities.filter((e) => !shared.has(e));
      let keys = distinct.filter((e) => (factsPerEntity.get(e) ?? 0) <= generic);
      if (!keys.length) keys = distinct.length ? distinct.slice(0, 1) : fact.entities.slice(0, 1);
      const cueWords = fact.cues?.length ? fact.cues : [];
      rules.push({
        fact,
        cues: cueWords.map((c) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(c).replace(/\s+/g, '\\s+')}(?![\\p{L}\\p{N}])`, 'iu')),
        keyEntities: new Set(keys),
      });
    }
  }
  cache.set(index, rules);
  return rules;
}
