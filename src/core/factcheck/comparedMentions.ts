import type { Claim, ClaimValue, EntityMention } from '../types';
import { firstAtOrAfter } from '../util/search';
import { beyondReach, reachBack } from '../text/lfDistance';

/**
 * The entities a sentence names only as the other side of a comparison: "The model scores 83.1
 * percent on CyberGym against 66.6 percent for Opus 4.6", "scores higher than Opus 4.6", "vs.
 * GPT-5.3-Codex", "93.9%, well above Opus 4.6", "1.5 times Opus 4.6's". Such a name is not what the sentence is about, so
 * a later sentence that leaves its subject implicit ("On SWE-bench Verified it reaches 93.9
 * percent") does not take it: its "it" is the earlier sentence's subject (the model), which the
 * comparison is measured against. Nor is it the subject of its own sentence's figures when no
 * figure of its own follows it ("the model scores 93.9%, 13.1 percentage points above Opus 4.6"
 * is no Opus 4.6 score; "above Opus 4.6's 80.8%" gives Opus 4.6 the 80.8%).
 */

/** The word of a comparison right before a name: "than Opus 4.6", "against the Opus 4.6 baseline", "vs. Opus 4.6". */
const comparisonBefore = /(?:^|[^\p{L}\p{N}])(?:than|against|vs\.?|versus|compared\s+(?:with|to)|relative\s+to|unlike)\s+(?:the\s+)?$/iu;

/**
 * A comparison right before a name that sets it apart from the sentence's subject wherever it
 * stands: "higher than Opus 4.6", "compared with", "relative to", "unlike", "outperforms",
 * "beats". The word before "than" is read apart (see `notComparing`).
 */
const comparandBefore = /(?:^|[^\p{L}\p{N}])(?:(\p{L}+)\s+than|compared\s+(?:with|to)|relative\s+to|unlike|outperform(?:s|ed|ing)?|outscor(?:es?|ed|ing)|outpac(?:es?|ed|ing)|surpass(?:es|ed|ing)?|beat(?:s|ing)?)\s+(?:the\s+)?$/iu;

/**
 * A multiplier right before a name, perhaps with "that of": "one and a half times Opus 4.6's",
 * "1.5 times that of Opus 4.6", "twice Opus 4.6's", "1.5× Opus 4.6's". The name is what the
 * subject's figure is measured against. "times" counts only after a number ("five million
 * times the FFmpeg bug" counts passes, and "the" is not allowed without "that of").
 */
const multiplierBefore =
  /(?:(?:\d|\b(?:half|one|two|three|four|five|six|seven|eight|nine|ten))[ \t]+times|\d[ \t]?[×x]|\btwice)[ \t]+(?:(?:that|those)[ \t]+of[ \t]+(?:the[ \t]+)?)?$/iu;

/**
 * Words before "than" that do not set the name against the subject: "other than Anthropic" names
 * the subject, and "twelve days later than the Mythos leak" the event a span is counted from.
 */
const notComparing = new Set(['other', 'earlier', 'later', 'sooner', 'before', 'after']);

/**
 * A comparison that sets a name against the figure before it, ending right before the name:
 * "93.9%, well above Opus 4.6", "13.1 percentage points above", "93.9% against", "vs.", "ahead
 * of", "below", and, after a word of degree only (they have other senses: "the team behind",
 * "talks over"), "points behind", "a lead over", "well under", "trailing".
 */
const comparisonAfterFigure =
  /(?:^|[^\p{L}\p{N}])(?:above|below|beyond|ahead\s+of|against|vs\.?|versus|(?:points?|pp|p\.p\.|well|far|just|slightly|lead|gain|edge|advantage|improvement|margin|jump)\s+(?:over|behind|under)|(?:lags?|lagged|lagging|trails?|trailed|trailing)(?:\s+behind)?)\s+(?:the\s+)?$/iu;

/**
 * What after a name makes it the subject of a clause of comparison of its own, with a verb of
 * intending or expecting whose object is the main clause's event: "sooner than Anthropic
 * planned", "earlier than the company had intended", "faster than Anthropic's leadership
 * expected". The comparison is between the event and what that subject meant or foresaw of it,
 * not between two entities: the name is no comparand ("higher than Opus 4.6 did" still is).
 */
