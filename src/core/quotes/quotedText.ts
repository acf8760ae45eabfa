/**
 * The words between an inline quotation's marks: the text itself (a code span or an escaped
 * character inside a quote is still quoted), without the HTML comments and tags the mask
 * blanked. "the most powerful <!-- MK: check --> AI model" and "powerful<br>AI" are the words
 * "the most powerful AI model"; a reviewer's note is no quoted word.
 */
export function quotedText(text: string, mask: string, start: number, end: number): string {
  const inner = text.slice(start, end);
  if (!inner.includes('<')) return inner;
  let out = '';
  let at = start;
  for (let i = text.indexOf('<', start); i >= 0 && i < end; i = text.indexOf('<', i + 1)) {
    if (i < at || mask.charCodeAt(i) !== 32) continue;
    const close = text.startsWith('<!--', i) ? text.indexOf('-->', i + 4) + 3 : text.indexOf('>', i + 1) + 1;
    if (close <= i || close > end || !isBlank(mask, i, close)) continue;
    out += `${text.slice(at, i)} `;
    at = close;
  }
  return at === start ? inner : out + text.slice(at, end);
}

/** Whether the mask blanked every character of [from, to). */
function isBlank(mask: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (mask.charCodeAt(k) !== 32) return false;
  return true;
}
