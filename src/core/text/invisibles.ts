/**
 * Characters a reader does not see as such, pasted into words from the web or a word
 * processor: a soft hyphen (U+00AD), a zero-width space (U+200B), a word joiner (U+2060) or a
 * zero-width no-break space (U+FEFF) render as nothing; a hyphen (U+2010) or a non-breaking
 * hyphen (U+2011) renders as "-". "Heg\u00ADseth", "re\u200Bleasing" and "17\u2011year\u2011old"
 * must read as "Hegseth", "releasing" and "17-year-old".
 */

/** Any character that renders as nothing inside a word: a fast test before any other work. */
const invisibleRe = /[\u00ad\u200b\u2060\ufeff]/;
/** Any character this module reads differently from its code (the invisible ones and the hyphens). */
const variantRe = /[\u00ad\u200b\u2060\ufeff\u2010\u2011]/;

/** Whether a UTF-16 code unit renders as nothing inside a word: `isInvisibleCode(0xad)` is true. */
export function isInvisibleCode(c: number): boolean {
  return c === 0xad || c === 0x200b || c === 0x2060 || c === 0xfeff;
}

/** Whether `text` holds a character that renders as nothing: `hasInvisible('Heg\u00ADseth')` is true. */
export function hasInvisible(text: string): boolean {
  return invisibleRe.test(text);
}

/** Whether `text` holds a character this module reads differently: `hasVariant('17\u2011year')` is true. */
export function hasVariant(text: string): boolean {
  return variantRe.test(text);
}

/**
 * `text` with the hyphens U+2010 and U+2011 written as "-", same length, so that offsets stay
 * valid: the prose mask reads "17\u2011year\u2011old" as "17-year-old" and "SWE\u2011bench" as "SWE-bench".
 */
export function plainHyphens(text: string): string {
  return text.indexOf('\u2010') < 0 && text.indexOf('\u2011') < 0 ? text : text.replace(/[\u2010\u2011]/g, '-');
}

/**
 * `text` as a reader sees it, for comparing words (a quotation with the words on record): the
 * invisible characters dropped and the hyphens written as "-". `seenText('re\u200Bleasing')` is "releasing".
 */
export function seenText(text: string): string {
  if (!variantRe.test(text)) return text;
  return text.replace(/[\u00ad\u200b\u2060\ufeff]/g, '').replace(/[\u2010\u2011]/g, '-');
}

/**
 * `text` without its invisible characters, and for each character kept its offset in `text`
 * (one more entry: `text.length`), so that offsets found in the squeezed text map back.
 * `squeezeInvisibles('Cyber\u00ADGym')` is `{ text: 'CyberGym', at: [0, 1, 2, 3, 4, 6, 7, 8, 9] }`.
 */
export function squeezeInvisibles(text: string): { readonly text: string; readonly at: readonly number[] } {
  let out = '';
  const at: number[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isInvisibleCode(text.charCodeAt(i))) {
      at.push(i);
      continue;
    }
    out += text.slice(from, i);
    from = i + 1;
  }
  at.push(text.length);
  return { text: out + text.slice(from), at };
}

/** Offset in a squeezed text of the offset `original` of the text it was squeezed from (the first kept character at or after it). */
export function squeezedOffset(at: readonly number[], original: number): number {
  let lo = 0;
  let hi = at.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at[mid] < original) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
