import type { ClaimValue } from '../types';
import type { FactRule } from './factMatcher';
import { countsAddition } from './addedCount';

/**
 * Whether a count or an age counts another thing than the fact's measure, by the noun written
 * after it: "Three findings in the system card" counts findings in the card, not its 244 pages;
 * "my 9-year-old parser" is a parser's age, not the FFmpeg bug's. The noun is the first lower-case
 * words after the figure up to a little word ("in", "of", "that"…); names are skipped ("27-year-old
 * OpenBSD flaw"). A figure followed by no noun ("it was 16 years old")
 * stays the fact's, but a part of the fact's own things ("Ten of the founding partners are
 * American", "Ten of Glasswing's founding partners") is no count of them all. A noun is the fact's when one of its words is one of the words of the
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
  let phrase = nounPhrase(after, 0);
  const known = measureWords(rule);
  // "Three of the twelve reports from …": a part of a whole counts what the whole counts.
  if (!phrase.nouns.length && phrase.ender === 'of' && value.kind === 'count') {
    partitive.lastIndex = phrase.enderAt;
    if (partitive.test(after)) {
      const at = value.span.start - start;
      const part = !allBefore.test(sentenceText.slice(Math.max(0, at - 12), at));
      // "Seven of our insureds are Glasswing founding partners": a part of the writer's own things counts theirs,
      // whatever they are said to be, never the fact's total.
      if (part && writersWhole.test(after.slice(phrase.enderAt, partitive.lastIndex))) return true;
      phrase = nounPhrase(after, partitive.lastIndex);
      // "Ten of the founding partners are American", "Ten of Glasswing's founding partners": a part of the fact's own
      // things, not all of them (unless "all": "all twelve of the founding partners").
      if (part && phrase.nouns.some((w) => known.has(stem(w)))) return true;
      // "three of the Company's top ten suppliers were founding partners": a part of another thing's whole counts
      // those things, whatever they are said to be, never the fact's total.
      if (part && phrase.nouns.length) return true;
    }
  }
  const { nouns, ender, enderAt, mark } = phrase;
  if (!nouns.length) return false;
  if (nouns.some((w) => known.has(stem(w)))) return false;
  // "Three of our top ten suppliers are founding partners": the whole a part is taken of, or the writer's own
  // things, are counted by their own noun; what the sentence goes on to say is said of the part, not of the whole.
  if (value.kind === 'count' && countsWholeOfPart(sentenceText.slice(Math.max(0, value.span.start - start - 80), value.span.start - start))) return true;
  if (value.kind === 'age' || (partOf.has(ender) && !inTotal.test(after.slice(enderAt)))) return true;
  const at = value.span.start - start;
  const before = ownClause(sentenceText.slice(Math.max(0, at - cueReach), at));
  // "12 vulnerability reports that say they come from Glasswing participants": a relative clause speaks of the
  // counted things; they are the fact's only where it says they are ("ten companies that are its founding partners").
  if (relativePronouns.has(ender)) return !cueNamesCount(rule, before, '') && !relativeClauseNamesCount(rule, after.slice(enderAt));
  return mark >= 0 && !cueNamesCount(rule, before, after.slice(mark));
}

/** A count's noun phrase read from `from` in `after` (the text after the count): see `countsOtherThing`. */
export interface NounPhrase {
  /** Its lower-case words, names and figures left out. */
  readonly nouns: readonly string[];
  /** The little word that ends it, lower-cased ("" when none does). */
  readonly ender: string;
  /** Where that word stands in `after` (-1 when none does). */
  readonly enderAt: number;
  /** Where the punctuation, or the conjunction, that ends it stands in `after` (-1 when none does). */
  readonly mark: number;
}

export function nounPhrase(after: string, from: number): NounPhrase {
  const nouns: string[] = [];
  let ender = '';
  let enderAt = -1;
  let mark = -1;
  wordAfter.lastIndex = from;
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
      enderAt = m.index;
      if (conjunctions.has(lower)) mark = m.index;
      break;
    }
    if (/^[\p{Lu}\p{N}]/u.test(word)) continue;
    nouns.push(lower);
  }
  return { nouns, ender, enderAt, mark };
}

/**
 * After a count, a part taken of a whole: "of the twelve reports", "of its 40 partners", "of Glasswing's partners"
 * (sticky, at the "of"; a capital only for a name, so no case-insensitive flag). The
 * whole's noun phrase follows, its own count read as one of its words.
 */
