import type { EntityMention, Span } from '../types';
import { firstAtOrAfter } from '../util/search';
import { speakerKinds } from './verbCredits';

/**
 * A noun that reports someone's words, as a regular expression's source: "remark", "words", "line",
 * "warning"… ("Dario Amodei's remark that “…”", "his words: “…”"). Shared with `reportedInEntry`.
 */
export const speechNoun = String.raw`(?:remarks?|comments?|words|quip|quotes?|line|warning|admission|statement|description|claim|assertion|answer|reply)`;

/** How far before the quotation's opening mark the owner's name may stand. */
const reach = 60;
/**
 * After a possessive name, up to the quotation's opening mark: a noun of speech and "that", "as"
 * or a comma or colon ("'s remark that ", "’s words: ", "'s comment, ", "'s own line that ").
 * Example: remarkRe.test("'s remark that ") is true.
 */
const remarkRe = new RegExp(String.raw`^(?:['’]s?)?\s+(?:own\s+|famous\s+|oft-quoted\s+|earlier\s+|later\s+)?${speechNoun}\s*(?:(?:that|as)\s+|[,:]\s*)?$`, 'i');

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
  if (!e || !speakerKinds.has(e.kind) || e.span.end > quote.start || e.span.end < quote.start - reach) return [];
  const between = text.slice(e.span.end, quote.start);
  // The mention may hold the possessive ("Amodei's") or stop before it ("Amodei" + "'s").
  const possessive = /['’]s?$/.test(e.text) || /^['’]/.test(between);
  return possessive && remarkRe.test(between) ? [e] : [];
}
