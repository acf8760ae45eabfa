import type { Claim } from '../types';
import { predicatesChangeNoun } from '../claims/changeNounSubject';

/**
 * A cell's figures under a row label that names a change ("| Relative gain on CyberGym | about
 * 25% |", "| Lead over Opus 4.6 | 16.5 |"): each is a difference, as "Gain on CyberGym: 16.5%"
 * in a list item is (see `predicatesChangeNoun`), so no score on record is held against it.
 */
export function withLabelRelation(claim: Claim, rowLabelText: string | undefined): Claim {
  if (rowLabelText === undefined || !claim.values.some((v) => v.relation === undefined)) return claim;
  if (!predicatesChangeNoun(`${rowLabelText.replace(/[*_`]/g, '').trim()}:`)) return claim;
  return { ...claim, values: claim.values.map((v) => (v.relation === undefined ? { ...v, relation: 'difference' as const } : v)) };
}
