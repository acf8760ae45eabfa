import type { Block } from '../markdown/structure';
import { firstAtOrAfter } from '../util/search';
import { questionNumber } from './setQuestion';

/**
 * The quoted stem of an essay question, the examiner's own provocation followed by the task:
 * `**A6.** "Partner-gated access is security through obscurity by another name." Discuss with reference
 * to Project Glasswing. [8 marks]`, `"Disclosure norms are obsolete." To what extent do you agree?`.
 * The words quote no one (the caller keeps words on record a quotation, with their PL004 and PL005).
 * Not `"…" Graham said. Discuss.` nor `Graham: "…" Discuss.` (a speaker credited before or after).
 */

/**
 * What may stand before the stem in its paragraph: emphasis, a list's or a quote's mark, the question's
 * number (`**A6.** `, `3. `, `(b) `). Example: stemLeadRe.test('**A6.** ') is true.
 */
const stemLeadRe = new RegExp(String.raw`^[\s*_>-]*(?:${questionNumber})?[*_]{0,3}$`);

/**
 * The task that follows the stem, opening the next sentence: `Discuss`, `Critically assess`,
 * `Evaluate this claim`, `To what extent do you agree?`, `How far do you agree?`, `Do you agree?`,
 * `Comment.`, `Assess the validity of this statement.` After the stem's closing punctuation and emphasis.
 * Example: taskAfterRe.test('. Discuss with reference to Project Glasswing.') is true.
 */
const taskAfterRe =
  /^[*_]{0,3}[.!?]?[*_]{0,3}[ \t]+[*_]{0,3}(?:(?:critically[ \t]+)?(?:discuss|assess|evaluate|examine|analy[sz]e|comment|appraise)(?![\p{L}])|to what extent|how far|(?:do|would) you agree|how (?:convincing|persuasive|accurate|valid|fair) is)/iu;

/** How far after the stem its task is read. */
const window = 40;

/**
 * Whether the quotation from `open` to `close` (the offsets of its marks) is the stem of an essay
 * question (see the module's comment): it opens its paragraph after at most a question's number and
 * emphasis (so nothing before it credits a speaker), and the next sentence, right after it, opens on
 * a task (so no attribution follows it). Reads a bounded window on each side.
 * Example: with mask '**A6.** "Gated access is obscurity." Discuss.', open 8 and close 34, true.
 */
export function isQuotedStem(mask: string, blocks: readonly Block[], open: number, close: number): boolean {
  const bi = firstAtOrAfter(blocks, open + 1, (b) => b.end);
  const block = blocks[bi];
  if (!block || block.start > open || open - block.start > window) return false;
  if (!stemLeadRe.test(mask.slice(block.start, open))) return false;
  const after = mask.slice(close + 1, Math.min(block.end, close + 1 + window));
  return taskAfterRe.test(after);
}
