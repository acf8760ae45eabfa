import type { Claim, ClaimValue } from '../types';

/** Quotation marks, opening or closing: " ' “ ” ‘ ’ « » „ ‚ ‹ ›. */
const isQuoteMark = (c: number) =>
  c === 34 || c === 39 || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0xab || c === 0xbb || c === 0x201e || c === 0x201a || c === 0x2039 || c === 0x203a;

/**
 * Whether a figure of a claim stands alone in quotation marks, as a term the sentence mentions
 * rather than asserts: a style guide's `Use "83.1 percent" in running text.`, `Write "$100 million",
 * not "$100M".` It needs no citation (PL007); it is still checked against the record. A sentence
 * that reports speech ('Anthropic said "$100 million"') quotes the figure as said, and it still
 * wants one. `mask` is the prose mask of the text.
 */
export function isMentionedFigure(claim: Claim, value: ClaimValue, mask: string): boolean {
  const { start, end } = value.span;
  return isQuoteMark(mask.charCodeAt(start - 1)) && isQuoteMark(mask.charCodeAt(end)) && !claim.kinds.includes('reported-speech');
}
