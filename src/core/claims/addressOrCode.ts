/**
 * Numbers that are part of a street address or a legal citation, not figures: "221 Harbour
 * Street", "1600 Pennsylvania Avenue", "10 U.S.C. § 3252", "558 U.S. 310", "88 Fed. Reg. 75191",
 * "42 USC 1983", "12 CFR Part 53", "23 NYCRR 500.17". Read with loops over the few words after the number (no regular expression
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
 * The codes of US statutes and regulations, cited by a title number before them: "12 CFR Part 53",
 * "12 C.F.R. § 53.3", "23 NYCRR 500.17", "42 USC", "136 Stat. 4459", "Pub. L. 117-328". The title
 * number labels a title of the code, whatever follows it (a part, a section, or nothing: "Under 12
 * CFR, banks …"); it counts nothing, as "Article 53" does not. "Pub. L." is read as "Pub." then "L.".
 */
const codeNames = new Set(['CFR', 'C.F.R.', 'U.S.C.', 'USC', 'U.S.C.A.', 'USCA', 'NYCRR', 'ILCS', 'Stat.', 'Pub.']);

/** The end of the digits at `k` and of the number they open ("500.17", "117-328"), or `k` when no digit stands there. */
function numberEnd(text: string, k: number): number {
  let e = k;
  while (e < text.length && text.charCodeAt(e) >= 48 && text.charCodeAt(e) <= 57) e++;
  if (e === k) return k;
  // The rest of a section or a public law's number: "500.17", "117-328", "78u–4".
  const c = text.charCodeAt(e);
  if ((c === 46 || c === 45 || c === 0x2013) && text.charCodeAt(e + 1) >= 48 && text.charCodeAt(e + 1) <= 57) {
    e++;
    while (e < text.length && (isAsciiWord(text.charCodeAt(e)) || (text.charCodeAt(e) === 46 && text.charCodeAt(e + 1) >= 48 && text.charCodeAt(e + 1) <= 57))) e++;
  }
  return e;
}

function isAsciiWord(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * The end of the address or legal citation the number ending at `b` opens, or -1:
 * - up to three capitalised words and a street word ("221 Harbour Street", "10 Downing St");
 * - one to three abbreviations, then "§" or a number ("10 U.S.C. § 3252", "558 U.S. 310"):
 *   "12 U.S. agencies" is a count, with no number after the abbreviation;
 * - the name of a code (see `codeNames`), with "§" or a section's number after it if one follows
 *   ("23 NYCRR 500.17", "Pub. L. 117-328"), or the name alone ("12 CFR Part 53": "Part 53" is a label of its own).
 */
export function addressOrCodeEnd(text: string, b: number): number {
  let at = b;
  let names = 0;
  let abbreviations = 0;
  let code = false;
  for (let n = 0; n < 4; n++) {
    const w = wordAfter(text, at);
    if (!w) break;
    const word = text.slice(w[0], w[1]);
    const bare = word.endsWith('.') ? word.slice(0, -1) : word;
    if (names > 0 && abbreviations === 0 && streetWords.has(bare)) return w[1];
    if (names === 0 && codeNames.has(word)) {
      code = true;
      abbreviations++;
      at = w[1];
      continue;
    }
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
  if (k === at) return code ? at : -1;
  if (text.charCodeAt(k) === 0xa7) return k + 1;
  const e = code ? numberEnd(text, k) : digitsEnd(text, k);
  return e > k ? e : code ? at : -1;
}

/** The end of the digits at `k` (`k` when none stands there). */
function digitsEnd(text: string, k: number): number {
  let e = k;
  while (e < text.length && text.charCodeAt(e) >= 48 && text.charCodeAt(e) <= 57) e++;
  return e;
}

/** Before a public law's number: "Pub. L. ", "Pub. L. No. ", "P.L. ". */
const publicLawBefore = /\b(?:Pub\.[ \t\u00a0]?L|P\.[ \t\u00a0]?L)\.(?:[ \t\u00a0]?No\.)?[ \t\u00a0]{1,3}$/;

/**
 * The end of a public law's number at `a` ("117-328" of "Pub. L. 117-328": the Congress and the
 * law), or -1 when no "Pub. L." stands before it: the number names the law and counts nothing.
 */
export function publicLawNumberEnd(text: string, a: number): number {
  if (text.charCodeAt(a - 2) !== 46 && text.charCodeAt(a - 3) !== 46) return -1;
  if (!publicLawBefore.test(text.slice(Math.max(0, a - 16), a))) return -1;
  const e = numberEnd(text, a);
  return e > a ? e : -1;
}