const ownClauseOfComparison =
  /^(?:['’]s?\s+\p{L}+)?\s+(?:(?:had|has|have|would|might|could|did|once|first|originally|initially|ever|probably|clearly)\s+){0,2}(?:(?:intend|expect|hope|anticipate|want|wish|predict|forecast|imagine|fear|envisage|envision|schedule|like)(?:d|ed|s)?|plan(?:s|ned)?|foresaw|foresee|meant|thought)\b/iu;

/** How far after a name its own clause's verb is read ("'s leadership had originally intended"). */
const ownClauseReach = 48;

/** What ends a figure's clause between it and a comparison: the name then compares with something else. */
const clauseBreak = /[;:()[\]]|\b(?:and|but|while|whereas)\b/i;

/** How far after a figure the comparison that sets a name against it may end. */
const figureReach = 48;

/** How far after a name the figure of its own may start ("Opus 4.6's 80.8%", "Opus 4.6, at 80.8%", "Opus 4.6 (80.8%)"). */
const ownFigureReach = 24;

/** What stops a figure after a name from being that name's: a clause of its own. */
const ownFigureBreak = /;|\b(?:and|but|while|whereas)\b/i;

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
  return gap >= 0 && !beyondReach(text, v.span.end, e.span.start, forReach) && forBetween.test(text.slice(v.span.end, e.span.start)) && free(claim);
}

/** The claim whose sentence holds the mention (found by bisection, `claims` being in document order). */
function claimOf(claims: readonly Claim[], e: EntityMention): Claim | undefined {
  const claim = claims[firstAtOrAfter(claims, e.span.start + 1, (c) => c.span.end)];
  return claim !== undefined && claim.span.start <= e.span.start ? claim : undefined;
}

/** The claim's last figure that ends at or before `offset` (by bisection). */
function figureBefore(values: readonly ClaimValue[], offset: number): ClaimValue | undefined {
  return values[firstAtOrAfter(values, offset + 1, (x) => x.span.end) - 1];
}

/**
 * Whether the mention is set against the figure right before it, in its clause: "93.9%, well
 * above Opus 4.6", "13.1 percentage points above Opus 4.6", "83.1% against Opus 4.6". A date or
 * a span of time is no score to compare: its name is the event it is set from ("on April 6, ahead
 * of the Glasswing launch", "twelve days ahead of the announcement").
 */
function setAgainstFigure(text: string, claim: Claim, e: EntityMention): boolean {
  const v = figureBefore(claim.values, e.span.start);
  if (!v || v.kind === 'date' || v.kind === 'duration' || beyondReach(text, v.span.end, e.span.start, figureReach)) return false;
  const between = text.slice(v.span.end, e.span.start);
  return comparisonAfterFigure.test(between) && !clauseBreak.test(between);
}

/** Whether a figure of the claim follows the mention closely, in its clause: "Opus 4.6's 80.8%", "Opus 4.6 at 80.8%", "Opus 4.6 (80.8%)". */
function ownFigureAfter(text: string, claim: Claim, e: EntityMention): boolean {
  const values = claim.values;
  const v = values[firstAtOrAfter(values, e.span.end, (x) => x.span.start)];
  return v !== undefined && !beyondReach(text, e.span.end, v.span.start, ownFigureReach) && !ownFigureBreak.test(text.slice(e.span.end, v.span.start));
}

/** Whether the name heads a clause of comparison of its own: "than Anthropic planned" (see `ownClauseOfComparison`). */
function subjectOfOwnComparison(text: string, e: EntityMention): boolean {
  const end = e.text.endsWith("'s") || e.text.endsWith('’s') ? e.span.end - 2 : e.span.end;
  return ownClauseOfComparison.test(text.slice(end, end + ownClauseReach));
}

/** The tests `comparedMentionTests` gives. */
export interface ComparedMentionTests {
  /** Whether a mention names only the other side of a comparison: a later sentence does not take it as its subject. */
  readonly compared: (e: EntityMention) => boolean;
  /** Whether it is no subject of its own sentence's figures either: compared, with no figure of its own after it. */
  readonly comparandOnly: (e: EntityMention) => boolean;
}

/**
 * Tests of whether a mention names only the other side of a comparison (see above). Each mention
 * is read once, when first asked about: the text just before it, and the figures of its
 * sentence's claim (found by bisection, `claims` being in document order).
 */
export function comparedMentionTests(text: string, claims: readonly Claim[]): ComparedMentionTests {
  const seen = new Map<EntityMention, boolean>();
  const onlySeen = new Map<EntityMention, boolean>();
  const freeOf = new Map<Claim, boolean>();
  // Whether some figure of the claim is for no one: not followed by "for".
  const free = (claim: Claim) => {
    let found = freeOf.get(claim);
    if (found === undefined) freeOf.set(claim, (found = claim.values.some((v) => !forAfter.test(text.slice(v.span.end, v.span.end + 8)))));
    return found;
  };
  // A comparison that sets the mention apart from its sentence's subject, wherever the subject stands.
  const comparand = (e: EntityMention, claim: Claim | undefined) => {
    const before = text.slice(reachBack(text, e.span.start, lookBack, claim?.span.start ?? 0), e.span.start);
    const m = comparandBefore.exec(before);
    if (m) return (m[1] === undefined || !notComparing.has(m[1].toLowerCase())) && !subjectOfOwnComparison(text, e);
    if (multiplierBefore.test(before)) return true;
    return claim !== undefined && setAgainstFigure(text, claim, e);
  };
  const compared = (e: EntityMention) => {
    let found = seen.get(e);
    if (found !== undefined) return found;
    found = comparisonBefore.test(text.slice(reachBack(text, e.span.start, lookBack), e.span.start)) && !subjectOfOwnComparison(text, e);
    if (!found) {
      const claim = claimOf(claims, e);
      found = (claim !== undefined && claim.values.length > 1 && boundInContrast(text, claim, e, free)) || comparand(e, claim);
    }
    seen.set(e, found);
    return found;
  };
  const comparandOnly = (e: EntityMention) => {
    let found = onlySeen.get(e);
    if (found !== undefined) return found;
    const claim = claimOf(claims, e);
    found = claim !== undefined && claim.values.length > 0 && comparand(e, claim) && !ownFigureAfter(text, claim, e);
    onlySeen.set(e, found);
    return found;
  };
  return { compared, comparandOnly };
}
