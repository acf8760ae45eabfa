/**
 * A zero joined by a hyphen to a word, as security writing coins its terms: "0-day" (a zero-day
 * flaw, "two 0-days"), "0-click", "0-interaction". It names a kind of thing, as "zero-day" does,
 * and counts or measures nothing: no figure, and never a span of days held against a fact. A
 * percentage or money after it ("0-percent", "0-dollar") is left to the figure readings.
 */
const zeroCompoundAfterRe = /^-(?!per|dollar|euro|pound)\p{L}+(?![\p{L}\p{N}-])/iu;

/** Whether the number `token` ending at `b` is the zero of such a term. */
export function isZeroCompound(text: string, token: string, b: number): boolean {
  return token === '0' && text.charCodeAt(b) === 45 && zeroCompoundAfterRe.test(text.slice(b, b + 24));
}
