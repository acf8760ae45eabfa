import type { EntityMention } from '../types';
import type { FactIndex } from '../factbase/factIndex';
import { thingKinds } from '../factcheck/ownSubject';
import { modifiedNoun } from './modifiedNoun';
import { honorifics, inTitleCase, isGivenNameBefore, ownNameWords, personNameWords, thingNameWords, wordAfter, wordBefore, type NearWord } from './nameContext';

/**
 * Mentions that are another name's word, found from the words right before them:
 * - a person's family name after a given name that is not theirs: "Marcus Hegseth", "Dana Trump",
 *   "Anna Zemlin" are not Pete Hegseth, Donald Trump, Jim Zemlin (as "Lindsey Graham" is not
 *   Logan Graham: see `surnames`);
 * - a model's, program's or product's name after a title of address: "Ms. Claude Fontaine";
 * - a thing's name that heads a phrase after another name of its own: "the Cthulhu Mythos",
 *   "H. P. Lovecraft's Cthulhu Mythos", "Schumann's Opus 4 was published", "his Opus 131".
 * A line in title case or in capitals ("## Judge Blocks Trump Order") says nothing by its capitals.
 */

/** Determiners before a capitalised word that make it and the name after it one name: "the Cthulhu Mythos". */
const determiners: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those']);

/** Possessive pronouns before a name and a number: "his Opus 131" numbers a work of his. */
const possessivePronouns: ReadonlySet<string> = new Set(['his', 'her', 'their']);

/** Suffixes after a family name: "Donald Trump Jr." is named by "Trump". */
const suffixes: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** Whether `text` (without its possessive) is the last word of the person's name: a family name ("Hegseth"). */
function isFamilyName(text: string, name: string): boolean {
  const bare = text.replace(/['’]s?$/, '').toLowerCase();
  const words = name.toLowerCase().split(/\s+/).map((w) => w.replace(/[.,]$/, ''));
  while (words.length > 2 && suffixes.has(words[words.length - 1])) words.pop();
  return words.length >= 2 && words[words.length - 1] === bare;
}

/** A capitalised word, not a title's and not one of the fact base's names ("Cthulhu", "Lovecraft"). */
function isOtherNameWord(w: NearWord, factIndex: FactIndex): boolean {
  const lower = w.word.toLowerCase();
  return /^\p{Lu}\p{Ll}/u.test(w.word) && !honorifics.has(w.word) && !thingNameWords(factIndex).has(lower) && !personNameWords(factIndex).has(lower);
}

/** Whether a thing's name heads its phrase after another name: "the Cthulhu Mythos was", "Lovecraft's Mythos.", "his Opus 131". */
function isOtherNamesThing(mask: string, e: EntityMention, before: NearWord, factIndex: FactIndex): boolean {
  const next = wordAfter(mask, e.span.end);
  // A capitalised word after it continues a name or a title-case line; a noun after it is what the name modifies.
  if (next && /^\p{Lu}/u.test(next.word)) return false;
  if (possessivePronouns.has(before.word.toLowerCase()) && next !== undefined && /^\d+$/.test(next.word)) return true;
  if (modifiedNoun(mask, e.span.start, e.span.end)) return false;
  if (!isOtherNameWord(before, factIndex)) return false;
  if (!before.possessive) {
    const earlier = wordBefore(mask, before.start);
    if (!earlier || !(earlier.possessive || determiners.has(earlier.word.toLowerCase()))) return false;
  }
  return !inTitleCase(mask, e.span.start);
}

function isHomonym(mask: string, e: EntityMention, factIndex: FactIndex): boolean {
  const before = wordBefore(mask, e.span.start);
  if (!before) return false;
  if (e.kind === 'person') {
    const person = factIndex.entity(e.id);
    return (
      person !== undefined &&
      isFamilyName(e.text, person.name) &&
      isGivenNameBefore(mask, before, ownNameWords(factIndex, e.id), thingNameWords(factIndex)) &&
      !inTitleCase(mask, e.span.start)
    );
  }
  if (honorifics.has(before.word) && !before.possessive && (thingKinds.has(e.kind) || e.kind === 'product')) return true;
  return thingKinds.has(e.kind) && isOtherNamesThing(mask, e, before, factIndex);
}

/**
 * `entities` without the mentions that are another name's word (see above); the starts of those
 * left out are pushed to `leftOut`, in order. Returns `entities` itself when there is none.
 * Reads the prose `mask` around each mention: a few words each.
 * Example: "Marcus Hegseth, a school-board member, …" loses its mention of pete-hegseth.
 */
export function withoutHomonyms(mask: string, entities: readonly EntityMention[], factIndex: FactIndex, leftOut: number[]): readonly EntityMention[] {
  let kept: EntityMention[] | undefined;
  for (let i = 0; i < entities.length; i++) {
    const e = entities[i];
    if (isHomonym(mask, e, factIndex)) {
      kept ??= entities.slice(0, i);
      leftOut.push(e.span.start);
    } else kept?.push(e);
  }
  return kept ?? entities;
}
