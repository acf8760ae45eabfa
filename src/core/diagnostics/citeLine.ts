import type { Claim } from '../types';
import { lineAround } from './titleBlockLine';

/**
 * A cite line as a debate card or an annotated source list sets one: a tag in bold, then the
 * citation in a bracket that ends the line: "**Anthropic 26b** (Anthropic, "Claude Mythos Preview
 * System Card," 4/7/26, 244 pp., https://…)", "**Black's Law 19** (Black's Law Dictionary, 11th
 * ed., Bryan A. Garner, ed., Thomson Reuters, 2019, "regulation")". Group 1 is the bracket's text.
 */
const citeLineRe = /^[ \t]{0,3}(?:\*\*|__)[^*_\n]{1,60}(?:\*\*|__)[ \t]*\(([^()\n]{8,600})\)[ \t.]*$/u;
/** A citation's first field, its author or its work, in capitalised words and a comma: "Anthropic,", "Black's Law Dictionary,". */
const authorFieldRe = /^[ \t]*\p{Lu}[\p{L}'’.&-]*(?:[ \t]+[\p{L}'’.&-]+){0,5},/u;
/** What only a citation holds: a quoted or set-off title, pages, an edition, a link. */
const citationMarkRe = /["“”]|\bpp?\.[ \t]?\d|\d[ \t]?pp\.|\bed\.|https?:\/\/|\bvol\.|\bno\.[ \t]?\d/iu;

/**
 * Whether all of the claim's figures stand in the bracket of a cite line (see `citeLineRe`): a
 * source entry's date, pages and edition are no claims, as a References entry's are. Not a bracket
 * of prose after a bold label ("**Key fact** (Anthropic announced 40 partners on 7 April)", whose
 * first field is no name and a comma).
 * Example: isCiteLine(claim of "**Anthropic 26b** (Anthropic, "System Card," 4/7/26, 244 pp.)", text) → true.
 */
export function isCiteLine(claim: Claim, text: string): boolean {
  if (!claim.values.length) return false;
  const line = lineAround(text, claim.values[0].span.start);
  if (!line) return false;
  const m = citeLineRe.exec(text.slice(line.start, line.end));
  if (!m) return false;
  const open = line.start + m.index + m[0].indexOf('(' + m[1]) + 1;
  const close = open + m[1].length;
  if (claim.values.some((v) => v.span.start < open || v.span.end > close)) return false;
  return authorFieldRe.test(m[1]) && citationMarkRe.test(m[1]);
}
