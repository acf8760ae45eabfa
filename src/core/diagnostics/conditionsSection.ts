import type { Block } from '../markdown/structure';
import { headedSections } from '../markdown/headedSections';

/**
 * The conditions the writer imposes, which no source could support (PL007): the items of a list
 * under a heading that names exclusions, subjectivities, conditions, warranties, requirements or a
 * contract's wording and nothing else, past its numbering and one or two qualifiers ("## 7.
 * Exclusions and wording", "## 8. Subjectivities", "## Conditions precedent", "## Policy
 * warranties"; not "## Market conditions", "## Anthropic's requirements", "## Regulatory
 * requirements"). An item is set as a condition, often with no verb of its own but a participle
 * ("- Infrastructure exclusion (… outage beyond 72 hours) retained.", "2. Patch-cadence evidence:
 * critical CVEs remediated within 14 days over the last two quarters."), so its participles are no
 * past; a finite verb in the past ("was", "were", "had", "did") tells what happened and keeps the
 * item's hint. The caller asks more: the item names no party of the fact base, and a figure the fact
 * check ties to a fact on record keeps its hint ("- Anthropic's 90-day disclosure window applies.").
 */

/** A name of such a section. */
const conditionSource =
  '(?:exclusions?|subjectivit(?:y|ies)|conditions(?:[ \\t]+precedent)?|warrant(?:y|ies)|requirements|wording|endorsements?|terms[ \\t]+and[ \\t]+conditions)';

/**
 * A heading that names such a section and nothing else: its names joined by "and", "&" or a comma, after one or two qualifiers of the writer's own.
 * Example: conditionsHeadingRe.test('## 7. Exclusions and wording') → true; conditionsHeadingRe.test('## Market conditions') → false.
 */
const conditionsHeadingRe = new RegExp(
  `^[^\\p{L}]*(?:(?:proposed|policy|contract|special|general|standard|key|main|our|renewal|cover|coverage)[ \\t]+){0,2}${conditionSource}(?:[ \\t]*(?:,|and|&)[ \\t]*(?:(?:the|our)[ \\t]+)?${conditionSource}){0,3}[^\\p{L}]*$`,
  'iu',
);

/** How much of a heading is read. */
const maxRead = 120;

/**
 * A test of block indices, asked in increasing order (the claims' order): whether block `bi` is a
 * paragraph under a heading of conditions (see above). One pass over the headings in all; the
 * caller tests that the paragraph is a list's item.
 * Example: under "## 8. Subjectivities", the item "1. Satisfactory red-team report …, dated within 90 days of inception." → true.
 */
export function conditionsContext(blocks: readonly Block[], mask: string): (bi: number) => boolean {
  const under = headedSections(blocks, mask, (heading) => conditionsHeadingRe.test(heading), maxRead);
  return (bi) => under(bi) && blocks[bi]?.kind === 'paragraph';
}

/** A finite verb in the past, which tells what happened: "was", "were", "had", "did". */
const finitePastRe = /(?<![\p{L}])(?:was|were|had|did)(?![\p{L}])/iu;

/**
 * Whether an item of such a section states a condition: no finite verb in the past (its participles aside).
 * Example: statesCondition('Patch-cadence evidence: critical CVEs remediated within 14 days.') → true;
 * statesCondition('The last outage was 72 hours long.') → false.
 */
export function statesCondition(sentenceText: string): boolean {
  return !finitePastRe.test(sentenceText);
}
