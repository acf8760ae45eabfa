/** Word and character classes shared by the detectors. */

const wordChar = /[\p{L}\p{N}]/u;

/** Per UTF-16 code unit past ASCII: 0 not yet asked, 1 a word character, 2 not one. */
const wordCodeCache = new Uint8Array(65536);

export function isWordChar(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
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

const wordRe = /[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu;

export function countWords(text: string): number {
  let n = 0;
  wordRe.lastIndex = 0;
  while (wordRe.exec(text)) n++;
  return n;
}
