import { isOfficerTitle } from './verbSubject';

/**
 * Words said as someone saw or heard them said: a verb of perception, its object and a verb of
 * saying in its bare form ("We saw Zemlin describe the model as “…”", "to hear Jim Zemlin call
 * it “…”", "watched the CEO warn"). The object is the speaker. The bare forms are read only
 * there: alone, "call", "note", "claim" or "state" are as often nouns ("the call", "a note").
 */

/** The bare forms of the verbs of saying that `creditVerbs` (verbCredits.ts) has in other forms only. */
const bareVerbs =
  'describe|call|warn|tell|write|declare|claim|argue|add|insist|explain|remark|testify|announce|label|dub|brand|term|note|conclude|quip|speak of|speak about|talk of|talk about';

/** A bare verb of saying, in lower case: `perceivedSpeaker` decides whether it is one. */
export const bareVerbRe = new RegExp(`\\b(?:${bareVerbs})\\b`, 'g');

/** Whether a sentence holds a verb of perception at all: most hold none, and are not read for bare verbs. */
export const perceptionRe = /\b(?:see|sees|saw|seen|seeing|watch|watches|watched|watching|hear|hears|heard|hearing|listen|listens|listened|listening)\b/i;

const perceptionVerbs: ReadonlySet<string> = new Set(['see', 'sees', 'saw', 'seen', 'seeing', 'watch', 'watches', 'watched', 'watching', 'hear', 'hears', 'heard', 'hearing']);
/** "listen" takes its object after "to": "listened to Zemlin describe …". */
const listenVerbs: ReadonlySet<string> = new Set(['listen', 'listens', 'listened', 'listening']);
/** Pronouns that may be the object a verb of perception sees speak: "heard him call it …". */
const objectPronouns: ReadonlySet<string> = new Set(['him', 'her', 'them', 'us', 'me', 'you']);

/** How many words the object between the two verbs may have: "saw Anthropic's chief executive Dario Amodei describe". */
const objectReach = 6;

const wordCharRe = /[\p{L}\p{N}'’.-]/u;

/** The word ending at `end` in `s` (letters, digits, apostrophes, dots, hyphens), and where it starts; undefined when none ends there. */
function wordEndingAt(s: string, end: number): { word: string; start: number } | undefined {
  let k = end;
  while (k > 0 && wordCharRe.test(s[k - 1])) k--;
  return k < end ? { word: s.slice(k, end), start: k } : undefined;
}

/** Offset of the first character of the run of spaces and tabs that ends at `end` in `s`. */
function spaceBefore(s: string, end: number): number {
  while (end > 0 && (s[end - 1] === ' ' || s[end - 1] === '\t' || s[end - 1] === '\u00a0')) end--;
  return end;
}

/**
 * Where the object of a verb of perception starts, when the bare verb of saying at `at` in `s`
 * follows one and its object: right after the verb of perception (or its "to"). Undefined when the
 * bare word is no verb of saying here: no verb of perception within a few words before it, a word
 * of other punctuation between them, or a word right before it that cannot be the one seen
 * speaking: neither a name (capitalised, not a possessive: "see Anthropic's note"), nor an object
 * pronoun, nor an officer's title ("the CEO").
 */
export function perceivedObjectStart(s: string, at: number): number | undefined {
  let end = spaceBefore(s, at);
  if (end === at) return undefined;
  const last = wordEndingAt(s, end);
  if (!last) return undefined;
  const lower = last.word.toLowerCase();
  const name = /^\p{Lu}/u.test(last.word) && !/['’]s$/.test(last.word);
  if (!name && !objectPronouns.has(lower) && !isOfficerTitle(lower)) return undefined;
  end = last.start;
  for (let n = 0; n < objectReach; n++) {
    const gap = spaceBefore(s, end);
    if (gap === end) return undefined;
    const w = wordEndingAt(s, gap);
    if (!w) return undefined;
    const word = w.word.toLowerCase();
    if (perceptionVerbs.has(word)) return gap;
    if (word === 'to') {
      const verb = wordEndingAt(s, spaceBefore(s, w.start));
      if (verb && listenVerbs.has(verb.word.toLowerCase())) return gap;
    }
    end = w.start;
  }
  return undefined;
}
