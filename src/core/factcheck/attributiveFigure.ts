import type { ClaimValue } from '../types';
import type { FactRule } from './factMatcher';
import { measureWords, nounPhrase, stem } from './countedNoun';

/**
 * Whether a figure written as a modifier of the noun after it, its unit joined to it by a hyphen,
 * measures that noun's thing and not the fact's: "a 2-page summary of the system card" is the
 * summary's length, not the card's 244 pages; so are "a 10-minute video about Glasswing", "a
 * 3-page memo on the filing". The noun is the fact's when one of its words is a word of the fact's
 * cues or unit, or a word that may name its thing (its statement's, its entities' names and the
 * nouns their kinds go by: "the 40-page court filing", "a 244-page document", "a 12-member
 * coalition"), or, for a duration, a noun of the span itself ("a 12-day gap", "a 30-day window").
 * A phrase said of the subject after "is a" ("The card is a 244-page monster") stays the subject's,
 * and a name after the figure ("a 244-page PDF") tells nothing. Ages have their own reading (see
 * `countsOtherThing`).
 */
export function modifiesOtherThing(rule: FactRule, value: ClaimValue, sentenceText: string, start: number): boolean {
  if (value.kind !== 'count' && value.kind !== 'measure' && value.kind !== 'duration') return false;
  if (!unitJoined.test(value.text)) return false;
  const at = value.span.start - start;
  if (predicate.test(sentenceText.slice(Math.max(0, at - 16), at))) return false;
  const { nouns } = nounPhrase(sentenceText.slice(value.span.end - start, value.span.end - start + 80), 0);
  if (!nouns.length) return false;
  const known = measureWords(rule);
  return !nouns.some((w) => known.has(stem(w)) || rule.nouns.has(stem(w)) || (value.kind === 'duration' && spanNouns.has(stem(w))));
}

/** A figure whose unit is joined to it by a hyphen, as a modifier is written: "2-page", "two-page", "10-minute". */
const unitJoined = /[\p{L}\p{N}][-‐‑]\p{L}+$/u;

/** Before the figure's article: a copula, which says the phrase of its subject ("The card is a 244-page monster"). */
const predicate = /(?:^|[^\p{L}])(?:is|was|are|were|be|been|being)\s+(?:a|an|the)\s+$/iu;

/** Nouns that name a span of time itself: a duration written before one is the span's ("a 12-day gap"). */
const spanNouns: ReadonlySet<string> = new Set(
  'gap interval window period wait delay lag span stretch lead run embargo deadline pause break spell time timeframe'.split(' '),
);
