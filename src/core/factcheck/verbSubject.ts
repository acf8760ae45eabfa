import type { EntityMention } from '../types';
import { firstAtOrAfter } from '../util/search';

/**
 * Words that may stand between a subject and its verb of saying without being the subject:
 * auxiliaries, modals and adverbs ("Dario Amodei has also said", "the draft had called"), and
 * the passive's, before "quoted" ("Jim Zemlin was quoted as saying").
 */
const betweenWords: ReadonlySet<string> = new Set(
  'had has have did does do would will could can may might should must is are was were be been being also later then once first since again even still often soon already always just ever long'.split(' '),
);

/** Words that negate the verb after them: "did not say", "never said", "didn't tell". */
const negations: ReadonlySet<string> = new Set(['not', 'never']);

/**
 * Whether `word` (lower case) may stand between a subject and its verb of saying: an auxiliary,
 * a modal, an adverb or a negation ("has also", "reportedly", "did not").
 */
export function standsBeforeVerb(word: string): boolean {
  return betweenWords.has(word) || negations.has(word) || word.endsWith('ly') || word.endsWith("n't") || word.endsWith('n’t');
}

/** Words that open a noun phrase: "the draft", "a filing", "its report". */
const determiners: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'some', 'one', 'each', 'every', 'another']);

/** Prepositions: a noun phrase after one is not a subject ("Dario Amodei in an interview said"). */
const prepositions: ReadonlySet<string> = new Set(
  'in on at of for with from by during to into about over under through via across within throughout per without like unlike near inside onto upon among between'.split(' '),
);

/** Relative pronouns: the subject is the noun before them ("the draft, which called", "Dario Amodei, who said"). */
const relatives: ReadonlySet<string> = new Set(['which', 'who', 'that', 'whose']);

/** Words that join clauses or list items: what stands before them is not the verb's subject phrase. */
const joiners: ReadonlySet<string> = new Set(['and', 'or', 'but', 'nor', 'yet', 'so', 'as', 'while', 'when', 'because', 'if', 'though', 'although', 'after', 'before', 'since', 'until', 'where']);

/**
 * Nouns that carry their owner's own words: "Microsoft's brief argued" credits Microsoft, while
 * "Pete Hegseth's department argued" credits the department, not Hegseth.
 */
const ownersWords: ReadonlySet<string> = new Set(
  'words remarks comments comment statement statements brief briefs filing filings letter letters report reports memo memos post posts blog essay essays op-ed paper papers tweet tweets email emails testimony complaint motion announcement release spokesperson spokesman spokeswoman representative account website site page draft document documents note notes submission response reply message interview speech book article column card update lawsuit suit'.split(' '),
);

/**
 * Titles of the people who speak for an organization or agency: "the Linux Foundation's chief
 * executive said" credits the Linux Foundation, as "the chief executive of the Linux Foundation
 * said" does, and so do the C-suite's initials ("CrowdStrike's CTO", "the bank's CISO"), a vice
 * president, a secretary or minister of a department, a spokesperson. A person's are not that
 * person ("Pete Hegseth's lawyers argued").
 */
const officersWords: ReadonlySet<string> = new Set(
  ('executive executives ceo ceos president presidents vp vps svp evp chair chairman chairwoman chairperson director directors founder founders cofounder co-founder head heads boss leader leaders leadership management chief officer officers official officials lawyer lawyers attorney attorneys counsel board ' +
    'cto cfo coo cio ciso cso cpo cmo cro cdo caio secretary minister commissioner administrator spokesperson spokespeople spokespersons spokesman spokeswoman').split(' '),
);

/** Whether `word` (lower case) is the title of one who speaks for an organization: "ceo", "spokesperson", "chief". */
export function isOfficerTitle(word: string): boolean {
  return officersWords.has(word);
}

/** Whether `head`, a noun owned by `owner` ("Microsoft's brief", "the Linux Foundation's chief executive"), carries the owner's words. */
export function carriesOwnersWords(head: string, owner: EntityMention): boolean {
  return ownersWords.has(head) || (owner.kind !== 'person' && officersWords.has(head));
}

const tokenRe = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

