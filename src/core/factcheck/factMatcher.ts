import type { FactIndex } from '../factbase/factIndex';
import type { Fact } from '../factbase/schema';
import { actorKinds } from './ownSubject';
import { entityDescriptions, type EntityDescriptions } from './definiteDescription';
import { withEveryTimeUnit } from './timeUnitCues';
import { standInsOf, type StandIns } from './standIns';
import { escapeRegExp } from '../util/regExp';
import { factNouns } from './relativeClause';
import { boundInStatement } from './statedBound';
import { countedMembers } from './exceptedNames';
import { nounFormAfter } from './pluralNounForm';
import { newsOutlets } from './outletReporter';
import { notAfterReportNoun, withEventKindCues, withObjectGaps } from './eventKindCues';

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
  /**
   * The kinds of subject among the fact's entities (model, benchmark, document, program): a
   * sentence that names another entity of one of these kinds, and none of the fact's, gives
   * another subject's figure ("Atlas-3 found a 12-year-old flaw in FFmpeg" is not Mythos
   * Preview's FFmpeg bug; "61.0% on CyberGym" is not a HazardEval score). Not events: a
   * sentence names one to date another ("eleven days after the leak, … on April 7").
   */
  readonly rivalKinds: ReadonlySet<string>;
  /**
   * The key entities that are actors (a company, an agency, a person) while the fact is about a
   * thing (a model, a contract, a brief): naming only these ties the fact less surely, as
   * "OpenAI released GPT-4o" names OpenAI for another release than GPT-5.3-Codex's (see `ownSubject`).
   */
  readonly actorKeys: ReadonlySet<string>;
  /**
   * The people who belong to one of the fact's entities (Pete Hegseth to the Defense Department):
   * naming one names that entity's side, not another subject ("Hegseth acted after Anthropic
   * walked away from a $250 million contract" still gives the Pentagon contract's value).
   */
  readonly members: ReadonlySet<string>;
  /**
   * The parties the fact is of: its entities, their people (see `members`) and what they belong
   * to (Anthropic for Claude Mythos Preview, Google for Google DeepMind). "Google's Big Sleep
   * agent" or "AWS's accelerator" is another party's thing (see `otherParty`).
   */
  readonly parties: ReadonlySet<string>;
  /**
   * The words that may name the fact's thing in prose, in the singular: of its statement, its
   * entities' names, aliases and roles, of its cues, and the common nouns of their kinds (see `relativeClause`).
   */
  readonly nouns: ReadonlySet<string>;
  /** The strict bound the fact's statement puts on its own figure, a threshold's "more than" (see `boundInStatement`). */
  readonly statedBound: 'more-than' | 'less-than' | undefined;
  /**
   * Who a count on record counts, by the fact base's relations ("anthropic founding-partner-of
   * project-glasswing"): a count that sets one of them apart counts the rest (see `exceptedNames`).
   * Undefined when the fact counts nothing or no relation says who.
   */
  readonly counted: ReadonlySet<string> | undefined;
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
  /** The definite descriptions that stand for the fact base's events and documents ("the leak", "the system card"): see `definiteDescription`. */
  readonly descriptions: EntityDescriptions;
  /** The common nouns that stand for the fact base's institutions and programs ("the Department", "the programme"): see `standIns`. */
  readonly standIns: StandIns;
  /** The news outlets of the fact base ("Fortune"): the reporter of what they report, not its subject (see `outletReports`). */
  readonly outlets: ReadonlySet<string>;
}

const cache = new WeakMap<FactIndex, FactRules>();

/** Verbs that report words or news of any kind: as a cue they say little of which figure a sentence gives. */
const reportingVerb = /^(?:announc(?:ed|es)|said|says|stated|states|noted|notes|reported|reports|told|wrote|writes|warned|warns|declared|declares|claimed|claims|described|describes|explained|explains)$/i;

/** Kinds of entity that have figures of their own: a sentence naming one is about it. */
const subjectKinds = new Set(['model', 'document', 'event', 'benchmark', 'program']);

/** Kinds of subject whose figures are their own: another of the kind named instead gives another's figure (see `FactRule.rivalKinds`). */
const kindsOfOwnFigures = new Set(['model', 'document', 'benchmark', 'program']);

const noRules: readonly FactRule[] = [];

