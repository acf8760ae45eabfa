import type { ClaimValue } from '../types';
import type { Fact } from '../factbase/schema';

/** Words of a measure or cue that record a difference: "cybergym-lead", "score gap", "percentage points", "ahead of". */
const differenceWords =
  /(?:^|[^\p{L}])(?:lead|leads|gap|margin|difference|gain|gains|increase|decrease|rise|drop|fall|decline|growth|change|improvement|reduction|advantage|edge|deficit|ahead|behind|delta|points|pp|uplift|spread|higher|lower)(?![\p{L}])/iu;

/** Words of a measure or cue that record a ratio: "speedup", "times as many", "ratio", "two-fold". */
const ratioWords = /(?:^|[^\p{L}])(?:ratio|multiple|multiplier|fold|factor|speedup|speed-up|times\s+(?:as|more|higher|faster|larger))(?![\p{L}])/iu;

/** Words of a measure or cue that record the share that fails: "failure rate", "unsolved", "error rate". */
const complementWords = /(?:^|[^\p{L}])(?:fail|fails|failed|failure|failures|unsolved|unresolved|missed|error)(?![\p{L}])/iu;

const relationsOf = new WeakMap<Fact, ReadonlySet<string>>();

/** The relations a fact's measure or cues record (none for a level: a score, a count, a date). Found once per fact. */
function recordedRelations(fact: Fact): ReadonlySet<string> {
  let found = relationsOf.get(fact);
  if (found) return found;
  const texts = [fact.measure?.replace(/-/g, ' ') ?? '', ...(fact.cues ?? [])];
  const out = new Set<string>();
  if (texts.some((t) => differenceWords.test(t))) out.add('difference');
  if (texts.some((t) => ratioWords.test(t))) out.add('ratio');
  if (texts.some((t) => complementWords.test(t))) out.add('complement');
  relationsOf.set(fact, (found = out));
  return found;
}

/**
 * Whether a figure may be the fact's by what it measures: a level always may (as before); a
 * difference ("16.5 percentage points higher"), a ratio ("1.5 times what Opus 4.6 does") or a
 * share that fails ("fails 16.9% of tasks") only when the fact itself records one, by its
 * measure or a cue ("cybergym-lead", "margin", "times as many", "failure rate"). A score of
 * 66.6% on record is no gap of 16.5 points, a count of five million test passes no multiplier,
 * and a pass rate of 83.1% no failure rate of 16.9%.
 */
export function relationFits(value: ClaimValue, fact: Fact): boolean {
  return value.relation === undefined || recordedRelations(fact).has(value.relation);
}
