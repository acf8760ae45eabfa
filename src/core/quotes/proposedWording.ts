import type { Block } from '../markdown/structure';
import { firstAtOrAfter } from '../util/search';
import { holdsVerbOfSaying } from '../factcheck/verbCredits';
import { amendsIn, moverRe } from './amendmentFormula';

/**
 * An editor's proposed wording, as a talk page, a review or a comment thread gives it: the words
 * the text should have, in the editor's own voice, no one's quoted words. `It should say "the
 * draft described the model as…".`, `The lead should read "…"`, `I suggest changing it to "…"`,
 * `I propose rewording the sentence to "…"`, `Replace "most capable" with "…"`, `Change "…" to "…"`
 * (the second: the first quotes the current text), `Suggested wording: "…"`, the words an amendment
 * inserts (`… to leave out "…" and insert "…".—(Mr Pugh.)`, see `amendmentFormula`: the mover named
 * after it moved the words, and quotes no one).
 */

/**
 * What the text should say, its subject the text or the writers (not a person: `Zemlin should say
 * "…"` is advice on another's words, read as a quotation), with a modal and "say", "read" or "be":
 * `It should say `, `the lead should read: `, `this could instead say `, `we should say something like `.
 * Example: shouldReadRe.test('Amodei.[1] It should say ') is true.
 */
const shouldReadRe =
  /(?:^|[^\p{L}])(?:[Ii]t|[Tt]his|[Tt]hat|[Ww]e|I|[Tt]he (?:[\p{Ll}-]{2,20} ){0,2}(?:lead|sentence|line|caption|heading|title|text|wording|section|paragraph|phrase|passage|article|summary|infobox|prose|entry)) (?:should|could|would|ought to|must|might) (?:(?:instead|rather|just|simply|really|probably|then|now|better) ){0,2}(?:say|read|be)(?: (?:something like|instead|rather|simply))?[ \t]*[:,]?[ \t]*$/u;

/**
 * A proposal to change the text, up to its new words: an imperative opening the sentence or a
 * clause (`Change "X" to `, `Replace it with `, `Reword as `), or after a verb of proposing or a
 * modal (`I suggest changing it to `, `propose rewording the lead to `, `we should replace it with `,
 * `can we change it to `). Not `Anthropic changed the wording to ` (a report of another's change).
 * Example: proposeChangeRe.test('I suggest changing it to ') is true.
 */
const proposeChangeRe =
  /(?:^|[.!?;:)\]—–]\s*|(?:suggest|propose|recommend|prefer|suggesting|proposing|recommending)(?: that)?(?: we| it)? |(?:should|could|would|can|let's|let us|please|why not|how about|I'd|we'd|just) (?:we |you |someone )?)(?:change|changing|replace|replacing|reword|rewording|rephrase|rephrasing|rewrite|rewriting|amend|amending|update|updating|revise|revising|alter|altering|edit|editing)\b[^.!?\n]{0,120}? (?:to|with|as|into|by)[ \t]*:?[ \t]*$/iu;

/**
 * A label that offers the new words: `Suggested wording: `, `Proposed text: `, `New wording: `,
 * `Proposal: `, `Suggestion: `, `Alternative wording: `, also with a phrase that says what the words
 * are for (a few words, one space apart, no comma: a clause credits words): `Suggested wording for the supplementary question: `,
 * `Proposed text for clause 4.2: `, `Suggested wording on disclosure: `.
 * Example: proposalLabelRe.test('Suggested wording for the supplementary question: ') is true.
 */
const proposalLabelRe =
  /(?:^|[^\p{L}])(?:(?:suggested|proposed|new|alternative|revised|replacement|possible)[ \t]+(?:wording|text|phrasing|version|sentence|lead|caption)|proposal|suggestion)(?: (?:for|in|on) [^\s:;,"“”.!?*_]{1,30}(?:\.\d{1,3}){0,3}(?: [^\s:;,"“”.!?*_]{1,30}(?:\.\d{1,3}){0,3}){0,5})?[*_]{0,2}[ \t]*:[*_]{0,2}[ \t]*$/iu;

