import type { Claim, ClaimStatus, EntityMention, FactCheck } from '../types';
import { rulesWithCue, type FactRule, type FactRules } from './factMatcher';
import { compareValue, isComparable } from './compareValues';
import { describeValue, rewriteValue } from './formatValue';

/** A figure that contradicts the fact on record. */
export interface Contradiction {
  readonly valueIndex: number;
  readonly factId: string;
  /** The value on record written in the text's style, when it can be. */
  readonly replacement: string | undefined;
}

/**
 * What the fact base says of one claim, with no offsets in it: it depends only on the
 * sentence and its paragraph, so a cached block keeps it.
 */
export interface ClaimVerdict {
  readonly status: ClaimStatus;
  readonly facts: readonly string[];
  readonly checks: readonly FactCheck[];
  readonly contradictions: readonly Contradiction[];
}

const unverified: ClaimVerdict = { status: 'unverified', facts: [], checks: [], contradictions: [] };

/** Rules tied to a sentence: a cue in the sentence, a key entity in the sentence (strong) or its paragraph. */
function rulesFor(cued: readonly FactRule[], sentenceIds: ReadonlySet<string>, blockIds: () => ReadonlySet<string>): { rule: FactRule; strong: boolean }[] {
  const out: { rule: FactRule; strong: boolean }[] = [];
  for (const rule of cued) {
    if (!rule.cues.length && rule.fact.entities.filter((e) => sentenceIds.has(e)).length < 2) continue;
    let strong = false;
    let weak = false;
    for (const e of rule.keyEntities) {
      if (sentenceIds.has(e)) strong = true;
      else if (!strong && blockIds().has(e)) weak = true;
    }
    if (strong || weak) out.push({ rule, strong });
  }
  return out;
}

/** Candidate facts for one value: comparable, and from the strongest tie available. */
function candidatesFor(tied: readonly { rule: FactRule; strong: boolean }[], value: Claim['values'][number]): { rule: FactRule; strong: boolean }[] {
  const out = tied.filter((c) => c.rule.fact.value && isComparable(value, c.rule.fact.value));
  return out.some((c) => c.strong) ? out.filter((c) => c.strong) : out;
}

export interface ClaimContext {
  /** The sentence's text; `start` is its offset (the offsets of the mentions and values are in the same frame). */
  readonly sentenceText: string;
  readonly start: number;
  readonly sentenceMentions: readonly EntityMention[];
  /** Entities named in the claim's paragraph up to the end of the claim (asked only when a weak tie needs them). */
  readonly blockIds: () => ReadonlySet<string>;
}

/**
 * Compare a claim's figures with the facts they are tied to. A fact that agrees confirms a
 * figure; when none does, the contradicting fact whose key entity and cue stand nearest the
 * figure is the one meant.
 */
export function judgeClaim(claim: Claim, context: ClaimContext, rules: FactRules): ClaimVerdict {
  if (!claim.values.length) return unverified;
  const { sentenceText, start, sentenceMentions } = context;
  // Most sentences hold no cue of any fact: stop before looking at entities.
  const cued = rulesWithCue(rules, sentenceText);
  if (!cued.length) return unverified;
  const sentenceIds = new Set(sentenceMentions.map((e) => e.id));
  const tied = rulesFor(cued, sentenceIds, context.blockIds);
  if (!tied.length) return unverified;
  const checks: FactCheck[] = [];
  const facts = new Set<string>();
  const contradictions: Contradiction[] = [];
  claim.values.forEach((value, vi) => {
    const candidates = candidatesFor(tied, value);
    if (!candidates.length) return;
    const verdicts = candidates.map((c) => ({ rule: c.rule, verdict: compareValue(value, c.rule.fact.value!) }));
    const agreeing = verdicts.find((v) => v.verdict === 'agrees');
    if (agreeing) {
      facts.add(agreeing.rule.fact.id);
      checks.push({ factId: agreeing.rule.fact.id, verdict: 'agrees', valueIndex: vi, recordText: describeValue(agreeing.rule.fact.value!) });
      return;
    }
    const against = verdicts.filter((v) => v.verdict === 'contradicts');
    if (!against.length) return;
    const distances = new Map<FactRule, number>();
    const distance = (rule: FactRule) => {
      const known = distances.get(rule);
      if (known !== undefined) return known;
      let best = Infinity;
      for (const e of sentenceMentions) if (rule.keyEntities.has(e.id)) best = Math.min(best, Math.abs(e.span.start - value.span.start));
      for (const re of rule.cues) {
        const m = re.exec(sentenceText);
        if (m) best = Math.min(best, Math.abs(start + m.index - value.span.start) + 1);
      }
      distances.set(rule, best);
      return best;
    };
    against.sort((a, b) => distance(a.rule) - distance(b.rule));
    const fact = against[0].rule.fact;
    facts.add(fact.id);
    checks.push({ factId: fact.id, verdict: 'contradicts', valueIndex: vi, recordText: describeValue(fact.value!) });
    const replacement = rewriteValue(value, fact.value!);
    contradictions.push({ valueIndex: vi, factId: fact.id, replacement: replacement && replacement !== value.text ? replacement : undefined });
  });
  if (!checks.length) return unverified;
  return { status: contradictions.length ? 'contradicted' : 'confirmed', facts: [...facts], checks, contradictions };
}
