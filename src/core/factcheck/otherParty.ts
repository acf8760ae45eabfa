import { firstAtOrAfter } from '../util/search';
import type { EntityMention, Span } from '../types';
import type { FactRule } from './factMatcher';
import { actorKinds, opensOnUnknownName, thingKinds } from './ownSubject';

/**
 * A figure in a clause about another party's thing is that thing's, not a fact's on record:
 *
 * - A clause that opens on a possessive of a party the fact is not of ("AWS's accelerator hands
 *   out up to $1 million in credits", "the UK institute's longest report ran to 62 pages") speaks
 *   of that party's thing. Parties of the fact are its entities, their people and what they
 *   belong to (`FactRule.parties`): "Anthropic's system card" is the card on record.
 * - A clause that names a thing of its own by a name the fact base does not know ("signed the
 *   Right to Warn letter", "set up the Centre for Data Ethics and Innovation", "a two-year-old
 *   bug in OpenSSL") speaks of that thing.
 *
 * Either keeps a fact from the figure when the fact was tied only weakly: borrowed from the
 * paragraph or the surroundings, or named only through the company or people behind it (see
 * `weakTieToOtherParty`). A clause whose subject is a thing of its own, another party's or one
 * the fact base does not know ("Google's Big Sleep agent reported …, among them a 10-year-old bug
 * in FFmpeg", "DARPA's AI Cyber Challenge wrapped up …, nine years after the Cyber Grand
 * Challenge", "Atlas-3 found a 12-year-old flaw in FFmpeg"), gives its subject's figures even
 * beside a name of the fact, unless the fact's own thing (its model, document, program, event…)
 * is named before the figure (see `subjectOfItsOwn`).
 */

interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** A word: letters and digits, joined inside by hyphens, dots or apostrophes ("GPT-4o", "Google's"). */
const wordRe = /[\p{L}\p{N}]+(?:[-.’'][\p{L}\p{N}]+)*['’]?/gu;

/** The clause's first `limit` words, in document offsets. */
function wordsOf(text: string, start: number, limit: number): Word[] {
  const out: Word[] = [];
  wordRe.lastIndex = 0;
  for (let m; out.length < limit && (m = wordRe.exec(text)); ) {
    // A citation key ("[@Smith2020]", "@fig-1") is no word of the clause.
    if (text.charCodeAt(m.index - 1) === 64 /* @ */) continue;
    out.push({ text: m[0], start: start + m.index, end: start + m.index + m[0].length });
  }
  return out;
}

/** A possessive: "Google's", "AWS’s", "Reuters'". */
const possessiveRe = /\p{L}['’]s?$/u;

/** Words that open a phrase set off by a comma before the subject ("For scale, AWS's …", "In 2025, Google's …"). */
const openers: ReadonlySet<string> = new Set(
  'in on at after before since during according unlike like for with by as over under through from following despite within across among last this earlier later today yesterday when while once until separately meanwhile similarly likewise'.split(' '),
);

/** Numbers that open a phrase of time before the subject ("Eight years ago, the UK …", "Two weeks later, …"). */
const numberWords: ReadonlySet<string> = new Set('a an one two three four five six seven eight nine ten eleven twelve twenty thirty several some many few'.split(' '));

/** Capitalised words that name nothing: months, days, pronouns and the words that start clauses. */
const notNames: ReadonlySet<string> = new Set(
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday i the a an this that these those it its they their he his she her we our you on in at by for of under after before during since from to as while when if but and or so then nor yet'.split(' '),
);

/** Little words a name holds between its capitalised words ("Right to Warn", "Centre for Data Ethics and Innovation"). */
const nameJoiners: ReadonlySet<string> = new Set(['of', 'for', 'to', 'and', 'on', 'the', 'de']);

/** Verbs after a name that make it a speaker or a reporter, not the thing the clause speaks of. */
const speakerVerb = /^(?:said|says|told|tells|noted|notes|wrote|writes|reported|reports|argued|argues|added|adds|explained|explains|stated|states|recalled|recalls|according|announced|announces|confirmed|confirms)$/i;

/**
 * A word written as no ordinary word is: a capital after a small letter ("OpenSSL", "xAI"), or
 * letters from a capital then a digit ("GPT-4o", "Atlas-3"; not a citation key, "glasswing2026").
 */
const nameShaped = /\p{Ll}\p{Lu}|^\p{Lu}\p{L}*-?\d/u;

function capitalised(w: Word): boolean {
  return /^\p{Lu}/u.test(w.text) && !notNames.has(w.text.toLowerCase().replace(/['’]s?$/u, ''));
}

function inMention(w: Word, mentions: readonly EntityMention[]): EntityMention | undefined {
  return mentions.find((e) => e.span.start < w.end && w.start < e.span.end);
}

/** Whether only spaces (no mark) stand between two words of the text starting at `start`. */
function joined(text: string, start: number, a: Word, b: Word): boolean {
  return /^[ \t]*(?:\r?\n[ \t]*)?$/.test(text.slice(a.end - start, b.start - start));
}

/** Where the clause's subject starts among its first words: after an opening phrase set off by a comma, else 0. */
function subjectStart(text: string, start: number, words: readonly Word[]): number {
  const first = words[0]?.text.toLowerCase();
  if (first === undefined || !(openers.has(first) || numberWords.has(first) || /^\d+$/.test(first) || /^\p{L}{3,}(?:ed|ing|ly)$/u.test(first))) return 0;
  // A comma that sets a phrase off, not one inside a number ("about 9,000").
  for (let k = 0; k < words.length && k < 8; k++) if (text.charCodeAt(words[k].end - start) === 44 /* , */ && !/\d/.test(text.charAt(words[k].end - start + 1))) return k + 1;
  return 0;
}

/** What a clause opens on: the possessor's words and what follows them, when its subject opens on a possessive. */
interface Possession {
  readonly possessor: readonly Word[];
  /** The words after the possessive. */
  readonly rest: readonly Word[];
}

/** The possessive the clause's subject opens on ("[The] UK institute's", "Google's"), within three words. */
function possessionAt(text: string, start: number, words: readonly Word[]): Possession | undefined {
  let i = subjectStart(text, start, words);
  if (words[i]?.text.toLowerCase() === 'the') i++;
  for (let k = i; k < words.length && k < i + 3; k++) {
    if (k > i && !joined(text, start, words[k - 1], words[k])) return undefined;
    if (possessiveRe.test(words[k].text)) return { possessor: words.slice(i, k + 1), rest: words.slice(k + 1) };
  }
  return undefined;
}

/** Whether the possessor is a party the fact is not of: a known entity that is none of its parties, or a name the fact base does not know. */
function otherPossessor(rule: FactRule, possessor: readonly Word[], mentions: readonly EntityMention[]): boolean {
  let named = false;
  for (const w of possessor) {
    const e = inMention(w, mentions);
    if (e) {
      if (rule.parties.has(e.id)) return false;
      named = true;
    }
  }
  // An indefinite possessor ("a startup's", "an insurer's") is none the fact base names.
  return named || possessor.some(capitalised) || /^an?$/i.test(possessor[0]?.text ?? '');
}

/** The writer's possessives: what they own is no party's on record. */
const writersPossessive: ReadonlySet<string> = new Set(['our', 'my']);

/**
 * Nouns of the writer's reckoning of the world: "Our count shows 45 participants" counts Glasswing's, as "By our
 * count" does, so such a possession is no thing of the writer's own.
 */
const reckoningNouns: ReadonlySet<string> = new Set(
  'own count counts tally estimate estimates calculation calculations analysis reading review reckoning research reporting sources data figures numbers records notes tracking tracker list'.split(' '),
);

/**
 * Whether the clause's subject opens on a possessive of the writer's ("Our tabletop had 24 participants", "My team
 * counted 12 reports"), past a phrase set off by a comma, and the thing owned is not the writer's reckoning of another's.
 */
function opensOnWritersOwn(text: string, start: number, words: readonly Word[]): boolean {
  const i = subjectStart(text, start, words);
  const word = words[i];
  if (!word || !writersPossessive.has(word.text.toLowerCase())) return false;
  const next = words[i + 1];
  return next !== undefined && !reckoningNouns.has(next.text.toLowerCase());
}

/** The run of name words at the head of `words` (a name the fact base does not know), or none. */
function unknownNameAt(text: string, start: number, words: readonly Word[], from: number, mentions: readonly EntityMention[]): number {
  let k = from;
  let capitals = 0;
  while (k < words.length) {
    const w = words[k];
    if (k > from && !joined(text, start, words[k - 1], w)) break;
    if (inMention(w, mentions)) return 0;
    if (capitalised(w) || nameShaped.test(w.text)) capitals++;
    else if (!(capitals > 0 && nameJoiners.has(w.text.toLowerCase()) && words[k + 1] && capitalised(words[k + 1]))) break;
    k++;
  }
  return capitals ? k - from : 0;
}

/**
 * The words that set what follows against a figure or the subject, right before a name: "ahead
 * of", "behind", "than", "compared with", "up from", "vs." (as `comparedMentions` reads them).
 */
const comparandLead = /(?:^|[^\p{L}\p{N}])(?:than|against|vs\.?|versus|compared\s+(?:with|to)|relative\s+to|unlike|ahead\s+of|behind|above|below|(?:up|down)\s+from)\s+(?:the\s+)?$/iu;

/** How far before a name its comparison word is read. */
const comparandReach = 24;

/**
 * Whether the clause names a thing of its own by a name the fact base does not know, past the
 * sentence's first word: two capitalised words or more ("the Right to Warn letter"), one word
 * written as a name ("OpenSSL", "GPT-4o"), or a known name with more of its own after "for" or
 * "of" ("Google for Startups"); not a speaker ("… , Jane Smith said").
 */
function namesUnknownThing(text: string, start: number, words: readonly Word[], sentenceStart: number, mentions: readonly EntityMention[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    // A known name heading a longer one is the longer one's ("Google for Startups").
    if (k + 2 < words.length && inMention(w, mentions) && !inMention(words[k + 1], mentions) && nameJoiners.has(words[k + 1].text.toLowerCase()) && capitalised(words[k + 2]) && !inMention(words[k + 2], mentions) && joined(text, start, w, words[k + 1]) && joined(text, start, words[k + 1], words[k + 2])) return true;
    if (w.start <= sentenceStart || !(capitalised(w) || nameShaped.test(w.text))) continue;
    const n = unknownNameAt(text, start, words, k, mentions);
    if (!n) continue;
    // "it scores 81.3%, about 16 points ahead of Claude Opus 4.6": what the figure is set against is no thing of the clause's own.
    if (comparandLead.test(text.slice(Math.max(0, w.start - start - comparandReach), w.start - start))) {
      k += n - 1;
      continue;
    }
    const name = words.slice(k, k + n);
    const next = words[k + n];
    const spoken = next !== undefined && speakerVerb.test(next.text);
    if (!spoken && (name.filter(capitalised).length >= 2 || nameShaped.test(name[0].text) || placesThing(text, start, words, k))) return true;
    k += n - 1;
  }
  return false;
}

/** The words before a name that make it the place or the owner of the thing before them: "a leak at Acme", "assets from Acme". */
const placeLead: ReadonlySet<string> = new Set(['at', 'from']);

/**
 * Whether the name at `k` (one capitalised word will do) is where the thing before it is or comes
 * from: "the 2023 leak of 30,000 unpublished assets at Acme", "a breach at Vantor"; the leak is
 * Acme's, not one on record. Example: true at "Acme" in "a leak at Acme exposed 30,000 files".
 */
function placesThing(text: string, start: number, words: readonly Word[], k: number): boolean {
  const before = words[k - 1];
  return before !== undefined && placeLead.has(before.text.toLowerCase()) && joined(text, start, before, words[k]);
}

/** Whether the fact shares the entity with the other facts of its measure ("CyberGym" for every CyberGym score): naming it tells none of them. */
function sharedByMeasure(rule: FactRule, id: string): boolean {
  return rule.fact.entities.includes(id) && !rule.ownEntities.has(id);
}

/** What opens a phrase of its own right before a figure: "of the March 24 leak", "on the 40-page filing". */
const phraseOpens = /\b(?:of|on|about|over|into)\s+(?:the|a|an|its|their)\s+$/i;

/** How many words of a sentence are read for its names. */
const sentenceWords = 80;

/**
 * Whether a fact tied only weakly (from the paragraph, the surroundings, or through its actors)
 * is kept from a figure by its clause, which speaks of another party's thing (see above).
 * `clause` is the figure's clause in document offsets, `sentenceText` and `start` its sentence.
 */
export function weakTieToOtherParty(rule: FactRule, sentenceText: string, start: number, clause: Span, figure: Span, mentions: readonly EntityMention[]): boolean {
  const text = sentenceText.slice(clause.start - start, clause.end - start);
  // "TechCrunch's coverage of the DOD filing, a 40-page document filed on March 7": a party of the fact named in the clause holds its figure;
  // "Fortune's report of the March 24 leak": so does a phrase of its own after the possessor's thing.
  // Not a name the fact shares with every other fact of its measure: "Meta's model scored 41.5% on CyberGym" is Meta's score.
  const namesParty = clauseNamesParty(rule, clause, mentions);
  const ownPhrase = phraseOpens.test(sentenceText.slice(Math.max(0, figure.start - start - 16), figure.start - start));
  const words = namesParty || ownPhrase ? undefined : wordsOf(text, clause.start, 12);
  const owned = words && possessionAt(text, clause.start, words);
  if (owned && otherPossessor(rule, owned.possessor, mentions)) return true;
  // "Our tabletop had 24 participants": the writer's own thing, of no party on record.
  if (words && opensOnWritersOwn(text, clause.start, words)) return true;
  // A thing of the fact's own in the sentence tells it is the fact's after all ("a 20-year-old flaw in OpenBSD's TCP stack"); its actors do not.
  if (namesOwnThing(rule, mentions)) return false;
  // A name of the sentence's own holds for its other clauses too: "A Chinese state-sponsored group known as Salt Typhoon breached …, and the FBI now says the campaign hit more than 200 targets".
  return sentenceNamesUnknownThing(sentenceText, start, mentions);
}

/**
 * Answers kept per sentence (its mentions' array stands for it) and rule: every figure of a sentence asks
 * them again, and a sentence of thousands of figures and names would read its names once per figure.
 */
const ownThingOf = new WeakMap<readonly EntityMention[], Map<FactRule, boolean>>();
const partyInClauseOf = new WeakMap<readonly EntityMention[], Map<FactRule, Map<string, boolean>>>();

/** Whether the sentence names a thing of the fact's own, not an actor, nor a name every fact of its measure shares ("OpenBSD's TCP stack"). */
function namesOwnThing(rule: FactRule, mentions: readonly EntityMention[]): boolean {
  let byRule = ownThingOf.get(mentions);
  if (!byRule) ownThingOf.set(mentions, (byRule = new Map()));
  let found = byRule.get(rule);
  if (found === undefined) byRule.set(rule, (found = mentions.some((e) => rule.fact.entities.includes(e.id) && !actorKinds.has(e.kind) && !sharedByMeasure(rule, e.id))));
  return found;
}

/** Whether the clause (document offsets) names a party of the fact that not every fact of its measure shares. */
function clauseNamesParty(rule: FactRule, clause: Span, mentions: readonly EntityMention[]): boolean {
  let byRule = partyInClauseOf.get(mentions);
  if (!byRule) partyInClauseOf.set(mentions, (byRule = new Map()));
  let byClause = byRule.get(rule);
  if (!byClause) byRule.set(rule, (byClause = new Map()));
  const key = `${clause.start},${clause.end}`;
  let found = byClause.get(key);
  if (found === undefined) {
    found = false;
    for (let i = firstAtOrAfter(mentions, clause.start, (e) => e.span.start); i < mentions.length && mentions[i].span.start < clause.end; i++) {
      const e = mentions[i];
      if (e.span.end <= clause.end && rule.parties.has(e.id) && !sharedByMeasure(rule, e.id)) {
        found = true;
        break;
      }
    }
    byClause.set(key, found);
  }
  return found;
}

/** The last sentence asked about and its answer: every rule and figure of a sentence asks the same. */
let lastSentence: { readonly text: string; readonly start: number; readonly mentions: readonly EntityMention[]; readonly names: boolean } | undefined;

/** Whether the sentence names a thing of its own the fact base does not know (see `namesUnknownThing`), read once per sentence. */
function sentenceNamesUnknownThing(sentenceText: string, start: number, mentions: readonly EntityMention[]): boolean {
  const last = lastSentence;
  if (last && last.text === sentenceText && last.start === start && last.mentions === mentions) return last.names;
  const names = namesUnknownThing(sentenceText, start, wordsOf(sentenceText, start, sentenceWords), start, mentions);
  lastSentence = { text: sentenceText, start, mentions, names };
  return names;
}

/**
 * Whether the figure's clause has a subject of its own before the figure, and the fact's own
 * thing is not named before the figure: the clause opens on a name the fact base does not know,
 * after a possessive ("Google's Big Sleep agent", "DARPA's AI Cyber Challenge") or alone
 * ("Atlas-3 found …", see `opensOnUnknownName`).
 */
export function subjectOfItsOwn(rule: FactRule, sentenceText: string, start: number, clause: Span, figure: Span, mentions: readonly EntityMention[]): boolean {
  for (const e of mentions) {
    if (e.span.start >= clause.start && e.span.end <= figure.start && thingKinds.has(e.kind) && rule.fact.entities.includes(e.id)) return false;
  }
  const text = sentenceText.slice(clause.start - start, clause.end - start);
  const words = wordsOf(text, clause.start, 12);
  // The subject stands before the figure: "Q1 2026: Anthropic announces …" opens on its date.
  if (!words.length || words[0].end > figure.start) return false;
  const owned = possessionAt(text, clause.start, words);
  if (owned) return owned.rest.length > 0 && owned.rest[0].end <= figure.start && capitalised(owned.rest[0]) && unknownNameAt(text, clause.start, owned.rest, 0, mentions) > 0;
  return opensOnUnknownName(text, clause.start, mentions);
}