const partitive = /of\s+(?:[Tt]he|[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir|[Oo]ur|[Hh]is|[Hh]er|[Mm]y|[Yy]our|\p{Lu}[\p{L}\p{N}&.-]*(?:[ \t]+\p{Lu}[\p{L}\p{N}&.-]*){0,3}['’]s?)\s+/uy;
/** A partitive's whole that is the writer's own: "of our", "of my". */
const writersWhole = /^of\s+(?:our|my)\s/i;
/** Before a count of a whole's part: "all", which makes it the whole ("all twelve of the partners"). */
const allBefore = /\ball(?:[ \t]+of)?[ \t]+$/i;

/** Counts and quantifiers that take a part of a whole: "three of", "most of", "all of". */
const partWords: ReadonlySet<string> = new Set(
  'one two three four five six seven eight nine ten eleven twelve several some many most few none each all half both either neither any'.split(' '),
);
/** Determiners and possessives before a whole's noun phrase: "of the", "of its". */
const wholeDeterminers: ReadonlySet<string> = new Set('the these those our my its their your his her'.split(' '));
/** A name's possessive: "Company's", "Anthropic's", "Microsoft’s". */
const possessiveName = /^\p{Lu}[\p{L}\p{N}&.-]*['’]s?$/u;
/** A word of lower-case letters: "top", "largest". */
const lowerWord = /^\p{Ll}+$/u;

/**
 * Whether the words before a count, read back from `j`, open the whole a part is taken of or the writer's own
 * things: "our", "my", or "of", a determiner or a possessive name (or both, "the Company's") and a count or a
 * quantifier before the "of" ("three of the Company's", "most of its", "3 of our").
 */
function opensWholeAt(words: readonly string[], j: number): boolean {
  let i = j;
  const w = words[i]?.toLowerCase();
  if (w === undefined) return false;
  if (w === 'our' || w === 'my') return true;
  if (possessiveName.test(words[i])) {
    i--;
    if (words[i] === 'the') i--;
  } else if (wholeDeterminers.has(w)) i--;
  if (words[i]?.toLowerCase() !== 'of') return false;
  const part = (words[i - 1] ?? '').replace(/^[^\p{L}\p{N}]+/u, '').toLowerCase();
  return partWords.has(part) || /^\d{1,6}$/.test(part);
}

/**
 * Whether the text before a count (`before`, up to the count) makes it the count of a whole a part is taken of, or
 * of the writer's own things: the words above, then at most two lower-case words ("three of our top ten suppliers",
 * "three of the Company's top ten suppliers", "most of its 40 customers", "our top ten suppliers"). Reads the last
 * few words only.
 */
export function countsWholeOfPart(before: string): boolean {
  const words = before.slice(-80).split(/[ \t]+/);
  // The count follows a space: the last word is empty.
  if (words.length < 2 || words.pop() !== '') return false;
  for (let skip = 0, j = words.length - 1; skip <= 2 && j >= 0; skip++, j--) {
    if (opensWholeAt(words, j)) return true;
    if (!lowerWord.test(words[j])) return false;
  }
  return false;
}

/** The relative pronouns that end a count's noun phrase: what follows speaks of the things counted. */
const relativePronouns: ReadonlySet<string> = new Set(['that', 'which', 'who']);

/**
 * Whether a relative clause on the things a count counts (`clause`, from its pronoun) says they are the fact's
 * thing: one of its cues stands, in the clause, right after a verb that says what they are ("are", "became",
 * "remain"), "as" or "among", past determiners and names ("ten companies that are Glasswing's founding partners",
 * "that joined as participants"); not one that relates them to it ("reports that come from Glasswing participants").
 */
function relativeClauseNamesCount(rule: FactRule, clause: string): boolean {
  const end = clause.search(clauseEnd);
  const text = end < 0 ? clause : clause.slice(0, end);
  for (const re of rule.cueMatchers) {
    re.lastIndex = 0;
    for (let m; (m = re.exec(text)); ) if (saysWhatTheyAre(text.slice(0, m.index))) return true;
  }
  return false;
}

/** What ends a relative clause: a mark of its own. */
const clauseEnd = /[,;:.!?()[\]—–]/;

/** Verbs that say what the things are, "as" and "among": before a cue in a relative clause, they make the cue name the things. */
const linkingWords: ReadonlySet<string> = new Set('are is were was be been being become became becomes remain remains remained as among'.split(' '));

/** Words that may stand between such a verb and the cue: determiners and adverbs ("are now all its founding partners"). */
const beforeCue: ReadonlySet<string> = new Set('the its their all also now still both'.split(' '));

/** Whether the last word of `text` that is no determiner and no name (see `beforeCue`) is a linking word (see `linkingWords`). */
function saysWhatTheyAre(text: string): boolean {
  const words = text.split(/\s+/);
  for (let k = words.length - 1; k >= 0; k--) {
    const word = words[k];
    if (!word || beforeCue.has(word.toLowerCase()) || /^\p{Lu}/u.test(word)) continue;
    return linkingWords.has(word.toLowerCase());
  }
  return false;
}

/** How many words after a count its noun phrase is read for (adjectives, nouns and the word that ends it). */
const phraseWords = 10;

/** Conjunctions that end a count's noun phrase as a mark does: what follows is another phrase or clause. */
const conjunctions: ReadonlySet<string> = new Set(['and', 'or', 'but', 'nor']);

/** How far before a count the cue that names what it counts is looked for ("Glasswing's founding partners are ten companies"). */
const cueReach = 120;

/**
 * What ends a clause before a count, past which a cue no longer names what the count counts: a
 * sentence's end inside the sentence (a quotation's "." before its closing mark), a semicolon, a
 * dash, or a quotation mark that closes quoted words. `"… on page 200 of the system card."
 * — post on X, about 1.2 million views`: the views are no pages.
 */
const clauseBreak = /[.!?;]["'”’»]?\s|[—–]|\s--\s|["”»](?=[\s,;.])/g;

/** The text of `before` (the sentence up to a count) after the last clause break in it (see `clauseBreak`): "are twelve companies" keeps its cue. */
function ownClause(before: string): string {
  let from = 0;
  clauseBreak.lastIndex = 0;
  for (let m; (m = clauseBreak.exec(before)); ) from = m.index + m[0].length;
  return before.slice(from);
}

/**
 * Between a cue and the count after it, what says the count counts the cue's things: a verb
 * that links them ("founding partners are ten companies", "number", "total", "include") or a
 * colon ("founding partners: ten companies"); not another verb ("the system card drew 1.2
 * million views": views are no pages).
 */
const linksToCount = /(?:^|[^\p{L}])(?:is|are|was|were|be|been|become|became|remain|remains|remained|number|numbers|numbered|total|totals|totalled|totaled|comprise|comprises|comprised|include|includes|included)(?![\p{L}])|:/iu;

/**
 * Between a cue and the count after it, nothing but a qualifier or a determiner: the cue governs
 * the count ("the campaign targeted around three dozen organizations", cue "targeted").
 */
const onlyQualifiers = /^[ \t]*(?:(?:around|about|roughly|some|nearly|almost|over|more[ \t]+than|fewer[ \t]+than|less[ \t]+than|at[ \t]+least|up[ \t]+to|approximately|an[ \t]+estimated|just|only|the|its|their)[ \t]+)*$/i;

/**
 * Whether the words between a cue and the count after it (`between`) say the count counts the
 * cue's things: a linking verb or a colon (see `linksToCount`), nothing but qualifiers (see
 * `onlyQualifiers`), or a verb made from one of the fact's words ("the campaign targeted around
 * three dozen organizations", for a count of targets); not "the system card drew 1.2 million views".
 */
function linksCueToCount(rule: FactRule, between: string): boolean {
  if (linksToCount.test(between) || onlyQualifiers.test(between)) return true;
  const known = measureWords(rule);
  for (const word of between.toLowerCase().split(/[^\p{L}]+/u)) {
    if (word.length < 6) continue;
    for (const k of known) if (k.length >= 4 && word.length > k.length && word.startsWith(k)) return true;
  }
  return false;
}

/** After the mark that ends a count's noun phrase: the fact's thing set beside it as another name for it (", its founding partners"). */
const appositionLead = /^,\s*(?:(?:its|their|the|all|his|her|our)\s+)?$/i;

/**
 * Whether the fact's cue names what a count counts though the noun after the count is another
 * word: the cue stands before it in its clause, a linking verb between ("Glasswing's founding
 * partners are twelve companies."; see `linksToCount`) or right before it ("targeted around three
 * dozen organizations"), or is set
 * beside it ("twelve companies, its founding partners"). A cue only past the end of the count's
 * noun phrase is another thing's: "three things: a public list of participants" counts things.
 * `before` is the sentence up to the count, `rest` the sentence from the mark that ends its noun
 * phrase.
 */
function cueNamesCount(rule: FactRule, before: string, rest: string): boolean {
  for (const re of rule.cueMatchers) {
    re.lastIndex = 0;
    let cueEnd = -1;
    for (let m; (m = re.exec(before)); ) {
      cueEnd = m.index + m[0].length;
      if (m[0].length === 0) re.lastIndex++;
    }
    if (cueEnd >= 0 && linksCueToCount(rule, before.slice(cueEnd))) return true;
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

/** The British spelling of a noun made from a verb in "-ise": "organisation", "authorisation". */
const britishIsation = /isation/g;

/** What after "in" sums a count up, no thing its things are in: "50 organisations in total", "in all". */
const inTotal = /^in\s+(?:total|all|sum)\b/i;

/** Words after a counted noun that make its things parts of another ("findings in the system card"). */
const partOf = new Set(['in', 'of', 'from', 'among', 'across']);

/** A word in the singular: "partners" and "partner" compare equal; so do the British "organisations" and "organizations". */
export function stem(word: string): string {
  const lower = word.toLowerCase().replace(britishIsation, 'ization');
  return lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss') ? lower.slice(0, -1) : lower;
}

const measureWordsOf = new WeakMap<FactRule, ReadonlySet<string>>();

/** The words of a fact's cues and unit, in the singular. */
export function measureWords(rule: FactRule): ReadonlySet<string> {
  let found = measureWordsOf.get(rule);
  if (found) return found;
  const value = rule.fact.value;
  const unit = value && 'unit' in value && typeof value.unit === 'string' ? value.unit : '';
  const words = new Set<string>();
  for (const text of [...(rule.fact.cues ?? []), unit]) for (const w of text.split(/[^\p{L}\p{N}]+/u)) if (w) words.add(stem(w));
  measureWordsOf.set(rule, (found = words));
  return found;
}
