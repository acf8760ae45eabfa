import type { Claim, EntityMention } from '../types';
import { firstAtOrAfter } from '../util/search';

/**
 * The entities a sentence names only as the other side of a comparison: "The model scores 83.1
 * percent on CyberGym against 66.6 percent for Opus 4.6", "scores higher than Opus 4.6", "vs.
 * GPT-5.3-Codex". Such a name is not what the sentence is about, so a later sentence that leaves
 * its subject implicit ("On SWE-bench Verified it reaches 93.9 percent") does not take it: its
 * "it" is the earlier sentence's subject (the model), which the comparison is measured against.
 */

/** The word of a comparison right before a name: "than Opus 4.6", "against the Opus 4.6 baseline", "vs. Opus 4.6". */
const comparisonBefore = /(?:^|[^\p{L}\p{N}])(?:than|against|vs\.?|versus|compared\s+(?:with|to)|relative\s+to|unlike)\s+(?:the\s+)?$/iu;

/** What binds a figure to the name right after it: "66.6 percent for Opus 4.6" (as `figureFor` in `claimVerdict`). */
const forBetween = /^\s{0,3}for\s{1,3}(?:the\s{1,3})?$/i;

/** A figure followed by "for": it is some entity's ("83.1% for Mythos Preview"), not the subject's. */
const forAfter = /^\s{0,3}for\s/i;

/** How far before a name its comparison word is read. */
const lookBack = 24;

/** How far after a figure the name it is "for" may start (as in `claimVerdict`). */
const forReach = 12;

/**
 * Whether a claim holds a figure "for" the mention while another of its figures is for no one:
 * "83.1 percent on CyberGym against 66.6 percent for Opus 4.6" sets Opus 4.6's score against the
 * subject's. A sentence whose only figure is "for" the mention ("CyberGym: 66.6% for Opus 4.6.")
 * is about that entity. Only the figure nearest before the mention can be "for" it (found by
 * bisection); whether a claim has a free figure is read once per claim (`free`).
 */
function boundInContrast(text: string, claim: Claim, e: EntityMention, free: (claim: Claim) => boolean): boolean {
  const values = claim.values;
  const v = values[firstAtOrAfter(values, e.span.start + 1, (x) => x.span.end) - 1];
  if (!v) return false;
  const gap = e.span.start - v.span.end;
  return gap >= 0 && gap <= forReach && forBetween.test(text.slice(v.span.end, e.span.start)) && free(claim);
}

/**
 * A test of whether a mention names only the other side of a comparison in its sentence (see
 * above). Each mention is read once, when first asked about: the text just before it, and the
 * figures of its sentence's claim (found by bisection, `claims` being in document order).
 */
export function comparedMentionTest(text: string, claims: readonly Claim[]): (e: EntityMention) => boolean {
  const seen = new Map<EntityMention, boolean>();
  const freeOf = new Map<Claim, boolean>();
  // Whether some figure of the claim is for no one: not followed by "for".
  const free = (claim: Claim) => {
    let found = freeOf.get(claim);
    if (found === undefined) freeOf.set(claim, (found = claim.values.some((v) => !forAfter.test(text.slice(v.span.end, v.span.end + 8)))));
    return found;
  };
  return (e) => {
    let compared = seen.get(e);
    if (compared !== undefined) return compared;
    compared = comparisonBefore.test(text.slice(Math.max(0, e.span.start - lookBack), e.span.start));
    if (!compared) {
      const claim = claims[firstAtOrAfter(claims, e.span.start + 1, (c) => c.span.end)];
      compared = claim !== undefined && claim.span.start <= e.span.start && claim.values.length > 1 && boundInContrast(text, claim, e, free);
    }
    seen.set(e, compared);
    return compared;
  };
}
