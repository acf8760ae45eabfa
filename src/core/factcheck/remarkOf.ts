import type { EntityMention, Span } from '../types';
import { firstAtOrAfter } from '../util/search';
import { holdsVerbOfSaying, speakerKinds } from './verbCredits';

/**
 * A noun that reports someone's words, as a regular expression's source: "remark", "words", "line",
 * "warning"… ("Dario Amodei's remark that “…”", "his words: “…”"). Shared with `reportedInEntry`.
 */
export const speechNoun = String.raw`(?:remarks?|comments?|words|quip|quotes?|line|warning|admission|statement|description|claim|assertion|answer|reply)`;

/** Words that may qualify that noun: "own", "famous" ("Amodei's own line"). */
const nounQualifier = String.raw`(?:own\s+|famous\s+|oft-quoted\s+|earlier\s+|later\s+)?`;
/** How far before the quotation's opening mark the owner's name may stand. */
const reach = 60;
/**
 * After a possessive name, up to the quotation's opening mark: a noun of speech and "that", "as"
 * or a comma or colon ("'s remark that ", "’s words: ", "'s comment, ", "'s own line that ").
 * Example: remarkRe.test("'s remark that ") is true.
 */
const remarkRe = new RegExp(String.raw`^(?:['’]s?)?\s+${nounQualifier}${speechNoun}\s*(?:(?:that|as)\s+|[,:]\s*)?$`, 'i');
/** How far before the quotation's opening mark the owner's name may stand when a copula follows the noun. */
const reachPastCopula = 120;
/**
 * After a possessive name, the same noun as the subject of "was (that)", in one clause, up to the
 * quotation's opening mark: "'s line was ", "'s own line, when he went on camera, was that it's ",
 * "'s answer is that the model is ". An aside set off by commas may follow the noun; after the copula,
 * at most three words in lower case, a pronoun or a noun phrase with no name ("it's", "the model
 * is"), so "Hegseth's claim was that Anthropic is a “…”" (about another, by name) is not read here.
 * Example: remarkWasRe.test("'s own line, when he went on camera, was that it's ") is true.
 */
const remarkWasRe = new RegExp(
  String.raw`^(?:['’]s?)?\s+${nounQualifier}${speechNoun}(?:\s*,[^,;:"“”«»\r\n]{1,60},)?\s+(?:was|is|has\s+been|had\s+been|remains|remained)\s+(?:that\s+)?(?:[\p{Ll}'’]{1,20}\s+){0,3}$`,
  'u',
);

/**
 * Whose words the quotation at `quote` (its marks included) is said to be by a noun of speech
 * its owner's name heads, right before it: "Includes Dario Amodei's remark that “…”" quotes
 * Amodei, as "Dario Amodei remarked that “…”" does; "Graham's words: “…”". A name with no such
 * noun ("Amodei's model, “…”") or a noun with words between it and the quotation ("Hegseth's
 * claim that Anthropic is a “…”", which the verb reading judges) names no one here.
 * Example: remarkOf(text, quoteSpan, entities) is [Dario Amodei] for the sentence above.
 */
export function remarkOf(text: string, quote: Span, entities: readonly EntityMention[]): EntityMention[] {
  const i = firstAtOrAfter(entities, quote.start, (e) => e.span.start) - 1;
  const e = entities[i];
  if (!e || !speakerKinds.has(e.kind) || e.span.end > quote.start || e.span.end < quote.start - reachPastCopula) return [];
  const between = text.slice(e.span.end, quote.start);
  // The mention may hold the possessive ("Amodei's") or stop before it ("Amodei" + "'s").
  const possessive = /['’]s?$/.test(e.text) || /^['’]/.test(between);
  if (!possessive) return [];
  if (between.length <= reach && remarkRe.test(between)) return [e];
  // "Amodei's own line … was that it's “…”": past the copula, words of no one else (no verb of saying).
  return remarkWasRe.test(between) && !holdsVerbOfSaying(between.slice(between.search(/\s(?:was|is|has|had|remains|remained)\s/u))) ? [e] : [];
}
