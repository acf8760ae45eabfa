/** A noun in the number a figure asks for: "1 page", "11 days", "a decade", "two decades". */

/** Nouns whose plural is no regular one, and those that are the same in both numbers. */
const irregularPlurals = new Map(Object.entries({ person: 'people', child: 'children', man: 'men', woman: 'women', foot: 'feet', tooth: 'teeth', mouse: 'mice', datum: 'data', criterion: 'criteria' }));
const irregularSingulars = new Map([...irregularPlurals].map(([one, many]) => [many, one]));
const sameInBoth = new Set(['series', 'species', 'means', 'news', 'sheep', 'fish', 'deer', 'aircraft', 'staff', 'personnel', 'data', 'media']);

/** The plural that adds "es": after s, x, z, ch, sh ("boxes", "matches"). */
const esPluralRe = /(?:s|x|z|ch|sh)es$/i;
/** A singular that takes "es". */
const sibilantEndRe = /(?:s|x|z|ch|sh)$/i;
/** A consonant and "y" ("century"), whose plural ends in "ies". */
const consonantYRe = /[^aeiou]y$/i;
/** Words in "ss", "us", "is" that are singular as they stand ("class", "status", "analysis"). */
const singularInSRe = /(?:ss|us|is)$/i;

/** Writes `out` in the case of `word`: "Decades" → "Decade". */
function inCaseOf(word: string, out: string): string {
  if (word === word.toUpperCase() && word.length > 1) return out.toUpperCase();
  return /^[A-Z]/.test(word) ? out.charAt(0).toUpperCase() + out.slice(1) : out;
}

/** The singular of an English noun: "decades" → "decade", "centuries" → "century", "matches" → "match"; a singular stays. */
export function singularNoun(word: string): string {
  const lower = word.toLowerCase();
  if (sameInBoth.has(lower)) return word;
  const irregular = irregularSingulars.get(lower);
  if (irregular) return inCaseOf(word, irregular);
  if (!lower.endsWith('s') || singularInSRe.test(lower)) return word;
  if (lower.endsWith('ies') && lower.length > 4) return word.slice(0, -3) + (word.endsWith('IES') ? 'Y' : 'y');
  if (esPluralRe.test(lower)) return word.slice(0, -2);
  return word.slice(0, -1);
}

/** The plural of an English noun: "decade" → "decades", "century" → "centuries", "match" → "matches"; a plural stays. */
export function pluralNoun(word: string): string {
  const lower = word.toLowerCase();
  if (sameInBoth.has(lower) || irregularSingulars.has(lower)) return word;
  const irregular = irregularPlurals.get(lower);
  if (irregular) return inCaseOf(word, irregular);
  if (singularNoun(word) !== word) return word;
  const upper = word === word.toUpperCase() && word.length > 1;
  if (consonantYRe.test(lower)) return word.slice(0, -1) + (upper ? 'IES' : 'ies');
  return word + (sibilantEndRe.test(lower) ? (upper ? 'ES' : 'es') : upper ? 'S' : 's');
}

/** The noun in the number that `n` asks for: singular for 1 ("1 page"), plural otherwise ("0 pages", "1.5 pages"). */
export function nounFor(n: number, word: string): string {
  return n === 1 ? singularNoun(word) : pluralNoun(word);
}
