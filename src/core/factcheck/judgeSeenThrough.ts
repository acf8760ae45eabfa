import type { Claim, EntityMention } from '../types';
import { judgeClaim, type ClaimContext, type ClaimVerdict } from './claimVerdict';
import type { FactRules } from './factMatcher';
import { hasVariant, plainHyphens, squeezeInvisibles, squeezedOffset } from '../text/invisibles';

/**
 * The verdict on a claim whose sentence holds invisible characters or U+2010/U+2011 hyphens,
 * judged on the sentence as a reader sees it: the cue "CyberGym" stands in "88.1% on
 * Cyber\u00ADGym", and "SWE-bench Verified" in "SWE\u2011bench Verified". A verdict holds no offsets
 * (value indices and fact ids only), so the one judged on the squeezed sentence is the claim's.
 * Any other sentence is judged as it is.
 */
export function judgeSeenThrough(claim: Claim, context: ClaimContext, rules: FactRules): ClaimVerdict {
  if (context.cued || !hasVariant(context.sentenceText)) return judgeClaim(claim, context, rules);
  const { text, at } = squeezeInvisibles(plainHyphens(context.sentenceText));
  const start = context.start;
  // Document offsets in the sentence, moved to the squeezed sentence placed at the same start.
  const moved = (offset: number) => start + squeezedOffset(at, Math.max(0, offset - start));
  const span = (s: { readonly start: number; readonly end: number }) => ({ start: moved(s.start), end: moved(s.end) });
  const seenClaim: Claim = { ...claim, span: span(claim.span), values: claim.values.map((v) => ({ ...v, span: span(v.span) })) };
  const mentions: EntityMention[] = context.sentenceMentions.map((e) => ({ ...e, span: span(e.span) }));
  return judgeClaim(seenClaim, { ...context, sentenceText: text, sentenceMentions: mentions }, rules);
}
