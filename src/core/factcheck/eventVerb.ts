import type { ClaimValue, EntityMention } from '../types';
import type { FactRule } from './factMatcher';
import { governingCue } from './governingCue';

/**
 * A date right after a verb in the past tense dates what that verb tells: "A draft of the Orin 5
 * report leaked on 9 February 2026" dates a leak, not the report's publication, though the
 * sentence holds the publication fact's cue "report". The date is kept from a fact when the verb
 * (with at most a preposition between: "leaked on", "signed in") is none of the fact's cues, does
 * not share its stem with one ("launched" and "launch", "filed" and "filing"), and is no verb of
 * the same kind of event as one of them ("released" for "published", "established" for "founded": see
 * `sameEvent`). Verbs that tell no event of their own ("happened on", "was dated", "was
 * scheduled for") and verbs of reporting ("was reported on", "confirmed on") leave the date to
 * the sentence's other words, as before. The fact base holds no word of this: a team's own fact
 * base gets the same reading with or without the bundled one, whose cues ("leaked") once gave it.
 */
export function datedByOtherVerb(rule: FactRule, value: ClaimValue, sentenceText: string, start: number, mentions: readonly EntityMention[]): boolean {
  if (value.kind !== 'date' || !rule.fact.cues?.length) return false;
  const verb = verbBefore(sentenceText, value.span.start - start);
  if (verb === undefined) return false;
  if (eventless.has(verb) || governingCue(rule, value, sentenceText, start, mentions)) return false;
  return !cueVerbs(rule).some((cue) => sameStem(verb, cue) || sameEvent(verb, cue));
}

/** How far before a date its verb may end. */
const lookBack = 40;

/** Prepositions between a verb and its date: "leaked on", "signed in", "as of". */
const prepositions: ReadonlySet<string> = new Set(['on', 'in', 'at', 'around', 'about', 'during', 'by', 'of']);

/** A verb in the past tense ("-ed", in lower case) right before `at`, with a preposition and "the" at most between: "leaked on", "signed in the". */
function verbBefore(sentenceText: string, at: number): string | undefined {
  const before = sentenceText.slice(Math.max(0, at - lookBack), at);
  if (!/[ \t]$/.test(before)) return undefined;
  const words = before.split(/[ \t]+/);
  words.pop();
  let word = words.pop();
  if (word === 'the') word = words.pop();
  if (word !== undefined && prepositions.has(word)) {
    if (word === 'of' && words[words.length - 1] === 'as') words.pop();
    word = words.pop();
  }
  return word !== undefined && pastTense.test(word) ? word : undefined;
}

/** A verb in the past tense, letters alone ("leaked", not "pre-leaked" or "Leaked"). */
const pastTense = /^\p{Ll}{2,}ed$/u;

/**
 * Verbs that tell no event of their own: the date is the event's their subject names ("The
 * incident happened on 14 September", "the filing followed on March 17", "the draft that surfaced
 * on March 26", "the designation was issued on February 27", "the report, dated 27 February"), or one they only report ("was reported on",
 * "was confirmed on", as `reportingVerb` in factMatcher reads them) or say ("the Pentagon warned on
 * March 18 that …", "the filing argued on …": the date of the words, which is the date of the act
 * that holds them).
 */
const eventless: ReadonlySet<string> = new Set(
  'happened occurred unfolded started commenced ended concluded finished completed followed preceded landed surfaced arrived appeared emerged materialized materialised dropped issued made adopted enacted delivered rendered finalized finalised dated timed scheduled slated planned expected estimated reported announced confirmed stated noted said claimed described explained declared disclosed revealed mentioned recorded listed argued warned wrote told asserted insisted added suggested testified contended alleged cautioned acknowledged admitted remarked commented responded replied answered maintained predicted'.split(
    ' ',
  ),
);

const cueVerbsOf = new WeakMap<FactRule, readonly string[]>();

/** The words of the fact's cues, lower-cased: each a verb or noun a sentence may tell its event by. Found once per fact. */
function cueVerbs(rule: FactRule): readonly string[] {
  let found = cueVerbsOf.get(rule);
  if (found) return found;
  const words = new Set<string>();
  for (const cue of rule.fact.cues ?? []) for (const w of cue.toLowerCase().split(/[^\p{L}]+/u)) if (w.length > 2) words.add(w);
  cueVerbsOf.set(rule, (found = [...words]));
  return found;
}

/** Whether a verb in "-ed" and a cue word share their stem: "launched" and "launch", "published" and "publication", "filed" and "filing". */
function sameStem(verb: string, cue: string): boolean {
  const stem = verb.slice(0, -2);
  let common = 0;
  while (common < stem.length && common < cue.length && stem[common] === cue[common]) common++;
  return common >= Math.min(5, stem.length);
}

/**
 * Kinds of event that English tells by several verbs: a verb of one kind dates the fact whose cue
 * is another verb (or its noun) of the same kind. "Released on 27 February" dates a publication
 * as "published" does; "established in 2024" a founding.
 */
const eventKinds: readonly (readonly string[])[] = [
  ['published', 'released', 'issued', 'posted'],
  ['announced', 'launched', 'unveiled', 'introduced', 'debuted', 'released', 'opened', 'inaugurated'],
  ['founded', 'established', 'created', 'formed', 'launched', 'opened', 'inaugurated', 'incorporated'],
  ['released', 'shipped', 'launched', 'deployed', 'published'],
  ['signed', 'joined', 'ratified'],
  ['appointed', 'named', 'nominated', 'hired', 'installed'],
  ['ruled', 'decided', 'judged'],
  ['filed', 'submitted', 'lodged'],
  ['fined', 'penalised', 'penalized', 'sanctioned'],
  ['leaked', 'exposed'],
  ['activated', 'enabled', 'deployed', 'implemented', 'introduced', 'enforced', 'triggered', 'invoked'],
  ['directed', 'ordered', 'instructed', 'mandated'],
  ['designated', 'labelled', 'labeled', 'named', 'branded', 'classified'],
];

/** Whether the verb and the cue word tell the same kind of event (see `eventKinds`). */
function sameEvent(verb: string, cue: string): boolean {
  return eventKinds.some((kind) => kind.includes(verb) && kind.some((other) => sameStem(other, cue)));
}
