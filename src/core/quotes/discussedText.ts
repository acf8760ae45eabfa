import type { Block } from '../markdown/structure';
import { firstAtOrAfter } from '../util/search';
import { amendsOut } from './amendmentFormula';
import { holdsVerbOfSaying } from '../factcheck/verbCredits';

/**
 * The current words of the text under discussion, quoted on its talk page or in a review: `The lead
 * currently says the model was described as "…"`, `The current wording is "…"`, `This article quotes
 * him as "…"`, `Change "…" to "…"` (the first: the words to change). The document under discussion is
 * their source, and what they quote is under review, as a claim in a fact-check table is: no PL001,
 * and they are not set against the record (no PL004, PL005), whose fix would make the comment say the
 * text reads what it does not. So are the words an amendment leaves out (`Amendment proposed, in line 3,
 * to leave out "…" and insert "…"`, see `amendmentFormula`). Figures credited so ("The prose says 86.1%") are not checked either.
 */

/**
 * The text under discussion as a subject, with a verb that gives its words, up to the mark:
 * `The lead currently says the model was described as `, `the current wording is `, `this article
 * quotes him as `, `The article currently reads: `, `The current statement, approved by the Board on
 * 9 December 2025, reads: ` (the writer's own text in force, a few words before its noun, and a phrase
 * set off by commas between it and its verb, unless a verb of saying in it credits the words). "The article" alone is any article ("The Fortune
 * article says"); with "currently", "now" or "still" it is the one under discussion.
 * Example: discussedTextRe.test('The lead currently says the model was described as ') is true.
 */
const discussedTextRe =
  /(?:^|[^\p{L}])(?:[Tt]he (?:lead|lede|prose|infobox|current (?:[\p{Ll}-]{2,20} ){0,2}(?:wording|text|version|lead|sentence|phrasing|caption|statement|policy|clause|definition|paragraph|section|resolution))|(?:[Tt]his|[Oo]ur) (?:article|page|entry|draft)|[Tt]he article(?= (?:currently|now|still))|[Tt]he (?:first|second|third|opening|last|final) sentence(?: of the (?:lead|article|section))?)(?:,[ \t]([^,"“”«».!?\n]{1,80}),)?(?: (?:currently|now|still|also|already))? (?:says|reads|has|states|gives|quotes|is|calls it|describes it as|words it as)[ \t:][^"“”«».!?\n]{0,80}$/u;

/**
 * A proposal to change the text, up to the words to change: `Change `, `I suggest replacing the
 * phrase `, `we should remove `, `Can we reword `. The words after it are the text's current ones.
 * Example: changeWordsRe.test('I suggest replacing the phrase ') is true.
 */
const changeWordsRe =
  /(?:^|[.!?;:)\]—–][ \t]*|(?:[Ss]uggest|[Pp]ropose|[Rr]ecommend)(?: that)?(?: we)? |(?:[Ss]hould|[Cc]ould|[Cc]an|[Pp]lease|[Ll]et's|I'd|[Ww]e'd) (?:we |you )?)(?:[Cc]hang|[Rr]eplac|[Rr]eword|[Rr]ephras|[Rr]emov|[Dd]elet|[Dd]ropp?|[Cc]ut)(?:e|ing|t)?[ \t]+(?:the (?:words?|phrase|sentence|line|wording|quote|quotation)[ \t]+)?$/u;

/** How far before a quotation its lead-in is read. */
const window = 160;

/**
 * Whether the quotation whose opening mark is at `open` gives the current words of the text under
 * discussion (see the module's comment): what stands before it in its block, within `window`
 * characters, ends on such a lead-in. Example: with mask 'The lead currently says "by far the most
 * capable AI model".', open 24, true.
 */
export function quotesDiscussedText(mask: string, blocks: readonly Block[], open: number): boolean {
  const bi = firstAtOrAfter(blocks, open + 1, (b) => b.end);
  const block = blocks[bi];
  if (!block || block.start > open) return false;
  const lead = mask.slice(Math.max(block.start, open - window), open);
  const discussed = discussedTextRe.exec(lead);
  // A phrase set off by commas that credits the words ('The current policy, Graham said, reads: ') makes them his.
  if (discussed && !(discussed[1] !== undefined && holdsVerbOfSaying(discussed[1]))) return true;
  return changeWordsRe.test(lead) || amendsOut(lead);
}
