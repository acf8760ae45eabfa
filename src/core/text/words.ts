/** Word and character classes shared by the detectors. */

const wordChar = /[\p{L}\p{N}]/u;

/** Per UTF-16 code unit past ASCII: 0 not yet asked, 1 a word character, 2 not one. */
const wordCodeCache = new Uint8Array(65536);

/** Whether a UTF-16 code unit is an ASCII digit. */
export function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Whether a UTF-16 code unit is an ASCII letter or digit. */
export function isAsciiWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || isDigitCode(c);
}

export function isWordChar(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  if (isAsciiWordCode(c)) return true;
  if (c < 128) return false;
  if (ch.length !== 1) return wordChar.test(ch);
  // A single code unit's answer never changes: the Unicode test runs once per code unit.
  let known = wordCodeCache[c];
  if (known === 0) wordCodeCache[c] = known = wordChar.test(ch) ? 1 : 2;
  return known === 1;
}

/**
 * Whether a UTF-16 code unit is white space as `\s` in a regular expression reads it, which
 * is also what `String.prototype.trim` strips: lets a detector see on one character that a
 * pattern starting with `\s` cannot match there, and a scanner trim without slicing.
 */
export function isWhiteSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

export function isSpace(ch: string | undefined): boolean {
  return ch === undefined || ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\u00a0';
}

/**
 * Code units of the letter or digit at `i` of `text`: 1, 2 for one outside the BMP, or 0 when
 * there is none (a lone surrogate is not one).
 */
function wordCharLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiWordCode(c) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    return d >= 0xdc00 && d <= 0xdfff && wordChar.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  return isWordChar(text[i]) ? 1 : 0;
}

/** `'`, `’`, `-` or `.`: joins two runs of letters and digits into one word ("don't", "e-mail", "3.5"). */
function isJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 45 || c === 46;
}

/**
 * The number of words: runs of letters and digits, runs joined by one of `'’-.` counting as
 * one, as the pattern `[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*` (flag `u`) matches them.
 * Counted in one pass over the characters, with no match objects (a draft's quotations hold
 * tens of thousands of words).
 */
export function countWords(text: string): number {
  const length = text.length;
  let n = 0;
  let i = 0;
  while (i < length) {
    let w = wordCharLength(text, i);
    if (!w) {
      i++;
      continue;
    }
    n++;
    for (;;) {
      while (w) {
        i += w;
        w = wordCharLength(text, i);
      }
      if (isJoiner(text.charCodeAt(i)) && (w = wordCharLength(text, i + 1))) i++;
      else break;
    }
  }
  return n;
}
