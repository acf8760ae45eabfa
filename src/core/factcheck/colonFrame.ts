import type { EntityMention, Span } from '../types';
import { firstAtOrAfter } from '../util/search';
import { clauseHead } from './clauseHead';
import { holdsVerbOfSaying, speakerKinds } from './verbCredits';
import { isOfficerTitle } from './verbSubject';

/**
 * Words framed as the subject's by a clause that ends in a colon right before them, with no verb
 * of saying: "Jim Zemlin, whose Linux Foundation sits in the coalition, put the case for gated
 * release bluntly: “…”", "Zemlin was blunt: “…”", "Logan Graham made the point: “…”", "Anthropic
 * summed it up: “…”". The clause's subject said them, when nothing in the clause may have said
 * them instead or put them to the subject. Conservative: the clause after its subject (and an
 * aside set off by commas, dashes or brackets right after it) names no one else (no name, no
 * possessive, no capitalised word outside a name of the fact base), holds no quotation, no comma
 * or semicolon, no verb of saying (verbCredits.ts reads those), no verb that reads, cites, hears or
 * receives another's words ("read out", "reported", "cited", "recalled", "heard", "found", "pointed to"), no
 * noun of a text taken from elsewhere ("line", "passage", "excerpt"), and is not a passive that
 * puts words to the subject ("was asked:", "was told:"). A pronoun subject credits no one.
 */

/** Spaces and emphasis marks that may stand around the colon: "was blunt:** “…”". */
const colonPadding = new Set([...' \t\n\r*_']);

/** How far the clause's predicate may run, in characters: a short frame, not a paragraph. */
const predicateReach = 120;
/** How far an aside after the subject may run before its closing mark. */
const asideReach = 160;

/** Words that read, report, cite, hear or take in another's words: "read out Okafor's line", "Fortune reported:", "cited the filing", "heard a warning". */
const takesOthersWords: ReadonlySet<string> = new Set(
  'read reads reading reported reports reporting relayed relays relaying conveyed conveys recalled recalls recalling cited cites citing repeated repeats repeating echoed echoes echoing reposted retweeted forwarded forwards paraphrased paraphrases translated translates pasted copied summarized summarised summarizes summarises heard hears hearing received receives saw sees seen found finds noticed notices referred refers referring invoked invokes borrowed borrows displayed displays projected'.split(
    ' ',
  ),
);
/** Verbs that point at another's words with "to": "pointed to", "turned to". */
const pointsTo: ReadonlySet<string> = new Set(['pointed', 'points', 'pointing', 'turned', 'turns', 'turning']);
/** Nouns of a text taken from elsewhere: "put the line up on a slide". */
const othersText: ReadonlySet<string> = new Set('line lines passage passages excerpt excerpts quote quotes quotation quotations slide slides headline headlines caption captions tweet tweets'.split(' '));
/** Auxiliaries of the passive voice. */
const auxiliaries: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'gets', 'got']);
/** Participles that, passive, put words to the subject: "was asked:", "was told:", "was shown:". */
const putToSubject: ReadonlySet<string> = new Set(
  'asked told shown sent given handed read reminded informed quizzed pressed challenged confronted presented offered questioned interrupted corrected answered assured warned'.split(' '),
);
/** Words that cannot open the predicate: a conjunction joins another subject ("and Okafor agreed:"), a preposition makes a label ("Amodei on launch day:"). */
const notPredicateOpeners: ReadonlySet<string> = new Set(
  'and or nor but & on in at about for with without from to of by via over under regarding re vs versus after before during'.split(' '),
);

