import type { ClaimValue, EntityMention } from '../types';
import type { FactValue } from '../factbase/schema';
import type { FactRule, FactRules } from './factMatcher';
import { compareValue, isComparable } from './compareValues';
import { relationFits } from './relationFits';
import { firstAtOrAfter } from '../util/search';

/**
 * The words that set a figure as the baseline the figure before it is measured from: "93.9% on
 * SWE-bench Verified (up from 80.6%)", "83.1%, against 66.6%", "vs. 58.4%", "compared with 80.8%".
 * "up" and "down" say which way ("up from" a lower figure); the others say nothing of it.
 */
const baselineWords = /\b(?:(up|down|rising|falling|climbing|dropping)[ \t]+from|against|vs\.?|versus|compared[ \t]+(?:with|to))[ \t]{1,3}(?:(?:about|roughly|around|nearly|just)[ \t]{1,3})?$/i;

/**
 * What may follow a baseline that names nothing of its own: the end of its phrase (a bracket, a
 * comma, the sentence's end, a citation). "up from 80.6% a year ago", "against 72% for human
 * experts", "compared with 58.4% on SWE-bench Pro" name the baseline's time, subject or measure.
 */
const phraseEnd = /^[ \t]*(?:$|[),;:.!?\]—–[])/;

const lowerWords = /^(?:up|rising|climbing)$/i;

/** The kinds of figure that rise and fall from a baseline: not dates, durations or ages. */
const levelKinds: ReadonlySet<string> = new Set(['percentage', 'money', 'count', 'measure']);

/** A baseline figure: which figure it is the baseline of, and which way the sentence says that one went from it. */
export interface Baseline {
  /** The index of the figure measured from the baseline: the figure just before it. */
  readonly of: number;
  /** "up": the baseline is below that figure; "down": above it; undefined: either. */
  readonly direction?: 'up' | 'down';
  /** Where the name of the measure stands that the baseline's phrase goes on with ("against 55.4% on SWE-bench Pro"), if it does. */
  readonly measuredOn?: number;
}

/**
 * Whether the figure `vi` is a bare baseline, "(up from 80.6%)", for the figure before it in the
 * sentence (a level of the same kind, in the same clause), and for which. Undefined when it is none.
 */
export function baselineOf(sentenceText: string, start: number, values: readonly ClaimValue[], vi: number): Baseline | undefined {
  const value = values[vi];
  const main = values[vi - 1];
  if (!main || !levelKinds.has(value.kind) || main.kind !== value.kind || main.span.end > value.span.start) return undefined;
  const at = value.span.start - start;
  const before = sentenceText.slice(Math.max(0, at - 40, main.span.end - start), at);
  const m = baselineWords.exec(before);
  if (!m) return undefined;
  const after = sentenceText.slice(value.span.end - start, value.span.end - start + 8);
  // "77.8% against 55.4% on SWE-bench Pro": the measure after the pair is both figures'.
  const on = phraseEnd.test(after) ? undefined : pairMeasure.exec(after);
  if (!on && !phraseEnd.test(after)) return undefined;
  // The two figures stand in one clause: "93.9%; against 80.6%" compares nothing.
  if (sentenceText.slice(main.span.end - start, at).includes(';')) return undefined;
  const word = m[1];
  return {
    of: vi - 1,
    ...(word ? { direction: lowerWords.test(word) ? ('up' as const) : ('down' as const) } : {}),
    ...(on ? { measuredOn: value.span.end + on[0].length } : {}),
  };
}

/**
 * The preposition that names the measure right after a pair of figures: "77.8% against 55.4% on
 * SWE-bench Pro", "83.1% vs. 66.6% in CyberGym". Example: pairMeasure.exec(' on SWE-b') → [' on '].
 */
const pairMeasure = /^[ \t]{1,3}(?:on|in)[ \t]{1,3}(?:the[ \t]{1,3})?/i;

/**
 * Whether the name a baseline's phrase goes on with (`measuredOn`, see `Baseline`) is the measure of
 * the figure it is the baseline of, and ends the phrase: "77.8% against 55.4% on SWE-bench Pro."
 * with the 77.8% a SWE-bench Pro score. `mentions` are the sentence's, in the frame of `sentenceText`
 * (which starts at `start`). Example: not "93.9% on SWE-bench Verified, against 58.4% on SWE-bench Pro".
 */
export function measuredAsMain(baseline: Baseline, main: FactRule, sentenceText: string, start: number, mentions: readonly EntityMention[]): boolean {
  if (baseline.measuredOn === undefined) return true;
  const named = mentions[firstAtOrAfter(mentions, baseline.measuredOn, (e) => e.span.start)];
  if (!named || named.span.start !== baseline.measuredOn || !main.fact.entities.includes(named.id)) return false;
  const rest = sentenceText.slice(named.span.end - start, named.span.end - start + 8);
  return phraseEnd.test(rest) || citationBracket.test(rest);
}

