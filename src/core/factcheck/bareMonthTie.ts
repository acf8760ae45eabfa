import type { ClaimValue, EntityMention } from '../types';
import type { FactRule } from './factMatcher';
import { isBareMonth } from '../claims/bareMonth';
import { clauseOf } from './figureClause';

/**
 * A month named alone ("in January") gives no year: it is held against a date on record by its
 * month only, so only where the fact's own verb governs it, as news copy writes a month of the
 * year the story is about: "OpenAI released GPT-5.3-Codex in January" (the cue, the fact's own
 * name, then the month), "GPT-5.3-Codex was released in January", "the release of GPT-5.3-Codex
 * in January", "In January, OpenAI released GPT-5.3-Codex" (the month opens the sentence and the
 * cue stands in its clause). A month elsewhere in the sentence ("Anthropic, which in March said
 * …, announced …") may be another event's, and is not held against the fact.
 */
export function bareMonthTied(rule: FactRule, value: ClaimValue, sentenceText: string, start: number, mentions: readonly EntityMention[]): boolean {
  if (!isBareMonth(value)) return true;
  const at = value.span.start - start;
  const lead = leadBefore.exec(sentenceText.slice(Math.max(0, at - 16), at));
  if (!lead) return false;
  const phrase = at - lead[1].length;
  if (opening.test(sentenceText.slice(0, phrase))) return cueInClause(rule, value, sentenceText, start);
  const end = trimmedEnd(sentenceText, phrase);
  if (cueOrNameEndsAt(rule, sentenceText, start, mentions, end)) return true;
  // An adverb of manner between the fact's words and the month says how, not when: "released GPT-5.3-Codex publicly in February"
  // (unless it is the cue's own word, "deployed GPT-5.3-Codex publicly", read above).
  const past = pastAdverb(sentenceText, end);
  return past !== end && cueOrNameEndsAt(rule, sentenceText, start, mentions, past);
}

/**
 * Whether the rule's cue ends at `end` (an offset in `sentenceText`), or the fact's own name does
 * with the cue right before it: "released GPT-5.3-Codex", "the release of GPT-5.3-Codex".
 */
function cueOrNameEndsAt(rule: FactRule, sentenceText: string, start: number, mentions: readonly EntityMention[], end: number): boolean {
  for (let i = mentions.length - 1; i >= 0; i--) {
    const e = mentions[i];
    if (e.span.end - start > end) continue;
    if (e.span.end - start < end || !rule.fact.entities.includes(e.id)) break;
    end = joinedBefore(sentenceText, trimmedEnd(sentenceText, e.span.start - start));
    break;
  }
  return cueEndsAt(rule, sentenceText, end);
}

/** The word that sets the month in time, with the white space after it: "in ", "during ", "last ", "this ". */
const leadBefore = /(?:^|[^\p{L}\p{N}])((?:in|during|last|this)[ \t]+)$/iu;

/** Nothing but emphasis or an opening quotation mark before the month's phrase: it opens the sentence. */
const opening = /^[\s*_"“'‘]*$/;

/** The words that may join a cue to the name of its thing: "the release of (the)", "the release for". */
const joiningWords = new Set(['of', 'for']);

/**
 * Where the cue before a name may end (an offset in `text`, `at` the end of the words before the
 * name): before "of" or "for", with "the" after it ("the release of GPT-5.3-Codex"), or at `at`.
 */
function joinedBefore(text: string, at: number): number {
  let end = at;
  const word = () => {
    let k = end;
    while (k > 0 && /\p{L}/u.test(text[k - 1])) k--;
    return k;
  };
  let k = word();
  if (text.slice(k, end).toLowerCase() === 'the') {
    end = trimmedEnd(text, k);
    k = word();
  }
  return joiningWords.has(text.slice(k, end).toLowerCase()) ? trimmedEnd(text, k) : at;
}

/**
 * `at` (the end of a word in `text`) moved back past that word and the white space before it when
 * it is an adverb in "-ly" of four letters or more, in lower case, or "first": "publicly",
 * "officially", "early", "only"; else `at`. One word at most: "released GPT-5.3-Codex publicly in February".
 * Example: pastAdverb('released X publicly', 19) → 10 (the end of "X").
 */
function pastAdverb(text: string, at: number): number {
  let k = at;
  while (k > 0 && /\p{L}/u.test(text[k - 1])) k--;
  const word = text.slice(k, at);
  // Lower case: "Italy" is a name.
  const adverb = word === word.toLowerCase() && ((word.length >= 4 && word.endsWith('ly')) || word === 'first');
  return adverb && k > 0 && (text.charCodeAt(k - 1) === 32 || text.charCodeAt(k - 1) === 9) ? trimmedEnd(text, k) : at;
}

/** How far before a month or a name its cue may start. */
const cueReach = 40;

/** `at` moved back past white space (an offset in `text`). */
function trimmedEnd(text: string, at: number): number {
  while (at > 0 && (text.charCodeAt(at - 1) === 32 || text.charCodeAt(at - 1) === 9)) at--;
  return at;
}

/** Whether one of the rule's cues ends at `end` (an offset in `sentenceText`). */
function cueEndsAt(rule: FactRule, sentenceText: string, end: number): boolean {
  const from = Math.max(0, end - cueReach);
  const before = sentenceText.slice(from, end);
  for (const re of rule.cueMatchers) {
    re.lastIndex = 0;
    for (let m; (m = re.exec(before)); ) if (m.index + m[0].length === before.length) return true;
  }
  return false;
}

/** Whether a cue of the rule stands in the month's clause (see `clauseOf`). */
function cueInClause(rule: FactRule, value: ClaimValue, sentenceText: string, start: number): boolean {
  const clause = clauseOf(sentenceText, start, value.span).span;
  const text = sentenceText.slice(clause.start - start, clause.end - start);
  for (const re of rule.cueMatchers) {
    re.lastIndex = 0;
    if (re.test(text)) return true;
  }
  return false;
}
