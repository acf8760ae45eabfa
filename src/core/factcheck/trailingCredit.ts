import type { EntityMention, Sentence, Span } from '../types';
import { firstAtOrAfter } from '../util/search';
import { mentionsIn } from '../entities/mentionsIn';
import { speakerKinds } from './verbCredits';

/**
 * A sentence that is nothing but an attribution, right after a quotation that ends its own
 * sentence: "Graham said." (or "said Graham.", "Graham told CNN.[1]"), next in the paragraph or
 * a paragraph of its own, as papers set it after a quotation of several paragraphs. It credits
 * the quotation: the name it holds, or, for "He said.", someone the sentence does not name, so
 * no one is guessed. Returns undefined when no such sentence follows; else whom it names.
 */

/** Between the quotation's closing mark and the attribution: a full stop, white space, at most one blank line. */
const gapRe = /^[.!?]?[ \t]*(?:\r?\n[ \t]*){0,2}$/;
/** Citation markers and emphasis, which the attribution may carry ("Graham said.[1]"). */
const markerRe = /\[[^\]\n]{1,40}\]|[*_]+/g;
/** Verbs of saying that make a sentence of their own with a name. */
const verbs = 'said|says|added|adds|explained|explains|wrote|writes|noted|notes|continued|recalled|warned|insisted|concluded|told(?: [\\p{L}\\p{N}’\'-]+){1,3}';
/** "Graham said." / "He later added." / "Logan Graham told CNN." with the name put as \u0001. */
const nameFirstRe = new RegExp(`^(?:\\u0001|he|she) (?:(?:also|later|then|once) )?(?:${verbs})[.!]?$`, 'iu');
/** "Said Graham." */
const verbFirstRe = new RegExp(`^(?:said|says|added|adds|wrote|writes) \\u0001[.!]?$`, 'iu');
const spacesRe = /\s+/g;
/** How long such a sentence may be. */
const maxLength = 120;

export function trailingCredit(text: string, sentences: readonly Sentence[], quote: Span, entities: readonly EntityMention[]): EntityMention[] | undefined {
  return trailingAttribution(text, sentences, quote, entities)?.credited;
}

/** The sentence of such an attribution after `quote` (its index) and whom it names, or undefined (see `trailingCredit`). */
export function trailingAttribution(
  text: string,
  sentences: readonly Sentence[],
  quote: Span,
  entities: readonly EntityMention[],
): { readonly sentenceIndex: number; readonly credited: EntityMention[] } | undefined {
  const si = firstAtOrAfter(sentences, quote.end, (s) => s.span.start);
  const sentence = sentences[si];
  if (!sentence || sentence.span.end - sentence.span.start > maxLength || !gapRe.test(text.slice(quote.end, sentence.span.start))) return undefined;
  const { start, end } = sentence.span;
  // The first name is the speaker's; another may be whom "told" addresses ("Logan Graham told CNN.").
  const e = mentionsIn(entities, start, end)[0];
  if (e && (!speakerKinds.has(e.kind) || e.span.end > end)) return undefined;
  // One space between words: a line break inside the sentence reads as one.
  const words = (e ? text.slice(start, e.span.start) + '\u0001' + text.slice(e.span.end, end) : text.slice(start, end)).replace(markerRe, '').replace(spacesRe, ' ').trim();
  if (!nameFirstRe.test(words) && !verbFirstRe.test(words)) return undefined;
  return { sentenceIndex: si, credited: e ? [e] : [] };
}
