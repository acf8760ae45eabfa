import { scaleOf } from './numbers';

/**
 * A fraction of a scale word is a number, not a share: "a quarter of a billion dollars" is
 * $250 million, "a quarter-billion dollars" too, "three quarters of a million users" 750,000
 * users. Read as money when a currency word follows, else as a count.
 */

/** After a spelled fraction: "of a billion", "-billion". */
const scaleAfterRe = /^(?:\s+of\s+an?\s+|-)(thousand|million|billion|trillion)\b/i;
/** After the scale word: the currency in words. */
const currencyAfterRe = /^\s+(dollars|euros|pounds)\b/i;
const currencies: Record<string, string> = { dollars: 'USD', euros: 'EUR', pounds: 'GBP' };

export interface ScaledFraction {
  readonly kind: 'money' | 'count';
  /** Where the figure's words end in `text`: after the currency word, or after the scale word. */
  readonly end: number;
  readonly number: number;
  readonly unit?: string;
}

/** The number a fraction (`fraction`, 0 to 1) ending at `end` of `text` makes of the scale word after it, if one follows. */
export function fractionOfScale(text: string, end: number, fraction: number): ScaledFraction | undefined {
  const scale = scaleAfterRe.exec(text.slice(end, end + 24));
  if (!scale) return undefined;
  const number = fraction * (scaleOf(scale[1]) ?? 1);
  const at = end + scale[0].length;
  const currency = currencyAfterRe.exec(text.slice(at, at + 16));
  if (!currency) return { kind: 'count', end: at, number };
  return { kind: 'money', end: at + currency[0].length, number, unit: currencies[currency[1].toLowerCase()] };
}
