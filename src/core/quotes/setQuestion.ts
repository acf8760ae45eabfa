import type { Block } from '../markdown/structure';
import { holdsVerbOfSaying } from '../factcheck/verbCredits';

/** The words a course or a brief sets a task with: "essay question", "discussion prompt", "motion". */
const taskNoun = String.raw`(?:questions?|prompts?|topics?|titles?|motions?|tasks?)`;
/** Words that may qualify that noun: "essay question", "seminar question 3", "the final prompt". */
const taskQualifier = String.raw`(?:essay|exam|examination|assignment|assessment|coursework|seminar|discussion|tutorial|research|debate|reflection|revision|practice|sample|guiding|central|main|final|bonus|set|following)`;

/**
 * The number of a question on a paper, before its label or its words, with the emphasis that sets it
 * off: `3. `, `**B3.** `, `Q4. `, `(a) `, `b) `, `A6: `.
 * Example: new RegExp('^' + questionNumber).test('**B3.** ') is true.
 */
export const questionNumber = String.raw`(?:(?:[A-Z]{1,2}|Q\s?)?\d{1,2}[a-z]?[.):]|\([a-z0-9]{1,4}\)|[a-h][.)])[*_]{0,3}\s+`;

/**
 * A label that sets a task, all that stands before the quotation in its sentence, after the question's
 * number if any: `Essay question:`, `**Question 2:**`, `Discuss:`, `**A6.** Discuss:`, `**B3.** Essay
 * question:`, `Prompt:`, `Seminar question (a):`, `Motion:`. Not a credit such as `Graham's question:`
 * or `Question from Graham:` (words outside the label make it no label).
 * Example: labelRe.test('Essay question: ') is true.
 */
const labelRe = new RegExp(
  String.raw`^[\s*_>-]*(?:${questionNumber})?(?:(?:your|the|an?)\s+)?(?:${taskQualifier}\s+){0,2}` +
    String.raw`(?:${taskNoun}|discuss|consider|debate)(?:\s+(?:\d{1,2}[a-z]?|[A-H]|\([a-h]\)|[ivx]{1,4}))?[\s*_]{0,3}:[\s*_]{0,3}$`,
  'i',
);

/**
 * A label that sets a question the document's own programme takes from its audience, all that stands
 * before the quotation in its sentence, after a chapter's timestamp if any: `Listener mail:`,
 * `Listener question:`, `Reader question 3:`, `Audience Q:`, `Mailbag:`, `From the mailbag:`, `Q:`,
 * `[00:51:10] Listener mail:`. Set only over a question (see `isSetTask`). Not a credit such as
 * `Graham's question:` or `Question from a listener in Ohio:` (words outside the label make it no label).
 * Example: audienceLabelRe.test('[00:51:10] Listener mail: ') is true.
 */
const audienceLabelRe = new RegExp(
  String.raw`^[\s*_>-]*(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?[\s*_]*(?:[-–—][\s*_]*)?)?` +
    String.raw`(?:(?:listener|reader|viewer|audience|caller|subscriber|member|community|student|fan|user)s?['’]?\s+(?:mail|mailbag|questions?|q|letters?|e-?mails?|voicemails?|submissions?)|(?:from\s+the\s+)?mailbag|postbag|q)` +
    String.raw`(?:\s+(?:#?\d{1,3}))?[\s*_]{0,3}:[\s*_]{0,3}$`,
  'i',
);

/** A question as the words in the marks end: a question mark, then closing emphasis or brackets at most. */
const questionRe = /\?[\s*_)\]"'”’]*$/;

/**
 * A clause that sets the task that follows, ending in its colon: `answering the following question:`,
 * `Answer one of the following questions:`, `Respond to this prompt:`, `Discuss the following statement:`,
 * `Your essay should address the question below:`. Not `Graham posed the following question:`
 * (it reports one; the verb, not the noun, sets a task).
 * Example: leadInRe.test('Write an essay answering the following question:') is true.
 */
