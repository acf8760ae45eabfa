import type { EntityMention, Span } from '../types';
import { firstAtOrAfter } from '../util/search';
import { speakerKinds } from './verbCredits';

/**
 * "in Hegseth's words" or "in the words of Pete Hegseth" beside a quotation names whose words it
 * holds, whatever the verb of the sentence says: "OpenAI described Anthropic as a “supply chain
 * risk” in Hegseth's words" quotes Hegseth, not OpenAI, and so does "Anthropic, in the words of
 * Pete Hegseth, a “supply chain risk”, sued".
 */

/** How far from the quotation's marks the phrase may stand. */
const reach = 60;
/** Before a name: "in the words of (the) ". */
const wordsOfBeforeRe = /\bin\s+the\s+(?:very\s+)?words\s+of\s+(?:the\s+)?$/i;
/** Before a possessive name: "in ". */
const inBeforeRe = /\bin\s+$/i;
/** After a possessive name: " (own) words". */
const possessiveWordsRe = /^\s+(?:own\s+|very\s+)?words\b/i;
/** Between the phrase and the quotation's opening mark: a comma or colon, an article ("in Hegseth's words, a “…”"). */
const toQuoteRe = /^\s*(?:[,:]\s*)?(?:(?:a|an|the)\s+)?$/i;
/** Between the closing mark and the phrase: a comma. */
const fromQuoteRe = /^[\s,]*$/;
const possessiveRe = /['’]s?$/;

/** The name heading "X's words" or ending "the words of X" at `e`, with where the phrase ends; or undefined. */
function phraseEnd(text: string, e: EntityMention): number | undefined {
  const before = text.slice(Math.max(0, e.span.start - 40), e.span.start);
  if (wordsOfBeforeRe.test(before)) return e.span.end;
  if (!inBeforeRe.test(before) || !possessiveRe.test(e.text)) return undefined;
  const words = possessiveWordsRe.exec(text.slice(e.span.end, e.span.end + 20));
  return words ? e.span.end + words[0].length : undefined;
}

/** Whose words the quotation at `quote` (its marks included) is said to be, by such a phrase right before or after it. */
export function inWordsOf(text: string, quote: Span, entities: readonly EntityMention[]): EntityMention[] {
  // After: the first speaker named past the closing mark, within reach.
  for (let i = firstAtOrAfter(entities, quote.end, (e) => e.span.start); i < entities.length && entities[i].span.start <= quote.end + reach; i++) {
    const e = entities[i];
    if (!speakerKinds.has(e.kind)) continue;
    const opens = text.slice(quote.end, e.span.start).search(/\bin\s/i);
    if (opens >= 0 && fromQuoteRe.test(text.slice(quote.end, quote.end + opens)) && phraseEnd(text, e) !== undefined) return [e];
    break;
  }
  // Before: the last speaker named before the opening mark, within reach.
  for (let i = firstAtOrAfter(entities, quote.start, (e) => e.span.start) - 1; i >= 0 && entities[i].span.end >= quote.start - reach; i--) {
    const e = entities[i];
    if (!speakerKinds.has(e.kind) || e.span.end > quote.start) continue;
    const end = phraseEnd(text, e);
    if (end !== undefined && end <= quote.start && toQuoteRe.test(text.slice(end, quote.start))) return [e];
    break;
  }
  return [];
}
