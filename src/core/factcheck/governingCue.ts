import type { ClaimValue, EntityMention } from '../types';
import type { FactRule } from './factMatcher';
import { datedByOwnVerbOnObject } from './verbOnObject';

/**
 * Whether a date is governed by the cue of another dated fact than the rule's: the cue stands
 * right before it, with at most a preposition between ("the draft blog post leaked on March 26",
 * "the leak in late March"), and none of the rule's own cues stands there. "Glasswing was
 * announced just over two weeks after the draft blog post leaked on March 26" dates the leak on
 * March 26, not the announcement: the date is the leak fact's, and no other dated fact's figure.
 * A cue whose subject is one of the rule's own entities speaks of the rule's thing, whatever
 * other fact shares the word: "The Glasswing announcement, published on April 9" dates the
 * announcement. `dated` are the rules whose cue the sentence holds; `mentions` the sentence's;
 * offsets are the document's, the sentence starting at `start`.
 */
export function datedByOtherCue(rule: FactRule, value: ClaimValue, sentenceText: string, start: number, dated: readonly FactRule[], mentions: readonly EntityMention[]): boolean {
  if (value.kind !== 'date' || dated.length < 2) return false;
  if (governingCue(rule, value, sentenceText, start, mentions)) return false;
  // "upheld the fine on 14 July 2026": the rule's verb takes the other fact's thing as its object, and the date.
  if (datedByOwnVerbOnObject(rule, value, sentenceText, start)) return false;
  for (const r of dated) {
    if (r === rule || r.fact.value?.type !== 'date') continue;
    const cue = governingCue(r, value, sentenceText, start, mentions);
    if (cue && !subjectIsRulesOwn(rule, cue.start, sentenceText, start, mentions, r)) return true;
  }
  return false;
}

/**
 * The cue of the rule that governs a date: it stands right before the date, with at most a
 * preposition between ("published on 2026-04-09", "the system card on 2026-04-09"), or before
 * the name of one of the fact's own entities that does ("the formal announcement of Claude
 * Mythos Preview on April 7": the span then runs to the name's end), as document offsets;
 * undefined when none does. `mentions` are the sentence's, in order.
 */
export function governingCue(rule: FactRule, value: ClaimValue, sentenceText: string, start: number, mentions: readonly EntityMention[] = []): { start: number; end: number } | undefined {
  const direct = cueRightBefore(rule, value.span.start, sentenceText, start, joinsDate);
  if (direct) return direct;
  const object = ownNameBefore(rule, value.span.start, sentenceText, start, mentions);
  const cue = object && cueRightBefore(rule, object.start, sentenceText, start, joinsObject);
  if (cue) return { start: cue.start, end: object.end };
  // "The leak of Anthropic's draft material on 27 March 2026": the cue's noun and the short phrase of its object.
  const phrase = cueRightBefore(rule, value.span.start, sentenceText, start, joinsObjectPhrase, phraseLookBack);
  return phrase && { start: phrase.start, end: value.span.start };
}

/** The rule's cue that ends right before `to` (a document offset) with only `joins` between, as document offsets. */
function cueRightBefore(rule: FactRule, to: number, sentenceText: string, start: number, joins: RegExp, reach = lookBack): { start: number; end: number } | undefined {
  const at = to - start;
  const from = Math.max(0, at - reach);
  const before = sentenceText.slice(from, at);
  for (const re of rule.cueMatchers) {
    re.lastIndex = 0;
    for (let m; (m = re.exec(before)); ) {
      if (joins.test(before.slice(m.index + m[0].length))) return { start: start + from + m.index, end: start + from + m.index + m[0].length };
    }
  }
  return undefined;
}

/** The name of one of the fact's entities that ends right before `to` with at most a preposition between ("Claude Mythos Preview on"). */
function ownNameBefore(rule: FactRule, to: number, sentenceText: string, start: number, mentions: readonly EntityMention[]): EntityMention['span'] | undefined {
  for (const e of mentions) {
    if (e.span.start >= to) break;
    if (e.span.end > to || to - e.span.end > lookBack || !rule.fact.entities.includes(e.id)) continue;
    if (joinsDate.test(sentenceText.slice(e.span.end - start, to - start))) return e.span;
  }
  return undefined;
}

/** How far before a date its governing cue may end. */
const lookBack = 40;

/** What may stand between a cue and the date it governs: white space, a preposition, "the". */
const joinsDate = /^[ \t]+(?:(?:on|in|at|around|about|circa|during|as\s+of)[ \t]+)?(?:the[ \t]+)?$/i;

/** What may stand between a cue and the name of its thing: "announcement of", "the leak of the", "the release for". */
const joinsObject = /^[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?$/i;

/** How far before a date a cue with its object's phrase may end ("leak of Anthropic's draft material on"). */
const phraseLookBack = 70;

/**
 * What may stand between a cue and the date when the cue's object comes between: "of" or "for",
 * then one to four words that are no conjunction, relative pronoun, form of "be" or "have", or
 * preposition, then what `joinsDate` allows ("leak of Anthropic's draft material on the").
 */
const joinsObjectPhrase =
  /^[ \t]+(?:of|for)[ \t]+(?:(?!(?:and|or|but|nor|that|which|who|whom|whose|is|are|was|were|be|been|has|have|had|to|by|with|from|after|before|than|on|in|at|during|around|about|circa|as)[ \t])[\p{L}\p{N}][\p{L}\p{N}'’.&-]*[ \t]+){1,4}(?:(?:on|in|at|around|about|circa|during|as[ \t]+of)[ \t]+)?(?:the[ \t]+)?$/iu;

/** What may stand between a name and the verb it is the subject of: a comma, a possessive, "which was", "had been first". */
export const toVerb = /^(?:['’]s?)?[ \t]{0,4},?[ \t]{0,4}(?:(?:which|that|was|were|is|are|has|had|have|been|being|first|formally|officially|publicly|then|also|later|only)[ \t]+){0,3}$/iu;

/** How far before a cue the name of its subject may end. */
export const subjectReach = 24;

/**
 * Whether one of the rule's entities is named right before the cue at `cue`, as its subject ("The
 * Glasswing announcement, published on"); when the cue is `cueOf`'s, not one of that rule's
 * entities too ("Anthropic's leak on April 7" is the leak's, though Anthropic announced as well).
 */
export function subjectIsRulesOwn(rule: FactRule, cue: number, sentenceText: string, start: number, mentions: readonly EntityMention[], cueOf?: FactRule): boolean {
  for (const e of mentions) {
    if (e.span.end > cue || cue - e.span.end > subjectReach || !rule.fact.entities.includes(e.id) || cueOf?.fact.entities.includes(e.id)) continue;
    if (toVerb.test(sentenceText.slice(e.span.end - start, cue - start))) return true;
  }
  return false;
}
