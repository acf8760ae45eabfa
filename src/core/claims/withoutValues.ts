import type { ClaimHit } from './detectClaims';

/** The kinds of claim a figure or a date gives (the others, "superlative", "comparison", come from words). */
export const valueKinds: ReadonlySet<string> = new Set(['percentage', 'money', 'count', 'measure', 'duration', 'age', 'date']);

/**
 * A claim without the values `drop` picks, and without the kinds only they gave it; null when no
 * kind is left. The claim itself when `drop` picks none.
 */
export function withoutValues(hit: ClaimHit, drop: (value: ClaimHit['values'][number]) => boolean): ClaimHit | null {
  const values = hit.values.filter((v) => !drop(v));
  if (values.length === hit.values.length) return hit;
  const kinds = hit.kinds.filter((k) => !valueKinds.has(k) || values.some((v) => v.kind === k));
  return kinds.length ? { kinds, values } : null;
}
