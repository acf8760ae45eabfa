import type { EntityMention } from '../types';
import type { LineIndex } from '../text/lineIndex';
import { firstAtOrAfter } from '../util/search';
import { verbsOfSaying } from './verbCredits';
import { standsBeforeVerb } from './verbSubject';

/**
 * Names of people the fact base does not know, read where they stand as a speaker: right
 * before a verb of saying ("Jane Smith told CNN", "Senator Lindsey Graham has said"), right
 * after one ('“…,” said Jane Smith', "according to Jane Smith", "quoted Jane Smith as saying"),
 * after "by" (a passive's agent), or opening a sentence whose participle of saying takes it for
 * subject ("Jane Smith went further, calling it “…”"). Words on record credited to someone the fact base does not
 * know are misattributed as surely as words credited to someone it knows: a wrong surname, a
 * colleague, the reporter.
 *
 * A name here is a given name and a family name, capitalised, with perhaps an initial between
 * ("Jane Q. Smith"), after at most titles ("Senator", "Dr.") and, first, a word that may open a
 * sentence ("Then", "In March"). So a family name alone ("Graham said", "Mr. Graham said") is
 * never one: it may be the speaker on record. Neither is an initial for a given name ("L.
 * Graham"), a phrase after a determiner ("the Frontier Red Team"), a word in capitals ("CNN"),
 * pronouns, nor a noun phrase ("one official", "a spokesperson"), nor capitalised words that
 * name institutions ("Armed Services Committee", "Washington Post"), nor a name that holds a
 * fact base mention. Whether the name is the quotation's speaker is left to `quoteCredits`.
 */

/** Prefix of the ids given to these names: no fact base id holds a colon. */
const idPrefix = 'unknown-speaker:';

/** Whether a mention is a name the fact base does not know, made by `unknownSpeakers`. */
export function isUnknownSpeaker(e: EntityMention): boolean {
  return e.id.startsWith(idPrefix);
}

/** A given name or a family name: "Jane", "O'Neill", "McDonald", "Smith-Jones", "Żaneta". */
const nameWordRe = /^(?:\p{Lu}['’])?\p{Lu}\p{Ll}+(?:[-'’]?\p{Lu}\p{Ll}+)?$/u;
/** A middle initial: "Q.". */
const initialRe = /^\p{Lu}\.$/u;

/** Titles that may stand before a name (lower case, without a dot). */
const titles: ReadonlySet<string> = new Set(
  'mr mrs ms mx dr prof professor sir dame lord lady judge justice senator sen representative rep congressman congresswoman secretary minister president vice chair chairman chairwoman chairperson director commissioner governor gov general gen admiral colonel col captain capt lieutenant lt sergeant sgt mayor ambassador chancellor dean rev reverend father rabbi imam chief ceo cto cfo coo founder cofounder co-founder executive officer deputy assistant attorney counsel spokesperson spokesman spokeswoman analyst researcher reporter correspondent editor economist scientist engineer officer agent inspector superintendent commander'.split(
    ' ',
  ),
);

/** Words that may open a sentence before a name: "Then Jane Smith said", "In March Jane Smith said". */
const openers: ReadonlySet<string> = new Set(
  'then but and so yet also later still now meanwhile however instead separately earlier finally today yesterday tonight here there when while as after before since once if in on at during last next january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(
    ' ',
  ),
);

/** Words that open a noun phrase: what follows them is not a person's name ("The Washington Post", "the Frontier Red Team"). */
const determiners: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'every', 'each', 'some', 'any', 'another']);

/** Capitalised words that name institutions, places, days and things, not people. */
const notNameWords: ReadonlySet<string> = new Set(
  'department ministry committee commission council agency office bureau board court senate house congress parliament government administration authority service services institute institution foundation university college school academy company corporation corp inc ltd llc group team lab labs laboratory center centre network news times post journal press review magazine media daily weekly herald tribune gazette report reports party union association society forum club alliance coalition project program programme initiative act bill law code policy card update model models system systems security defense defence research technologies technology capital partners fund bank street states state nations united national federal international global world city county republic kingdom army navy force police guard reserve staff campaign ventures holdings industries solutions platforms street avenue square hall hill valley bay'.split(
    ' ',
  ),
);

