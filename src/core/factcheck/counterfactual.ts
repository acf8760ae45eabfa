import type { ClaimValue } from '../types';
import { supposedFigures } from './assertedFigures';

/**
 * A counterfactual states what is not so: "If Anthropic had committed $1 billion, I would feel
 * better", "Had the model scored 95%, it would have shipped", "If the filing were 400 pages long,
 * nobody could read it". Its supposed figures (in the condition, or after its "would") assert
 * nothing, so they want no citation, as they are held against no record; a figure of a thing it
 * names as given ("the $250 million contract") still does. An open condition ("If
 * Anthropic commits $1 billion, …") or one with no "would", "could" or "might" after it is no
 * counterfactual: its figures still want a citation.
 */

/** Cheap tests before the reading: a word of the condition, and one of its consequence. */
const mayHoldConditionRe = /\b(?:if|had|were)\b/i;
const consequenceRe = /\b(?:would|could|might)(?:n['’]t)?\b/i;
/** "had" or "were" opening the sentence, past marks and emphasis: the condition put first ("Had it scored 95%, …"). */
const invertedRe = /^[\s*_"“‘'(]*(?:had|were)\s/i;
/** The words of a condition clause, up to the mark that ends it; "had" or "were" in it makes it unreal. */
const conditionRe = /\bif\b([^,;:.!?—–]{0,120})/gi;
const unrealVerbRe = /\b(?:had|were)\b/i;

/**
 * Whether `sentenceText` supposes what is not so: 'inverted' when "had" or "were" opens it with the
 * condition ("Had it scored 95%, …"), 'if' for an "if" clause in the past perfect or the
 * subjunctive; either with a "would", "could" or "might". Undefined for any other sentence.
 */
export function counterfactualOf(sentenceText: string): 'if' | 'inverted' | undefined {
  if (!mayHoldConditionRe.test(sentenceText) || !consequenceRe.test(sentenceText)) return undefined;
  if (invertedRe.test(sentenceText)) return 'inverted';
  conditionRe.lastIndex = 0;
  for (let m; (m = conditionRe.exec(sentenceText)); ) if (unrealVerbRe.test(m[1])) return 'if';
  return undefined;
}

/** A determiner or possessive right before a figure: it modifies a thing the sentence takes as given ("the $250 million contract"). */
const definiteBeforeRe = /(?:\b(?:the|its|their|this|that|these|those|his|her|our|my|your)|['’]s)\s+$/i;

/**
 * The figures of a counterfactual sentence that it only supposes (see `supposedFigures`), by index
 * into `values`; none in any other sentence. A figure in a definite description is not supposed
 * but taken as given: "If the Department had signed the $250 million contract, …" says there was
 * one, of that value.
 */
export function counterfactualFigures(sentenceText: string, start: number, values: readonly Pick<ClaimValue, 'span' | 'qualified'>[]): ReadonlySet<number> {
  const kind = counterfactualOf(sentenceText);
  if (!kind) return noFigures;
  const supposed = supposedFigures(sentenceText, start, values, kind === 'inverted');
  for (const vi of supposed) {
    const at = (values[vi].qualified?.span ?? values[vi].span).start - start;
    if (definiteBeforeRe.test(sentenceText.slice(Math.max(0, at - 16), at))) supposed.delete(vi);
  }
  return supposed;
}

const noFigures: ReadonlySet<number> = new Set();
