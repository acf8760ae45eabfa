import type { FactIndex } from '../factbase/factIndex';
import { isWordChar } from '../text/words';

/**
 * The words right around a name in the prose, and the small closed word classes that tell
 * whether a capitalised word before it is a given name ("Marcus Hegseth"), a title ("Secretary
 * Hegseth") or a word that opens a sentence ("Then Hegseth"). Used by `homonyms` and `surnames`.
 */

/** A word of the prose next to a name: document offsets; `possessive` when it ends in 's or s' ("Lovecraft's"). */
export interface NearWord {
  readonly word: string;
  readonly start: number;
  readonly end: number;
  readonly possessive: boolean;
}

/** One white-space character between two words of a name: a space, a no-break space or a soft line break (LF, CR, or CRLF as one). */
function isGap(c: string | undefined): boolean {
  return c === ' ' || c === '\u00a0' || c === '\n' || c === '\r';
}

function isApostrophe(c: string | undefined): boolean {
  return c === "'" || c === '’';
}

/**
 * The word that ends right before `at`, after one white-space character, or undefined: "Lindsey"
 * in "Lindsey Graham", "Ms" in "Ms. Claude" (its full stop dropped), "Lovecraft" (possessive) in
 * "Lovecraft's Mythos" and "Reuters' Mythos".
 */
export function wordBefore(mask: string, at: number): NearWord | undefined {
  if (!isGap(mask[at - 1])) return undefined;
  let end = at - 1;
  if (mask[end] === '\n' && mask[end - 1] === '\r') end--;
  let possessive = false;
  if (mask[end - 1] === 's' && isApostrophe(mask[end - 2])) {
    end -= 2;
    possessive = true;
  } else if (isApostrophe(mask[end - 1]) && mask[end - 2] === 's') {
    end -= 1;
    possessive = true;
  }
  let k = end;
  while (k > 0 && (isWordChar(mask[k - 1]) || (mask[k - 1] === '.' && !possessive))) k--;
  if (k >= end) return undefined;
  return { word: mask.slice(k, end).replace(/\.$/, ''), start: k, end, possessive };
}

/** The word that starts right after `at`, after one white-space character (letters, digits, inner hyphens and apostrophes), or undefined. */
export function wordAfter(mask: string, at: number): NearWord | undefined {
  if (!isGap(mask[at])) return undefined;
  const start = mask[at] === '\r' && mask[at + 1] === '\n' ? at + 2 : at + 1;
  let k = start;
  while (k < mask.length && (isWordChar(mask[k]) || ((mask[k] === '-' || isApostrophe(mask[k])) && isWordChar(mask[k + 1])))) k++;
  return k > start ? { word: mask.slice(start, k), start, end: k, possessive: false } : undefined;
}

