import type { ClaimValue } from '../types';

/**
 * A worked calculation, the writer's own arithmetic: a sentence that multiplies or divides figures and gives the result
 * after "=" or "≈" ("- Executions: 4,000 × 16 × 259,200 s ≈ 16.6 billion.", "- Cost: 32 × 48 = 1,536 core-hours; 1,536 ×
 * £0.05 = £76.80."). Its figures are the writer's working, which no source could support (PL007). The caller keeps a sentence
 * that names a party of the fact base and a figure tied to a fact on record ("12 partners × $4 million = $48 million" keeps a
 * hint on what the record holds). A sentence without both signs ("The model found 181 exploits, 3 × more") is no calculation.
 */

/**
 * A multiplication or a division between two figures: "4,000 × 16", "1,536 × £0.05", "300 ÷ 5", "16 cores × 72 hours".
 * Example: operatorRe.test('32 × 48') → true; operatorRe.test('3× faster') → false.
 */
const operatorRe = /[\p{N}\p{L}%)][ \t]+[×÷][ \t]+[£$€]?\p{N}/u;
/**
 * The result sign of a calculation, between spaces: " = ", " ≈ ".
 * Example: resultRe.test('32 × 48 = 1,536') → true.
 */
const resultRe = /[ \t][=≈][ \t]/u;

/** At most this much of a sentence is read. */
const maxSentence = 400;

/**
 * The figures of a worked calculation (see the module's comment), by index into `values`: all of them, or none.
 * Example: workedCalculationFigures('- Cost: 32 × 48 = 1,536 core-hours.', values) → Set {0, 1, 2}.
 */
export function workedCalculationFigures(sentenceText: string, values: readonly Pick<ClaimValue, 'kind'>[]): ReadonlySet<number> {
  if (!values.length || sentenceText.length > maxSentence || !operatorRe.test(sentenceText) || !resultRe.test(sentenceText)) return none;
  const own = new Set<number>();
  values.forEach((v, vi) => {
    if (v.kind !== 'date') own.add(vi);
  });
  return own;
}

const none: ReadonlySet<number> = new Set();
