import type { ClaimValue } from '../types';
import type { FactRule } from './factMatcher';

/** The verb of "<verb> the <noun> on" right before a date (see `datedByVerbOnObject`). */
export interface VerbOnObject {
  /** The verb, lower-cased, with its particle: "upheld", "struck down". */
  readonly verb: string;
}

/** How far before a date "<verb> the <noun> on" may start. */
const lookBack = 60;

/** Prepositions that join a date to the phrase before it. */
const prepositions: ReadonlySet<string> = new Set(['on', 'in', 'at', 'during', 'by']);

/** Words that make the noun a definite thing already told of: "the fine", "its decision". */
const determiners: ReadonlySet<string> = new Set(['the', 'its', 'their', 'this', 'that', 'his', 'her']);

/** Particles of two-word verbs: "struck down", "set aside", "threw out". */
const particles: ReadonlySet<string> = new Set(['down', 'aside', 'out']);

/** A word in lower-case letters (a verb or a noun, not a name). */
const lowerWord = /^\p{Ll}+$/u;

/** The verb of "<verb> the <noun> on" right before a date at `at` (an offset in `sentenceText`), or undefined. */
export function verbOnObjectBefore(sentenceText: string, at: number): VerbOnObject | undefined {
  const before = sentenceText.slice(Math.max(0, at - lookBack), at);
  if (!/[ \t]$/.test(before)) return undefined;
  const words = before.split(/[ \t]+/);
  words.pop();
  if (!prepositions.has(words.pop() ?? '')) return undefined;
  const noun = words.pop();
  if (noun === undefined || !lowerWord.test(noun) || !determiners.has(words.pop() ?? '')) return undefined;
  let verb = words.pop();
  if (verb !== undefined && particles.has(verb)) {
    const head = words.pop();
    verb = head === undefined ? undefined : `${head} ${verb}`;
  }
  return verb !== undefined && /^\p{Ll}+(?: \p{Ll}+)?$/u.test(verb) && !determiners.has(verb) ? { verb } : undefined;
}

/**
 * Verbs that tell an act on an earlier event or decision, dated by its own date: a court's or a
 * body's review ("upheld the fine", "overturned the ban", "struck down the rule", "set aside the
 * decision"), or a party's answer to it ("appealed the ruling", "paid the fine").
 */
const reviewVerbs: ReadonlySet<string> = new Set(
  'upheld overturned reversed quashed annulled overruled voided vacated affirmed reaffirmed revoked rescinded repealed suspended lifted reduced halved cut increased doubled appealed challenged contested paid settled'.split(
    ' ',
  ),
);

/** Two-word verbs of review: "struck down", "set aside", "threw out". */
const reviewPhrases: ReadonlySet<string> = new Set(['struck down', 'set aside', 'threw out', 'thrown out', 'knocked down']);

/** Whether the verb is one of the rule's cues (its word, or a verb in "-ed" of the same stem: "appealed" and "appeal"). */
export function isCueVerb(rule: FactRule, verb: string): boolean {
  for (const cue of rule.fact.cues ?? []) {
    const lower = cue.toLowerCase();
    if (lower === verb) return true;
    if (verb.endsWith('ed') && !verb.includes(' ') && lower.length >= 4 && (verb.slice(0, -2) === lower || verb.slice(0, -1) === lower)) return true;
  }
  return false;
}

/**
 * A date after "<verb> the <noun> on DATE" dates what the verb does to that thing, not the thing:
 * "the Court of Appeal upheld the fine on 14 July 2026" dates the judgment, though "the fine on
 * 14 July 2026" alone would date the fine. The noun's own date goes to the verb only when the verb
 * tells an event of its own on an earlier one: a verb of review ("upheld", "overturned", "struck
 * down", see `reviewVerbs`), or the cue of another dated fact the sentence holds. "The CAOC imposed
 * the fine on 19 February" and "announced the fine on 19 February" still date the fine.
 *
 * Whether such a date is kept from the rule: the verb is not the rule's
 * cue and tells an event of its own, a review (see `reviewVerbs`) or the cue of another dated
 * fact among `cued` (the rules whose cue the sentence holds).
 */
export function datedByVerbOnObject(rule: FactRule, value: ClaimValue, sentenceText: string, start: number, cued: readonly FactRule[]): boolean {
  if (value.kind !== 'date') return false;
  const found = verbOnObjectBefore(sentenceText, value.span.start - start);
  if (!found || isCueVerb(rule, found.verb)) return false;
  if (reviewVerbs.has(found.verb) || reviewPhrases.has(found.verb)) return true;
  return cued.some((r) => r !== rule && r.fact.value?.type === 'date' && isCueVerb(r, found.verb));
}

/** Whether a date after "<verb> the <noun> on" is the rule's because the verb is one of its cues: "upheld the fine on 14 July 2026" for the judgment's date. */
export function datedByOwnVerbOnObject(rule: FactRule, value: ClaimValue, sentenceText: string, start: number): boolean {
  if (value.kind !== 'date') return false;
  const found = verbOnObjectBefore(sentenceText, value.span.start - start);
  return found !== undefined && isCueVerb(rule, found.verb);
}
