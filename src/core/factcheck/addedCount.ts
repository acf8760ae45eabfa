import type { ClaimValue } from '../types';
import type { FactRule } from './factMatcher';

/**
 * Whether a count counts things added to a set counted before, not the whole: "twelve founding
 * partners, and then another forty or so organizations", "a further 40 organizations", "40 more
 * organizations", "the other 40 organizations". Such a count is the fact's only when the fact
 * counts an addition itself (its cues or unit say so: "additional organizations", "other
 * organizations"); against a total on record ("more than fifty organizations") it is no figure.
 * As with cues, the longer phrase names the measure: "another forty organizations" is the
 * "additional organizations", not the "organizations".
 */
export function countsAddition(rule: FactRule, value: ClaimValue, sentenceText: string, start: number): boolean {
  if (value.kind !== 'count' || measuresAddition(rule)) return false;
  const at = value.span.start - start;
  const to = value.span.end - start;
  return addedBefore.test(sentenceText.slice(Math.max(0, at - 40), at)) || addedAfter.test(sentenceText.slice(to, to + 24));
}

/** Before a count: "another", "a further", "an additional", "the other", "an extra", with a bound word after ("another nearly 40"). */
const addedBefore = /(?:^|[^\p{L}\p{N}])(?:another|further|additional|other|extra)\s+(?:(?:about|some|roughly|around|approximately|nearly|almost|over|more\s+than|at\s+least|up\s+to)\s+)?$/iu;

/** After a count: "40 more", "forty or so more", "40 others", "40 additional". */
const addedAfter = /^\s+(?:or\s+so\s+)?(?:more|others?|additional|further|extra)(?![\p{L}\p{N}])/iu;

/** The words of a measure that counts an addition. */
const additionWord = /(?:^|[^\p{L}])(?:additional|other|others|more|further|extra|another)(?!\p{L})/iu;

const measuresAdditionOf = new WeakMap<FactRule, boolean>();

/** Whether the fact counts an addition: one of its cues, or its unit, is "additional …", "other …", "more …". */
function measuresAddition(rule: FactRule): boolean {
  let found = measuresAdditionOf.get(rule);
  if (found !== undefined) return found;
  const value = rule.fact.value;
  const unit = value && 'unit' in value && typeof value.unit === 'string' ? value.unit : '';
  found = [...(rule.fact.cues ?? []), unit].some((text) => additionWord.test(text));
  measuresAdditionOf.set(rule, found);
  return found;
}