/**
 * Whether a cue word found by `cueWordRe` starts a word (sticky: tested at `lastIndex`), not
 * after a hyphen that joins it to a word ("non-founding", as `cueRegExp`).
 * `cueWordRe` checks the word's end itself but not its start: a lookbehind at its head would
 * run at every position of every sentence, while after the alternation V8 skips ahead on the
 * cue words' letters. A cue word matched inside a word ("ai" in "said") is skipped, and no cue
 * word can start in the rest of that word, so the scan goes on after it.
 */
const startsWord = /(?<![\p{L}\p{N}]|\p{L}-)/uy;

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
  // Each cue word is looked up once: "launch" a thousand times in one sentence tests "launch partners" once.
  let seen: Set<string> | undefined;
  while ((m = re.exec(lower))) {
    if (seen?.has(m[0])) continue;
    startsWord.lastIndex = m.index;
    if (!startsWord.test(lower)) continue;
    (seen ??= new Set()).add(m[0]);
    const list = rules.byCueWord.get(m[0]);
    if (!list) continue;
    for (const rule of list) if (!found?.includes(rule) && hasCue(rule, sentence, lower)) (found ??= []).push(rule);
  }
  return found ?? noRules;
}


/**
 * Where British spelling writes "s" for a cue's "z" ("organizations", "organisations";
 * "recognized", "recognised"): a "z" after "i" or "y" and before a vowel of the suffix.
 */
const britishZ = /(?<=[iy])z(?=[aei])/gi;

/**
 * A cue as a regular expression: whole words, any white space between them, "z" or "s" where
 * British spelling differs. A word joined by a hyphen to a word before it is part of that word:
 * "non-founding organizations" holds no "founding organizations" (a number may come before:
 * "27-year-old" holds "year-old").
 */
function cueRegExp(cue: string, flags = 'iu', before?: (source: string) => string, names?: string): RegExp {
  // A word a kind of event adds is matched as written: "surfaced", not the noun "surfaces".
  const verb = before ? null : pastTenseEnd.exec(cue);
  // Before the last word of a cue of ordinary words, a name of the fact's own may stand (see `namesBetween`).
  const named = names && !verb && !cue.includes('…') && /\s/.test(cue.trim()) && cue === cue.toLowerCase() ? names : undefined;
  // A "…" of an added word stands for its verb's object: "deploy … publicly" (see `withObjectGaps`).
  const spelled = (text: string) => withObjectGaps(escapeRegExp(text).replace(britishZ, '[sz]').replace(/\s+/g, '\\s+'));
  const spelledCue = named ? withNameBeforeLastWord(spelled(cue.trim()), named) : spelled(cue);
  // The form in "-s" only where a verb can stand: "the files" are no filing (see `pluralNounForm`).
  // Each lookbehind holds the words it follows, so it runs only where they matched, never at every position.
  // The "-ing" form only as a participle set off by a comma (see `participleAfterComma`).
  const source = verb ? `${spelled(verb[1])}(?:ed|e|${nounFormAfter(spelled(verb[1]))}(?:es|s)|${participleAfterComma(spelled(verb[1]))})` : spelledCue;
  return new RegExp(`(?<![\\p{L}\\p{N}]|\\p{L}-)${source}(?![\\p{L}\\p{N}])${before ? before(source) : ''}`, flags);
}

/**
 * The "-ing" ending of a verb cue's stem (`stem`, a pattern) where it heads a participle clause
 * set off by a comma, perhaps after an adverb, which tells the act as the past tense does:
 * "OpenAI took a different route, releasing GPT-5.3-Codex publicly in January 2026" holds the
 * cue "released". Not the "-ing" word elsewhere, a noun or an adjective of another measure
 * ("founding partners", "the releasing team"). The lookbehind runs only after the stem and "ing" matched.
 * Example: participleAfterComma('releas') → "ing(?<=,[ \t]{1,3}(?:\p{L}{2,20}ly[ \t]{1,3})?releasing)".
 */
function participleAfterComma(stem: string): string {
  return String.raw`ing(?<=,[ \t]{1,3}(?:\p{L}{2,20}ly[ \t]{1,3})?` + `${stem}ing)`;
}

/**
 * A cue's pattern with the names (a pattern) allowed before its last word, at its last `\s+`:
 * "additional\s+organizations" → "additional\s+(?:(?:Glasswing)\s+)?organizations".
 */
function withNameBeforeLastWord(source: string, names: string): string {
  const at = source.lastIndexOf(String.raw`\s+`);
  return at < 0 ? source : `${source.slice(0, at)}\\s+(?:(?:${names})\\s+)?${source.slice(at + 3)}`;
}

