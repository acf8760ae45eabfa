import type { FactRule } from './factMatcher';

/**
 * What puts a verb in the future, or makes it a plan: "will be announced", "is expected to
 * announce", "plans to release", "are yet to be unveiled", "would launch", and a plan's noun
 * after "scheduled for", "planned for", "due for" ("is scheduled for general release in June
 * 2026": a release to come, not the one on record). Searched for in the
 * text before a cue (global: each match is tried, the last one that reaches the cue counts).
 */
const futureMarker = /\b(?:will|shall|would|(?:going|expected|planned|plans?|intends?|intended|set|scheduled|aims?|hopes?|yet|about|(?:is|are|was|were)(?:\s+due)?)\s+to|(?:planned|scheduled|slated|set|due|targeted|earmarked)\s+for)\s/giu;

/** Words between a future marker and its verb: "will be", "will not", "will formally be". */
const auxiliaryRun = /^(?:(?:be|not|\p{L}+ly)\s+){0,3}$/iu;

/**
 * The verb in the future and the object it takes, up to the cue: "will publish an updated
 * Mythos Preview System Card", "will announce the next Mythos-class release". A few words, no
 * break of clause, preposition or word that starts a clause of its own ("will cite the leak of
 * March 24", "will say when it was released" date the leak and the release, not what is to come).
 */
const verbAndObject = /^(?:[\p{L}\p{N}][\p{L}\p{N}.’'-]*\s+){1,7}$/u;
const endsVerbPhrase = /[,;:()[\]—–"“”]|\b(?:that|which|what|how|why|whether|if|who|whom|whose|when|where|after|before|since|because|while|and|but|or|it|they|he|she|we|you|of|on|in|at|about|for|from|with|to|into|by|was|were|is|are|had|has|have)\s/iu;

/** How far before a cue a future marker is looked for ("will publish an updated Mythos Preview System Card" fits). */
const lookBack = 100;

/** Whether the text right before a cue puts it in the future: a marker, then its verb or the verb's object up to the cue. */
function inFuture(before: string): boolean {
  futureMarker.lastIndex = 0;
  for (let m; (m = futureMarker.exec(before)); ) {
    const rest = before.slice(m.index + m[0].length);
    if (auxiliaryRun.test(rest)) return true;
    if (verbAndObject.test(rest) && !endsVerbPhrase.test(rest)) return true;
  }
  return false;
}

/**
 * Whether every cue of a dated fact the sentence holds is a verb put in the future, or the object
 * of one ("Findings from partners will be announced in Q3 2026", "plans to launch", "will publish
 * an updated system card by June 30"): the sentence dates an event to come, not the one on record,
 * so its date is not held against the fact. A cue elsewhere ("the announcement", "was announced")
 * still dates the fact. Amounts are left alone: "will donate $6 million" is the same commitment
 * as "is donating".
 * Example: onlyFutureEvents(announcementRule, 'Findings will be announced in Q3 2026.') → true.
 */
export function onlyFutureEvents(rule: FactRule, sentence: string): boolean {
  if (rule.fact.value?.type !== 'date') return false;
  let found = false;
  for (const re of rule.cueMatchers) {
    re.lastIndex = 0;
    for (let m; (m = re.exec(sentence)); ) {
      if (!inFuture(sentence.slice(Math.max(0, m.index - lookBack), m.index))) return false;
      found = true;
    }
  }
  return found;
}
