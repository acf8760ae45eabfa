import type { Block } from '../markdown/structure';
import { holdsVerbOfSaying } from '../factcheck/verbCredits';

/** How many characters a list item may hold before a work's title (its author, publisher or label). */
const leadLimit = 100;
/** How many characters may stand between the title's closing mark and its URL (a date, a publisher, a separator). */
const gapLimit = 100;
/** How long the URL that ends the item may be. */
const urlLimit = 2000;

/** A list item's first line up to its text: indentation, block-quote marks, a bullet or a number. */
const itemPrefixRe = /^[ \t>]*(?:[-*+]|\d{1,9}[.)])[ \t]+$/;
/**
 * The URL that ends a list item, as its last word: a bare one, `www.` or an autolink, with a full stop after it.
 * Example: endingUrlRe.test('https://halverson.example/reports/machine-speed') is true.
 */
const endingUrlRe = /^(?:<https?:\/\/[^\s<>]+>|https?:\/\/[^\s<>]+|www\.[^\s<>]+)\.?$/i;
/** Words before a title on its line, with no other quotation: `Priya Natarajan, `, `Our Episode 172, `. */
const plainLeadRe = /^[^"“”«»„\r\n]*$/;
/** Words between a title and its URL, with no other quotation: ` (Halverson Institute, 2025): `, a line break. */
const plainGapRe = /^[^"“”«»„]*$/;
/** A sentence that ends inside the words before the title: a stop, question or exclamation mark before a space. */
const sentenceEndRe = /[.!?]\s/;

/**
 * Whether the quotation from `open` to `close` (the offsets of its marks) is the title of a work a
 * list item links to, not someone's words: the item ends with the work's URL (a bare URL or an
 * autolink), and before the title stands at most its author or publisher with no verb of saying
 * and no colon of a speaker, after it at most a short gap (`- Priya Natarajan, "Coordinated
 * Disclosure at Machine Speed" (Halverson Institute, 2025): https://…`, `- Our Episode 172, "Red
 * Lines and Blacklists": https://…`), as a Sources list or a link's whole text gives a title.
 * Not words a verb of saying reports (`- Graham told CNN "We did not feel comfortable …":
 * https://cnn.com/…`), nor words after a speaker's colon (`- Graham: "…" https://…`).
 * `text` is the document, `mask` its prose (URLs blanked); `block` is the paragraph that holds the marks.
 * Example: for the first item above, the marks around "Coordinated Disclosure at Machine Speed" hold a title.
 */
export function isListedWorkTitle(text: string, mask: string, block: Block, open: number, close: number): boolean {
  if (open - block.start > leadLimit || block.end - close > gapLimit + urlLimit) return false;
  if (!startsListItem(text, block)) return false;
  const lead = mask.slice(block.start, open);
  if (!plainLeadRe.test(lead) || sentenceEndRe.test(lead) || /:[\s*_]*$/.test(lead) || holdsVerbOfSaying(lead)) return false;
  const tail = text.slice(close + 1, block.end).trimEnd();
  const lastSpace = Math.max(tail.lastIndexOf(' '), tail.lastIndexOf('\t'), tail.lastIndexOf('\n'), tail.lastIndexOf('\r'));
  const url = tail.slice(lastSpace + 1);
  const gap = tail.slice(0, lastSpace + 1);
  return endingUrlRe.test(url) && gap.length <= gapLimit && plainGapRe.test(gap) && !holdsVerbOfSaying(gap);
}

/** Whether `block` is the first paragraph of a list item, its text right after the bullet or number. */
function startsListItem(text: string, block: Block): boolean {
  // The line's text before the block, read at most 41 characters back: a line starts after "\n" or a "\r" of CR line endings.
  const from = Math.max(0, block.start - 41);
  const before = text.slice(from, block.start);
  const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
  if (lineStart === 0 && from > 0) return false;
  return itemPrefixRe.test(before.slice(lineStart));
}
