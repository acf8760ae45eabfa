import type { EntityMention } from '../types';
import { firstAtOrAfter } from '../util/search';
import { verbSubject } from './verbSubject';
import { clauseHead } from './clauseHead';
import { isParticiple, participleUse, participleVerbs, type ParticipleUse } from './participles';
import { bareVerbRe, perceivedObjectStart, perceptionRe } from './perceivedSpeech';

/**
 * Verbs that credit words to someone: "X said", "X told CNN", "X warned that", "X called Anthropic
 * a “…”" (and the verbs that name a thing as "called" does: "X labeled the company a “…”",
 * "designated", "dubbed", "branded", "termed"), "according to X", "X was quoted as saying",
 * "Fortune quoted X as saying", "X has spoken of an “…”", "X talked about “…”" (not "spoke"
 * alone: "Amodei spoke after a draft called …").
 */
const creditVerbs =
  'said|says|say|told|tells|warned|warns|wrote|writes|stated|states|declared|declares|claimed|claims|argued|argues|added|adds|insisted|insists|explained|explains|remarked|testified|announced|announces|described|describes|called|calls|labeled|labelled|designated|designates|dubbed|branded|termed|noted|notes|concluded|concludes|put it|quipped|quoted|quotes|quoting|' +
  'spoke of|spoke about|speaks of|speaks about|spoken of|spoken about|talked of|talked about|talks of|talks about';

/**
 * A verb of saying as written: in lower case, or in capitals, as headlines, pull-quotes and
 * transcripts set whole lines ("“…,” SAID JIM ZEMLIN"); "according to" also with a capital;
 * an -ing form (participles.ts) also with a capital, as it may open a sentence ("Calling it “…”, …").
 * Not capitalised alone: "States", "Notes" and "Claims" so written are names and headings.
 * `Verb.word` holds it in lower case.
 */
const creditRe = new RegExp(
  `\\b(?:${creditVerbs}|${creditVerbs.toUpperCase()}|${participleVerbs}|${participleVerbs.toUpperCase()})\\b|\\b(?:${capitalised(participleVerbs)})\\b|\\b(?:[Aa]ccording to|ACCORDING TO)\\b`,
  'g',
);

/** "a|b" → "A|B", each alternative with a capital. */
function capitalised(alternatives: string): string {
  return alternatives
    .split('|')
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('|');
}

