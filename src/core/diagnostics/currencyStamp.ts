import type { Claim } from '../types';

/**
 * A document's currency stamp: a sentence that says up to which day its information runs, and
 * nothing else: "This briefing reflects information available on 15 May 2026.", "Information
 * correct as at 15 May 2026.", "Data as of 20 April 2026.", "All figures are correct as of 1 May
 * 2026.", "The information in this note is accurate as at 3 June 2026.", a price stamp, "Prices in
 * this report are as of the 7 April 2026 close unless stated otherwise.". The date is the
 * document's own, which no source supports (PL007). The subject is the document itself ("this
 * briefing", "our tracker") or its information with no owner: "The system card reflects
 * information available on 7 April 2026" and "Anthropic's data is correct as of 7 April 2026" are
 * another's, and keep their hint; so does a sentence that says more after its date.
 */

/** Nouns a document calls itself by: "this briefing", "this note", "our tracker". */
const documentNoun = String.raw`(?:briefing|brief|paper|note|report|document|summary|pack|page|article|guide|analysis|explainer|memo|newsletter|issue|edition|update|post|handout|factsheet|fact sheet|dashboard|tracker|timeline|primer|digest|bulletin)(?: (?:pack|note|paper))?`;
/** What a document's information is called. */
const information = String.raw`(?:all )?(?:the )?(?:information|data|figures|facts|details|statistics|numbers|content|evidence|(?:share |stock |closing |market )?prices|market data|pricing|valuations)`;
/** Words of a stamp's currency: "correct", "accurate", "current", "up to date", "complete". */
const current = String.raw`(?:correct|accurate|current|up to date|up-to-date|complete)`;
/**
 * The words before the stamp's date, as `squeezed` leaves them (single spaces, no emphasis):
 * "This briefing reflects information available on ", "Information correct as at ", "Data as of ",
 * "The information in this note is accurate as at ", "Correct at ".
 */
const currencyBeforeRe = new RegExp(
  String.raw`^[^\p{L}]{0,6}(?:` +
    String.raw`(?:this|our) ${documentNoun} (?:reflects|covers|includes|uses|draws on|is based on|takes account of|takes into account) ${information}(?: (?:available|published|received|known|released))?` +
    String.raw`|(?:this|our) ${documentNoun} (?:is|was) ${current}` +
    String.raw`|${information}(?: (?:in|of) (?:this|our) ${documentNoun})?(?: (?:is|are|was|were))?(?: (?:${current}|available))?` +
    String.raw`|${current}` +
    String.raw`) (?:as at|as of|at|on|to|up to)(?: the end of| the)?(?: (?:mon|tues|wednes|thurs|fri|satur|sun)day,?)? ?$`,
  'iu',
);

/** Emphasis marks and white space, which `squeezed` makes one space. */
const marksAndSpaceRe = /[*_\s]+/g;
/** `text` with each run of emphasis marks and white space made one space. */
const squeezed = (text: string) => text.replace(marksAndSpaceRe, ' ');
/**
 * After the date: the market's close a price stamp names ("… as of the 7 April 2026 close"), the
 * proviso "unless stated otherwise", then closing punctuation, brackets and emphasis only.
 * Example: closingRe.test(' close unless stated otherwise.') → true; closingRe.test(', when Anthropic launched it.') → false.
 */
const closingRe = /^(?:[ \t]+(?:market[ \t]+)?(?:close|closing(?:[ \t]+prices?)?))?(?:,?[ \t]+unless[ \t]+(?:otherwise[ \t]+)?(?:stated|noted|indicated|specified)(?:[ \t]+otherwise)?)?[\s.,;*_)\]]*$/i;
/** How far into its sentence the stamp's date may stand. */
const maxBefore = 160;

/**
 * Whether the claim is only a currency stamp (see the module's comment): one date, the stamp's
 * words before it, nothing after it. `mask` is the prose mask of the text.
 * Example: "This briefing reflects information available on 15 May 2026." → true.
 */
export function isCurrencyStamp(claim: Claim, mask: string): boolean {
  if (claim.values.length !== 1 || claim.values[0].kind !== 'date') return false;
  const { start, end } = claim.values[0].span;
  if (start - claim.span.start > maxBefore || !closingRe.test(mask.slice(end, claim.span.end))) return false;
  return currencyBeforeRe.test(squeezed(mask.slice(claim.span.start, start)).trimStart());
}
