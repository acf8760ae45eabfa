import type { EntityMention } from '../types';
import type { FactRule } from './factMatcher';
import { clauseOf } from './figureClause';
import { isNameShaped } from './nameShape';

/**
 * A verb with an object of its own dates that object, not the event on record: "Anthropic also
 * launched its Claude for Chrome extension in August 2025" dates the extension, not the Glasswing
 * announcement; "President Trump ordered that the Department of Defense may also be called the
 * Department of War" dates a renaming order, not the directive to stop using Anthropic. As with a
 * verb of reporting that reports something else ("announced a new office in September"), the
 * verb is the fact's cue, but its object is another thing: a name after it (past "its", "a",
 * "the", "new" …) that is none of the fact's entities, or a clause after "that", when the rest of
 * the verb's clause names none of the fact's entities and holds no other cue of it ("ordered
 * federal agencies to stop using Anthropic", "launched Claude Mythos Preview" stay the fact's).
 */

/** A cue written as a verb in the past or the present: "launched", "ordered", "unveils". */
const verbForm = /\p{L}(?:ed|es)$/iu;

/** A passive verb before the cue: "was launched in August" dates its subject, and has no object. */
const passiveBefore = /\b(?:is|are|was|were|be|been|being)\s+(?:\p{L}+ly\s+)?$/iu;

/** Words that may stand between a verb and the name it takes as object: "launched its new Chrome extension". */
const determiners: ReadonlySet<string> = new Set('its their his her our a an the new own first latest'.split(' '));

/** Capitalised words that name nothing: months, days, pronouns and the words that start phrases. */
const notNames: ReadonlySet<string> = new Set(
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday i it its they their he his she her we our you this that these those on in at by for of with to from as after before during since when while if and or but'.split(' '),
);

/** A word: letters and digits, joined by hyphens, dots or apostrophes inside ("GPT-4o", "D.C."). */
const wordRe = /[\p{L}\p{N}]+(?:[-.’'][\p{L}\p{N}]+)*/gu;

/** A name with a digit after its first letters ("GPT-4o"), not a number with a word. */
const letteredNumber = /^\p{L}+-?\d/u;

/** Words a verb's object is looked for in, after the verb. */
const objectReach = 5;

/**
 * Whether the verb ending at `from` (relative to the sentence) takes an object that is another
 * thing than the fact's: a "that" clause, or a name that is none of `own`.
 */
function takesOtherObject(sentenceText: string, start: number, from: number, mentions: readonly EntityMention[], own: readonly string[]): boolean {
  wordRe.lastIndex = from;
  for (let k = 0, m; k < objectReach && (m = wordRe.exec(sentenceText)); k++) {
    // Only spaces between the verb and its object: "launched, in August," takes none.
    if (k === 0 && /\S/.test(sentenceText.slice(from, m.index))) return false;
    const word = m[0];
    const lower = word.toLowerCase();
    if (k === 0 && lower === 'that') return true;
    const at = start + m.index;
    const named = mentions.find((e) => e.span.start <= at && at < e.span.end);
    if (named) return !own.includes(named.id);
    if (determiners.has(lower)) continue;
    return letteredNumber.test(word) || isNameShaped(word) || (/^\p{Lu}/u.test(word) && !notNames.has(lower));
  }
  return false;
}

/**
 * Whether every cue of the rule in the sentence (`cueSpans`: flat start, end pairs in document
 * offsets) is a verb with an object of its own (see above); only for a fact of a date.
 */
export function cueTakesOwnObject(rule: FactRule, sentenceText: string, start: number, mentions: readonly EntityMention[], cueSpans: readonly number[]): boolean {
  if (rule.fact.value?.type !== 'date' || !cueSpans.length) return false;
  const own = rule.fact.entities;
  for (let c = 0; c < cueSpans.length; c += 2) {
    const a = cueSpans[c] - start;
    const b = cueSpans[c + 1] - start;
    if (!verbForm.test(sentenceText.slice(a, b)) || passiveBefore.test(sentenceText.slice(Math.max(0, a - 40), a))) return false;
    if (!takesOtherObject(sentenceText, start, b, mentions, own)) return false;
    // The rest of the verb's clause names none of the fact's entities and holds no other cue of it.
    const clauseEnd = clauseOf(sentenceText, start, { start: cueSpans[c], end: cueSpans[c + 1] }).span.end;
    if (mentions.some((e) => e.span.start >= cueSpans[c + 1] && e.span.start < clauseEnd && own.includes(e.id))) return false;
    for (let k = 0; k < cueSpans.length; k += 2) if (cueSpans[k] >= cueSpans[c + 1] && cueSpans[k] < clauseEnd) return false;
  }
  return true;
}