const leadInRe = new RegExp(
  String.raw`\b(?:answer(?:ing)?|address(?:ing)?|respond(?:ing)?\s+to|discuss(?:ing)?|consider(?:ing)?|choose|select|attempt|tackle|debate)\s+` +
    String.raw`(?:(?:one|two|three|any|each|all|both)\s+of\s+)?(?:the|this|these)\s+(?:${taskQualifier}\s+){0,2}(?:${taskNoun}|statements?)(?:\s+below)?[\s*_]{0,3}:[\s*_]{0,3}$`,
  'i',
);

/** What may follow the set words in their block: a closing bracket, emphasis, punctuation. */
const restRe = /^[\s*_).,;:!?]*$/;

/** What may stand between a paragraph's start and a quotation that opens it: emphasis. */
const openerRe = /^[*_]{0,3}$/;

/** How far before a quotation its lead-in is read. */
const window = 200;

/**
 * Whether the quotation from `open` to `close` (the offsets of its marks) in block `bi` is a task the
 * document sets, the writer's own words that quote no one:
 * - after a label that is all that stands before it in its sentence (`Essay question: "To what extent
 *   …?"`, `**Discuss:** "…"`);
 * - a question after a label that takes it from the audience of the document's own programme, all that
 *   stands before it in its sentence (`- [00:51:10] Listener mail: "Should my city's IT department care
 *   about this?"`, `Reader question: "…?"`, `Q: "…?"`);
 * - after a clause that sets it and ends in a colon (`… answering the following question: "…?"`), in
 *   its sentence or, when the quotation is all of its paragraph, as the paragraph right before ends.
 * A verb of saying in the lead-in or after the quotation reports words instead (`Graham asked the
 * following question: "…"`, `Question: "Are we ready?" Graham asked.`): no task.
 * `before` is the quotation's sentence up to its opening mark.
 * Example: with before = 'Essay question: ', '"To what extent …?"' is set, not quoted.
 */
export function isSetTask(mask: string, blocks: readonly Block[], bi: number, before: string, open: number, close: number): boolean {
  const block = blocks[bi];
  const after = mask.slice(close + 1, Math.min(block.end, close + 1 + window));
  const sentenceAfter = after.split(/[.!?](?:\s|$)/)[0];
  if (reportsWords(sentenceAfter)) return false;
  const lead = before.trimStart();
  if (lead && audienceLabelRe.test(lead) && questionRe.test(mask.slice(open + 1, close)) && !reportsWords(lead)) return true;
  if (lead) return setsTask(lead);
  // The quotation opens its paragraph: the paragraph right before may set it, when the quotation is all of its own.
  // A list's item looks to the paragraph before its list ("Answer one of the following questions:").
  const prev = blocks[block.leadIn ?? bi - 1];
  if (!prev || prev.kind !== 'paragraph' || !openerRe.test(mask.slice(block.start, open)) || !restRe.test(after)) return false;
  const prevText = mask.slice(Math.max(prev.start, prev.end - window), prev.end).trimEnd();
  const lastSentence = prevText.slice(Math.max(prevText.lastIndexOf('.'), prevText.lastIndexOf('!'), prevText.lastIndexOf('?')) + 1);
  return setsTask(lastSentence.trimStart());
}

/** Whether `lead`, words ending right before a quotation, set a task and report no one's words. */
function setsTask(lead: string): boolean {
  return (labelRe.test(lead) || leadInRe.test(lead)) && !reportsWords(lead);
}

/** A verb that reports a question someone put: "Graham asked", "she wondered", "he queried". */
const askedRe = /\b(?:ask|asks|asked|asking|wondered|wonders|queried|queries|inquired|enquired)\b/i;

/**
 * Whether `words` report someone's words: a verb of saying, or of asking.
 * Example: reportsWords(' Graham asked.') is true.
 */
function reportsWords(words: string): boolean {
  return askedRe.test(words) || holdsVerbOfSaying(words);
}