/** Marks before a word: emphasis, brackets. */
const leadMarks = /^[*_([]+/;
/** A word: letters, digits, apostrophes, hyphens and dots; what follows it ("," "**" "[10]") is its trailing marks. */
const wordRe = /^[\p{L}\p{N}'’.-]*/u;
/** Marks around a word that join it to the next as a name does: emphasis only. */
const emphasisOnly = /^[*_]*$/;

interface Token {
  /** The word without the marks around it. */
  readonly word: string;
  /** Document offsets of `word`. */
  readonly start: number;
  readonly end: number;
  /** Whether other marks than emphasis stand before or after it: a bracket, a comma, a colon. */
  readonly markBefore: boolean;
  readonly markAfter: boolean;
}

/** How far from a verb a name is read. */
const reach = 120;

/** The words of `sentence` between document offsets `from` and `to`, marks apart (see `Token`). */
function tokensIn(sentence: string, sentenceStart: number, from: number, to: number): Token[] {
  const out: Token[] = [];
  const slice = sentence.slice(from - sentenceStart, to - sentenceStart);
  for (const m of slice.matchAll(/\S+/g)) {
    const lead = leadMarks.exec(m[0])?.[0] ?? '';
    let raw = wordRe.exec(m[0].slice(lead.length))![0];
    let trail = m[0].slice(lead.length + raw.length);
    // A dot ends an initial or an abbreviated title ("Q.", "Dr."), and otherwise the sentence.
    if (raw.endsWith('.') && !initialRe.test(raw) && !titles.has(raw.slice(0, -1).toLowerCase())) {
      raw = raw.slice(0, -1);
      trail = `.${trail}`;
    }
    const start = from + m.index + lead.length;
    out.push({ word: raw, start, end: start + raw.length, markBefore: !emphasisOnly.test(lead), markAfter: !emphasisOnly.test(trail) });
  }
  return out;
}

function isTitle(word: string): boolean {
  return titles.has(word.replace(/\.$/, '').toLowerCase());
}

/** Whether `word` may be a given name or a family name. */
function isNameWord(word: string): boolean {
  if (!nameWordRe.test(word)) return false;
  const lower = word.toLowerCase();
  return !titles.has(lower) && !openers.has(lower) && !determiners.has(lower) && !notNameWords.has(lower);
}

/** Whether `words` (in reading order) are a given name, perhaps an initial, and a family name. */
function isPersonName(words: readonly Token[]): boolean {
  if (words.length === 2) return isNameWord(words[0].word) && isNameWord(words[1].word);
  return words.length === 3 && isNameWord(words[0].word) && initialRe.test(words[1].word) && isNameWord(words[2].word);
}

/** How many words of a name to take: three when the middle one is an initial, else two. */
function nameLength(words: readonly Token[], last: number): number {
  return last >= 2 && initialRe.test(words[last - 1].word) ? 3 : 2;
}

/**
 * The name that ends right before the verb at `verbAt`, past auxiliaries and adverbs ("Jane
 * Smith has also said"), with only titles and a sentence's opening word before it.
 */
function nameBefore(sentence: string, sentenceStart: number, verbAt: number): Token[] | undefined {
  const words = tokensIn(sentence, sentenceStart, Math.max(sentenceStart, verbAt - reach), verbAt);
  let k = words.length - 1;
  while (k >= 0 && !words[k].markAfter && !words[k].markBefore && words[k].word === words[k].word.toLowerCase() && standsBeforeVerb(words[k].word)) k--;
  if (k < 0 || words[k].markAfter) return undefined;
  const n = nameLength(words, k);
  const name = words.slice(k - n + 1, k + 1);
  if (name.length !== n || name.some((w, i) => w.markAfter || (i > 0 && w.markBefore)) || !isPersonName(name)) return undefined;
  // Capitalised words before the name are titles ("Senator") or open the sentence ("In March");
  // a word in lower case ends them ("the Republican senator Lindsey Graham"), but for a
  // determiner right before the name ("The Washington Post").
  for (let j = k - n; j >= 0; j--) {
    const w = words[j];
    if (w.markAfter) return name;
    const lower = w.word.toLowerCase();
    if (j === k - n && determiners.has(lower)) return undefined;
    // A word in lower case, or an owner ("CNN's Jane Smith").
    if (lower === w.word || /['’]s$/.test(w.word)) return name;
    if (!isTitle(w.word) && !openers.has(lower)) return undefined;
    if (w.markBefore) return name;
  }
  return name;
}

/** The name that starts right after `at` (after a verb or "by"), past titles; a day or a month may follow it, no other capitalised word. */
function nameAfter(sentence: string, sentenceStart: number, at: number): Token[] | undefined {
  const words = tokensIn(sentence, sentenceStart, at, Math.min(sentenceStart + sentence.length, at + reach));
  let k = 0;
  if (words[0]?.markBefore) return undefined;
  while (k < words.length && isTitle(words[k].word) && !words[k].markAfter) k++;
  if (k < words.length && words[k].markBefore) return undefined;
  const n = k + 1 < words.length && initialRe.test(words[k + 1].word) ? 3 : 2;
  const name = words.slice(k, k + n);
  if (name.length !== n || name.some((w, i) => (i < n - 1 && w.markAfter) || (i > 0 && w.markBefore)) || !isPersonName(name)) return undefined;
  const next = words[k + n];
  if (!name[n - 1].markAfter && next && /^\p{Lu}/u.test(next.word) && !openers.has(next.word.toLowerCase())) return undefined;
  return name;
}

/** "by" before a name: a passive verb's agent ("was called a “…” by Jane Smith"). */
const byRe = /\bby\s/g;

/**
 * The names the fact base does not know that stand as speakers in the sentence from
 * `sentenceStart` (see above), as mentions of a person each with its own id, in order. `mentions`
 * are the sentence's fact base mentions and `quoted` its quotations (document offsets), whose
 * words are not read. Reads a bounded window at each verb of saying.
 */
export function unknownSpeakers(sentence: string, sentenceStart: number, mentions: readonly EntityMention[], quoted: readonly { start: number; end: number }[], index: LineIndex): EntityMention[] {
  const inQuote = (at: number) => {
    const i = firstAtOrAfter(quoted, at + 1, (q) => q.start) - 1;
    return i >= 0 && at < quoted[i].end;
  };
  const overlapsMention = (start: number, end: number) => {
    const i = firstAtOrAfter(mentions, end, (e) => e.span.start) - 1;
    return i >= 0 && mentions[i].span.end > start;
  };
  const found = new Map<number, EntityMention>();
  const add = (name: Token[] | undefined) => {
    if (!name) return;
    const start = name[0].start;
    const end = name[name.length - 1].end;
    if (found.has(start) || inQuote(start) || inQuote(end - 1) || overlapsMention(start, end)) return;
    const text = sentence.slice(start - sentenceStart, end - sentenceStart).replace(/\s+/g, ' ');
    found.set(start, { id: `${idPrefix}${text}`, kind: 'person', text, range: index.range(start, end), span: { start, end } });
  };
  let opening = false;
  for (const v of verbsOfSaying(sentence, sentenceStart, inQuote)) {
    add(nameBefore(sentence, sentenceStart, v.at));
    add(nameAfter(sentence, sentenceStart, v.end));
    // A participle set off by a comma takes the subject of its clause: "Jane Smith went further, calling it …".
    if (v.participle?.kind === 'attached' && !opening) {
      opening = true;
      add(nameAfter(sentence, sentenceStart, sentenceStart));
    }
  }
  for (const m of sentence.matchAll(byRe)) if (!inQuote(sentenceStart + m.index)) add(nameAfter(sentence, sentenceStart, sentenceStart + m.index + 2));
  return [...found.values()].sort((a, b) => a.span.start - b.span.start);
}

/**
 * Whether the sentence from `sentenceStart` opens on the name of a person the fact base does not
 * know (past titles and an opening word, see `nameAfter`): "Maria Okafor, a maintainer,
 * disagreed." `mentions` are the fact base mentions; a name that holds one is known.
 */
export function opensWithUnknownName(sentence: string, sentenceStart: number, mentions: readonly EntityMention[]): boolean {
  const name = nameAfter(sentence, sentenceStart, sentenceStart);
  if (!name) return false;
  const start = name[0].start;
  const end = name[name.length - 1].end;
  const i = firstAtOrAfter(mentions, end, (e) => e.span.start) - 1;
  return !(i >= 0 && mentions[i].span.end > start);
}
