import type { ClaimValue } from '../types';

/**
 * The figures of an examiner's mark allocations, the examination's own rule as a pass mark is, which
 * no source could support (PL007): a figure counted in marks, "[6 marks]", "(2 marks)", "Limitation
 * (4 marks):", "Cautions (up to 4 marks):", "Three marks each.", and, in a sentence that holds one, the
 * figures its allocation leaves the word "marks" out of: "up to 4 for evaluating it" after "Up to 4
 * marks for the contrast,", "two developed points" in "two marks for each of two developed points".
 * Not a figure the sentence tells of the story ("Explain why the model found 181 exploits. [6 marks]"
 * keeps "181"), nor "marks" as a verb ("Mythos Preview marks 83.1%"). The caller keeps a figure tied to
 * a fact on record. Bounded look-ups beside each figure; nothing past the sentence is read.
 */

/**
 * "marks" (or "mark") right after a figure, as its unit: " marks]", " marks each", " mark for".
 * Example: marksAfterRe.test(' marks]') → true; marksAfterRe.test(' markers') → false.
 */
const marksAfterRe = /^[ \t]+marks?(?![\p{L}])/u;
/**
 * After a figure of an allocation that leaves out its unit: "for" or "each" ("up to 4 for evaluating it", "three each").
 * Example: elidedAfterRe.test(' for evaluating it') → true.
 */
const elidedAfterRe = /^[ \t]+(?:for|each)(?![\p{L}])/u;
/**
 * Before a figure the allocation divides the marks over: "each of" ("two marks for each of two developed points").
 * Example: eachOfBeforeRe.test('two marks for each of ') → true.
 */
const eachOfBeforeRe = /(?<![\p{L}])each[ \t]+of[ \t]+$/iu;

/**
 * The figures of a sentence that allocate marks (see the module's comment), by index into `values`; `start` is the sentence's offset.
 * Example: markAllocationFigures('Up to 4 marks for the contrast, up to 4 for evaluating it.', 0, values) → Set {0, 1}.
 */
export function markAllocationFigures(sentenceText: string, start: number, values: readonly Pick<ClaimValue, 'kind' | 'span'>[]): ReadonlySet<number> {
  const own = new Set<number>();
  const after = (v: Pick<ClaimValue, 'span'>) => sentenceText.slice(v.span.end - start, v.span.end - start + 24);
  values.forEach((v, vi) => {
    if (v.kind !== 'date' && marksAfterRe.test(after(v))) own.add(vi);
  });
  if (!own.size) return own;
  values.forEach((v, vi) => {
    if (own.has(vi) || v.kind === 'date') return;
    const at = v.span.start - start;
    if (elidedAfterRe.test(after(v)) || eachOfBeforeRe.test(sentenceText.slice(Math.max(0, at - 16), at))) own.add(vi);
  });
  return own;
}