const wordRe = /[\p{L}\p{N}&]+(?:['’][\p{L}]+)*/gu;

/** Offset just past the mark closing an aside that opens at `at` (",", "—", "–", "("), or -1. */
function asideEnd(s: string, at: number, limit: number): number {
  const open = s[at];
  const close = open === '(' ? ')' : open;
  for (let k = at + 1; k < limit && k < at + asideReach; k++) {
    const c = s[k];
    if (c === '"' || c === '“' || c === '”' || c === ':' || c === ';') return -1;
    if (c === close) return k + 1;
  }
  return -1;
}

/**
 * Whom a clause ending in a colon directly before the quotation at `quoteAt` (a document offset)
 * frames as its speaker (see above), in `sentence` (from `sentenceStart`); `mentions` are the
 * sentence's entities, in order, and `quoted` its quotations' spans (document offsets), in order.
 */
export function colonFrameSpeakers(sentence: string, sentenceStart: number, mentions: readonly EntityMention[], quoteAt: number, quoted: readonly Span[] = []): EntityMention[] {
  let colon = quoteAt - sentenceStart;
  while (colon > 0 && colonPadding.has(sentence[colon - 1])) colon--;
  if (sentence[colon - 1] !== ':') return [];
  colon--;
  const colonAt = sentenceStart + colon;
  const speakers = mentions.filter((e) => speakerKinds.has(e.kind) && e.span.start >= sentenceStart && e.span.end <= colonAt);
  // The clause: from the last semicolon before the colon, or the sentence's start.
  const clauseFrom = sentenceStart + sentence.lastIndexOf(';', colon) + 1;
  const noVerb = () => false;
  let head = clauseHead(sentence, sentenceStart, clauseFrom, colonAt, speakers, quoted, noVerb);
  if (!head) {
    // After an opening phrase set off by a comma: "In the webinar, Zemlin was blunt:".
    const comma = sentence.indexOf(',', clauseFrom - sentenceStart);
    if (comma >= 0 && comma < colon && comma - (clauseFrom - sentenceStart) <= 200) head = clauseHead(sentence, sentenceStart, sentenceStart + comma + 1, colonAt, speakers, quoted, noVerb);
  }
  if (!head || !('names' in head) || !head.names.length) return [];
  const names = head.names;
  let from = names[names.length - 1].span.end - sentenceStart;
  while (from < colon && (sentence[from] === ' ' || sentence[from] === '\t')) from++;
  if (sentence[from] === ',' || sentence[from] === '—' || sentence[from] === '–' || sentence[from] === '(') {
    from = asideEnd(sentence, from, colon);
    if (from < 0) return [];
  }
  const predicate = sentence.slice(from, colon);
  if (predicate.length > predicateReach || /[,;:()"“”—–]/.test(predicate) || holdsVerbOfSaying(predicate)) return [];
  const start = sentenceStart + from;
  if (quoted.length) {
    const q = firstAtOrAfter(quoted, start, (x) => x.end);
    if (q < quoted.length && quoted[q].start < colonAt) return [];
  }
  // Names of the fact base in the predicate: another speaker names someone else; a program or a model is a topic.
  const inPredicate: EntityMention[] = [];
  for (let i = firstAtOrAfter(mentions, start, (e) => e.span.start); i < mentions.length && mentions[i].span.start < colonAt; i++) {
    if (speakerKinds.has(mentions[i].kind)) return [];
    inPredicate.push(mentions[i]);
  }
  const words: { word: string; at: number; raw: string }[] = [];
  for (const m of predicate.matchAll(wordRe)) words.push({ word: m[0].toLowerCase(), at: start + m.index, raw: m[0] });
  if (!words.length || notPredicateOpeners.has(words[0].word)) return [];
  for (let i = 0; i < words.length; i++) {
    const { word, at, raw } = words[i];
    if (/['’]s$/.test(word) || takesOthersWords.has(word) || othersText.has(word)) return [];
    if (word === 'to' && i > 0 && pointsTo.has(words[i - 1].word)) return [];
    if (putToSubject.has(word) && i > 0 && (auxiliaries.has(words[i - 1].word) || (words[i - 1].word.endsWith('ly') && i > 1 && auxiliaries.has(words[i - 2].word)))) return [];
    // A capitalised word outside the fact base's names may be another speaker ("answered Maria Okafor"); not an owner's officer ("CrowdStrike's CTO was blunt:").
    if (/^\p{Lu}/u.test(raw) && !isOfficerTitle(word) && !inPredicate.some((e) => e.span.start <= at && at < e.span.end)) return [];
  }
  return names;
}
