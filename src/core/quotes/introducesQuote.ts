import { lastTextAt } from '../text/lastTextAt';

/**
 * Whether the last sentence of the paragraph before a block quote introduces it, so that a
 * marker ending that sentence sources the quote (and the speaker it names is credited with it).
 *
 * A sentence introduces the quote when it
 * - ends with a colon ("As Amodei told CNN [2]:", "The card puts it bluntly:[1]"), whatever it holds;
 * - or, holding no quotation of its own, announces words to follow: it ends with "below",
 *   "as follows", "the following", "this way", "these words", "thus", "in full" or a verb of
 *   saying ("Graham put it this way.[2]", "As the card puts it.[1]", "… Amodei wrote.[3]");
 * - or, holding no quotation of its own, runs into the quote with no closing punctuation at all
 *   ("From the system card [1]").
 *
 * A sentence that carries its own quotation ('Amodei described the model as "…" in an
 * interview.[2]') or ends speaking of something else ("The leak came on March 26.[1]") cites
 * for itself, and sources no quote set after it.
 *
 * Reads only the last few dozen characters of the sentence: constant cost per block quote.
 *
 * `markers` are the [start, end) spans of the sentence's citation markers, in order, so the
 * punctuation is found past them; `ownQuotation` says whether the sentence holds a quotation
 * (not a term) of its own.
 */
export function introducesQuote(
  mask: string,
  start: number,
  end: number,
  markers: readonly (readonly [number, number])[],
  ownQuotation: boolean,
): boolean {
  const i = lastTextAt(mask, start, end, markers);
  if (i < 0) return false;
  const c = mask.charCodeAt(i);
  if (c === 0x3a /* : */ || c === 0xff1a /* fullwidth colon */) return true;
  if (ownQuotation) return false;
  if (c === 0x2e /* . */) return announcingEndRe.test(mask.slice(Math.max(start, i - 24), i));
  // No closing punctuation: a lead-in that runs into the quote ("From the system card [1]").
  return /[\p{L}\p{N})]/u.test(mask[i]);
}

/**
 * The words that end a sentence announcing the words set after it: "… put it this way",
 * "… in these words", "… as follows", "… below", "… as the card puts it", "… Amodei wrote".
 */
const announcingEndRe =
  /(?:^|[^\p{L}])(?:below|as follows|the following|this way|these words|thus|in full|put it|puts it|says|said|writes|wrote|told|tells|explains|explained|adds|added|warns|warned|notes|noted|recalls|recalled|continues|continued)$/iu;
