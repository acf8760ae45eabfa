import type { Block } from '../markdown/structure';
import { headedSections } from '../markdown/headedSections';

/**
 * The disclosure timeline of a security advisory: a section under a heading that names one
 * ("## Disclosure timeline", "## Coordinated disclosure timeline", "## Timeline of the
 * disclosure"), whose items open on a date ("- 2026-04-09: report received via security@", "-
 * 2026-04-11: CVE-2026-31337 assigned."). The dates are the writer's own record of how the report
 * was handled; no source says them (PL007). Only the date that opens an item, before its colon or
 * dash, and only in an item that names no party of the fact base ("- 2026-04-07: Anthropic
 * announces Project Glasswing" is the world's); other figures of the item are read as any. A
 * heading of "Timeline" alone heads a history of the world as often (a Glasswing timeline keeps its
 * hints), so it is none.
 */
const disclosureHeadingRe =
  /^[^\p{L}]*(?:(?:(?:coordinated|responsible|vulnerability|security|bug|our)[ \t]+)?disclosure[ \t]+(?:timeline|history|log)|timeline[ \t]+of[ \t]+(?:the[ \t]+|our[ \t]+)?(?:disclosure|report|fix))[^\p{L}]*$/iu;

/** How much of a heading is read. */
const maxRead = 120;

/** What stands between an item's opening date and its text: a colon or a dash. */
const afterOpeningDateRe = /^[*_ \t]*(?::|—|–|-(?=[ \t]))/u;
const letterOrDigitRe = /[\p{L}\p{N}]/u;

/**
 * A test of block indices, asked in increasing order (the claims' order; an earlier one restarts
 * the walk): whether block `bi` is a paragraph under a disclosure timeline's heading (see above),
 * down to the next heading of its level or above. One pass over the headings in all.
 */
export function disclosureTimelineContext(blocks: readonly Block[], mask: string): (bi: number) => boolean {
  const under = headedSections(blocks, mask, (heading) => disclosureHeadingRe.test(heading), maxRead);
  return (bi) => under(bi) && blocks[bi]?.kind === 'paragraph';
}

/**
 * Whether the claim's date on [start, end) opens its item of a disclosure timeline: nothing but
 * marks before it in the block that starts at `blockStart`, and a colon or a dash after it.
 */
export function opensTimelineItem(mask: string, blockStart: number, start: number, end: number): boolean {
  return start - blockStart <= 12 && !letterOrDigitRe.test(mask.slice(blockStart, start)) && afterOpeningDateRe.test(mask.slice(end, end + 8));
}
