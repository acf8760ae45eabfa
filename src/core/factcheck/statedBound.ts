import type { Fact } from '../factbase/schema';
import { detectClaim } from '../claims/detectClaims';

/**
 * The strict bound a fact's own statement puts on its figure on record: a threshold, as a law
 * states one ("A model trained with more than 10^25 FLOP is presumed to carry systemic risk",
 * value 10^25). The record's figure is then the threshold, and a text that repeats the bound
 * ("more than 10²⁵ FLOP") says what the record says; it is not a count beyond it, which a
 * strict bound excluding its own figure would make of it ("more than 244 pages" against 244
 * on record still contradicts: that statement puts no bound on it). Undefined for a record
 * stated as a bound itself (`approx`), which the comparison reads already.
 * Read once per fact, when the fact base's rules are made.
 */
export function boundInStatement(fact: Fact): 'more-than' | 'less-than' | undefined {
  const v = fact.value;
  if (!v || v.type === 'date' || v.approx !== 'exact') return undefined;
  const record = v.type === 'money' ? v.amount : v.value;
  const hit = detectClaim(fact.statement, 0, []);
  for (const value of hit?.values ?? []) {
    if (value.approx !== 'more-than' && value.approx !== 'less-than') continue;
    if (value.number !== undefined && Math.abs(value.number - record) <= 1e-9 * Math.max(1, Math.abs(record))) return value.approx;
  }
  return undefined;
}
