/**
 * Numbers that are part of a street address or a legal citation, not figures: "221 Harbour
 * Street", "1600 Pennsylvania Avenue", "10 U.S.C. § 3252", "558 U.S. 310", "88 Fed. Reg. 75191",
 * "42 USC 1983". Read with loops over the few words after the number (no regular expression
 * with nested repetition).
 */

const streetWords = new Set(
  'Street St Avenue Ave Road Rd Boulevard Blvd Lane Ln Drive Way Place Pl Square Sq Court Ct Terrace Parkway Pkwy Plaza Highway Hwy Crescent Row Embankment Strasse Straße'.split(' '),
);

/** The next word after white space at `from`: [start, end), letters, dots, apostrophes; or undefined. */
function wordAfter(text: string, from: number): [number, number] | undefined {
  let a = from;
  const limit = Math.min(text.length, from + 3);
  while (a < limit && (text.charCodeAt(a) === 32 || text.charCodeAt(a) === 0xa0)) a++;
  if (a === from) return undefined;
  let b = a;
  for (const cap = Math.min(text.length, a + 24); b < cap; b++) {
    const c = text.charCodeAt(b);
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f);
    if (!letter && c !== 46 && c !== 39 && c !== 0x2019 && !(c >= 48 && c <= 57 && b > a)) break;
  }
  return b > a ? [a, b] : undefined;
}

function isCapital(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde);
}

/**
 * A reporter's or a code's abbreviation: "U.S.C.", "U.S.", "C.F.R.", "Fed.", "Reg.", "Stat.",
 * "F.3d", "Supp.", or a run of 2 to 4 capitals ("USC", "CFR"). Capitalised, with a dot, or all
 * capitals.
 */
function isAbbreviation(word: string): boolean {
  if (!isCapital(word.charCodeAt(0))) return false;
  if (word.includes('.')) return word.length <= 8;
  if (word.length < 2 || word.length > 4) return false;
  for (let k = 0; k < word.length; k++) if (!isCapital(word.charCodeAt(k))) return false;
  return true;
}

/**
 * The end of the address or legal citation the number ending at `b` opens, or -1:
 * - up to three capitalised words and a street word ("221 Harbour Street", "10 Downing St");
 * - one to three abbreviations, then "§" or a number ("10 U.S.C. § 3252", "558 U.S. 310"):
 *   "12 U.S. agencies" is a count, with no number after the abbreviation.
 */
export function addressOrCodeEnd(text: string, b: number): number {
  let at = b;
  let names = 0;
  let abbreviations = 0;
  for (let n = 0; n < 4; n++) {
    const w = wordAfter(text, at);
    if (!w) break;
    const word = text.slice(w[0], w[1]);
    const bare = word.endsWith('.') ? word.slice(0, -1) : word;
    if (names > 0 && abbreviations === 0 && streetWords.has(bare)) return w[1];
    if (isAbbreviation(word) && names === 0) {
      abbreviations++;
      at = w[1];
      continue;
    }
    if (abbreviations > 0 || !isCapital(word.charCodeAt(0)) || n === 3) break;
    names++;
    at = w[1];
  }
  if (abbreviations === 0) return -1;
  // After the abbreviations: "§ 3252" or "310".
  let k = at;
  while (k < text.length && k < at + 3 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 0xa0)) k++;
  if (k === at) return -1;
  if (text.charCodeAt(k) === 0xa7) return k + 1;
  let e = k;
  while (e < text.length && text.charCodeAt(e) >= 48 && text.charCodeAt(e) <= 57) e++;
  return e > k ? e : -1;
}
