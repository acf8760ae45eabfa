import type { ClaimValue } from '../types';
import type { FactRule } from './factMatcher';
import { nounPhraseEnd } from './countOwner';
import { measureWords, nounPhrase, stem } from './countedNoun';

/**
 * Whether a count's noun phrase is said to be for, of or in a thing of its own, named by a
 * definite phrase none of whose words may name the fact's thing: "24 participants confirmed for the
 * tabletop exercise", "24 participants in our tabletop" count the exercise's, not Glasswing's more
 * than fifty organizations borrowed from the paragraph before. With the writer's possessive ("our",
 * "my") any such preposition will do; with "the", "this" or "that" only "for" and "of", as "in the
 * first wave" or "at the launch" place the fact's own count. The thing's words are the fact's when
 * one is a word of its cues or unit, or one that may name its thing ("for the programme", "of the
 * coalition"); a span of time or a view ("for the first time", "of the year", "in our view") names no thing. Asked only for
 * a fact tied weakly, from the paragraph or the surroundings (see `figureClauseCheck`): a sentence
 * that names the fact's own thing says whose count it is.
 */
export function countsForOtherThing(rule: FactRule, value: ClaimValue, sentenceText: string, start: number): boolean {
  if (value.kind !== 'count') return false;
  const end = nounPhraseEnd(sentenceText, start, value.span.end);
  if (end === undefined) return false;
  thingAfter.lastIndex = end - start;
  const m = thingAfter.exec(sentenceText);
  if (!m) return false;
  const writers = m[2].toLowerCase() === 'our' || m[2].toLowerCase() === 'my';
  if (!writers && !definitePrepositions.has(m[1].toLowerCase())) return false;
  const { nouns } = nounPhrase(sentenceText, thingAfter.lastIndex);
  if (!nouns.length || nouns.some((w) => notThings.has(stem(w)))) return false;
  const known = measureWords(rule);
  return !nouns.some((w) => known.has(stem(w)) || rule.nouns.has(stem(w)));
}

/** After a count's noun phrase (sticky): a preposition and a determiner that names a thing ("for the", "in our"). */
const thingAfter = /\s{1,8}(for|of|in|at|from|on)\s{1,8}(the|this|that|our|my)\s{1,8}/iy;

/** The prepositions that tie a count to a thing after "the", "this" or "that". */
const definitePrepositions: ReadonlySet<string> = new Set(['for', 'of']);

/** Words of a span of time, an order or a view, which name no thing: "for the first time", "of the year", "in our view". */
const notThings: ReadonlySet<string> = new Set(
  'time moment end start beginning outset first last same year month week day quarter period season decade century record view opinion estimation judgement judgment experience understanding'.split(' '),
);
