import type { Citation, Claim, EntityMention, Quotation, Sentence } from '../types';
import type { FactIndex } from '../factbase/factIndex';
import type { LineIndex } from '../text/lineIndex';
import type { FactFinding } from '../diagnostics/buildFindings';

export interface FactCheckInput {
  readonly text: string;
  readonly index: LineIndex;
  readonly claims: readonly Claim[];
  readonly quotes: readonly Quotation[];
  readonly entities: readonly EntityMention[];
  readonly sentences: readonly Sentence[];
  readonly citations: readonly Citation[];
  readonly factIndex: FactIndex;
}

export interface FactCheckResult {
  readonly claims: Claim[];
  readonly quotes: Quotation[];
  readonly findings: FactFinding[];
}

/** Compare claims and quotations with the fact base (PL004–PL006). */
export function checkFacts(input: FactCheckInput): FactCheckResult {
  return { claims: [...input.claims], quotes: [...input.quotes], findings: [] };
}