/** A bracket after the measure's name, as an author-year citation opens: "on SWE-bench Pro (Anthropic, 2026a)". */
const citationBracket = /^[ \t]{1,3}\(/;

/** A number on record to say which way a figure went from it: percentages, counts, measures, money. */
function recordLevel(value: FactValue): number | undefined {
  switch (value.type) {
    case 'percent':
    case 'count':
      return value.to === undefined ? value.value : undefined;
    case 'measure':
      return value.value;
    case 'money':
      return value.amount;
    default:
      return undefined;
  }
}

const byMeasure = new WeakMap<FactRules, Map<string, FactRule[]>>();

/** The rules of each measure, found once per set of rules. */
function rulesOfMeasure(rules: FactRules, measure: string): readonly FactRule[] {
  let index = byMeasure.get(rules);
  if (!index) {
    byMeasure.set(rules, (index = new Map()));
    for (const rule of rules.all) {
      const key = rule.fact.measure;
      if (!key || !rule.fact.value) continue;
      const list = index.get(key);
      if (list) list.push(rule);
      else index.set(key, [rule]);
    }
  }
  return index.get(measure) ?? [];
}

/**
 * The fact a bare baseline figure is held against: the same measure as the fact of the figure it
 * is the baseline of (`main`, that figure's fact), for another subject — the one other subject
 * the fact base has a figure of for that measure, and one the sentence's "up" or "down" allows
 * (a baseline "up from" lies below the figure). "Mythos Preview scores 93.9% on SWE-bench
 * Verified (up from 80.6%)": the only other SWE-bench Verified score on record is Opus 4.6's.
 * Never the subject's own fact; none when the fact base holds two other subjects' figures or
 * none, or when `taken` holds the one (another figure of the sentence is already its).
 */
export function baselineRule(
  baseline: Baseline,
  value: ClaimValue,
  mainValue: ClaimValue,
  main: FactRule,
  rules: FactRules,
  taken: (rule: FactRule) => boolean,
): FactRule | undefined {
  const measure = main.fact.measure;
  if (!measure) return undefined;
  const subject = main.fact.entities[0];
  const others = rulesOfMeasure(rules, measure).filter(
    (r) => r !== main && r.fact.entities[0] !== subject && ![...main.ownEntities].some((e) => r.fact.entities.includes(e)),
  );
  if (others.length !== 1) return undefined;
  const other = others[0];
  const record = other.fact.value!;
  if (taken(other) || !isComparable(value, record) || !relationFits(value, other.fact)) return undefined;
  if (baseline.direction) {
    const level = recordLevel(record);
    const from = mainValue.number;
    if (level === undefined || from === undefined) return undefined;
    if (baseline.direction === 'up' ? !(level < from) : !(level > from)) return undefined;
  }
  return compareValue(value, record) === 'unknown' ? undefined : other;
}

/**
 * A comparison word right before a name, anywhere in the sentence: "ahead of GPT-5", "beats Gemini
 * 3 Pro", "than Opus 4.6", "vs. GPT-5.3-Codex". Example: comparedNameLead.exec('is ahead of GPT-5:').
 */
const comparedNameLead = /(?:^|[^\p{L}\p{N}])(?:than|against|vs\.?|versus|compared[ \t]+(?:with|to)|relative[ \t]+to|ahead[ \t]+of|behind|outperform(?:s|ed)?|beat(?:s)?|trail(?:s|ed)?)[ \t]+(?:the[ \t]+)?(?=\p{Lu})/gu;

/** The kinds of thing whose score a baseline may be: a name of one of these set against the subject is the baseline's owner. */
const scoredKinds: ReadonlySet<string> = new Set(['model', 'product', 'organization']);

/** What a sentence sets its subject against (see `setAgainstOther`): a name the fact base does not know, or the ids of the known ones. */
interface Comparands {
  readonly unknown: boolean;
  readonly ids: readonly string[];
}

/** Read once per sentence (its mentions' array stands for it): a sentence of thousands of baselines reads itself once. */
const comparandsOf = new WeakMap<readonly EntityMention[], Comparands>();

function comparands(sentenceText: string, start: number, mentions: readonly EntityMention[]): Comparands {
  let found = comparandsOf.get(mentions);
  if (found) return found;
  let unknown = false;
  const ids: string[] = [];
  comparedNameLead.lastIndex = 0;
  for (let m; (m = comparedNameLead.exec(sentenceText)); ) {
    const at = start + m.index + m[0].length;
    const i = firstAtOrAfter(mentions, at + 1, (e) => e.span.start) - 1;
    const named = i >= 0 && mentions[i].span.end > at ? mentions[i] : undefined;
    if (!named) {
      unknown = true;
      break;
    }
    if (scoredKinds.has(named.kind) && !ids.includes(named.id)) ids.push(named.id);
  }
  comparandsOf.set(mentions, (found = { unknown, ids }));
  return found;
}

/**
 * Whether the sentence sets its subject against another than the baseline's owner on record
 * (`partner`, see `baselineRule`): a name the fact base does not know ("Mythos Preview is ahead of
 * GPT-5: 83.1% against 70.0% on CyberGym" gives the 70.0% to GPT-5, not to Opus 4.6), or a known
 * model, product or company that is not the partner's. Such a baseline is that name's: unchecked.
 * Not "ahead of Opus 4.6: 83.1% against 66.6%", nor "83.1% against 70.0% on CyberGym" with no name.
 */
export function setAgainstOther(sentenceText: string, start: number, mentions: readonly EntityMention[], partner: FactRule): boolean {
  const { unknown, ids } = comparands(sentenceText, start, mentions);
  return unknown || ids.some((id) => !partner.fact.entities.includes(id));
}