interface Token {
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

/** What stands before a verb of saying in its clause. */
export interface VerbSubject {
  /** Whether the verb is negated: "Dario Amodei did not say", "never said", "didn't tell" credit no one. */
  readonly negated: boolean;
  /**
   * Whom the verb credits when its subject is a noun phrase rather than a name: no one for
   * "a draft called", "the draft, which called" or "Pete Hegseth's department argued"; the owner
   * for "Microsoft's brief argued"; the name before "who" in "Dario Amodei, who said". Undefined
   * when a name (or nothing readable) stands right before the verb: the clause's names decide.
   */
  readonly credits?: EntityMention[];
}

/** How many words a name set off after a title may have: "Elia Zaitsev", "Mary Ann de la Cruz". */
const nameReach = 4;
/** How far before that name its title is looked for: "the chief technology officer of CrowdStrike, Elia Zaitsev, said". */
const titleReach = 6;

/**
 * Whether the words right before the verb at `verbAt` are a name the fact base does not know, set
 * off by commas after an officer's title ("CrowdStrike's CTO, Elia Zaitsev, said", "the chief
 * executive of the bank, Jane Smith, said"): the person speaks, not the organization the title
 * names, which is only their employer. A name the fact base knows is read as any name is.
 */
function titledName(sentence: string, sentenceStart: number, tokens: readonly Token[], verbAt: number, within: (t: Token) => EntityMention | undefined): boolean {
  const text = (start: number, end: number) => sentence.slice(start - sentenceStart, end - sentenceStart);
  const capitalised = (t: Token) => /^\p{Lu}/u.test(text(t.start, t.end));
  let k = tokens.length - 1;
  if (!/^\s*,\s*$/.test(text(tokens[k].end, verbAt)) || !capitalised(tokens[k]) || within(tokens[k])) return false;
  while (k > 0 && tokens.length - k < nameReach && capitalised(tokens[k - 1]) && blank(text(tokens[k - 1].end, tokens[k].start))) k--;
  if (k === 0 || !/^\s*,\s*$/.test(text(tokens[k - 1].end, tokens[k].start))) return false;
  for (let j = k - 1; j >= 0 && j >= k - titleReach; j--) {
    if (officersWords.has(tokens[j].word)) return true;
    if (j > 0 && !blank(text(tokens[j - 1].end, tokens[j].start))) break;
  }
  return false;
}

/** Whether `s` holds white space only. */
function blank(s: string): boolean {
  return /^\s*$/.test(s);
}

/**
 * The subject of the verb of saying at `verbAt`, read back over the words of its clause from
 * `from` (document offsets; `sentence` starts at `sentenceStart`). `speakers` are the sentence's
 * speaker mentions in order. Why: a name elsewhere in the clause is not the verb's subject
 * ("Dario Amodei went on camera after a draft called the model “…”" credits the draft, not
 * Amodei), and a negated verb credits no one ("Dario Amodei did not say “…”").
 */
export function verbSubject(sentence: string, sentenceStart: number, from: number, verbAt: number, speakers: readonly EntityMention[]): VerbSubject {
  const tokens: Token[] = [];
  const lo = Math.max(from, verbAt - 200, sentenceStart);
  for (const m of sentence.slice(lo - sentenceStart, verbAt - sentenceStart).matchAll(tokenRe)) tokens.push({ word: m[0].toLowerCase(), start: lo + m.index, end: lo + m.index + m[0].length });
  const text = (start: number, end: number) => sentence.slice(start - sentenceStart, end - sentenceStart);
  // Only white space between a token and the next (or the verb): punctuation ends the phrase.
  const joined = (i: number) => blank(text(tokens[i].end, i + 1 < tokens.length ? tokens[i + 1].start : verbAt));
  // The last speaker named before `at`, found by bisection: a sentence may name thousands.
  const lastBefore = (at: number): EntityMention | undefined => speakers[firstAtOrAfter(speakers, at, (e) => e.span.start) - 1];
  const within = (t: Token) => {
    const e = lastBefore(t.start + 1);
    return e && e.span.end >= t.end ? e : undefined;
  };
  /** The speaker whose name a possessive token ends ("Hegseth's", "Anthropic’s"; the mention may hold the "'s"), if any. */
  const owner = (t: Token) => {
    const e = /['’]s$/.test(t.word) ? lastBefore(t.end - 2) : undefined;
    return e && (e.span.end === t.end || e.span.end === t.end - 2) ? e : undefined;
  };
  let i = tokens.length - 1;
  if (i < 0) return { negated: false };
  if (!joined(i)) return titledName(sentence, sentenceStart, tokens, verbAt, within) ? { negated: false, credits: [] } : { negated: false };
  let negated = false;
  for (; i >= 0 && joined(i); i--) {
    const w = tokens[i].word;
    if (negations.has(w) || w.endsWith("n't") || w.endsWith('n’t')) negated = true;
    else if (!betweenWords.has(w) && !(w.endsWith('ly') && !within(tokens[i]))) break;
  }
  if (negated) return { negated };
  if (i < 0 || !joined(i)) return { negated };
  const head = tokens[i];
  if (within(head) || owner(head) || joiners.has(head.word)) return { negated };
  /**
   * Whom the relative pronoun at token `r` stands for: the name right before it ("Dario Amodei,
   * who said"), the owner of a noun that carries their words ("Microsoft's brief, which argued"),
   * or no one ("the draft, which called"). After "whose" the head noun decides, as after a
   * possessive ("Anthropic, whose spokesperson said", "a team whose members told").
   */
  const antecedent = (r: number): EntityMention[] => {
    let at = tokens[r].start - sentenceStart;
    while (at > 0 && /[\s,]/.test(sentence[at - 1])) at--;
    const named = lastBefore(sentenceStart + at);
    if (named?.span.end === sentenceStart + at) return r === i || carriesOwnersWords(head.word, named) ? [named] : [];
    const noun = tokens[r - 1];
    const o = r === i && r >= 2 && noun.end === sentenceStart + at && joined(r - 2) && ownersWords.has(noun.word) ? owner(tokens[r - 2]) : undefined;
    return o ? [o] : [];
  };
  if (relatives.has(head.word)) return { negated, credits: antecedent(i) };
  if (determiners.has(head.word)) return { negated };
  // The noun that heads the subject: an officer's title before "of" ("CrowdStrike's head of policy said").
  let noun = head.word;
  for (let j = i - 1; j >= 0 && j >= i - 5 && joined(j); j--) {
    const t = tokens[j];
    const o = owner(t);
    if (o) return { negated, credits: carriesOwnersWords(noun, o) ? [o] : [] };
    if (t.word === 'of' && j > 0 && joined(j - 1) && officersWords.has(tokens[j - 1].word)) {
      noun = tokens[j - 1].word;
      continue;
    }
    if (within(t) || joiners.has(t.word)) return { negated };
    if (relatives.has(t.word) && t.word !== 'that') return { negated, credits: antecedent(j) };
    if (determiners.has(t.word)) {
      const p = j > 0 && joined(j - 1) ? tokens[j - 1] : undefined;
      // "Dario Amodei in an interview said", "Dario Amodei the next day said": not the subject.
      if (p && (prepositions.has(p.word) || within(p) || owner(p))) return { negated };
      return { negated, credits: [] };
    }
  }
  return { negated };
}