/** Whether the word before `at` (white space, then markup a line or sentence opens on) ends a sentence, or nothing stands there. */
export function opensSentence(mask: string, at: number): boolean {
  let k = at;
  while (k > 0 && /[ \t*_#>\-+(“"‘']/.test(mask[k - 1])) k--;
  return k === 0 || /[.!?:;\n\r]/.test(mask[k - 1]);
}

/** Titles that may stand before a family name without making it part of another name ("Mr Amodei", "Secretary Hegseth"). */
export const titles: ReadonlySet<string> = new Set([
  'Mr', 'Mrs', 'Ms', 'Mx', 'Dr', 'Prof', 'Professor', 'Sir', 'Dame', 'Lord', 'Lady', 'Judge', 'Justice', 'Senator', 'Sen',
  'Representative', 'Rep', 'Secretary', 'Sec', 'Minister', 'President', 'Chairman', 'Chairwoman', 'Chairperson', 'Chair', 'Director', 'Commissioner', 'Governor',
  'General', 'Gen', 'Admiral', 'CEO', 'Chief', 'Executive', 'Officer',
]);

/** Titles of address, given to a person only: before a model's or a program's name ("Ms. Claude Fontaine") they make it a person's. */
export const honorifics: ReadonlySet<string> = new Set([
  'Mr', 'Mrs', 'Ms', 'Mx', 'Miss', 'Mme', 'Mlle', 'Madame', 'Monsieur', 'Dr', 'Prof', 'Professor', 'Sir', 'Dame', 'Lord', 'Lady',
  'Senator', 'Sen', 'Representative', 'Rep', 'Judge', 'Justice', 'Governor', 'Gov', 'Mayor',
]);

/**
 * Words that may stand capitalised right before a name without being a given name: they open
 * sentences and clauses ("Then Hegseth said", "When Trump ordered", "Did Zemlin say"), or are
 * months and days ("On Monday Trump …" without its comma).
 */
const notGivenNames: ReadonlySet<string> = new Set(
  (
    'the a an this that these those my your his her its our their some any each every no all both either neither another other many most several few ' +
    'and but or nor so yet for if when while as because since although though unless until whereas whether after before once then than ' +
    'in on at by of from to with without about against among amid between during into onto over under through throughout toward towards upon via within across around behind beyond despite except like unlike near per following including according ' +
    'who what where why how which whom whose ' +
    'then now later earlier today yesterday tomorrow tonight meanwhile still also even only just already again soon instead indeed perhaps maybe thus hence however moreover furthermore nonetheless nevertheless otherwise here there finally first second third last next former late ex ' +
    'is are was were be been being am do does did have has had will would can could may might must shall should not ' +
    'said says asked asks added adds wrote writes noted notes replied told tells dear thank thanks ask ' +
    'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'
  ).split(' '),
);

/** A capitalised word that may be a given name: a capital, then lower-case letters (with inner hyphens or apostrophes: "Anne-Marie", "D'Arcy"). */
const givenNameShape = /^\p{Lu}(?:[\p{Ll}'’-]*\p{Ll})?$/u;

/**
 * Whether `w` reads as a given name before a family name: capitalised, no title, no word that
 * opens sentences, no word of `ownWords` (the person's own name: "Pete" in "Pete Hegseth") nor
 * of `knownWords` (names of the fact base that are no people's: "Pentagon", "Defense"), and, at
 * a sentence's start, no adverb ("Separately Trump …"). A single capital is an initial: the word
 * before it decides ("Donald J. Trump", "Marcus J. Hegseth").
 */
export function isGivenNameBefore(mask: string, w: NearWord, ownWords: ReadonlySet<string>, knownWords: ReadonlySet<string>): boolean {
  if (w.possessive) return false;
  if (/^\p{Lu}$/u.test(w.word)) {
    const earlier = wordBefore(mask, w.start);
    return earlier !== undefined && isGivenNameBefore(mask, earlier, ownWords, knownWords);
  }
  if (!givenNameShape.test(w.word) || titles.has(w.word)) return false;
  const lower = w.word.toLowerCase();
  if (notGivenNames.has(lower) || ownWords.has(lower) || knownWords.has(lower)) return false;
  return !(lower.endsWith('ly') && opensSentence(mask, w.start));
}

/** Lower-case words that title case leaves in lower case: a line with no other lower-case word is in title case. */
const titleCaseSmallWords: ReadonlySet<string> = new Set(
  'a an the and but or nor for so yet as at by in of on to up via per from into onto over with than that upon about after among before below under until within without against between during through toward towards across around behind beyond despite except near'.split(' '),
);

/** How far either side of a name `inTitleCase` looks for a lower-case word. */
const titleCaseReach = 160;

/**
 * Whether the line around `at` is written in title case or in capitals ("## Judge Blocks Trump
 * Order", "MARCUS HEGSETH SAID"): no lower-case word of its own within reach, past the small
 * words title case keeps in lower case. There a capital says nothing of a name.
 */
export function inTitleCase(mask: string, at: number): boolean {
  const from = Math.max(0, at - titleCaseReach);
  const to = Math.min(mask.length, at + titleCaseReach);
  let lineStart = at;
  while (lineStart > from && mask[lineStart - 1] !== '\n' && mask[lineStart - 1] !== '\r') lineStart--;
  for (let k = lineStart; k < to && mask[k] !== '\n' && mask[k] !== '\r'; ) {
    if (!isWordChar(mask[k])) {
      k++;
      continue;
    }
    const start = k;
    while (k < to && isWordChar(mask[k])) k++;
    const c = mask[start];
    if (c !== c.toLowerCase() || c === c.toUpperCase()) continue;
    if (k - start >= 3 && !titleCaseSmallWords.has(mask.slice(start, k))) return false;
  }
  return true;
}

interface NameWordTable {
  /** Words of names and aliases that are no person's. */
  readonly things: ReadonlySet<string>;
  /** Words of people's names and aliases, all together and by person. */
  readonly people: ReadonlySet<string>;
  readonly byPerson: ReadonlyMap<string, ReadonlySet<string>>;
}

/** For each fact base: the words of its names and aliases, lower-cased (see `NameWordTable`). */
const nameWordTables = new WeakMap<FactIndex, NameWordTable>();

const nameWordRe = /[\p{L}\p{N}]+/gu;

function nameWordTable(factIndex: FactIndex): NameWordTable {
  let table = nameWordTables.get(factIndex);
  if (table) return table;
  const things = new Set<string>();
  const people = new Set<string>();
  const byPerson = new Map<string, Set<string>>();
  for (const e of factIndex.factBase.entities) {
    const own = e.kind === 'person' ? new Set<string>() : things;
    for (const name of [e.name, ...e.aliases.map((a) => (typeof a === 'string' ? a : a.text))]) {
      for (const w of name.toLowerCase().match(nameWordRe) ?? []) own.add(w);
    }
    if (e.kind !== 'person') continue;
    byPerson.set(e.id, own);
    for (const w of own) people.add(w);
  }
  nameWordTables.set(factIndex, (table = { things, people, byPerson }));
  return table;
}

/** The words (lower-cased) of the fact base's names and aliases that are no person's: "pentagon", "defense", "glasswing". */
export function thingNameWords(factIndex: FactIndex): ReadonlySet<string> {
  return nameWordTable(factIndex).things;
}

/** The words (lower-cased) of the names and aliases of the fact base's people: "pete", "hegseth", "dario". */
export function personNameWords(factIndex: FactIndex): ReadonlySet<string> {
  return nameWordTable(factIndex).people;
}

const noWords: ReadonlySet<string> = new Set();

/** The words (lower-cased) of a person's own name and aliases: "pete", "hegseth". */
export function ownNameWords(factIndex: FactIndex, personId: string): ReadonlySet<string> {
  return nameWordTable(factIndex).byPerson.get(personId) ?? noWords;
}
