import type { Claim, ClaimValue, Span } from '../types';

/** Quotation marks, opening or closing: " ' “ ” ‘ ’ « » „ ‚ ‹ ›. */
const isQuoteMark = (c: number) =>
  c === 34 || c === 39 || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0xab || c === 0xbb || c === 0x201e || c === 0x201a || c === 0x2039 || c === 0x203a;
/** Guillemets, which French sets apart from the words they enclose by a space: « 83,1 % ». */
const isGuillemet = (c: number) => c === 0xab || c === 0xbb || c === 0x2039 || c === 0x203a;
/** A space French typography puts inside guillemets: plain, no-break, narrow no-break or thin. */
const isGuillemetSpace = (c: number) => c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009;

/** The offset of the quotation mark at `at` or, past one space, a guillemet there (`step` -1 looks back, 1 ahead), or -1. */
function markAt(mask: string, at: number, step: 1 | -1): number {
  if (isQuoteMark(mask.charCodeAt(at))) return at;
  return isGuillemetSpace(mask.charCodeAt(at)) && isGuillemet(mask.charCodeAt(at + step)) ? at + step : -1;
}

/**
 * The span of the quotation marks that hold a figure and nothing else, marks included: `"83.1
 * percent"`, `« 83,1 % »`; undefined when the figure does not stand alone in them.
 */
export function quotedFigureSpan(value: ClaimValue, mask: string): Span | undefined {
  const { start, end } = value.span;
  const open = markAt(mask, start - 1, -1);
  const close = open < 0 ? -1 : markAt(mask, end, 1);
  return close < 0 ? undefined : { start: open, end: close + 1 };
}

/**
 * Whether a figure of a claim stands alone in quotation marks, as a term the sentence mentions
 * rather than asserts: a style guide's `Use "83.1 percent" in running text.`, `Write "$100 million",
 * not "$100M".`, `we write « 83,1 % »`. It needs no citation (PL007), and its quotation is no one's
 * words (PL001); it is still checked against the record. A sentence that reports speech
 * ('Anthropic said "$100 million"') quotes the figure as said, and it still wants one. `mask` is
 * the prose mask of the text.
 */
export function isMentionedFigure(claim: Claim, value: ClaimValue, mask: string): boolean {
  return !claim.kinds.includes('reported-speech') && quotedFigureSpan(value, mask) !== undefined;
}
