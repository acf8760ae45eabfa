import type { Block } from '../markdown/structure';
import { firstAtOrAfter } from '../util/search';
import { holdsVerbOfSaying } from '../factcheck/verbCredits';

/**
 * A short quoted phrase set as a modifier between a determiner and the noun it qualifies names a
 * thing, a term, not someone's words: `the "use of sources" criterion`, `the "move fast" culture`, `a
 * "red lines" clause`. Not words that noun says were spoken (`the "we did not feel comfortable" remark`,
 * `the "much more likely this year" warning`), nor words a verb of saying credits in the sentence
 * (`Amodei called it the "most capable model yet" release`); the caller keeps words on record a
 * quotation, with their PL004 and PL005.
 */

/**
 * A determiner right before the opening mark (no possessive: `its`, `his`, `their` credit the words):
 * `the `, `a `, `this `, `our `, `each `. Example: determinerRe.test('within the ') is true.
 */
const determinerRe = /(?:^|[^\p{L}'’])(?:the|a|an|this|these|those|our|your|each|every|any|no)[ \t]+[*_]{0,2}$/iu;

/**
 * The word right after the closing mark, in lower case (a noun would be: a capital opens a name or a
 * sentence). Example: nextWordRe.exec(' criterion.')?.[1] is 'criterion'.
 */
const nextWordRe = /^[*_]{0,2}[ \t]+([\p{Ll}][\p{Ll}-]{1,24})(?![\p{L}'’])/u;

/**
 * Words that follow a quoted phrase and are no noun it modifies (function words, verbs that make the
 * phrase a subject), and nouns of speech (the phrase is then words someone said): `and`, `is`, `remark`.
 * Example: notModifiedRe.test('remarks') is true; notModifiedRe.test('criterion') is false.
 */
const notModifiedRe =
  /^(?:and|or|but|nor|to|of|in|on|at|for|with|by|from|as|into|than|then|so|yet|that|which|who|whom|whose|when|while|where|because|if|since|after|before|until|unless|though|although|is|was|are|were|be|been|being|has|have|had|will|would|shall|should|can|could|may|might|must|does|did|do|not|also|still|now|here|there|today|yesterday|said|says|say|told|tells|added|adds|remark|comment|quote|quotation|line|statement|claim|word|phrase|warning|pledge|promise|boast|assurance|admission|description|characteri[sz]ation|slogan|mantra|tagline|motto|soundbite|quip|retort|reply|answer|response|message|tweet|post|headline|assertion|declaration|announcement|jibe|accusation|allegation|prediction|vow|threat|denial|concession|confession|apology|speech|interview|testimony)(?:s|es)?$|(?:ed|ly)$/;

/** The most words a modifier holds: a name, not a clause. */
const maxWords = 6;

/** How far before a quotation its sentence is read for a verb of saying. */
const window = 160;

/**
 * Whether the quotation from `open` to `close` (the offsets of its marks) is a short phrase set as a
 * modifier between a determiner and the noun it qualifies (see the module's comment), with no verb of
 * saying before it in its sentence. Reads a bounded window before the marks and a word after them.
 * Example: with mask 'Reward it within the "use of sources" criterion.', open 21 and close 36, true.
 */
export function isModifierTerm(mask: string, blocks: readonly Block[], open: number, close: number, words: number): boolean {
  if (words > maxWords) return false;
  const bi = firstAtOrAfter(blocks, open + 1, (b) => b.end);
  const block = blocks[bi];
  if (!block || block.start > open) return false;
  const lead = mask.slice(Math.max(block.start, open - window), open);
  if (!determinerRe.test(lead)) return false;
  const noun = nextWordRe.exec(mask.slice(close + 1, Math.min(block.end, close + 40)))?.[1];
  if (!noun || notModifiedRe.test(noun)) return false;
  const stop = Math.max(lead.lastIndexOf('. '), lead.lastIndexOf('? '), lead.lastIndexOf('! '));
  return !holdsVerbOfSaying(lead.slice(stop + 1));
}
