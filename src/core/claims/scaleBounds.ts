/**
 * The bounds of a scale a figure is given on: "on a scale from 0 to 1", "a 1–10 scale", a header
 * "(share of tasks, 0–1)" or "(0–100)". They say how a figure is written, as "(%)" does, and
 * count nothing: neither end is a claim.
 */

/** From the low end: a range from 0 or 1 to a usual top of a scale, up to its last digit. */
const scaleRangeRe = /^[01](?:[ \t]*[-–][ \t]*|[ \t]+to[ \t]+)(?:1|5|7|10|100)(?!\d|[.,]\d)/;
/** Before the range: "scale", perhaps "from", "of" or "between" after it ("on a scale from "). */
const scaleBeforeRe = /\bscale[ \t]+(?:(?:from|of)[ \t]+)?$/i;
/** After the range: "scale" ("a 1–10 scale", "a 0-100 point scale"). */
const scaleAfterRe = /^[ \t-]+(?:point[ \t]+)?scale\b/i;
/** After the range: the parenthesis it closes. */
const closesParenRe = /^[ \t]*\)/;
/** The end of what a parenthesis states before the range: nothing, or a comma, semicolon or colon ("(share of tasks, "). */
const parenLeadEndRe = /(?:^|[,;:])[ \t]*$/;

/**
 * The end of the scale's range whose low end is the number at `a` of `text` ("0" of "from 0 to
 * 1"), when the range gives a scale's bounds (see the module's comment); undefined otherwise.
 */
export function scaleBoundsEnd(text: string, a: number): number | undefined {
  const m = scaleRangeRe.exec(text.slice(a, a + 16));
  if (!m) return undefined;
  const end = a + m[0].length;
  const after = text.slice(end, end + 16);
  const before = text.slice(Math.max(0, a - 48), a);
  if (scaleBeforeRe.test(before) || scaleAfterRe.test(after)) return end;
  const open = before.lastIndexOf('(');
  if (open < 0 || before.includes(')', open) || !closesParenRe.test(after)) return undefined;
  return parenLeadEndRe.test(before.slice(open + 1)) ? end : undefined;
}