/** The verb "quote": its subject is quoted ("X was quoted saying") or quotes its object ("Fortune quoted X as saying"). */
const quoteVerbRe = /^quot/;
/** What may stand between "quote" and the -ing form that says what was quoted: a few words, no punctuation ("quoted at the launch saying"). */
const quoteComplementRe = /^[\s\p{L}'’-]{0,60}$/u;

/**
 * "he" or "she" heading its clause, right before a verb of saying: "He said", ", and she told CNN",
 * and after the first part of a split quotation: '“We did not feel comfortable,” he said, “releasing …”'.
 */
const pronounBeforeVerb = /(?:^|[,;:]\s*|["”]\s+|\band\s+)(?:he|she)\s+(?:(?:also|later|then|once|has|had)\s+){0,2}$/i;
/** "he" or "she" heading a clause of "that", right before a verb of saying: "Members may note that he has also described it as “…”". */
const pronounAfterThatBeforeVerb = /\bthat\s+(?:he|she)\s+(?:(?:also|later|then|once|has|had)\s+){0,2}$/i;
/** What may stand between that verb and the quotation: its lead-in, with no sentence end and no other quotation. */
const leadInRe = /^[^.!?"“]{0,80}$/;
/** How much of a sentence before a quotation `pronounSpeaks` reads: the pronoun, the verb and the lead-in. */
const pronounWindow = 160;

/** "he" or "she" heading the clause a participle is attached to: "He went further, calling it “…”", ", and she added …". */
const pronounHeadsRe = /^\s*(?:(?:and|but)\s+)?(?:he|she)\s/i;
/** Marks that end a clause, or the opening phrase before its subject. */
const clauseMarkRe = /[,;:.!?]/g;

/**
 * Whether the quotation at `quoteAt` in the sentence from `sentenceStart` (offsets in `text`) is credited to "he"
 * or "she" ("Jim Zemlin put it well. He said the risk is “…”"): the last verb of saying before
 * it (`creditRe`, the same verbs `quoteCredits` reads) has the pronoun for subject and only the
 * quotation's lead-in after it. A participle set off by a comma has the subject of its clause:
 * the pronoun heading that clause ("He went further, calling it “…”"), or the subject of the
 * verb of saying before it ("He said the model was new, calling it “…”"); other -ing forms are
 * passed over. Reads a bounded window: a sentence may hold thousands of quotations.
 */
export function pronounSpeaks(text: string, sentenceStart: number, quoteAt: number): boolean {
  const from = Math.max(sentenceStart, quoteAt - pronounWindow);
  const cut = from > sentenceStart;
  // A window cut inside the sentence does not start it: the leading space keeps "^" from matching there.
  const prefix = (cut ? ' ' : '') + text.slice(from, quoteAt);
  let last: RegExpExecArray | undefined;
  let previous: RegExpExecArray | undefined;
  let use: ParticipleUse | undefined;
  creditRe.lastIndex = 0;
  for (let m; (m = creditRe.exec(prefix)); ) {
    const participle = isParticiple(m[0].toLowerCase());
    const u = participle ? participleUse(prefix, m.index) : undefined;
    if (participle && u?.kind !== 'attached') continue;
    [previous, last, use] = [last, m, u];
  }
  const speaks = (v: RegExpExecArray | undefined) => v !== undefined && pronounBeforeVerb.test(prefix.slice(0, v.index)) && leadInRe.test(prefix.slice(v.index + v[0].length));
  if (last === undefined || use?.kind !== 'attached') return speaks(last);
  if (!leadInRe.test(prefix.slice(last.index + last[0].length))) return false;
  const host = prefix.slice(0, use.hostEnd);
  let clauseFrom = -1;
  for (const m of host.matchAll(clauseMarkRe)) clauseFrom = m.index;
  if ((clauseFrom >= 0 || !cut) && pronounHeadsRe.test(host.slice(clauseFrom + 1)) && !/["“”]/.test(host.slice(clauseFrom + 1))) return true;
  return speaks(previous);
}

/**
 * Whether the quotation at `quoteAt` in the sentence from `sentenceStart` is credited to "he" or
 * "she" heading a clause of "that" before the last verb of saying before it ("Members may wish to
 * note that he has also described Mythos as “…”"), with only the quotation's lead-in after the
 * verb. Such a pronoun is resolved more strictly than one heading the sentence (see `pronounCredit`).
 */
export function pronounSpeaksInThatClause(text: string, sentenceStart: number, quoteAt: number): boolean {
  const from = Math.max(sentenceStart, quoteAt - pronounWindow);
  const prefix = text.slice(from, quoteAt);
  let last: RegExpExecArray | undefined;
  creditRe.lastIndex = 0;
  for (let m; (m = creditRe.exec(prefix)); ) if (!isParticiple(m[0].toLowerCase())) last = m;
  return last !== undefined && pronounAfterThatBeforeVerb.test(prefix.slice(0, last.index)) && leadInRe.test(prefix.slice(last.index + last[0].length));
}

/** The verbs of saying that may follow a quotation and its pronoun: not "quote", whose subject quotes another's words. */
const verbsAfterQuote = creditVerbs
  .split('|')
  .filter((w) => !/^quot/.test(w))
  .join('|');

/**
 * "he" or "she" and a verb of saying right after a quotation, past its comma, a dash or a
 * citation marker: '“…,” he said', '“…” [3], she told CNN', '“…,” he later added'.
 */
const pronounAfterQuoteRe = new RegExp(`^[\\s,—–-]{0,6}(?:\\[[^\\]\\n]{1,40}\\][\\s,]{0,4})?(?:he|she)\\s+(?:(?:also|later|then|once|has|had)\\s+)?(?:${verbsAfterQuote})\\b`, 'i');

/** How far before a quotation `pronounSpeaksAfter` looks for a verb of saying that would credit it instead. */
const ownVerbWindow = 200;

/**
 * Whether the quotation from `quoteAt` to `quoteEnd` in the sentence from `sentenceStart` to
 * `sentenceEnd` (offsets in `text`) is credited to "he" or "she" named right after it, the commonest
 * shape of news copy ('“…,” he said.'): the pronoun and a verb of saying follow its closing mark,
 * and no verb of saying stands before it in its sentence, which would be its own attribution
 * ("The draft called it “…,” he said" quotes the draft). Reads bounded windows on either side.
 */
export function pronounSpeaksAfter(text: string, sentenceStart: number, sentenceEnd: number, quoteAt: number, quoteEnd: number): boolean {
  if (!pronounAfterQuoteRe.test(text.slice(quoteEnd, Math.min(sentenceEnd, quoteEnd + 80)))) return false;
  creditRe.lastIndex = 0;
  const before = text.slice(Math.max(sentenceStart, quoteAt - ownVerbWindow), quoteAt);
  for (let m; (m = creditRe.exec(before)); ) {
    const participle = isParticiple(m[0].toLowerCase());
    if (!participle || participleUse(before, m.index) !== undefined) return false;
  }
  return true;
}

/**
 * Where a new clause starts: after a semicolon, or after a comma and a conjunction
 * ("Hegseth designated Anthropic a risk, and the Department's filing argued …"). `list` when
 * the conjunction may also join the last item of a list of names ("OpenAI, Google, and Microsoft said").
 */
const clauseBreakRe = /;|,\s+(?:(and|or)|but|while|whereas|yet|although|though)\b/g;

/** Prepositions after which a name is the topic, not the speaker ("In its ruling on Anthropic, the court said"). */
const topicBeforeRe = /\b(?:on|about|regarding|concerning|against|toward|towards)\s+(?:the\s+)?$/i;

/** Words that join names or clauses, or only time a verb, and name no one themselves ("…, and then added"). */
const glueWords: ReadonlySet<string> = new Set(['and', 'or', 'then', 'also', 'later', 'again', 'further', 'subsequently']);

const wordRe = /[\p{L}\p{N}]+/gu;

/** What may stand between a quotation and the verb crediting it: '“…,” said X', '“…” — said X'. */
const gapChars: ReadonlySet<string> = new Set([...' \t\n\r\u00a0,:;—–-']);

/** Kinds of entity that can say something. */
export const speakerKinds: ReadonlySet<string> = new Set(['person', 'organization', 'government-body', 'document', 'role']);

/** What may stand between a verb and the speaker after it: a few words, no punctuation ("…," said Anthropic's Logan Graham). */
const invertedGap = /^[\s\p{L}'’-]{0,40}$/u;

/** Auxiliaries of the passive voice: "Anthropic was called a “…”", "it has been said". */
const passiveAuxiliaries: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'gets', 'got', 'gotten']);
/** Adverbs that may stand between the auxiliary and the verb ("was publicly called"), besides those in -ly. */
const passiveAdverbs: ReadonlySet<string> = new Set(['also', 'later', 'then', 'once', 'first', 'since', 'never', 'not', 'again', 'even', 'still', 'often', 'soon']);
/** "by" and an optional "the" right before a name: the agent of a passive verb ("… by Pete Hegseth", "by the Pentagon"). */
const agentBeforeRe = /\bby\s+(?:the\s+)?$/i;
/** How far after a passive verb its agent may be named: "was called a “…” in the memo by Pete Hegseth". */
const agentWindow = 200;

/** Whether `c` is a letter (ASCII fast path). */
function isLetter(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c > '\u007f' && /\p{L}/u.test(c));
}

/**
 * The up to `n` words right before `at` in `s`, nearest first and lower-cased, each separated
 * from the next by white space only: ("Anthropic was publicly", 2) → ["publicly", "was"].
 */
function wordsBefore(s: string, at: number, n: number): string[] {
  const out: string[] = [];
  let i = at;
  while (out.length < n) {
    let j = i;
    while (j > 0 && /\s/.test(s[j - 1])) j--;
    if (j === i) break;
    let k = j;
    while (k > 0 && isLetter(s[k - 1])) k--;
    if (k === j) break;
    out.push(s.slice(k, j).toLowerCase());
    i = k;
  }
  return out;
}

/**
 * Whether the verb of saying `word` ending the text `before` is in the passive voice, whose
 * subject is the one spoken of, not the speaker: "Anthropic was called a “supply chain risk”",
 * "Mythos has been described as “…”". Only a participle can be ("said", "told", "-ed").
 */
export function isPassive(before: string, word: string): boolean {
  // "spoken of", "talked about": the participle is the verb's first word.
  const verb = word.split(' ')[0];
  if (verb !== 'said' && verb !== 'told' && verb !== 'spoken' && !verb.endsWith('ed')) return false;
  const [last, previous] = wordsBefore(before, before.length, 2);
  if (last === undefined) return false;
  if (passiveAuxiliaries.has(last)) return true;
  return previous !== undefined && (last.endsWith('ly') || passiveAdverbs.has(last)) && passiveAuxiliaries.has(previous);
}

/** Before a reduced passive: a comma, or nothing, past adverbs in -ly ("Anthropic, publicly called a “…” by …"). */
const reducedLeadRe = /(?:^|,)(?:\s+\p{L}+ly)*\s*$/u;

/**
 * Whether the verb of saying `word` ending `before` (which starts its clause when `clauseStart`)
 * may head a reduced passive, a participle phrase with no auxiliary set off by a comma or opening
 * the clause: "Anthropic, called a “supply chain risk” by Pete Hegseth, sued", "described as “…”
 * by X". Only a participle can ("called", "said", "told"); the caller asks for the agent ("by X"),
 * without which a comma and "-ed" may as well be an active verb after an aside ("Hegseth, in a memo, called …").
 */
export function opensReducedPassive(before: string, clauseStart: boolean, word: string): boolean {
  const verb = word.split(' ')[0];
  if (verb !== 'said' && verb !== 'told' && verb !== 'spoken' && !verb.endsWith('ed')) return false;
  const m = reducedLeadRe.exec(before);
  return m !== null && (m[0].includes(',') || clauseStart);
}

/** Words that open a noun phrase standing for its own subject: "…, first reported by Axios, the company warned". */
const subjectOpeners: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'it', 'they', 'we', 'he', 'she', 'one', 'each', 'both']);

const firstWordRe = /[\p{L}\p{N}]+/u;

/** A verb of saying (document offsets), its words in lower case ("said", "according to"). */
export interface Verb {
  readonly at: number;
  readonly end: number;
  readonly word: string;
  /** For an -ing form, how it stands (participles.ts), its `hostEnd` a document offset. */
  readonly participle?: ParticipleUse;
  /**
   * For a bare form after a verb of perception ("We saw Zemlin describe …", perceivedSpeech.ts),
   * where the verb's subject, the object seen or heard, starts (a document offset): what stands before it is not.
   */
  readonly perceived?: number;
}

/** The bare forms `creditVerbs` holds that a verb of perception may take: "heard Zemlin say", "heard him put it". */
const perceivableForms: ReadonlySet<string> = new Set(['say', 'put it']);

/**
 * The verbs of saying of a sentence, in order, but for those `inQuote` (document offsets) says
 * are quoted words, and for -ing forms that are nouns or gerunds ("the draft's warning").
 */
export function verbsOfSaying(sentence: string, sentenceStart: number, inQuote: (at: number) => boolean): Verb[] {
  const verbs: Verb[] = [];
  // Bare forms ("describe", "call") are verbs of saying only after a verb of perception and its object: most sentences have none.
  const perceiving = perceptionRe.test(sentence);
  // matchAll starts where the expression's last exec stopped: a loop elsewhere may have returned mid-text.
  creditRe.lastIndex = 0;
  for (const m of sentence.matchAll(creditRe)) {
    if (inQuote(sentenceStart + m.index)) continue;
    const word = m[0].toLowerCase();
    const verb = { at: sentenceStart + m.index, end: sentenceStart + m.index + m[0].length, word };
    if (!isParticiple(word)) {
      const seen = perceivableForms.has(word) && perceiving ? perceivedObjectStart(sentence, m.index) : undefined;
      verbs.push(seen === undefined ? verb : { ...verb, perceived: sentenceStart + seen });
      continue;
    }
    const use = participleUse(sentence, m.index);
    // What "quote" quotes: "Jim Zemlin was quoted at the launch saying …" is read by "quoted".
    const previous = verbs[verbs.length - 1];
    if (!use || (use.kind === 'finite' && previous && quoteVerbRe.test(previous.word) && quoteComplementRe.test(sentence.slice(previous.end - sentenceStart, m.index)))) continue;
    verbs.push({ ...verb, participle: use.kind === 'attached' ? { kind: 'attached', hostEnd: sentenceStart + use.hostEnd } : use });
  }
  if (!perceiving) return verbs;
  let added = false;
  bareVerbRe.lastIndex = 0;
  for (const m of sentence.matchAll(bareVerbRe)) {
    if (inQuote(sentenceStart + m.index)) continue;
    const seen = perceivedObjectStart(sentence, m.index);
    if (seen === undefined) continue;
    verbs.push({ at: sentenceStart + m.index, end: sentenceStart + m.index + m[0].length, word: m[0], perceived: sentenceStart + seen });
    added = true;
  }
  if (added) verbs.sort((a, b) => a.at - b.at);
  return verbs;
}

/** A place a clause may start: after a clause break or a verb of saying (document offsets). */
interface Boundary {
  readonly at: number;
  /** Whether the words after it may be the last item of a list ("…, and Microsoft said"). */
  readonly list: boolean;
}

/**
 * The rest of an "according to" phrase after its verb, up to the comma that closes it, and what
 * stands between that comma and the next verb of saying: a few words ("has also", "Anthropic"), no punctuation.
 */
const reporterRestRe = /^([^,;:!?"“”()[\]]{1,80},)[\s\p{L}'’]{0,40}$/u;

/**
 * An "according to" phrase closed by a comma before another verb of saying (document offsets,
 * from its start, or the comma before it, to just after the comma that closes it). It names who
 * reports the words, and the other verb's subject said them: `opens` when it opens the clause,
 * with the subject after it ("According to Fortune, Anthropic argued …"); else an aside set off
 * by commas between the subject and the verb ("Anthropic itself, according to one summary, argued …").
 */
interface ReporterPhrase {
  readonly start: number;
  readonly end: number;
  readonly opens: boolean;
}

/** The "according to" phrase (see `ReporterPhrase`) that verbs[vi - 1] starts before verbs[vi], if any. */
function reporterBefore(sentence: string, sentenceStart: number, verbs: readonly Verb[], vi: number): ReporterPhrase | undefined {
  const u = verbs[vi - 1];
  if (u === undefined || u.word !== 'according to') return undefined;
  const rest = reporterRestRe.exec(sentence.slice(u.end - sentenceStart, verbs[vi].at - sentenceStart));
  if (!rest) return undefined;
  const end = u.end + rest[1].length;
  let k = u.at - sentenceStart;
  while (k > 0 && (sentence[k - 1] === ' ' || sentence[k - 1] === '\t' || sentence[k - 1] === '\n' || sentence[k - 1] === '\r')) k--;
  return sentence[k - 1] === ',' ? { start: sentenceStart + k - 1, end, opens: false } : { start: u.at, end, opens: true };
}

/** Who a sentence credits with the quotation at `[start, end)` (document offsets). */
export type QuoteCredits = (start: number, end: number) => EntityMention[];

/**
 * Who a sentence credits with each of its quotations: the people, organizations and documents
 * that are the subject of the verb of saying nearest before the quotation, read in that verb's
 * clause only ("Hegseth designated Anthropic a risk, and the Department's filing argued the
 * company might “…”" credits the filing, which names no entity, not Hegseth nor the company it
 * is about); names after "according to"; or, for a verb right after a quotation with no one
 * named before it, the one named after it ("…," said Dario Amodei). A clause with no words of
 * its own ("…, and argued …") or that only ends a list of names ("OpenAI, Google, and Microsoft
 * said") reads on into the clause before it. Outlets after "told" are addressees, and names
 * after "on", "about" or "against" are topics, not speakers. A passive verb credits only its
 * agent ("Anthropic was called a “…” by Pete Hegseth"), but "quote" credits the one quoted, its
 * passive's subject ("Jim Zemlin was quoted saying …") or its active's object ("Fortune quoted
 * Jim Zemlin as saying …"), and after an opening phrase set off
 * by a comma the subject is what follows the comma (see `subjectOf`); an "according to" aside
 * between the subject and its verb names a reporter and is passed over ("Anthropic, according to
 * one summary, argued …" credits Anthropic, and so does "According to Fortune, Anthropic argued …", see `reporterBefore`).
 * A participle of saying takes the subject heading the clause it is attached to, or, opening
 * the sentence, the one after its phrase (participles.ts, `participleCredit`). Verbs and names inside the
 * sentence's quotations (`quoted`, document offsets) are the quoted words, not the attribution.
 * Found once per verb: a sentence may hold thousands of quotations.
 */
export function quoteCredits(sentence: string, sentenceStart: number, mentions: readonly EntityMention[], quoted: readonly { start: number; end: number }[] = []): QuoteCredits {
  // The quotations are in order and do not overlap: the one that may hold `at` is the last starting at or before it.
  const inQuote = (at: number) => {
    const i = firstAtOrAfter(quoted, at + 1, (q) => q.start) - 1;
    return i >= 0 && at < quoted[i].end;
  };
  const verbs = verbsOfSaying(sentence, sentenceStart, inQuote);
  if (!verbs.length) return () => [];
  // The "according to" phrase before each verb, whose subject is not in it: it ends before an aside, and starts after an opening one.
  const reporters = verbs.map((_, vi) => reporterBefore(sentence, sentenceStart, verbs, vi));
  const subjectEnd = (vi: number) => (reporters[vi] && !reporters[vi].opens ? reporters[vi].start : verbs[vi].at);
  const sentenceEnd = sentenceStart + sentence.length;
  const speakers = mentions.filter((e) => speakerKinds.has(e.kind) && e.span.start >= sentenceStart && e.span.end <= sentenceEnd && !inQuote(e.span.start));
  const boundaries: Boundary[] = [];
  for (const m of sentence.matchAll(clauseBreakRe)) {
    const at = sentenceStart + m.index;
    if (!inQuote(at)) boundaries.push({ at: at + m[0].length, list: m[1] !== undefined });
  }
  // Where the clause breaks end, in order: a verb in an earlier clause is not the quotation's.
  const breaks = boundaries.map((b) => b.at);
  for (const v of verbs) boundaries.push({ at: v.end, list: false });
  boundaries.sort((a, b) => a.at - b.at);
  const speakersIn = (start: number, end: number) => {
    const out: EntityMention[] = [];
    for (let i = firstAtOrAfter(speakers, start, (e) => e.span.start); i < speakers.length && speakers[i].span.end <= end; i++) out.push(speakers[i]);
    return out;
  };
  /** Whether `[start, end)` holds a word outside the quotations and the names that is not glue. */
  const hasOwnWords = (start: number, end: number, names: readonly EntityMention[]) => {
    let n = 0;
    for (const m of sentence.slice(start - sentenceStart, end - sentenceStart).matchAll(wordRe)) {
      const at = start + m.index;
      while (n < names.length && names[n].span.end <= at) n++;
      if (n < names.length && names[n].span.start <= at) continue;
      if (!glueWords.has(m[0].toLowerCase()) && !inQuote(at)) return true;
    }
    return false;
  };
  /** Whether a quotation starts in `[start, end)`. */
  const holdsQuote = (start: number, end: number) => {
    const i = firstAtOrAfter(quoted, start, (q) => q.start);
    return i < quoted.length && quoted[i].start < end;
  };
  /**
   * Whether only names (unless `names` is false) and punctuation stand in `[start, end)`:
   * '“…,” Logan Graham said'. Read character by character, stopping at the first other one:
   * asked once per quotation and verb.
   */
  const onlyNames = (start: number, end: number, names = true) => {
    let e = firstAtOrAfter(speakers, start, (x) => x.span.start);
    for (let at = start; at < end; at++) {
      if (names && e < speakers.length && speakers[e].span.start === at) {
        at = speakers[e++].span.end - 1;
        continue;
      }
      if (!gapChars.has(sentence[at - sentenceStart])) return false;
    }
    return true;
  };
  /** Where the clause of the verb at `verbAt` starts: back over clauses with no words of their own and list endings. */
  const clauseStart = (verbAt: number) => {
    let b = firstAtOrAfter(boundaries, verbAt + 1, (x) => x.at) - 1;
    let end = verbAt;
    for (; b >= 0; b--) {
      const { at, list } = boundaries[b];
      const names = speakersIn(at, end);
      const own = hasOwnWords(at, end, names);
      // A clause with a word of its own, or a name not ending a list, is the verb's clause
      // (after a verb of saying too: 'Amodei said “…” and Graham said “…”'); a name after a
      // quotation ends no list ('…, and “…,” Graham said').
      if (own || (names.length && (!list || holdsQuote(at, end)))) return at;
      end = at;
    }
    return sentenceStart;
  };
  const notTopic = (e: EntityMention, from: number) => !topicBeforeRe.test(sentence.slice(Math.max(from, e.span.start - 30) - sentenceStart, e.span.start - sentenceStart));
  const clauseStarts = new Map<number, number>();
  const clauseOf = (vi: number) => {
    let from = clauseStarts.get(vi);
    if (from === undefined) clauseStarts.set(vi, (from = reporters[vi]?.opens ? reporters[vi].end : clauseStart(subjectEnd(vi))));
    return from;
  };
  /**
   * The agent of the passive verb `v`: the first name after it in its clause with "by" right
   * before it ("Anthropic was called a “…” by Pete Hegseth"), or no one.
   */
  const agentOf = (v: Verb): EntityMention[] => {
    const nextBreak = breaks[firstAtOrAfter(breaks, v.end + 1, (at) => at)] ?? sentenceEnd;
    for (let i = firstAtOrAfter(speakers, v.end, (e) => e.span.start); i < speakers.length; i++) {
      const e = speakers[i];
      if (e.span.start >= nextBreak || e.span.start - v.end > agentWindow) break;
      if (agentBeforeRe.test(sentence.slice(Math.max(v.end, e.span.start - 12) - sentenceStart, e.span.start - sentenceStart))) return [e];
    }
    return [];
  };
  /**
   * The one an active "quote" quotes: the name right after it, past a possessive that owns it
   * ("Fortune quoted Anthropic's Logan Graham as saying" quotes Graham), or no one ("quoting the
   * draft", a noun phrase).
   */
  const objectOf = (v: Verb): EntityMention[] => {
    let at = v.end;
    for (let i = firstAtOrAfter(speakers, v.end, (e) => e.span.start); i < speakers.length; i++) {
      const e = speakers[i];
      if (e.span.start - at > 12 || !/^\s*(?:the\s+)?$/i.test(sentence.slice(at - sentenceStart, e.span.start - sentenceStart))) break;
      if (!/['’]s$/.test(e.text)) return [e];
      at = e.span.end;
    }
    return [];
  };
  /**
   * The subject among `before`, the names in a verb's clause from `from` to the verb at
   * `verbAt`: when a comma sets off an opening phrase that has words of its own ("In briefings
   * first reported by Axios, the company warned", "Asked about Hegseth, Amodei said"), the
   * subject is what follows that comma: the names there, or no one when it opens with "the" or
   * a pronoun. Names in a list ("OpenAI, Google and Microsoft said") and appositions ("Dario
   * Amodei, Anthropic's CEO, said") stay.
   */
  const subjectOf = (from: number, verbAt: number, before: EntityMention[]): EntityMention[] => {
    let comma = verbAt - 1;
    while (comma >= from && (sentence[comma - sentenceStart] !== ',' || inQuote(comma))) comma--;
    if (comma < from) return before;
    const rest = sentence.slice(comma + 1 - sentenceStart, verbAt - sentenceStart);
    const first = firstWordRe.exec(rest);
    if (!first) return before;
    const inRest = before.filter((e) => e.span.start > comma);
    if (subjectOpeners.has(first[0].toLowerCase())) return inRest;
    const opensWithName = inRest.length > 0 && inRest[0].span.start === comma + 1 + first.index;
    return opensWithName && hasOwnWords(from, comma, speakersIn(from, comma)) ? inRest : before;
  };
  const verbStarts = (at: number) => verbs[firstAtOrAfter(verbs, at, (v) => v.at)]?.at === at;
  /**
   * The names heading the clause from `start` to `end` (see `clauseHead`), or, when it opens
   * with a quotation and the verb crediting it ('“…,” said X'), whom that verb credits;
   * when no name heads it and `past` allows, the names heading what follows its first comma
   * ("According to Fortune, Jim Zemlin …", "After Hegseth designated Anthropic, Microsoft …"); else no one.
   */
  const headOf = (start: number, end: number, past = true): EntityMention[] => {
    let head = clauseHead(sentence, sentenceStart, start, end, speakers, quoted, verbStarts);
    if (!head && past) {
      let comma = start;
      while (comma < end && comma < start + 200 && (sentence[comma - sentenceStart] !== ',' || inQuote(comma))) comma++;
      if (comma < end && sentence[comma - sentenceStart] === ',') head = clauseHead(sentence, sentenceStart, comma + 1, end, speakers, quoted, verbStarts);
    }
    if (!head) return [];
    return 'names' in head ? head.names : creditOnce(firstAtOrAfter(verbs, head.verbAt, (v) => v.at));
  };
  /**
   * The subject a participle takes: for one set off after a clause, the head of that clause
   * ("Microsoft's amicus brief went further, arguing …" credits Microsoft, and "“…,” said
   * Dario Amodei, adding …" Amodei); for one that opens the sentence, the head after the comma
   * closing its phrase ("Calling it “…”, Jim Zemlin went further").
   */
  const participleCredit = (v: Verb, use: ParticipleUse): EntityMention[] => {
    if (use.kind === 'attached') return headOf(breaks[firstAtOrAfter(breaks, use.hostEnd + 1, (at) => at) - 1] ?? sentenceStart, use.hostEnd);
    const limit = Math.min(sentenceEnd, v.end + 300);
    let q = firstAtOrAfter(quoted, v.end, (x) => x.start);
    for (let at = v.end; at < limit; at++) {
      if (q < quoted.length && quoted[q].start === at) {
        // A comma inside the closing mark ends the phrase too: 'Calling it “…,” Jim Zemlin went further'.
        at = quoted[q++].end;
        if (sentence[at - 2 - sentenceStart] === ',') return headOf(at, sentenceEnd, false);
        at--;
        continue;
      }
      const c = sentence[at - sentenceStart];
      if (c === ',') return headOf(at + 1, sentenceEnd, false);
      if (c === ';' || c === '.' || c === '!' || c === '?') break;
    }
    return [];
  };
  const byVerb = new Map<number, EntityMention[]>();
  const creditOnce = (vi: number): EntityMention[] => {
    let credited = byVerb.get(vi);
    if (credited) return credited;
    // No one while the verb is read: a participle's head may be read through another verb, never back to itself.
    byVerb.set(vi, []);
    byVerb.set(vi, (credited = credit(vi)));
    return credited;
  };
  const credit = (vi: number): EntityMention[] => {
    const v = verbs[vi];
    const firstAfter = firstAtOrAfter(speakers, v.end, (e) => e.span.start);
    if (v.word === 'according to') return speakers.slice(firstAfter, firstAfter + 2);
    if (v.participle && v.participle.kind !== 'finite') return participleCredit(v, v.participle);
    // Right after a quotation ('“…,” said Amodei'), the speaker is named after the verb.
    const q = firstAtOrAfter(quoted, v.at + 1, (x) => x.start) - 1;
    const inverted = !v.participle && q >= 0 && onlyNames(quoted[q].end, v.at, false);
    // After a verb of perception the one seen or heard speaking is the subject: "We saw Zemlin describe …".
    const from = Math.max(inverted ? Math.max(clauseOf(vi), quoted[q].end) : clauseOf(vi), v.perceived ?? sentenceStart);
    // The verb's own subject: a negated verb, or one whose subject is a noun phrase, credits no name elsewhere in the clause.
    // After an aside ("X, according to Y, did not say"), the words between it and the verb may negate the verb.
    const aside = reporters[vi];
    if (aside && !aside.opens && verbSubject(sentence, sentenceStart, aside.end, v.at, speakers).negated) return [];
    const at = subjectEnd(vi);
    const subject = verbSubject(sentence, sentenceStart, from, at, speakers);
    if (subject.negated) return [];
    const lead = sentence.slice(Math.max(from, v.at - 40) - sentenceStart, v.at - sentenceStart);
    // A participle set off after a comma, or opening its clause, with an agent: "Anthropic, called a “…” by Pete Hegseth, sued".
    const reduced = !quoteVerbRe.test(v.word) && opensReducedPassive(lead, v.at - 40 <= from, v.word) && agentOf(v).length > 0;
    const passive = reduced || isPassive(lead, v.word);
    // "quote": the one quoted is the speaker, the subject of the passive ("Jim Zemlin was quoted at the launch
    // saying …", "X is quoted in Fortune as telling …") and the object of the active ("Fortune quoted X as saying …").
    if (quoteVerbRe.test(v.word) && !passive) return objectOf(v);
    // Passive: the subject is the one spoken of; the speaker, if named, is the agent after "by".
    if (passive && !quoteVerbRe.test(v.word)) return agentOf(v);
    if (subject.credits) return subject.credits;
    const before = subjectOf(from, at, speakersIn(from, at).filter((e) => notTopic(e, from)));
    if (before.length || /^(?:told|tells)$/.test(v.word)) return before;
    // Inverted only right after a quotation: '"…," said X', not "Glasswing argued that Apple…".
    if (!inverted) return [];
    const after = speakers[firstAfter];
    return after && after.span.start - v.end <= 40 && invertedGap.test(sentence.slice(v.end - sentenceStart, after.span.start - sentenceStart)) ? [after] : [];
  };
  /**
   * Whether the "according to" phrase of `verbs[vi]` is an aside set off by commas between an
   * earlier verb of saying of its clause and the quotation at `start`: "Anthropic has told US
   * officials, according to Axios, that such attacks are “…”" names the reporter, and "told" the speaker.
   */
  const reporterAside = (vi: number, start: number): boolean => {
    const v = verbs[vi];
    if (vi < 1 || v.word !== 'according to' || firstAtOrAfter(breaks, verbs[vi - 1].end + 1, (at) => at) < firstAtOrAfter(breaks, v.at + 1, (at) => at)) return false;
    let k = v.at - sentenceStart;
    while (k > 0 && /\s/.test(sentence[k - 1])) k--;
    return sentence[k - 1] === ',' && asideRestRe.test(sentence.slice(v.end - sentenceStart, start - sentenceStart));
  };
  /**
   * Whether the clause that holds the quotation at `start` opens with a subject the sentence
   * names ("…, and Defense Secretary Pete Hegseth cited a “…”"): a clause of its own, which a
   * verb of saying in an earlier clause does not reach ("President Trump told agencies to drop
   * Anthropic, and Hegseth …" is no word of Trump's).
   */
  const ownSubjectBefore = (start: number): boolean => {
    const from = breaks[firstAtOrAfter(breaks, start + 1, (at) => at) - 1];
    if (from === undefined) return false;
    const head = clauseHead(sentence, sentenceStart, from, start, speakers, quoted, verbStarts);
    return head !== undefined && 'names' in head && head.names.length > 0;
  };
  return (start, end) => {
    // The verb nearest before the quotation in its clause; else a verb right after it ("…," said
    // X, in '“…,” said Amodei, and “…,” said Graham'); else the verb before it, unless the
    // quotation's clause has a subject of its own; else the first after it when the quotation
    // stands in that verb's clause ("“…” [1], while the Pentagon says …" is not the Pentagon's).
    // An "according to" aside between a verb and its quotation names the reporter: the verb before it credits.
    const before = firstAtOrAfter(verbs, start + 1, (v) => v.end) - 1;
    const next = firstAtOrAfter(verbs, end, (v) => v.at);
    const brokenOff = before >= 0 && firstAtOrAfter(breaks, verbs[before].end + 1, (at) => at) < firstAtOrAfter(breaks, start + 1, (at) => at);
    const rightAfter = next < verbs.length && onlyNames(end, verbs[next].at);
    let vi = before;
    if (before < 0 || (brokenOff && rightAfter)) vi = rightAfter || (next < verbs.length && clauseOf(next) <= start) ? next : before;
    else if (brokenOff && ownSubjectBefore(start)) vi = next < verbs.length && clauseOf(next) <= start ? next : -1;
    if (vi > 0 && vi === before && reporterAside(vi, start)) vi--;
    return vi < 0 ? [] : creditOnce(vi);
  };
}

/** What follows "according to" in an aside closed before its quotation: the reporter's name and the comma closing it ("according to Axios, that …"). */
const asideRestRe = /^[^,;:!?"“”()[\]]{1,80},/;

/** `creditRe` without its state: a test of one short text. */
const creditTestRe = new RegExp(creditRe.source);

/** Whether `text` holds a verb of saying as `quoteCredits` reads them ("Graham said", "told CNN", "adding"). */
export function holdsVerbOfSaying(text: string): boolean {
  return creditTestRe.test(text);
}
