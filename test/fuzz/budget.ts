/**
 * How many cases a property-based test tries, and from which seed. `npm test` runs each
 * property's base number of cases with a fixed seed (the same cases every time, so CI is
 * stable); `npm run fuzz` sets POLICY_LENS_FUZZ_RUNS (100,000 there) and draws a new seed each
 * run to explore; POLICY_LENS_FUZZ_SEED replays a failure (fast-check prints the seed and the
 * shrunk input).
 */
import type fc from 'fast-check';

const FIXED_SEED = 20260407;

/** The cases of a long run (`npm run fuzz`), or undefined in `npm test`. */
export const fuzzRuns: number | undefined = Number(process.env.POLICY_LENS_FUZZ_RUNS) || undefined;
/** Whether this is a long run: no test timeout, a fresh seed. */
export const fuzzLong = (fuzzRuns ?? 0) > 20000;
const seed = process.env.POLICY_LENS_FUZZ_SEED ? Number(process.env.POLICY_LENS_FUZZ_SEED) : fuzzLong ? undefined : FIXED_SEED;

/** fast-check parameters: `runs` cases in `npm test`, `share` of a long run's cases in `npm run fuzz`. */
export function fuzzParams(runs: number, share = 1): fc.Parameters<unknown> {
  const numRuns = fuzzRuns ? Math.max(20, Math.ceil(fuzzRuns * share)) : runs;
  return { numRuns, ...(seed !== undefined ? { seed } : {}) };
}
