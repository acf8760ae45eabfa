/**
 * The number that numbers a heading ("## 1. Why this memo", "### 3.1 Vulnerabilities"), a
 * paragraph ("1.1 The Office…") or a post of a social-media thread ("2/ The benchmark…",
 * "13/20 Bottom line"): a label, not a figure.
 */
import { isDigitCode } from '../text/words';

/**
 * A heading's numbering: "1.", "2)", "3.1", "3.1.2.", or a thread post's "2/" or "2/13",
 * followed by white space and no lower-case word or scale ("## 3.1 million users" states a
 * figure). A bare "12" is left alone: "## 12 Partners Join" may state a count.
 */
const numberingRe = /^(?:\d{1,3}(?:\.\d{1,3})*[.)]|\d{1,3}(?:\.\d{1,3})+|\d{1,3}\/(?:\d{1,3})?)(?=[ \t]+(?![a-z]|[Mm]illion|[Bb]illion|[Tt]rillion|[Tt]housand|[Pp]ercent))/;

/** Whether `text` before `start` is an ATX heading's opening on its line: up to 3 spaces, 1 to 6 "#", white space. */
function opensAtxHeading(text: string, start: number): boolean {
  let k = start - 1;
  const spaced = k;
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
  if (k === spaced) return false;
  let hashes = 0;
  while (k >= 0 && text.charCodeAt(k) === 35) {
    k--;
    hashes++;
  }
  return hashes >= 1 && hashes <= 6 && startsLine(text, k + 1);
}

/**
 * A numbered paragraph's numbering ("1.1 The Office welcomes…", "3.2. The Department…"): two
 * or more levels, then a capitalised word, which may be the one-letter "A" or "I" ("2.5 A
 * timeline…") or a bold or italic lead-in ("8.2 **Interoperability.** Suppliers…"); or a
 * capitalised word in brackets ("4.5 (Draft) The…", "4.5 [A] The…"); or an opening quotation
 * mark or guillemet before a word, of either case ("4.5 “The most…”", "4.5 ‹the most…›"), which
 * no unit of a figure opens with. One level ("12 Partners…") and a figure ("3.2 million", "3.2
 * GW", "4.5 (about) …", "2.5 (GW)") are left alone; "1." or "2)" alone would open a list, not a
 * paragraph.
 */
const paragraphNumberingRe = /^\d{1,3}(?:\.\d{1,3})+\.?(?=[ \t]+(?:[*_]{1,3})?(?:\p{Lu}(?:\p{Ll}|[ \t])|[([]\p{Lu}(?:\p{Ll}|[ \t)\]])|["“„«‹»›'‘]\p{L}))/u;

/**
 * A numbered paragraph whose first word is an acronym ("2.4 SCLA employs…", "3.1 NIST
 * published…"): the numbering, then the acronym in group 1. It numbers the paragraph unless the
 * acronym is a unit or a currency the number measures ("3.2 GW", "1.5 EUR").
 */
const acronymNumberingRe = /^\d{1,3}(?:\.\d{1,3})+\.?(?=[ \t]+(?:[*_]{1,3})?(\p{Lu}{2,12})(?![\p{L}\p{N}]))/u;

/** Capitals that follow a number as its unit or currency ("3.2 GW", "2.5 TB", "1.5 EUR"), so the number is a figure. */
const unitCapitals: ReadonlySet<string> = new Set([
  'KB', 'MB', 'GB', 'TB', 'PB', 'EB', 'KW', 'MW', 'GW', 'TW', 'FLOP', 'FLOPS', 'PFLOPS', 'EFLOPS', 'TFLOPS',
  'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'CHF', 'CAD', 'AUD', 'SEK', 'NOK', 'DKK', 'INR', 'KRW',
]);

/** The numbering that opens `head`, a numbered paragraph's ("1.1 The…", "2.4 SCLA…") or a thread post's ("2/ The…"), or undefined. */
function openingNumbering(head: string): string | undefined {
  const m = paragraphNumberingRe.exec(head) ?? threadNumberingRe.exec(head);
  if (m) return m[0];
  const a = acronymNumberingRe.exec(head);
  return a && !unitCapitals.has(a[1]) ? a[0] : undefined;
}

/**
 * A social-media thread's post number at the start of a paragraph or line: "2/", "13/" or
 * "2/13" (post 2 of 13), then white space ("2/ The benchmark table is wild"). Threads copied
 * into a blog or a brief keep them; the digits number the post and count nothing. A slash
 * with digits on both sides ("3/4 of staff") is a fraction or a rating, which is no count
 * either.
 */
const threadNumberingRe = /^\d{1,3}\/(?:\d{1,3})?(?=[ \t])/;

/** Whether only up to 3 spaces stand between the start of its line and `start` in `text`. */
function startsLine(text: string, start: number): boolean {
  let k = start - 1;
  let indent = 0;
  while (k >= 0 && text.charCodeAt(k) === 32 && indent < 4) {
    k--;
    indent++;
  }
  return indent < 4 && (k < 0 || text.charCodeAt(k) === 10 || text.charCodeAt(k) === 13);
}

const none: readonly number[] = [];

/** A bullet list item's marker and what may stand before it on its line: indentation and block-quote marks. */
const listMarkerBefore = /^[ \t>]*[-*+][ \t]+$/;

/**
 * Whether `start` opens a bullet list item's text: "- 4.3 Case-study travel: $22,500" numbers its
 * item as a numbered paragraph does. Only the few characters before it on its line are read.
 */
function opensListItem(text: string, start: number): boolean {
  const from = Math.max(0, start - 16);
  const line = text.lastIndexOf('\n', start - 1) + 1;
  return line >= from && listMarkerBefore.test(text.slice(line, start));
}

/** End of the numbering of a numbered paragraph's or thread post's line at `at` of `mask`, or -1. */
function lineNumberingEnd(mask: string, at: number, end: number): number {
  if (!isDigitCode(mask.charCodeAt(at))) return -1;
  const numbering = openingNumbering(mask.slice(at, Math.min(end, at + 36)));
  return numbering === undefined ? -1 : at + numbering.length;
}

/**
 * The numbering in a block [start, end) of `mask`, as flat start, end pairs: a numbered ATX
 * heading's ("## 1. Why this memo"), or each numbered paragraph's, bullet item's or thread
 * post's ("1.1 The Office…", "- 4.3 Case-study travel…", "2/ The table…", also when the next
 * one follows on the next line without a blank line). `text` holds the heading's
 * "#" marks (the mask blanks them).
 */
export function blockNumbering(text: string, mask: string, start: number, end: number): readonly number[] {
  if (isDigitCode(mask.charCodeAt(start)) && opensAtxHeading(text, start)) {
    const m = numberingRe.exec(mask.slice(start, Math.min(end, start + 16)));
    return m ? [start, start + m[0].length] : none;
  }
  let out: number[] | undefined;
  if (startsLine(text, start) || opensListItem(text, start)) {
    const e = lineNumberingEnd(mask, start, end);
    if (e >= 0) (out ??= []).push(start, e);
  }
  for (let nl = mask.indexOf('\n', start); nl >= 0 && nl < end; nl = mask.indexOf('\n', nl + 1)) {
    let at = nl + 1;
    while (at < end && at - nl <= 3 && mask.charCodeAt(at) === 32) at++;
    const e = lineNumberingEnd(mask, at, end);
    if (e >= 0) (out ??= []).push(at, e);
  }
  return out ?? none;
}