/**
 * The names of a fact's own entities as a pattern (names and aliases, longest first), which may
 * stand before the last word of its cues of ordinary words, as a modifier of the cue's noun: "30 additional
 * Glasswing organizations" holds the cue "additional organizations" of Glasswing's count, as
 * "30 additional organizations in Glasswing" does. Another name there ("additional OpenAI
 * organizations") is no such cue. Undefined for a fact of no entity.
 */
function namesBetween(fact: Fact, index: FactIndex): string | undefined {
  const names = fact.entities.flatMap((id) => {
    const e = index.entity(id);
    return e ? [e.name, ...(e.aliases ?? []).map((a) => (typeof a === 'string' ? a : a.text))] : [];
  });
  return names.length ? [...new Set(names)].sort((a, b) => b.length - a.length).map((n) => escapeRegExp(n).replace(/\s+/g, String.raw`\s+`)).join('|') : undefined;
}

/**
 * A cue that ends in a verb in the past tense, up to its "-ed": the cue also matches the verb's
 * present forms, as timelines and headlines write them ("announced": "announces", "announce";
 * "disclosed": "discloses"). Not "-ing", which makes other words of other measures ("founded",
 * "founding partners").
 */
const pastTenseEnd = /^(.*\p{L}{3})ed$/su;

/** The forms of a cue's first word that `cueRegExp` accepts, before British spelling. */
function firstWordForms(cue: string): string[] {
  const lower = cue.toLowerCase();
  const word = /[\p{L}\p{N}]+/u.exec(lower)?.[0] ?? '';
  const verb = pastTenseEnd.exec(lower);
  if (!verb || verb[1].length + 2 !== word.length) return [word];
  return ['ed', 'es', 's', 'e', 'ing'].map((end) => verb[1] + end);
}

/** A cue's first word, lower-cased, in each spelling and form `cueRegExp` accepts. */
function firstWordSpellings(cue: string): string[] {
  const out: string[] = [];
  for (const word of firstWordForms(cue)) {
    const british = word.replace(britishZ, 's');
    out.push(word);
    if (british !== word) out.push(british);
  }
  return out;
}

/**
 * Entities named in so many facts that they tell none apart (the company behind everything):
 * in more than a quarter of the facts of their own topic, and in more than four. Their topic is
 * the facts that share an entity with one of theirs, so a team's fact base on another subject,
 * merged with the bundled one, finds the same entities generic as it does alone.
 */
function genericEntities(valued: readonly Fact[], factsPerEntity: ReadonlyMap<string, number>): (id: string) => boolean {
  const factsOf = new Map<string, Fact[]>();
  for (const f of valued) {
    for (const e of new Set(f.entities)) {
      let list = factsOf.get(e);
      if (!list) factsOf.set(e, (list = []));
      list.push(f);
    }
  }
  const verdicts = new Map<string, boolean>();
  return (id) => {
    let generic = verdicts.get(id);
    if (generic !== undefined) return generic;
    const count = factsPerEntity.get(id) ?? 0;
    if (count <= 4) generic = false;
    else {
      const topic = new Set<Fact>();
      for (const f of factsOf.get(id) ?? []) for (const e of f.entities) for (const g of factsOf.get(e) ?? []) topic.add(g);
      generic = count > Math.ceil(topic.size * 0.25);
    }
    verdicts.set(id, generic);
    return generic;
  };
}

