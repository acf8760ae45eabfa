import type { Block } from '../markdown/structure';
import { headedSections } from '../markdown/headedSections';

/**
 * The writer's calendar of coming events, under a heading that names it and nothing else: "##
 * Calendar", "## Upcoming events", "## Coming up", "## Key dates ahead", "## Diary", "## What to
 * watch", "## Upcoming catalysts". An item that opens on its date ("- 6 May: FTNT Q1 results.",
 * "- 2 June — CRWD FQ1 results") schedules an event; no source says when the writer's diary has it
 * (PL007). The caller asks more: the item names no party of the fact base ("- 7 April: Anthropic
 * announces Glasswing" is the story's, and keeps its hint), and a date the fact check ties to a
 * fact on record keeps its hint. A heading of another kind keeps its
 * hints: "## Timeline", "## Key dates", "## What happened".
 */

/**
 * A heading that is one name of such a section, past its numbering and marks.
 * Example: calendarHeadingRe.test('## 4. Calendar') → true; calendarHeadingRe.test('## Key dates') → false.
 */
const calendarHeadingRe =
  /^[^\p{L}]*(?:(?:(?:the|this|next)[ \t]+)?(?:(?:week|month|quarter)(?:['’]s|ly)?[ \t]+)?(?:calendar|diary)|upcoming(?:[ \t]+(?:events|dates|catalysts|calendar|diary))?|coming[ \t]+up|(?:key[ \t]+)?dates[ \t]+ahead|events[ \t]+calendar|what[ \t]+to[ \t]+watch(?:[ \t]+for)?|(?:upcoming[ \t]+|near-term[ \t]+)?catalysts)[^\p{L}]*$/iu;

/** How much of a heading is read. */
const maxRead = 80;

/**
 * A test of block indices, asked in increasing order (the claims' order): whether block `bi`
 * is a list item or paragraph in a calendar section (see above). One pass over the headings in all.
 * Example: under "## Calendar", "- 19 May: PANW FQ3 results." → true.
 */
export function calendarContext(blocks: readonly Block[], mask: string): (bi: number) => boolean {
  const under = headedSections(blocks, mask, (heading) => calendarHeadingRe.test(heading), maxRead);
  return (bi) => under(bi) && blocks[bi]?.kind === 'paragraph';
}

/**
 * A heading of the writer's own next steps, past its numbering: "## 10. Next steps", "## Action
 * items", "## Agreed actions". Its list items set the writer's own work and its dates ("- Outside
 * counsel review of terms of service, due 24 May.", "- IC vote on 27 May; target close 10 June
 * 2026."); no source says them (PL007). Not "## Timeline" nor "## Key dates", which tell the world's.
 * Example: nextStepsHeadingRe.test('## 10. Next steps') → true; nextStepsHeadingRe.test('## Timeline') → false.
 */
const nextStepsHeadingRe = /^[^\p{L}]*(?:(?:proposed|agreed|our)[ \t]+)?(?:next[ \t]+steps|action[ \t]+items|actions(?:[ \t]+agreed)?)[^\p{L}]*$/iu;

/**
 * A test of block indices, asked in increasing order: whether block `bi` is a paragraph (a list
 * item's text) in a section of the writer's next steps (see `nextStepsHeadingRe`). The caller asks
 * more: the block is a list item that names no party of the fact base, and a date tied to a fact
 * on record keeps its hint. Example: under "## Next steps", "- Final reference call, scheduled for 21 May." → true.
 */
export function nextStepsContext(blocks: readonly Block[], mask: string): (bi: number) => boolean {
  const under = headedSections(blocks, mask, (heading) => nextStepsHeadingRe.test(heading), maxRead);
  return (bi) => under(bi) && blocks[bi]?.kind === 'paragraph';
}
