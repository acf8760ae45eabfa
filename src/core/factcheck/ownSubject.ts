import type { EntityMention } from '../types';
import { aloneInCell } from './cellFigure';
import { speakerLabelLength } from './speakerLabel';
import { isNameShaped } from './nameShape';

/**
 * Whether a sentence names a subject of its own that the fact base does not know, or another
 * known thing, where a fact would otherwise be tied to it through the company, agency or person
 * behind it: "OpenAI released GPT-4o in May 2024" is GPT-4o's date, not GPT-5.3-Codex's; "The
 * Chip Security Coalition launched with nine founding members" is the coalition's count, not
 * Project Glasswing's from the paragraph before.
 */

/** Kinds of entity that act (make, sign, order, award): a fact names them beside the thing its figure is about. */
export const actorKinds: ReadonlySet<string> = new Set(['organization', 'government-body', 'person', 'role']);

/**
 * Kinds of entity that are things with figures and dates of their own (not actors, places or
 * concepts; not products either, which a sentence names as what an actor makes or uses: "stop
 * using Claude").
 */
export const thingKinds: ReadonlySet<string> = new Set(['model', 'model-tier', 'benchmark', 'program', 'framework', 'document', 'event', 'law']);

/** A word of the sentence: letters and digits, joined by hyphens or dots inside ("GPT-4o", "D.C."). */
const wordRe = /[\p{L}\p{N}]+(?:[-.’'][\p{L}\p{N}]+)*/gu;

/** Capitalised words that name no thing: months, days, pronouns and the words that start sentences. */
const notNames = new Set(
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday i the a an this that these those it its they their he his she her we our you on in at by for of under after before during since from to as while when if but and or so then two three four five six seven eight nine ten'.split(' '),
);

/** A name with a digit after its first letters ("GPT-4o", "o3", "Llama-3"), not a number with a word ("27-year-old", "4th"). */
const letteredNumber = /^\p{L}+-?\d/u;
/** A bare version number ("2", "4.6") that a product's name holds between its words. */
const versionNumber = /^\d{1,2}(?:\.\d{1,2})?$/;

/** Nouns that number the parts of a document or of a process, not products: "Section 5", "Figure 2", "Phase 3". */
const partNouns = new Set('section sections figure fig table chapter article appendix annex exhibit part page item step phase stage tier level version paragraph note footnote box chart graph panel slide question option point rule clause title volume issue no number day week month year quarter round session room unit line row column lot grade class category'.split(' '));

/** Words that put a number to a quantity: "Some 20 employees", "About 3,000 files", "Nearly 50 organizations". */
const quantityWords = new Set('some about around nearly almost over under only just roughly approximately all top more less fewer least exactly precisely another additional extra first last next past total every each those these another barely nearby near circa ca approx nearly'.split(' '));

/** Verbs after a name that make it a speaker, not the subject of the figure ("D. Nwosu said the leak happened on March 24"). */
const speakerVerb = /^(?:said|says|told|tells|noted|notes|wrote|writes|reported|reports|argued|argues|added|adds|explained|explains|stated|states|recalled|recalls|according)$/i;

interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** The sentence's words, or its first `limit` words (an opening name needs no more). */
function wordsOf(sentenceText: string, start: number, limit = Infinity): Word[] {
  const out: Word[] = [];
  wordRe.lastIndex = 0;
  for (let m; out.length < limit && (m = wordRe.exec(sentenceText)); ) out.push({ text: m[0], start: start + m.index, end: start + m.index + m[0].length });
  return out;
}

/** Words an opening name is read from: an article, the name and the word after it. */
const openingWords = 12;

function insideMention(w: Word, mentions: readonly EntityMention[]): boolean {
  return mentions.some((e) => e.span.start < w.end && w.start < e.span.end);
}

/** A question's or a quarter's number: "Q9: the eleven founding partners" (an evidence summary's question), "Q3 revenue". */
const questionNumber = /^Q\d{1,4}$/;

/**
 * Whether a word reads as (part of) a name: capitalised and not a common word, letters and a digit ("GPT-4o"), or written
 * as a name ("xAI"); not a question's number ("Q9").
 */
function isNameWord(w: Word): boolean {
  if (questionNumber.test(w.text)) return false;
  return letteredNumber.test(w.text) || (/^\p{Lu}/u.test(w.text) && !notNames.has(w.text.toLowerCase())) || isNameShaped(w.text);
}

/**
 * Whether the sentence opens on a name the fact base does not know, as its subject: "The Chip
 * Security Coalition launched…", "Salt Typhoon, a Chinese state-sponsored group, hit…",
 * "GPT-4o scored…". Two capitalised words at least (one word with a digit will do, or one written
 * as a name, "OpenSSF, launched in 2020, now counts …", "xAI called …": see `isNameShaped`), none
 * of them a known entity; a name followed by a verb of saying is a speaker ("D. Nwosu said …"), and
 * so is a transcript's label ("GRAHAM: Read all 224 pages…" opens on no name).
 */
export function opensOnUnknownName(sentenceText: string, start: number, mentions: readonly EntityMention[]): boolean {
  // A speaker label names who speaks, not the subject: "GRAHAM: Read all 224 pages" opens on "Read".
  const label = speakerLabelLength(sentenceText);
  const words = wordsOf(label ? sentenceText.slice(label) : sentenceText, start + label, openingWords);
  let i = 0;
  if (words[0] && /^(?:the|a|an)$/i.test(words[0].text)) i = 1;
  const run: Word[] = [];
  // A version number between name words is part of the name: "The Halvard 2 System Card".
  for (let k = i; k < words.length && (isNameWord(words[k]) || (run.length > 0 && versionNumber.test(words[k].text) && words[k + 1] !== undefined && isNameWord(words[k + 1]))); k++) run.push(words[k]);
  if (!run.length || run.some((w) => insideMention(w, mentions))) return false;
  // A name and its version number: "Llama 5 scored …", "Gemini 2.5 reached …"; not "Section 5", "Figure 2".
  // Not a quantity: "Some 20 employees", "About 3,000 files", "Over 40%".
  const version = words[i + 1];
  const versioned =
    run.length === 1 &&
    version !== undefined &&
    versionNumber.test(version.text) &&
    /^ $/.test(sentenceText.slice(run[0].end - start, version.start - start)) &&
    !/^(?:[,.]?\d|\s*(?:%|percent|per\b))/.test(sentenceText.slice(version.end - start)) &&
    !partNouns.has(run[0].text.toLowerCase()) &&
    !quantityWords.has(run[0].text.toLowerCase());
  if (versioned) run.push(words[i + 1]);
  else if (run.filter((w) => !versionNumber.test(w.text)).length < 2 && !letteredNumber.test(run[0].text) && !isNameShaped(run[0].text)) return false;
  const next = words[i + run.length];
  return !next || !speakerVerb.test(next.text);
}

/**
 * Whether a name the fact base does not know stands right beside one of the given cue spans
 * (flat start, end pairs in document offsets): the object of a verb ("released GPT-4o") or the
 * modifier of a noun ("the Maven Smart System contract"). Such a cue speaks of that thing.
 */
export function nameBesideCue(sentenceText: string, start: number, mentions: readonly EntityMention[], cueSpans: readonly number[]): boolean {
  if (!cueSpans.length) return false;
  const words = wordsOf(sentenceText, start);
  for (let c = 0; c < cueSpans.length; c += 2) {
    let before = -1;
    while (before + 1 < words.length && words[before + 1].end <= cueSpans[c]) before++;
    const after = words.findIndex((w) => w.start >= cueSpans[c + 1]);
    for (const k of [before, after]) {
      const w = words[k];
      if (w && isNameWord(w) && !insideMention(w, mentions)) return true;
    }
  }
  return false;
}

/** Whether the sentence names a known thing (a model, document, framework, event…) that is not one of `entities`. */
export function namesOtherThing(mentions: readonly EntityMention[], entities: readonly string[]): boolean {
  return mentions.some((e) => thingKinds.has(e.kind) && !entities.includes(e.id));
}

/** What ends one clause and starts the next: a semicolon, or a comma with "and", "but", "while"… */
const clauseBreak = /;|,\s*(?:and|but|while|whereas|then|before|after)\b/i;

/**
 * Whether a figure shares its clause with one of the cue spans: "President Trump revoked that
 * order on January 20, 2025, and directed federal agencies to…" dates the revocation; the
 * directive's cue stands in the next clause. A figure alone in a table row's cell shares the
 * clause of every cue of the row: "| 28 Feb 2026 | Federal ban; Hegseth designates Anthropic a
 * supply chain risk |" dates the designation.
 */
export function sharesClause(sentenceText: string, start: number, figure: { start: number; end: number }, cueSpans: readonly number[]): boolean {
  // A table row's date cell dates every clause of its event cell (see `aloneInCell`).
  if (cueSpans.length && sentenceText.includes('|') && aloneInCell(sentenceText, start, figure)) return true;
  for (let c = 0; c < cueSpans.length; c += 2) {
    const [a, b] = cueSpans[c + 1] <= figure.start ? [cueSpans[c + 1], figure.start] : [figure.end, cueSpans[c]];
    if (a > b || !clauseBreak.test(sentenceText.slice(a - start, b - start))) return true;
  }
  return false;
}