export function factRules(index: FactIndex): FactRules {
  const cached = cache.get(index);
  if (cached) return cached;
  const valued = index.factBase.facts.filter((f) => f.value);
  const factsPerEntity = new Map<string, number>();
  for (const f of valued) for (const e of new Set(f.entities)) factsPerEntity.set(e, (factsPerEntity.get(e) ?? 0) + 1);
  const isGeneric = genericEntities(valued, factsPerEntity);
  const byMeasure = new Map<string, Fact[]>();
  for (const f of valued) {
    const key = f.measure ?? `fact:${f.id}`;
    let list = byMeasure.get(key);
    if (!list) byMeasure.set(key, (list = []));
    list.push(f);
  }
  const membersOf = new Map<string, string[]>();
  for (const e of index.factBase.entities) {
    for (const up of e.memberOf ?? []) {
      let list = membersOf.get(up);
      if (!list) membersOf.set(up, (list = []));
      list.push(e.id);
    }
  }
  const rules: FactRule[] = [];
  for (const group of byMeasure.values()) {
    const shared = group.length > 1 ? group.map((f) => new Set(f.entities)).reduce((a, b) => new Set([...a].filter((x) => b.has(x)))) : new Set<string>();
    for (const fact of group) {
      const distinct = fact.entities.filter((e) => !shared.has(e));
      let keys = distinct.filter((e) => !isGeneric(e));
      if (!keys.length) keys = distinct.length ? distinct.slice(0, 1) : fact.entities.slice(0, 1);
      // "days later" of a duration also as "a week later", "two months later".
      // The date of a leak also "came out", "surfaced" (see `eventKindCues`).
      const kind = fact.cues?.length && fact.value?.type === 'date' ? withEventKindCues(fact.cues) : undefined;
      const cues = fact.cues?.length ? (kind ? kind.cues : withEveryTimeUnit(fact.cues)) : [];
      // Not a verb's object gap ("deploy … publicly"): no noun of reporting stands before such a verb, and its lookbehind would scan back over the gap.
      const before = (c: string) => (kind?.added.has(c) && !c.includes('…') ? notAfterReportNoun : undefined);
      const names = namesBetween(fact, index);
      const patterns = cues.map((c) => cueRegExp(c, 'iu', before(c), names));
      const reporting = cues.map((c) => reportingVerb.test(c.trim()));
      const isActor = (e: string) => actorKinds.has(index.entity(e)?.kind ?? '');
      const aboutThing = fact.entities.some((e) => !isActor(e));
      const members = fact.entities.flatMap((e) => membersOf.get(e) ?? []);
      rules.push({
        fact,
        parties: new Set([...fact.entities, ...members, ...fact.entities.flatMap((e) => ancestorsOf(index, e))]),
        actorKeys: new Set(aboutThing ? keys.filter(isActor) : []),
        members: new Set(members),
        nouns: factNouns(fact.statement, fact.entities.flatMap((e) => index.entity(e) ?? []), cues),
        statedBound: boundInStatement(fact),
        counted: countedMembers(fact, index.relationsOf),
        // Up to the first letter whose spelling varies: a prefix every spelling contains.
        cueWords: cues.map((c) => {
          const forms = firstWordForms(c);
          // Every form of a verb holds the part before "-ed" ("announc").
          const word = forms.length > 1 ? forms[0].slice(0, -2) : forms[0];
          const at = word.search(britishZ);
          return at < 0 ? word : word.slice(0, at);
        }),
        firstWords: cues.flatMap(firstWordSpellings),
        cues: patterns,
        cueMatchers: cues.map((c) => cueRegExp(c, 'giu', before(c), names)),
        keyEntities: new Set(keys),
        ownEntities: new Set(distinct),
        plainCues: patterns.filter((_, i) => !reporting[i]),
        reportingCues: patterns.filter((_, i) => reporting[i]),
        rivalKinds: new Set<string>(fact.entities.flatMap((e) => {
          const kind = index.entity(e)?.kind;
          return kind && kindsOfOwnFigures.has(kind) ? [kind] : [];
        })),
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
  const cueWordRe = words.length ? new RegExp(`(?:${words.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gu') : undefined;
  const subjects = new Set<string>();
  for (const r of rules) for (const e of r.keyEntities) if (!isGeneric(e)) subjects.add(e);
  for (const e of index.factBase.entities) if (subjectKinds.has(e.kind) && !isGeneric(e.id)) subjects.add(e.id);
  const result = { all: rules, byCueWord, cueWordRe, subjects, descriptions: entityDescriptions(index.factBase), standIns: standInsOf(index.factBase), outlets: newsOutlets(index.factBase) };
  cache.set(index, result);
  return result;
}

/** What an entity belongs to, and what that belongs to, and so on (`memberOf`, read up to a cycle). */
function ancestorsOf(index: FactIndex, id: string): string[] {
  const out: string[] = [];
  const queue = [...(index.entity(id)?.memberOf ?? [])];
  while (queue.length) {
    const up = queue.shift()!;
    if (up === id || out.includes(up)) continue;
    out.push(up);
    queue.push(...(index.entity(up)?.memberOf ?? []));
  }
  return out;
}

/** Whether the sentence (and its lower-cased copy) holds one of the rule's cues. */
export function hasCue(rule: FactRule, sentence: string, lower: string): boolean {
  for (let i = 0; i < rule.cues.length; i++) {
    if (lower.includes(rule.cueWords[i]) && rule.cues[i].test(sentence)) return true;
  }
  return false;
}
