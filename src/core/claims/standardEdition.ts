/**
 * The parts of a standard's identifier after its number: the part numbers and the edition year,
 * "ISO/IEC 27001:2022", "ISO 9001:2015", "AS/NZS 4360:2004", "IEC 62443-3-3:2013", "BS 7799-2:2005".
 * The year after the colon names which edition of the standard is meant, as a law's year names the
 * law ("the Online Safety Act 2023"), and a part number names a part: neither dates or counts
 * anything the sentence says, nor wants a citation. Only the bodies listed, joined by slashes, then
 * the standard's number, its parts and the colon, each glued to the next.
 */

/** A standards body, or bodies joined by slashes, its number and parts, and the hyphen or colon glued to the next number. */
const identifierBeforeRe = /\b(?:ISO|IEC|EN|AS|NZS|BS|DIN|IEEE|ANSI|ETSI|CEN|CENELEC|NIST)(?:\/(?:ISO|IEC|EN|AS|NZS|BS|DIN|IEEE|ANSI|ETSI|CEN|CENELEC))*[ \u00a0]?\d{1,6}(?:-\d{1,4}){0,4}[-:]$/;

/** Whether the number at `a` of `text` is a part number or the edition year of a standard's identifier. */
export function continuesStandardIdentifier(text: string, a: number): boolean {
  const c = a < 1 ? 0 : text.charCodeAt(a - 1);
  if (c !== 58 /* : */ && c !== 45 /* - */) return false;
  return identifierBeforeRe.test(text.slice(Math.max(0, a - 48), a));
}
