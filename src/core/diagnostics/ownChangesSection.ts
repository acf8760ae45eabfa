import type { Block } from '../markdown/structure';
import { headedSections } from '../markdown/headedSections';
import { pastVerbRe } from './writersOwnRules';

/**
 * A section in which the writer sets out their own changes or plans, under a heading that says so
 * in the first person ("## What we are changing", "## What we will do", "## What we will ask at
 * renewal", "## Our plans", "## Changes we are making"): a sentence there in the present or the future that names no party of the fact
 * base states the writer's own rule or plan ("Each report gets an acknowledgement within 3 working
 * days."), which no source could support (PL007). A sentence in the past there still tells what
 * happened ("Attackers found 181 exploits last year") and keeps its hint; so does one that names a
 * party of the fact base (the caller tests that), and a heading of another's plan ("## What
 * Anthropic is changing") is none.
 */
const ownChangesHeadingRe =
  /^[^\p{L}]*(?:what[ \t]+(?:we|i)(?:['’]re|['’]ll|[ \t]+are|[ \t]+am|[ \t]+will|[ \t]+plan[ \t]+to|[ \t]+intend[ \t]+to)?[ \t]+(?:changing|change|doing|do|asking|ask|requiring|require|going[ \t]+to[ \t]+(?:do|change|ask|require))|(?:our|my)[ \t]+(?:plans?|changes|commitments|next[ \t]+steps)|changes[ \t]+(?:we|i)(?:['’]re|['’]ve|[ \t]+are|[ \t]+am|[ \t]+have)[ \t]+mak(?:ing|e|ed)|what(?:['’]s|[ \t]+is)[ \t]+changing[ \t]+(?:at|in|for)[ \t]+(?:our|my)[ \t]+\p{L}+)(?![\p{L}])/iu;

/** How much of a heading is read. */
const maxRead = 120;

/**
 * A test of block indices, asked in increasing order (the claims' order): whether block `bi` is a
 * paragraph in a section of the writer's own changes (see above). One pass over the headings in all.
 * Example: under "## What we are changing", the item "Each report gets an acknowledgement within 3 working days." → true.
 */
export function ownChangesContext(blocks: readonly Block[], mask: string): (bi: number) => boolean {
  const under = headedSections(blocks, mask, (heading) => ownChangesHeadingRe.test(heading), maxRead);
  return (bi) => under(bi) && blocks[bi]?.kind === 'paragraph';
}

/**
 * Whether a sentence of such a section states a rule or a plan: no verb in the past.
 * Example: statesRuleOrPlan('Each report gets an acknowledgement within 3 working days.') → true;
 * statesRuleOrPlan('Attackers found 181 exploits last year.') → false.
 */
export function statesRuleOrPlan(sentenceText: string): boolean {
  return !pastVerbRe.test(sentenceText);
}
