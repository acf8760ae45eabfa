/** The number that numbers a heading ("## 1. Why this memo", "### 3.1 Vulnerabilities"): a label, not a figure. */

/**
 * A heading's numbering: "1.", "2)", "3.1", "3.1.2." followed by white space and no lower-case
 * word or scale ("## 3.1 million users" states a figure). A bare "12" is left alone: "## 12
 * Partners Join" may state a count.
 */
const numberingRe = /^(?:\d{1,3}(?:\.\d{1,3})*[.)]|\d{1,3}(?:\.\d{1,3})+)(?=[ \t]+(?![a-z]|[Mm]illion|[Bb]illion|[Tt]rillion|[Tt]housand|[Pp]ercent))/;

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
  if (hashes < 1 || hashes > 6) return false;
  let indent = 0;
  while (k >= 0 && text.charCodeAt(k) === 32 && indent < 4) {
    k--;
    indent++;
  }
  return indent < 4 && (k < 0 || text.charCodeAt(k) === 10 || text.charCodeAt(k) === 13);
}

/**
 * End of the numbering at the start of a heading block [start, end) of `mask`, or -1 when the
 * block is no ATX heading or is not numbered. `text` holds the heading's "#" marks (the mask
 * blanks them).
 */
export function headingNumberingEnd(text: string, mask: string, start: number, end: number): number {
  const c = mask.charCodeAt(start);
  if (c < 48 || c > 57 || !opensAtxHeading(text, start)) return -1;
  const m = numberingRe.exec(mask.slice(start, Math.min(end, start + 16)));
  return m ? start + m[0].length : -1;
}