/** A dash that opens an attribution after the words (`— Jim Zemlin`): someone's words; not the editor's signature (`— ~~User:Foo~~`). */
const dashRe = /(?:[\u2013\u2014]|--)(?![ \t]*(?:~~|\[\[)?User)/;

/** How far before and after a quotation its sentence is read. */
const window = 160;

/**
 * Whether the quotation from `open` to `close` (the offsets of its marks) is an editor's proposed
 * wording (see the module's comment): what stands before it in its block, within `window`
 * characters, ends on a proposal, and nothing after it up to its sentence's end credits the words
 * to anyone (`It should say "…", as Graham told CNN` quotes Graham). Reads a bounded window.
 * Example: with mask 'It should say "the draft described the model as…".', open 14 and close 48, true.
 */
export function isProposedWording(mask: string, blocks: readonly Block[], open: number, close: number): boolean {
  const bi = firstAtOrAfter(blocks, open + 1, (b) => b.end);
  const block = blocks[bi];
  if (!block || block.start > open) return false;
  const lead = mask.slice(Math.max(block.start, open - window), open);
  const amendment = amendsIn(lead);
  if (!amendment && !shouldReadRe.test(lead) && !proposeChangeRe.test(lead) && !proposalLabelRe.test(lead)) return false;
  let rest = mask.slice(close + 1, Math.min(block.end, close + 1 + window));
  if (amendment) rest = rest.replace(moverRe, '.');
  const end = rest.search(/[.!?](?:\s|$)/);
  const after = end < 0 ? rest : rest.slice(0, end);
  return !dashRe.test(after) && !holdsVerbOfSaying(after);
}

/**
 * A sentence that is nothing but a label offering the writer's own new words, ending its paragraph
 * on a colon, after the paragraph's number if any: `6.2 Proposed replacement, for recommendation to
 * the Board:`, `Proposed risk appetite statement:`, `Suggested wording:`, `Draft resolution:`. Not
 * `Zemlin made a proposal:` (a sentence with a subject reports another's) nor `Graham's suggestion:`.
 * Example: offerLabelRe.test('6.2 Proposed replacement, for recommendation to the Board:') is true.
 */
const offerLabelRe =
  /(?:^|[.!?][ \t\n]+)(?:\(?(?:\d{1,3}(?:\.\d{1,3}){0,3}|[a-z]|[ivx]{1,4})[.)]?[ \t]+)?[*_]{0,2}(?:(?:suggested|proposed|new|alternative|revised|replacement|recommended|draft|amended)[ \t]+(?:[\p{Ll}-]{2,20}[ \t]+){0,3}(?:wording|text|phrasing|version|sentence|statement|replacement|resolution|definition|clause|policy|paragraph|amendment|motion|lead|caption)|proposal|suggestion)(?:,?[ \t]+(?:for|in|on|to)[ \t][^:;"“”.!?\n]{1,80})?[*_]{0,2}[ \t]*:[*_]{0,2}[ \t]*$/iu;

/**
 * Whether the block quote starting at `start` is the writer's own proposed wording: the paragraph
 * right before it ends on a sentence that is only a label offering new words (see `offerLabelRe`):
 * `6.2 Proposed replacement, for recommendation to the Board:` over `> Halden has a very low
 * appetite …`. Reads the last `window` characters of that paragraph.
 * Example: with mask 'Proposed wording:\n\n> The Group has a very low appetite for cyber risk.', start 19, true.
 */
export function offersBlockQuote(mask: string, blocks: readonly Block[], start: number): boolean {
  const bi = firstAtOrAfter(blocks, start + 1, (b) => b.end);
  const intro = blocks[bi - 1];
  if (!intro || intro.kind !== 'paragraph' || intro.blockQuote !== undefined || intro.end > start) return false;
  const from = Math.max(intro.start, intro.end - window);
  // A cut mid-sentence is no sentence start.
  const lead = (from > intro.start ? '\u0000' : '') + mask.slice(from, intro.end).trimEnd();
  return offerLabelRe.test(lead);
}
