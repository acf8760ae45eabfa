import type { Block } from '../markdown/structure';
import { headedSections } from '../markdown/headedSections';
import { proposesWhatFollows } from './writersOwnFigures';

/**
 * Where a draft sets out its own recommendations, so that an imperative there is the writer's
 * proposal ("Require labs to report incidents within 72 hours.", "Fund CAISI at $50 million a
 * year."): a section under a heading of recommendations ("## Recommendations", "## Policy
 * recommendations", "## What Congress should do", "## Our asks"), down to the next heading of its
 * level or above (not one that credits them to another, "## The NSCAI's recommendations",
 * "## Recommendations of the Commission"), and the items of a list whose lead-in proposes them ("We recommend that Congress:",
 * "Congress should:"; not "The report recommends:"). A heading of another's plan ("## The AI Action
 * Plan", "## Proposals before Congress") is none: what it lists is a fact about that plan.
 */
const recommendationHeadingRe =
  /(?<![\p{L}])(?:recommendations?|(?:our|my)[ \t]+(?:proposals?|asks)|key[ \t]+asks|policy[ \t]+options|calls?[ \t]+to[ \t]+action|what[ \t]+(?:[\p{L}-]+[ \t]+){1,3}should[ \t]+do)(?![\p{L}])/iu;

/** Recommendations a heading credits to another: "## The NSCAI's recommendations", "## Recommendations of the Commission", "## Recommendations from the report". */
const anothersRecommendationsRe = /['’]s?[ \t]+(?:\p{L}+[ \t]+)?recommendations?|recommendations?[ \t]+(?:of|from|by|in|made)(?![\p{L}])/iu;

/** How much of a heading or a lead-in is read. */
const maxRead = 200;

/**
 * A test of block indices, asked in increasing order (the claims' order; an earlier one restarts
 * the walk): whether block `bi` stands where the writer recommends. One pass over the headings in
 * all, and one read of each list's lead-in when an item of it is asked about.
 */
export function recommendationContext(blocks: readonly Block[], mask: string): (bi: number) => boolean {
  const under = headedSections(blocks, mask, (heading) => recommendationHeadingRe.test(heading) && !anothersRecommendationsRe.test(heading), maxRead);
  const leadIns = new Map<number, boolean>();
  return (bi) => {
    if (under(bi)) return true;
    const leadIn = blocks[bi]?.leadIn;
    if (leadIn === undefined) return false;
    let proposes = leadIns.get(leadIn);
    if (proposes === undefined) {
      const b = blocks[leadIn];
      proposes = proposesWhatFollows(mask.slice(Math.max(b.start, b.end - maxRead), b.end));
      leadIns.set(leadIn, proposes);
    }
    return proposes;
  };
}
