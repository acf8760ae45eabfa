import { isBareMonth } from '../claims/bareMonth';
import { writersOwnFigures } from '../diagnostics/writersOwnFigures';
import { valueKinds } from '../claims/withoutValues';
import type { Claim, ClaimValue, FactCheck } from '../types';
import { unassertedFigures } from './assertedFigures';

/**
 * Whether a claim leaves a figure it asserts unchecked: one no check holds to a fact on record,
 * that is not a month named alone, not the writer's own ("we will publish on 1 May") and not a
 * figure the sentence denies, supposes or reports as wrong (see `unassertedFigures`). A claim one
 * of whose figures agrees with a fact while another is left so is not confirmed: in "83.1% on
 * CyberGym and 95.2% on SWE-bench Verified, against 80.8% for Opus 4.6" the 80.8% agrees, and the
 * other two are nobody's on record. `sentenceText` is the claim's sentence (the prose mask), from
 * `start`.
 * Example: leavesFigureUnchecked(values of "… 77.8% and 56.4%.", checks of the 77.8% alone, …) → true.
 */
export function leavesFigureUnchecked(values: readonly ClaimValue[], checks: readonly FactCheck[], sentenceText: string, start: number): boolean {
  const checked = new Set(checks.map((c) => c.valueIndex));
  const open: number[] = [];
  values.forEach((v, vi) => {
    if (!checked.has(vi) && valueKinds.has(v.kind) && !isBareMonth(v)) open.push(vi);
  });
  if (!open.length) return false;
  // Read only for a claim with a figure left: most have none.
  const unasserted = unassertedFigures(sentenceText, start, values);
  const own = writersOwnFigures(sentenceText, start, values);
  return open.some((vi) => !unasserted.has(vi) && !own.has(vi));
}

/**
 * The figures of a claim no check holds to a fact on record, as written, for a card that says
 * what of a partly matched claim is left: ["83.1%", "95.2%"] of the sentence above. Months named
 * alone, superlatives and reports of speech are left out.
 * Example: figuresWithoutCheck({ values: [77.8%, 56.4%], checks: [the 77.8%'s] }) → ["56.4%"].
 */
export function figuresWithoutCheck(claim: Pick<Claim, 'values' | 'checks'>): string[] {
  const checked = new Set(claim.checks.map((c) => c.valueIndex));
  return claim.values.filter((v, vi) => !checked.has(vi) && valueKinds.has(v.kind) && !isBareMonth(v)).map((v) => v.text);
}
