import type { FactRule } from './factMatcher';

/**
 * A cue word (a noun: see `adjectiveShape`) right after a copula, with no article before it and the clause going on with "and",
 * a comma or a date's preposition, or ending, is said of the subject, as an adjective: "the
 * weather in the capital was fine and dry" and "the weather was fine on 18 February" speak of no
 * fine. A noun the sentence speaks of takes an article or a possessive ("the outcome was a fine",
 * "was the fine"); a verb is a participle ("was fined on 19 February", "was launched on 8 July"),
 * which stays a cue. Only single words are read so: a cue of several words is no adjective.
 */
export function withoutPredicateCues(found: readonly FactRule[], sentenceText: string): readonly FactRule[] {
  // Most sentences hold no copula: nothing to look at.
  if (!copulaSomewhere.test(sentenceText)) return found;
  let out: FactRule[] | undefined;
  for (let i = 0; i < found.length; i++) {
    const rule = found[i];
    if (cuesOnlyPredicates(rule, sentenceText)) out ??= found.slice(0, i);
    else out?.push(rule);
  }
  return out ?? found;
}

/** A copula anywhere: the cheap test before each cue is looked at. */
const copulaSomewhere = /\b(?:is|are|was|were|be|been|being|seems?|seemed|remains?|remained|stays?|stayed|looks?|looked)\b/i;

/** A copula, and at most an adverb of degree, right before the cue (tested on the text before it). */
const copulaBefore = /\b(?:is|are|was|were|be|been|being|seems?|seemed|remains?|remained|stays?|stayed|looks?|looked)[ \t]+(?:(?:very|quite|rather|so|too|fairly|pretty|mostly|largely|\p{Ll}+ly)[ \t]+)?$/iu;

/** What may follow the adjective: "and", "or", "but", a comma or other stop, a date's preposition, or the end. */
const clauseGoesOn = /^(?:[ \t]*(?:$|[,;:.!?)—–]|(?:and|or|but|on|in|during|until|through|throughout)\b))/i;

/** A participle or a verb form, which stays a cue after a copula ("was fined", "were launched", "is growing"). */
const verbForm = /(?:ed|en|ing)$/i;

/**
 * A word shaped as an adjective ("reachable", "public", "voluntary", "mandatory", "available"):
 * a cue the fact base chose as one tells its measure as the predicate it is ("the assets were
 * reachable"); only a cue of another shape, a noun ("fine", "launch"), is read as an adjective here.
 */
const adjectiveShape = /(?:able|ible|ic|ous|ive|al|ary|ory|ful|less|ent|ant)$/i;

/** Whether every match of the rule's cues in the sentence is a single word said of its subject after a copula. */
function cuesOnlyPredicates(rule: FactRule, sentenceText: string): boolean {
  let any = false;
  for (const re of rule.cueMatchers) {
    re.lastIndex = 0;
    for (let m; (m = re.exec(sentenceText)); ) {
      any = true;
      const word = m[0];
      if (/\s/.test(word) || verbForm.test(word) || adjectiveShape.test(word)) return false;
      const before = sentenceText.slice(Math.max(0, m.index - 40), m.index);
      if (!copulaBefore.test(before) || !clauseGoesOn.test(sentenceText.slice(m.index + word.length, m.index + word.length + 12))) return false;
    }
  }
  return any;
}
