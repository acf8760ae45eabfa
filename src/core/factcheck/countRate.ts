import type { ClaimValue } from '../types';
import type { FactRule } from './factMatcher';
import { littleWords } from './countedNoun';
import { phraseWords, wordAfter } from './countOwner';

/**
 * Whether a count is a rate, so many in each period ("treats about 90,000 patients a year",
 * "handles 40 cases per month", "files 12 reports annually"), held against a fact that counts no
 * rate: 214 patients misrouted in one incident are no patients a year, whatever the cue
 * "patients" says. A fact records a rate when its statement, measure, cues or unit say so
 * ("per year", "annual", "each month"). A time after the period makes it a point in time, not
 * a rate: "112 staff a year after its founding".
 */
export function countsPerPeriod(rule: FactRule, value: ClaimValue, sentenceText: string, start: number): boolean {
  if (value.kind !== 'count' || recordsRate(rule)) return false;
  // Right after the count ("90,000 a year") or after a word of its noun phrase ("90,000 patients a year"), up to a little word.
  let at = value.span.end - start;
  for (let k = 0; k <= phraseWords; k++) {
    perPeriod.lastIndex = at;
    if (perPeriod.test(sentenceText)) return true;
    wordAfter.lastIndex = at;
    const m = wordAfter.exec(sentenceText);
    if (!m || littleWords.has(m[1].toLowerCase())) return false;
    at = wordAfter.lastIndex;
  }
  return false;
}



/** A period after the count's phrase ("a year", "per month", "every week", "annually"), not a time from an event ("a year after"). */
const perPeriod =
  /\s+(?:(?:a|an|per|each|every)\s+(?:year|month|week|day|hour|quarter)(?!\s+(?:after|before|later|earlier|ago|from|since|into|on|of|in|and)\b)|annually|yearly|monthly|weekly|daily|hourly)(?![\p{L}\p{N}-])/iuy;

/** What a fact that counts a rate says: "per year", "a year", "annual", "each month". */
const rateWords = /(?:^|[^\p{L}])(?:per|annual|annually|yearly|monthly|weekly|daily|hourly|each|every|rate|a\s+(?:year|month|week|day))(?![\p{L}])/iu;

const recordsRateOf = new WeakMap<FactRule, boolean>();

/** Whether the fact counts a rate, by its statement, measure, cues or unit; found once per fact. */
function recordsRate(rule: FactRule): boolean {
  let found = recordsRateOf.get(rule);
  if (found !== undefined) return found;
  const { fact } = rule;
  const unit = fact.value && 'unit' in fact.value && typeof fact.value.unit === 'string' ? fact.value.unit : '';
  found = [fact.statement, fact.measure?.replace(/-/g, ' ') ?? '', unit, ...(fact.cues ?? [])].some((text) => rateWords.test(text));
  recordsRateOf.set(rule, found);
  return found;
}
