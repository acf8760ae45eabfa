import type { Block } from '../markdown/structure';
import { headedSections } from '../markdown/headedSections';

/**
 * A list of questions the writer sets, under a heading that names it and nothing else: "## Discussion questions", "### 4.
 * Suggested questions", "## Seminar questions", "## Questions for the witnesses". A question there is put to a reader, a
 * student or a witness, and asserts nothing: its figures want no citation (PL007), "4. How would you redesign the 90-day
 * disclosure window …?", "3. How many of the 40-plus additional organisations are headquartered outside the United States?"
 * (the fact check still reads them). A statement among the questions ("Professor Achterberg told us on 21 April that …")
 * keeps its hints, and so does a question elsewhere ("Why did Anthropic pledge $100 million?" takes its figure as given).
 */

/**
 * A heading that names a list of questions and nothing else, past its numbering and marks.
 * Example: questionsHeadingRe.test('### 4. Suggested questions') → true; questionsHeadingRe.test('## Questions about the leak') → false.
 */
const questionsHeadingRe =
  /^[^\p{L}]*(?:(?:suggested|discussion|seminar|tutorial|review|revision|study|practice|possible|key|further|oral|exam|examination)[ \t]+)?questions(?:[ \t]+for[ \t]+(?:discussion|(?:the[ \t]+)?(?:seminar|tutorial|witnesses|witness|members|panel|panels)))?[^\p{L}]*$/iu;

/** How much of a heading is read. */
const maxRead = 80;

/**
 * A test of block indices, asked in increasing order (the claims' order): whether block `bi` is a list item or paragraph
 * under a heading of questions (see above). One pass over the headings in all.
 * Example: under "## Discussion questions", "4. How would you redesign the 90-day disclosure window?" → true.
 */
export function questionsContext(blocks: readonly Block[], mask: string): (bi: number) => boolean {
  const under = headedSections(blocks, mask, (heading) => questionsHeadingRe.test(heading), maxRead);
  return (bi) => under(bi) && blocks[bi]?.kind === 'paragraph';
}
