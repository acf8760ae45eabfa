import type { ClaimValue } from '../types';

/**
 * Figures an analyst marks as forecasts: a sentence that names a period with the "E" of an
 * estimate, "FY27E", "CY27E", "2026E", "2Q26E", "1H27E", "FY2027e", speaks of the writer's own
 * estimates ("CRWD: FY27E EPS $4.85 unchanged; ARR growth to 23% (from 22%).", "PT $480 = 16x
 * CY27E EV/sales.", "CRWD's FY27E assumes net new ARR of $1.2 billion"), which no source could
 * support (PL007). Not its dates, which tell of the world's events ("after the 26 March leak"), nor
 * a sentence that gives another's numbers, the consensus's, the Street's, a company's guidance or
 * what someone said or reported ("Consensus FY27E EPS is $4.70", "Management guides FY27E revenue
 * to $5.9 billion"); a figure the fact check ties to a fact on record keeps its hint (the caller
 * tests that).
 */

/**
 * A period marked as an estimate: a fiscal or calendar year ("FY27E", "CY2027E", "F27E", "2026E"),
 * a quarter ("2Q26E", "Q3'26E", "FQ3'26E") or a half ("1H27E", "H2'26E"), with "E" or "e".
 * Example: estimatePeriodRe.test('FY27E EPS') → true; estimatePeriodRe.test('FY2027 EPS') → false.
 */
const estimatePeriodRe = /(?<![\p{L}\p{N}])(?:(?:FY|CY|F)['’]?(?:\d{4}|\d{2})|(?:19|20)\d{2}|[1-4]Q['’]?(?:\d{4}|\d{2})|F?Q[1-4]['’]?(?:\d{4}|\d{2})|[12]H['’]?(?:\d{4}|\d{2})|H[12]['’]?(?:\d{4}|\d{2}))[Ee](?![\p{L}\p{N}])/u;
/**
 * What every estimate period holds, a digit right before its "E" ("27E", "'26e"): most sentences have none, and this plain scan
 * is three times cheaper than `estimatePeriodRe`, whose lookbehind runs at every position.
 */
const digitThenE = /\d[Ee]/;
/** Another's numbers: the consensus, the Street, a company's guidance, what someone said or reported. */
const anothersNumbersRe = /(?<![\p{L}])(?:consensus|street|guid(?:e|es|ed|ing|ance)|according[ \t]+to|said|says|told|reports|reported|management|mgmt)(?![\p{L}])/iu;
/** At most this much of a sentence is read. */
const maxSentence = 600;

/**
 * The figures of a sentence that are the writer's estimates (see above), by index into `values`.
 * Example: estimateFigures('CRWD: FY27E EPS $4.85 unchanged; ARR growth to 23% (from 22%).', values) → Set {0, 1, 2}.
 */
export function estimateFigures(sentenceText: string, values: readonly Pick<ClaimValue, 'kind'>[]): ReadonlySet<number> {
  if (!values.length || sentenceText.length > maxSentence || !digitThenE.test(sentenceText) || !estimatePeriodRe.test(sentenceText) || anothersNumbersRe.test(sentenceText)) return none;
  const own = new Set<number>();
  values.forEach((v, vi) => {
    if (v.kind !== 'date') own.add(vi);
  });
  return own;
}

const none: ReadonlySet<number> = new Set();
