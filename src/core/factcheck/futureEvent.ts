import type { FactRule } from './factMatcher';

/**
 * What puts a verb in the future, or makes it a plan, right before it: "will be announced",
 * "is expected to announce", "plans to release", "are yet to be unveiled", "would launch".
 */
const futureBefore = /\b(?:will|shall|would|(?:going|expected|planned|plans?|intends?|intended|set|scheduled|aims?|hopes?|yet|about|(?:is|are|was|were)(?:\s+due)?)\s+to)\s+(?:(?:be|not|\p{L}+ly)\s+){0,3}$/iu;

/** How far before a cue a future marker is looked for ("will not formally be" fits). */
const lookBack = 60;

/**
 * Whether every cue of a dated fact the sentence holds is a verb put in the future ("Findings
 * from partners will be announced in Q3 2026", "plans to launch"; a cue right after "will" or
 * "to" is a verb): the sentence dates an event to come, not the one on record, so its date is
 * not held against the fact. A cue elsewhere ("the announcement", "was announced") still dates
 * the fact. Amounts are left alone: "will donate $6 million" is the same commitment as "is donating".
 * Example: onlyFutureEvents(announcementRule, 'Findings will be announced in Q3 2026.') → true.
 */
export function onlyFutureEvents(rule: FactRule, sentence: string): boolean {
  if (rule.fact.value?.type !== 'date') return false;
  let found = false;
  for (const re of rule.cueMatchers) {
    re.lastIndex = 0;
    for (let m; (m = re.exec(sentence)); ) {
      if (!futureBefore.test(sentence.slice(Math.max(0, m.index - lookBack), m.index))) return false;
      found = true;
    }
  }
  return found;
}
