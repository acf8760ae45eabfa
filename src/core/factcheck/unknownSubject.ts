import type { EntityMention } from '../types';
import type { FactIndex } from '../factbase/factIndex';
import { speakerLabelLength } from './speakerLabel';

/**
 * Whether a sentence's subject is a name the fact base does not know, after "the" or after an
 * opening phrase set off by a comma: "The Coalition represents more than 140 member
 * organizations", "Founded in 2019, the Coalition represents …", "In 2025, the Chip Security
 * Coalition launched …". Such a sentence speaks of its own subject: it takes none from the
 * paragraph or the section around it (a count of the Coalition's members is not Project
 * Glasswing's, named the paragraph before). `opensOnUnknownName` (ownSubject.ts) reads the
 * sentence's first words without an article; this reads what stands after one.
 *
 * After "the", one capitalised word is a name ("the Coalition"), unless it is a word of a name
 * the fact base knows: "the Department" may stand for the Department of Defense named before,
 * "the Foundation" for the Linux Foundation.
 */

/** The capitalised words of the fact base's names and aliases, found once per fact base. */
const nameWordsOf = new WeakMap<FactIndex, ReadonlySet<string>>();

export function knownNameWords(index: FactIndex): ReadonlySet<string> {
  let words = nameWordsOf.get(index);
  if (words) return words;
  const out = new Set<string>();
  for (const e of index.factBase.entities) {
    for (const name of [e.name, ...e.aliases.map((a) => (typeof a === 'string' ? a : a.text))]) {
      for (const w of name.match(wordRe) ?? []) if (/^\p{Lu}/u.test(w)) out.add(w.toLowerCase());
    }
  }
  nameWordsOf.set(index, (words = out));
  return words;
}

/** A word: letters and digits, joined by hyphens, dots or apostrophes inside ("GPT-4o", "D.C."). */
const wordRe = /[\p{L}\p{N}]+(?:[-.’'][\p{L}\p{N}]+)*/gu;

/** A word of an opening phrase's first place: a preposition or an adverb of time ("In 2019,", "According to Fortune,", "Last year,"). */
const openers: ReadonlySet<string> = new Set(
  'in on at after before since during according unlike like for with by as over under through from following despite within across among last this earlier later today yesterday when while once until'.split(' '),
);

/** A participle or an adverb opening a sentence: "Founded in 2019,", "Speaking on Tuesday,", "Separately,". */
const participleOrAdverb = /^\p{L}{3,}(?:ed|ing|ly)$/u;

/** How many words an opening phrase may hold before its comma. */
const maxOpening = 8;

/** Words that make a capitalised word no name: pronouns, months, the words that start clauses. */
const notNames: ReadonlySet<string> = new Set(
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday i the a an this that these those it its they their he his she her we our you on in at by for of under after before during since from to as while when if but and or so then'.split(' '),
);

/** How many words after the name a verb of reporting or "that" may stand ("the Coalition also noted that"). */
const reportReach = 3;

/** Verbs after a name that make it a speaker, whose words the sentence reports ("The Coalition said the leak …"). */
const speakerVerb = /^(?:said|says|told|tells|noted|notes|wrote|writes|reported|reports|argued|argues|added|adds|explained|explains|stated|states|recalled|recalls|according)$/i;

/**
 * A bold lead-in or title that opens the sentence, on its line or before a colon: "**About the
 * Coalition**" over "Founded in 2019, the Coalition represents …", "**Why:** The Coalition …".
 * It labels what follows; the subject comes after it.
 */
const boldLeadIn = /^[ \t]*(?:\*\*[^*\r\n]{1,160}\*\*|__[^_\r\n]{1,160}__)[ \t]*:?[ \t]*(?:\r?\n)?/;

/** A possessive ending: "the Department's filing" is the Department's. */
const possessive = /['’]s?$/;

interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Whether a comma follows the word directly. */
  readonly comma: boolean;
}

/** The sentence's first words (document offsets). */
function firstWords(sentenceText: string, from: number, start: number, limit: number): Word[] {
  const out: Word[] = [];
  wordRe.lastIndex = from;
  for (let m; out.length < limit && (m = wordRe.exec(sentenceText)); ) {
    const end = m.index + m[0].length;
    out.push({ text: m[0], start: start + m.index, end: start + end, comma: sentenceText.charCodeAt(end) === 44 /* , */ });
  }
  return out;
}

function isNameWord(w: Word): boolean {
  return /^\p{Lu}/u.test(w.text) && !notNames.has(w.text.toLowerCase());
}

/** Where the subject starts: after an opening phrase set off by a comma, else at the first word. */
function subjectStart(words: readonly Word[]): number {
  const first = words[0]?.text.toLowerCase();
  if (first === undefined || !(openers.has(first) || participleOrAdverb.test(first))) return 0;
  for (let k = 0; k < words.length && k < maxOpening; k++) if (words[k].comma) return k + 1;
  return 0;
}

/**
 * Whether the sentence's subject is a name the fact base does not know (see above): `nameWords`
 * from `knownNameWords`, `mentions` the sentence's. Example: `subjectIsUnknownName('Founded in
 * 2019, the Coalition represents 140 members.', 0, [], words)` is true.
 */
export function subjectIsUnknownName(sentenceText: string, start: number, mentions: readonly EntityMention[], nameWords: ReadonlySet<string>): boolean {
  const from = speakerLabelLength(sentenceText) || (boldLeadIn.exec(sentenceText)?.[0].length ?? 0);
  // Most sentences open on neither "the" nor an opening phrase: their first word settles it.
  const [first] = firstWords(sentenceText, from, start, 1);
  const opener = first?.text.toLowerCase();
  if (opener === undefined || !(opener === 'the' || openers.has(opener) || participleOrAdverb.test(opener))) return false;
  const words = firstWords(sentenceText, from, start, maxOpening + 8);
  let i = subjectStart(words);
  const article = words[i] !== undefined && words[i].text.toLowerCase() === 'the';
  if (article) i++;
  // Without "the", only after an opening phrase: a sentence's first words are `opensOnUnknownName`'s.
  if (!article && i === 0) return false;
  const run: Word[] = [];
  for (let k = i; k < words.length && isNameWord(words[k]); k++) {
    run.push(words[k]);
    if (words[k].comma) break;
  }
  if (!run.length || run.some((w) => mentions.some((e) => e.span.start < w.end && w.start < e.span.end))) return false;
  // A name that reports ("the Coalition said", "the Senate heard that it has …") leaves the reported clause its own subject.
  for (let k = i + run.length; k < words.length && k < i + run.length + reportReach; k++) if (speakerVerb.test(words[k].text) || words[k].text.toLowerCase() === 'that') return false;
  if (run.length >= 2) return true;
  return article && !nameWords.has(run[0].text.toLowerCase().replace(possessive, ''));
}
