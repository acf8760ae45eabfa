import type { ClaimValue } from '../types';
import type { FactRule } from './factMatcher';
import { countsAddition } from './addedCount';

/**
 * Whether a count or an age counts another thing than the fact's measure, by the noun written
 * after it: "Three findings in the system card" counts findings in the card, not its 244 pages;
 * "my 9-year-old parser" is a parser's age, not the FFmpeg bug's. The noun is the first lower-case
 * words after the figure up to a little word ("in", "of", "that"…); names are skipped ("27-year-old
 * OpenBSD flaw"). A figure followed by no noun ("12 of its partners", "it was 16 years old")
 * stays the fact's. A noun is the fact's when one of its words is one of the words of the
 * fact's cues or unit, in the singular or the plural ("partners" for "founding partners").
 * A count is another thing's only when its noun is followed by "in", "of"… (things inside
 * another, as the cue's), or ends at a mark, or at a conjunction after a plural, with the fact's
 * cue only further on ("three things: a public list of participants", "tested two frontier models
 * and fined one of the labs"; see `cueNamesCount`): a noun in another language ("La system card
 * tiene 224 páginas") is not read as another thing, nor a word a conjunction joins to the next
 * ("13 current and former OpenAI employees"). A count added to another ("another
 * forty organizations") is not a total's (see `countsAddition`).
 */
export function countsOtherThing(rule: FactRule, value: ClaimValue, sentenceText: string, start: number): boolean {
  if (value.kind !== 'count' && value.kind !== 'age') return false;
  if (countsAddition(rule, value, sentenceText, start)) return true;
  const after = sentenceText.slice(value.span.end - start, value.span.end - start + 80);
  const nouns: string[] = [];
  let ender = '';
  /** Where the punctuation, or the conjunction, that ends the noun phrase stands in `after`, if one does. */
  let mark = -1;
  wordAfter.lastIndex = 0;
  // A phrase of more words than `phraseWords` is read no further ("the two most prominent frontier models" is not).
  for (let m, read = 0; read < phraseWords && (m = wordAfter.exec(after)); read++) {
    // Punctuation ends the noun phrase ("nine, by contrast").
    if (m[1]) {
      mark = m.index;
      break;
    }
    const word = m[2];
    const lower = word.toLowerCase();
    // "tested two frontier models and fined one of the labs": a conjunction after a plural, what a count
    // counts, ends the phrase as a comma does; after another word it joins two ("13 current and former … employees").
    if (conjunctions.has(lower) && !nouns.at(-1)?.endsWith('s')) continue;
    if (littleWords.has(lower)) {
      ender = lower;
      if (conjunctions.has(lower)) mark = m.index;
      break;
    }
    if (/^[\p{Lu}\p{N}]/u.test(word)) continue;
    nouns.push(lower);
  }
  if (!nouns.length) return false;
  const known = measureWords(rule);
  if (nouns.some((w) => known.has(stem(w)))) return false;
  if (value.kind === 'age' || partOf.has(ender)) return true;
  const at = value.span.start - start;
  return mark >= 0 && !cueNamesCount(rule, sentenceText.slice(Math.max(0, at - cueReach), at), after.slice(mark));
}

/** How many words after a count its noun phrase is read for (adjectives, nouns and the word that ends it). */
const phraseWords = 10;

/** Conjunctions that end a count's noun phrase as a mark does: what follows is another phrase or clause. */
const conjunctions: ReadonlySet<string> = new Set(['and', 'or', 'but', 'nor']);

/** How far before a count the cue that names what it counts is looked for ("Glasswing's founding partners are ten companies"). */
const cueReach = 120;

/** After the mark that ends a count's noun phrase: the fact's thing set beside it as another name for it (", its founding partners"). */
const appositionLead = /^,\s*(?:(?:its|their|the|all|his|her|our)\s+)?$/i;

/**
 * Whether the fact's cue names what a count counts though the noun after the count is another
 * word: the cue stands before it ("Glasswing's founding partners are twelve companies.") or is set
 * beside it ("twelve companies, its founding partners"). A cue only past the end of the count's
 * noun phrase is another thing's: "three things: a public list of participants" counts things.
 * `before` is the sentence up to the count, `rest` the sentence from the mark that ends its noun
 * phrase.
 */
function cueNamesCount(rule: FactRule, before: string, rest: string): boolean {
  for (const re of rule.cueMatchers) {
    re.lastIndex = 0;
    if (re.test(before)) return true;
    re.lastIndex = 0;
    const m = re.exec(rest);
    if (m && appositionLead.test(rest.slice(0, m.index))) return true;
  }
  return false;
}

/** A word after the figure, or the punctuation that ends its phrase. */
const wordAfter = /([^\s\p{L}\p{N}'’-])|([\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*)/gu;

/** Words that end a noun phrase: prepositions, conjunctions, articles, pronouns, forms of "be" and "have". */
export const littleWords: ReadonlySet<string> = new Set(
  'in of on at to for with and or but nor that which who whom whose is are was were be been being has have had from by as than the a an it its their his her this these those across over under into per among about after before since during'.split(' '),
);

/** Words after a counted noun that make its things parts of another ("findings in the system card"). */
const partOf = new Set(['in', 'of', 'from', 'among', 'across']);

/** A word in the singular: "partners" and "partner" compare equal. */
function stem(word: string): string {
  const lower = word.toLowerCase();
  return lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss') ? lower.slice(0, -1) : lower;
}

const measureWordsOf = new WeakMap<FactRule, ReadonlySet<string>>();

/** The words of a fact's cues and unit, in the singular. */
function measureWords(rule: FactRule): ReadonlySet<string> {
  let found = measureWordsOf.get(rule);
  if (found) return found;
  const value = rule.fact.value;
  const unit = value && 'unit' in value && typeof value.unit === 'string' ? value.unit : '';
  const words = new Set<string>();
  for (const text of [...(rule.fact.cues ?? []), unit]) for (const w of text.split(/[^\p{L}\p{N}]+/u)) if (w) words.add(stem(w));
  measureWordsOf.set(rule, (found = words));
  return found;
}
