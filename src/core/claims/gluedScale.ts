/**
 * A count with its scale written onto the figure, as fact sheets and annexes abbreviate: "~5k
 * assets", "some 5k", "3m times", "2.5bn requests". "k" is a thousand, "m" and "mn" a million,
 * "bn" a billion. Money with a glued scale ("$40m", "USD 40m") is read before, by its currency.
 *
 * Groups: the figure, then the scale. Not glued to a letter, digit or the marks of a version or
 * identifier before it ("v1.5m", "GPT-4k"), nor followed by another letter or digit ("5km",
 * "3mm", "1m30s"), a hyphen ("5k-strong"), "/" or a superscript ("3m/s", "3m²"). Capitals
 * are left out: "70B" names a model's size, "3M" a company, "4K" a resolution ("4K video").
 */
export const gluedScaleCountRe = /(?<![\p{L}\p{N}.,$€£¥-])((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(bn|mn|[km])(?![\p{L}\p{N}²³/-]|[.,]\d)/gu;

/** Cheap test before gluedScaleCountRe: a digit with k, m or bn after it. */
export const mayHoldGluedScale = /\d(?:[km]|bn)/;

/** "a" or "an" right before the figure: "a 5k run", "a 3m wall" measure what they qualify. */
const articleBeforeRe = /\ban?[ \t]$/i;

/**
 * Words after a figure that make "k" or "m" a distance or a time, not a thousand or a million:
 * "the 5k run", "3m high", "5m ago".
 */
const distanceAfterRe = /^[ \t]?(?:runs?|races?|sprints?|swims?|walks?|courses?|relays?|dash|events?|high|tall|long|wide|deep|thick|away|apart|across|ago|above|below|underwater|radius|diameter|elevation|altitude|of\s+(?:height|depth|length|water|rain|snow))\b/i;

/**
 * Whether the glued figure at [a, b) of `text` is a count: not after "a"/"an" ("a 3m wall"),
 * and not before a word of distance or time ("a 5k run", "3m high", "5m ago").
 */
export function isGluedScaleCount(text: string, a: number, b: number): boolean {
  if (articleBeforeRe.test(text.slice(Math.max(0, a - 4), a))) return false;
  return !distanceAfterRe.test(text.slice(b, b + 40));
}
