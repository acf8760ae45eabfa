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
  /** Each cue's first word lower-cased, up to a letter whose spelling varies: a cheap \`includes\` before the regex. */
  readonly cueWords: readonly string[];
  /** The cues' first words lower-cased, in every spelling: the keys of \`byCueWord\`. */
  readonly firstWords: readonly string[];
  /** The same cues as global patterns, to find each of their matches (reset `lastIndex` first). */
  readonly cueMatchers: readonly RegExp[];
  readonly keyEntities: ReadonlySet<string>;
  /**
   * The fact's entities that tell it apart from the other facts of its measure (all but the
   * ones they share: "CyberGym" for every CyberGym score): with a cue, naming one of these in
   * the sentence ties the fact to it, if less firmly than a key entity.
   */
  readonly ownEntities: ReadonlySet<string>;
  /** The cues that are not verbs of reporting ("announced" also reports any news at all): see `reportingVerb`. */
  readonly plainCues: readonly RegExp[];
  /** The cues that are verbs of reporting. */
  readonly reportingCues: readonly RegExp[];
}

export interface FactRules {
  readonly all: readonly FactRule[];
  /** First word of each cue (lower-cased) → the rules with that cue; rules without cues under "". */
  readonly byCueWord: ReadonlyMap<string, readonly FactRule[]>;
  /**
   * One scan for every cue's first word; most sentences hold none, and a miss allocates nothing.
   * It matches a word's end only: `rulesWithCue` checks that the match starts a word.
   */
  readonly cueWordRe: RegExp | undefined;
  /**
   * Entities a sentence is about when it names them: the rules' key entities, and the models,
   * documents, events, benchmarks and programs of the fact base, less the few named in so many
   * facts that they tell none apart (the company behind everything, its flagship model).
   */
  readonly subjects: ReadonlySet<string>;
}

const cache = new WeakMap<FactIndex, FactRules>();

/** Verbs that report words or news of any kind: as a cue they say little of which figure a sentence gives. */
const reportingVerb = /^(?:announc(?:ed|es)|said|says|stated|states|noted|notes|reported|reports|told|wrote|writes|warned|warns|declared|declares|claimed|claims|described|describes|explained|explains)$/i;

/** Kinds of entity that have figures of their own: a sentence naming one is about it. */
const subjectKinds = new Set(['model', 'document', 'event', 'benchmark', 'program']);

const noRules: readonly FactRule[] = [];

/**
 * Whether a cue word found by `cueWordRe` starts a word (sticky: tested at `lastIndex`).
 * `cueWordRe` checks the word's end itself but not its start: a lookbehind at its head would
 * run at every position of every sentence, while after the alternation V8 skips ahead on the
 * cue words' letters. A cue word matched inside a word ("ai" in "said") is skipped, and no cue
 * word can start in the rest of that word, so the scan goes on after it.
 */
const startsWord = /(?<![\p{L}\p{N}])/uy;

/** Rules whose cue stands in the sentence (cue-less rules are always returned, to be tied by entities). */
export function rulesWithCue(rules: FactRules, sentence: string): readonly FactRule[] {
  const always = rules.byCueWord.get('');
  const re = rules.cueWordRe;
  if (!re) return always ?? noRules;
  const lower = sentence.toLowerCase();
  // Few rules: a list (in the order found) is cheaper than a Set, and most sentences find none.
  let found: FactRule[] | undefined = always ? [...always] : undefined;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(lower))) {
    startsWord.lastIndex = m.index;
    if (!startsWord.test(lower)) continue;
    const list = rules.byCueWord.get(m[0]);
    if (!list) continue;
    for (const rule of list) if (!found?.includes(rule) && hasCue(rule, sentence, lower)) (found ??= []).push(rule);
  }
  return found ?? noRules;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Where British spelling writes "s" for a cue's "z" ("organizations", "organisations";
 * "recognized", "recognised"): a "z" after "i" or "y" and before a vowel of the suffix.
 */
const britishZ = /(?<=[iy])z(?=[aei])/gi;

/** A cue as a regular expression: whole words, any white space between them, "z" or "s" where British spelling differs. */
function cueRegExp(cue: string, flags = 'iu'): RegExp {
  const source = escape(cue).replace(/\s+/g, '\\s+').replace(britishZ, '[sz]');
  return new RegExp(`(?<![\\p{L}\\p{N}])${source}(?![\\p{L}\\p{N}])`, flags);
}

/** A cue's first word, lower-cased, in each spelling `cueRegExp` accepts. */
function firstWordSpellings(cue: string): string[] {
  const word = /[\p{L}\p{N}]+/u.exec(cue.toLowerCase())?.[0] ?? '';
  const british = word.replace(britishZ, 's');
  return british === word ? [word] : [word, british];
}

export function factRules(index: FactIndex): FactRules {
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
      const cues = fact.cues?.length ? fact.cues : [];
      const patterns = cues.map((c) => cueRegExp(c));
      const reporting = cues.map((c) => reportingVerb.test(c.trim()));
      rules.push({
        fact,
        // Up to the first letter whose spelling varies: a prefix every spelling contains.
        cueWords: cues.map((c) => {
          const word = firstWordSpellings(c)[0];
          const at = word.search(britishZ);
          return at < 0 ? word : word.slice(0, at);
        }),
        firstWords: cues.flatMap(firstWordSpellings),
        cues: patterns,
        cueMatchers: cues.map((c) => cueRegExp(c, 'giu')),
        keyEntities: new Set(keys),
        ownEntities: new Set(distinct),
        plainCues: patterns.filter((_, i) => !reporting[i]),
        reportingCues: patterns.filter((_, i) => reporting[i]),
      });
    }
  }
  const byCueWord = new Map<string, FactRule[]>();
  for (const rule of rules) {
    const keys = rule.cues.length ? new Set(rule.firstWords) : new Set(['']);
    for (const k of keys) {
      let list = byCueWord.get(k);
      if (!list) byCueWord.set(k, (list = []));
      list.push(rule);
    }
  }
  const words = [...byCueWord.keys()].filter((k) => k).sort((a, b) => b.length - a.length);
  // The start of the word is checked by `startsWord` after a match (see there).
  const cueWordRe = words.length ? new RegExp(`(?:${words.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu') : undefined;
  const subjects = new Set<string>();
  for (const r of rules) for (const e of r.keyEntities) if ((factsPerEntity.get(e) ?? 0) <= generic) subjects.add(e);
  for (const e of index.factBase.entities) if (subjectKinds.has(e.kind) && (factsPerEntity.get(e.id) ?? 0) <= generic) subjects.add(e.id);
  const result = { all: rules, byCueWord, cueWordRe, subjects };
  cache.set(index, result);
  return result;
}

/** Whether the sentence (and its lower-cased copy) holds one of the rule's cues. */
export function hasCue(rule: FactRule, sentence: string, lower: string): boolean {
  for (let i = 0; i < rule.cues.length; i++) {
    if (lower.includes(rule.cueWords[i]) && rule.cues[i].test(sentence)) return true;
  }
  return false;
}
