/**
 * A quantity written as a power of ten, as compute thresholds are: "10^26 operations", "10²⁶",
 * "1e26", "3 × 10^25", "2.5e24 FLOP". It is one figure, not the figures "10" and "26".
 */

/**
 * Groups: the mantissa, then the exponent after "^" (or "**"), in superscript digits, or after
 * "e"; or, with no mantissa, the exponent of 10 after "^" or in superscript.
 */
export const powerOfTenRe =
  /(?<![\w.,^#/-])(?:(\d{1,3}(?:\.\d{1,4})?)(?:[ \t]?[x×·][ \t]?10(?:\^\{?|\*\*)([-−]?\d{1,3})\}?|[ \t]?[x×·][ \t]?10(⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})|[eE]([+-]?\d{1,3}))|10(?:\^\{?|\*\*)([-−]?\d{1,3})\}?|10(⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}))(?!\w|[.,]\d)/g;

/** Cheap test before powerOfTenRe: a caret, "**", a superscript digit, or a digit, "e" and a digit. */
export const mayHoldPowerOfTen = /\^|\*\*\d|[⁰¹²³⁴⁵⁶⁷⁸⁹]|\d[eE][+-]?\d/;

const superscripts = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** "26", "−3", "²⁶", "⁻³" → 26, -3, 26, -3. */
function exponentOf(text: string): number {
  let digits = '';
  let sign = 1;
  for (const ch of text) {
    const sup = superscripts.indexOf(ch);
    if (sup >= 0) digits += String(sup);
    else if (ch === '-' || ch === '−' || ch === '⁻') sign = -1;
    else if (ch !== '+') digits += ch;
  }
  return sign * Number(digits);
}

/**
 * The value of a match of powerOfTenRe: "10^26" → 1e26, "3 × 10^25" → 3e25, "2.5e24" → 2.5e24.
 * Undefined for "1e5"-like forms whose mantissa or exponent make no quantity (an exponent of 0).
 */
export function powerOfTenValue(m: RegExpExecArray): number | undefined {
  const exponent = m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6];
  if (exponent === undefined) return undefined;
  const e = exponentOf(exponent);
  if (!Number.isFinite(e) || e === 0) return undefined;
  const value = Number(`${m[1] ?? 1}e${e}`);
  return Number.isFinite(value) ? value : undefined;
}
