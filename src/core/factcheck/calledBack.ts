import type { EntityMention } from '../types';

/**
 * "The company" and "the model" call back the company or the model named last: "OpenAI is
 * different. The company pledged up to $25 million …" speaks of OpenAI, not of the Glasswing
 * credits the paragraph opened on; "Meta released Llama 5 in March; the model scored 41.5%" of
 * Llama 5, not of Mythos Preview's score in the sentence before.
 *
 * `calledBack` finds such a noun where a clause opens on it (the sentence's first words, or after
 * a semicolon or a comma with "and", "but"…); `referentIn` reads the text before it for what it
 * calls back: the last mention of the fact base of the noun's kind, or a name the fact base does
 * not know of that kind's shape (a model's name with a version, "Llama 5", "GPT-4o"; a company's
 * name as the subject that opens the text before its verb, "Meta released …"). An outlet that reports ("Fortune
 * reported …") is no company a writer calls back.
 */

export type CalledNoun = 'company' | 'model';

/** The nouns, lower-cased, and what each calls back. */
const nouns: ReadonlyMap<string, CalledNoun> = new Map([
  ['company', 'company'],
  ['firm', 'company'],
  ['lab', 'company'],
  ['startup', 'company'],
  ['start-up', 'company'],
  ['developer', 'company'],
  ['model', 'model'],
]);

/** Kinds of mention each noun calls back. */
const kindsOf: Readonly<Record<CalledNoun, ReadonlySet<string>>> = {
  company: new Set(['organization']),
  model: new Set(['model', 'model-tier']),
};

/** "The company", "the model's", at a clause's opening: its first words, or after a semicolon or a comma and a conjunction. */
const calledRe = /(?:^|;\s*|,\s*(?:and|but|while|whereas)\s+)[*_]{0,2}(?:[Tt]he)\s+(company|firm|lab|startup|start-up|developer|model)(?:['’]s)?(?![\p{L}\p{N}-])/gu;

/** Where a clause of the sentence opens on a noun that calls back a company or a model: the noun and where its clause starts (sentence offsets). */
export function calledBack(sentenceText: string): { noun: CalledNoun; at: number } | undefined {
  calledRe.lastIndex = 0;
  const m = calledRe.exec(sentenceText.trimStart());
  if (!m) return undefined;
  return { noun: nouns.get(m[1].toLowerCase())!, at: m.index + sentenceText.length - sentenceText.trimStart().length };
}

interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const wordRe = /[\p{L}\p{N}]+(?:[-.’'][\p{L}\p{N}]+)*/gu;

/** Capitalised words that name nothing: months, days and the words that open sentences. */
const notNames = new Set(
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday i the a an this that these those it its they their he his she her we our you on in at by for of after before during since from to as while when if but and or so then its'.split(' '),
);

/** A version number after a model's name ("Llama 5", "Gemini 2.5"). */
const versionNumber = /^\d{1,2}(?:\.\d{1,2})?$/;
/** A name with a digit after its first letters ("GPT-4o", "Llama-3"). */
const letteredNumber = /^\p{Lu}[\p{L}]*-?\d/u;
/** Verbs after a name that make it a speaker or a reporter. */
const speakerVerb = /^(?:said|says|told|tells|noted|notes|wrote|writes|reported|reports|added|adds|explained|explains|stated|states|according)$/i;

/** A word that reads as the verb after a subject: "released", "is", "pledges", "has". */
const finiteVerb = /^(?:is|was|has|had|will|would|can|could|did|does|\p{Ll}+ed|\p{Ll}+[^s]s)$/u;

function capitalised(w: Word): boolean {
  return /^\p{Lu}/u.test(w.text) && !notNames.has(w.text.toLowerCase());
}

function inside(w: Word, mentions: readonly EntityMention[]): boolean {
  return mentions.some((e) => e.span.start < w.end && w.start < e.span.end);
}

/**
 * What the noun calls back in `text` (which starts at document offset `start`; `mentions` are
 * its mentions, in order): 'known' for a mention of the noun's kind, 'unknown' for a name the fact
 * base does not know, whichever stands last; undefined when the text names neither.
 */
export function referentIn(text: string, start: number, mentions: readonly EntityMention[], noun: CalledNoun): 'known' | 'unknown' | undefined {
  const words: Word[] = [];
  wordRe.lastIndex = 0;
  for (let m; (m = wordRe.exec(text)); ) words.push({ text: m[0], start: start + m.index, end: start + m.index + m[0].length });
  const speaks = (end: number) => {
    const next = words.find((w) => w.start >= end);
    return next !== undefined && speakerVerb.test(next.text);
  };
  let known = -1;
  for (const e of mentions) if (kindsOf[noun].has(e.kind) && e.span.start >= start && !speaks(e.span.end)) known = Math.max(known, e.span.start);
  let unknown = -1;
  if (noun === 'model') {
    for (let k = 0; k < words.length; k++) {
      const w = words[k];
      if (inside(w, mentions) || !capitalised(w)) continue;
      const versioned = words[k + 1] !== undefined && versionNumber.test(words[k + 1].text) && /^ $/.test(text.slice(w.end - start, words[k + 1].start - start));
      if (versioned || letteredNumber.test(w.text)) unknown = w.start;
    }
  } else {
    // The subject that opens the text, before its verb: "Meta released …", "Mistral is different."
    const [w, verb] = words;
    if (w && verb && capitalised(w) && !inside(w, mentions) && /^ $/.test(text.slice(w.end - start, verb.start - start)) && finiteVerb.test(verb.text) && !speakerVerb.test(verb.text)) unknown = w.start;
  }
  if (known < 0 && unknown < 0) return undefined;
  return unknown > known ? 'unknown' : 'known';
}
