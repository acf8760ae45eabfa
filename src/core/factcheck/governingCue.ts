import type { ClaimValue } from '../types';
import type { FactRule } from './factMatcher';

/**
 * Whether a date is governed by the cue of another dated fact than the rule's: the cue stands
 * right before it, with at most a preposition between ("the draft blog post leaked on March 26",
 * "the leak in late March"), and none of the rule's own cues stands there. "Glasswing was
 * announced just over two weeks after the draft blog post leaked on March 26" dates the leak on
 * March 26, not the announcement: the date is the leak fact's, and no other dated fact's figure.
 * `dated` are the dated rules whose cue the sentence holds; offsets are the document's, the
 * sentence starting at `start`.
 */
export function datedByOtherCue(rule: FactRule, value: ClaimValue, sentenceText: string, start: number, dated: readonly FactRule[]): boolean {
  if (value.kind !== 'date' || dated.length < 2) return false;
  const at = value.span.start - start;
  const from = Math.max(0, at - lookBack);
  const before = sentenceText.slice(from, at);
  const governor = (r: FactRule): boolean => {
    for (const re of r.cueMatchers) {
      re.lastIndex = 0;
      for (let m; (m = re.exec(before)); ) if (joinsDate.test(before.slice(m.index + m[0].length))) return true;
    }
    return false;
  };
  if (governor(rule)) return false;
  return dated.some((r) => r !== rule && r.fact.value?.type === 'date' && governor(r));
}

/** How far before a date its governing cue may end. */
const lookBack = 40;

/** What may stand between a cue and the date it governs: white space, a preposition, "the". */
const joinsDate = /^[ \t]+(?:(?:on|in|at|around|about|circa|during|as\s+of)[ \t]+)?(?:the[ \t]+)?$/i;
