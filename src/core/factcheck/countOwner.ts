import type { ClaimValue, EntityMention } from '../types';
import type { FactRule } from './factMatcher';
import { actorKinds } from './ownSubject';
import { littleWords } from './countedNoun';
import { startsExceptPhrase } from './exceptedNames';

/**
 * Whether a count counts the people or things of a company, agency or person the fact is not of
 * (see `FactRule.parties`), by what its noun phrase names as theirs: "More than 30 employees of
 * Kovalent", "400 staff at Brightwater", "30 Kovalent employees" count Kovalent's and
 * Brightwater's, not the staff of the institute on record, though "employees" and "staff" are the
 * fact's cues. "112 staff at the institute" and "13 employees of OpenAI and Google DeepMind" (the
 * parties of the employees' brief) stay the fact's. `mentions` are the sentence's, in order;
 * offsets are the document's, the sentence starting at `start`.
 */
export function countsOtherPartys(rule: FactRule, value: ClaimValue, sentenceText: string, start: number, mentions: readonly EntityMention[]): boolean {
  if (value.kind !== 'count') return false;
  const phraseEnd = nounPhraseEnd(sentenceText, start, value.span.end);
  if (phraseEnd === undefined) return false;
  for (const e of mentions) {
    if (e.span.start < value.span.end) continue;
    if (e.span.start > phraseEnd + ownerReach) break;
    if (!actorKinds.has(e.kind) || rule.parties.has(e.id)) continue;
    // "30 Kovalent employees": the name opens the phrase, before its noun ("40 targets Anthropic detected" is no such phrase).
    if (e.span.end < phraseEnd && /^\s+$/.test(sentenceText.slice(value.span.end - start, e.span.start - start))) return true;
    // "30 employees of Kovalent", "400 staff at Brightwater": the name ends the phrase of its own after the noun.
    if (e.span.start >= phraseEnd && ownerAfter.test(sentenceText.slice(phraseEnd - start, e.span.start - start)) && endsPhrase(sentenceText, e.span.end - start)) return true;
  }
  return false;
}

/** How many words after a count its noun phrase is read for (also by `countRate`). */
export const phraseWords = 4;

/** How far after the noun phrase the name of its owner may start: " of the ". */
const ownerReach = 12;

/** A word after a count, with the spaces before it. */
export const wordAfter = /\s{1,8}(\p{L}[\p{L}\p{N}'’-]{0,60})(?![\p{L}\p{N}'’-])/uy;

/**
 * Where the noun phrase of the count ending at `from` ends (document offsets): after its last
 * word before a little word, a mark or the sentence's end ("30 Kovalent employees|", "30
 * employees| of Kovalent"), when that word is in lower case (a noun, not a name). Undefined when
 * no word follows the count, or more than `phraseWords` do.
 */
export function nounPhraseEnd(sentenceText: string, start: number, from: number): number | undefined {
  let at = from - start;
  let last: string | undefined;
  for (let k = 0; k <= phraseWords; k++) {
    // "11 founding partners apart from Anthropic" sets Anthropic apart: it owns nothing of the phrase (see `exceptedNames`).
    if (startsExceptPhrase(sentenceText, at)) break;
    wordAfter.lastIndex = at;
    const m = wordAfter.exec(sentenceText);
    if (!m || littleWords.has(m[1].toLowerCase())) break;
    if (k === phraseWords) return undefined;
    last = m[1];
    at = wordAfter.lastIndex;
  }
  return last !== undefined && /^\p{Ll}/u.test(last) ? start + at : undefined;
}

/** What joins a noun to its owner's name: "of", "at", "from", with "the" after. */
const ownerAfter = /^\s+(?:of|at|from)\s+(?:the\s+)?$/i;

/** Whether the owner's name ends its phrase: not a possessive or a name's first word ("of Kovalent's board", "of Kovalent Street"). */
function endsPhrase(sentenceText: string, at: number): boolean {
  return !/^(?:['’]s?\b|\s+\p{Lu})/u.test(sentenceText.slice(at, at + 3));
}
