/**
 * The parts of a standard's identifier after its number: the part numbers and the edition year,
 * "ISO/IEC 27001:2022", "ISO 9001:2015", "AS/NZS 4360:2004", "IEC 62443-3-3:2013", "BS 7799-2:2005".
 * The year after the colon names which edition of the standard is meant, as a law's year names the
 * law ("the Online Safety Act 2023"), and a part number names a part: neither dates or counts
 * anything the sentence says, nor wants a citation. Only the bodies listed, joined by slashes, then
 * the standard's number, its parts and the colon, each glued to the next.
 */

/** Bodies whose standards are cited with their number, parts and edition year. */
const standardsBodies: ReadonlySet<string> = new Set('ISO IEC EN AS NZS BS DIN IEEE ANSI ETSI CEN CENELEC NIST'.split(' '));

const isDigit = (c: number) => c >= 48 && c <= 57;
const isCapital = (c: number) => c >= 65 && c <= 90;

/**
 * Whether the number at `a` of `text` is a part number or the edition year of a standard's
 * identifier: read back over the colon or hyphen, the number and its parts, an optional space and
 * the bodies joined by slashes. At most 48 characters are read, once.
 */
export function continuesStandardIdentifier(text: string, a: number): boolean {
  const c = a < 1 ? 0 : text.charCodeAt(a - 1);
  if (c !== 58 /* : */ && c !== 45 /* - */) return false;
  const floor = Math.max(0, a - 48);
  let k = a - 1;
  // The number and its parts: digits and hyphens, opening on a digit.
  while (k > floor && (isDigit(text.charCodeAt(k - 1)) || text.charCodeAt(k - 1) === 45)) k--;
  if (k === a - 1 || !isDigit(text.charCodeAt(k))) return false;
  if (k > floor && (text.charCodeAt(k - 1) === 32 || text.charCodeAt(k - 1) === 0xa0)) k--;
  // The bodies, joined by slashes, the first after no letter or digit.
  for (;;) {
    const end = k;
    while (k > floor && isCapital(text.charCodeAt(k - 1))) k--;
    if (!standardsBodies.has(text.slice(k, end))) return false;
    if (k > floor && text.charCodeAt(k - 1) === 47 /* / */) {
      k--;
      continue;
    }
    return k === 0 || !/[\p{L}\p{N}]/u.test(text[k - 1]);
  }
}
