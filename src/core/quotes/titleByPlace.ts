import type { Block } from '../markdown/structure';
import { firstAtOrAfter } from '../util/search';
import { holdsVerbOfSaying } from '../factcheck/verbCredits';
import { isListedWorkTitle } from './listedWorkTitle';

/**
 * Headings of a reading list, whose items are titles of works to read: "What we're reading",
 * "What I'm reading this week", "Reading list", "Recommended reading", "Weekend reads", "Worth
 * reading" (after a section number, if any). "Further reading" is a reference heading already.
 */
const readingListRe =
  /^(?:\d+(?:\.\d+)*\.?\s+)?(?:what (?:we|i)(?:'re|'m| are| am) reading|(?:recommended|suggested|further|additional|background|weekend|essential|required|more|good|long|other|our|the) (?:reading|reads)\b|reading list|(?:also )?worth (?:a )?read(?:ing)?\b|(?:reading|reads)$)/;

/** What opens a list item's first line before its text: indentation, block-quote marks, a bullet or a number. */
const itemPrefixRe = /^[ \t>]*(?:[-*+]|\d{1,9}[.)])[ \t]+$/;
/** What may stand between a list item's start and a title that opens it: emphasis, a link's bracket. */
const titleLeadRe = /^[*_[]{0,4}$/;
/** A link as the whole of a quotation's words: `"[Why … story](https://…)"`, `"[…][lawfare]"`. */
const wholeLinkRe = /^\[[^[\]\n]+\](?:\([^()\n]*\)|\[[^[\]\n]*\])$/;
/** How far either side of a link's title its paragraph is read for a verb of saying. */
const verbWindow = 200;

/**
 * Whether the quotation marks from `open` to `close` (the offsets of the marks) hold a title by
 * where they stand, not someone's words:
 * - the whole text of a link, `["Why Glasswing's partner list is the real story"](https://…)`,
 *   `"[…](https://…)"` or `[“…”][lawfare]`, when its paragraph reports no words by a verb of
 *   saying outside it (`Graham told CNN ["we did not feel comfortable …"](https://…)` quotes him);
 * - the quotation that opens an item of a reading list, a list under a heading such as "What
 *   we're reading", "Reading list" or "Recommended reading" (`- "Pentagon Designates Anthropic a
 *   Supply Chain Risk" — Mayer Brown's client alert`); a quotation later in the item's blurb is one.
 * - the title of a work a list item links to by a bare URL or an autolink that ends the item, after
 *   at most its author or publisher (`- Priya Natarajan, "Coordinated Disclosure at Machine Speed"
 *   (Halverson Institute, 2025): https://…`; see `isListedWorkTitle`).
 * Built once per analysis; the reading-list sections are found on first need, in one pass over the blocks.
 */
export function titleByPlace(text: string, mask: string, blocks: readonly Block[]): (open: number, close: number) => boolean {
  let readingItems: boolean[] | undefined;
  const inReadingList = (bi: number) => (readingItems ??= readingListBlocks(mask, blocks))[bi];
  return (open, close) => {
    const bi = firstAtOrAfter(blocks, open + 1, (b) => b.end);
    const block = blocks[bi];
    if (!block || block.start > open || block.kind !== 'paragraph') return false;
    if (isLinkText(text, mask, open, close)) {
      const before = mask.slice(Math.max(block.start, open - verbWindow), open);
      const after = mask.slice(close + 1, Math.min(block.end, close + 1 + verbWindow));
      if (!holdsVerbOfSaying(`${before} ${after}`)) return true;
    }
    if (isListedWorkTitle(text, mask, block, open, close)) return true;
    return opensItem(text, mask, block, open) && inReadingList(bi);
  };
}

/** Whether the marks at `open` and `close` enclose the whole text of a link, or a link is all they enclose. */
function isLinkText(text: string, mask: string, open: number, close: number): boolean {
  if (mask[open - 1] === '[' && text[close + 1] === ']' && (text[close + 2] === '(' || text[close + 2] === '[')) return true;
  return text[open + 1] === '[' && close - open < 2000 && wholeLinkRe.test(text.slice(open + 1, close));
}

/** Whether `open` starts the text of a list item's first paragraph, but for emphasis or a link's bracket. */
export function opensItem(text: string, mask: string, block: Block, open: number): boolean {
  if (open - block.start > 4 || !titleLeadRe.test(mask.slice(block.start, open))) return false;
  const lineStart = text.lastIndexOf('\n', block.start - 1) + 1;
  return block.start - lineStart <= 40 && itemPrefixRe.test(text.slice(lineStart, block.start));
}

/** For each block, whether it stands in a section headed as a reading list (under its heading or one above it). */
function readingListBlocks(mask: string, blocks: readonly Block[]): boolean[] {
  const out: boolean[] = new Array(blocks.length);
  // The open headings by level, and whether each names a reading list.
  const open: { level: number; reading: boolean }[] = [];
  let reading = false;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind === 'heading') {
      const level = b.headingLevel ?? 1;
      while (open.length && open[open.length - 1].level >= level) open.pop();
      const title = normalizedHeading(mask.slice(b.start, Math.min(b.end, b.start + 80)));
      open.push({ level, reading: readingListRe.test(title) });
      reading = open.some((h) => h.reading);
    }
    out[i] = reading && b.kind !== 'heading';
  }
  return out;
}

/** A heading's words in lower case, with straight apostrophes, without emphasis, emoji and punctuation around them. */
function normalizedHeading(s: string): string {
  return s
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^\p{L}\p{N}' .]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\.$/, '');
}
