import type { ClaimValue } from '../types';

/**
 * Figures of an offer's terms, a price or a discount the writer or a sponsor sets, which no source
 * could support and which want no citation (PL007), in a sentence that names no party of the fact
 * base (the caller tests that: "Anthropic's $200 tier …" keeps its hint):
 * - a discount, a percentage or an amount "off", in a sentence of a code or an offer ("Listeners get
 *   20% off the first year with code **DUALUSE20**", "$50 off with promo code SPRING"; not "Shares
 *   closed 20% off their high");
 * - a price, an amount under a million with no scale word: one a price or a plan opens on ("Plans
 *   start at $49 per seat per month", "Pricing starts from $12"), one sold per seat or per user
 *   ("$49 per seat"), or one that names a tier or a subscription, alone or in a list of amounts
 *   ("$5 and $12 monthly tiers", "the $12 tier gets the ad-free feed"); not "small projects get
 *   $20,000 a year", "a two-tier system with $20,000 grants", nor "$100 million a year".
 * A few bounded regex tests around each figure; nothing past the sentence is read.
 */

/** After a figure: "off", as a discount says it ("20% off the first year", "$50 off"). */
const offAfterRe = /^[ \t]+off(?![\p{L}])/u;
/** A sentence of an offer: a code, a coupon, a promotion, a trial, the first month or year of a plan. */
const offerCueRe = /(?<![\p{L}])(?:code|coupon|promo(?:tion|tional)?|voucher|offer|discount|free[ \t]+trial|first[ \t]+(?:month|year|order))(?![\p{L}])/iu;
/**
 * Before an amount: a price or a plan that opens on it ("Plans start at ", "Pricing starts from ", "Prices from ",
 * "Subscriptions are ").
 */
const priceBeforeRe = /(?<![\p{L}])(?:plans?|pricing|prices?|subscriptions?|memberships?|seats?|licen[cs]es?)(?:[ \t]+(?:start|starts|starting|begin|begins|are|is|run|runs))?(?:[ \t]+(?:at|from))?[ \t]+$/iu;
/** After an amount: the unit it is sold by ("$49 per seat", "$10/user", "$8 a member"). */
const perSaleAfterRe = /^[ \t]*(?:per|a|an|\/)[ \t]*(?:seat|user|licen[cs]e|member|subscriber)s?(?![\p{L}])/iu;
/**
 * After an amount, perhaps past more amounts of a list: the tier or the subscription it prices ("$5 and $12 monthly tiers",
 * "the $12 tier", "a $99 annual subscription").
 */
const tierAfterRe =
  /^(?:(?:,|[ \t]+(?:and|or|to))[ \t]*[$€£]\d[\d,.]*)*[ \t]+(?:(?:monthly|annual|yearly|weekly|premium|basic|pro|supporter)[ \t]+)?(?:tiers?|subscriptions?|memberships?)(?![\p{L}])/iu;
/** A scale word in an amount: it is no price a seat or a tier is sold at ("$100 million"). */
const scaleWordRe = /(?:million|billion|trillion|bn|mn|[0-9][mbk])(?![\p{L}])/iu;
/** The largest amount read as a price. */
const maxPrice = 1_000_000;
/** How far after or before a figure its cue is read. */
const window = 60;

/**
 * The figures of a sentence that are an offer's terms (see the module's comment), by index into `values`;
 * `start` is the sentence's offset.
 * Example: offerTermFigures('Plans start at $49 per seat per month.', 0, values) → Set {0}.
 */
export function offerTermFigures(sentenceText: string, start: number, values: readonly Pick<ClaimValue, 'kind' | 'span' | 'number' | 'text'>[]): ReadonlySet<number> {
  const found = new Set<number>();
  let offer: boolean | undefined;
  values.forEach((v, vi) => {
    if (v.kind !== 'percentage' && v.kind !== 'money') return;
    const from = v.span.start - start;
    const to = v.span.end - start;
    const after = sentenceText.slice(to, to + window);
    if (offAfterRe.test(after) && (offer ??= offerCueRe.test(sentenceText))) {
      found.add(vi);
      return;
    }
    if (v.kind !== 'money' || (v.number ?? 0) >= maxPrice || scaleWordRe.test(v.text)) return;
    if (priceBeforeRe.test(sentenceText.slice(Math.max(0, from - window), from)) || perSaleAfterRe.test(after) || tierAfterRe.test(after)) found.add(vi);
  });
  return found;
}
