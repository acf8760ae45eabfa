import type { Claim } from '../types';
import { predicatesChangeNoun } from '../claims/changeNounSubject';
import { namesFailedShare } from '../claims/failedShare';

/**
 * A cell's figures under a row label that names a change ("| Relative gain on CyberGym | about
 * 25% |", "| Lead over Opus 4.6 | 16.5 |"): each is a difference, as "Gain on CyberGym: 16.5%"
 * in a list item is (see `predicatesChangeNoun`), so no score on record is held against it.
 * A cell's percentages under a row label or column header that names the share that fails
 * ("| Tasks failed by Mythos Preview (%) | 16.9 |", "Unsolved (%)") are its complement (see
 * `failedShare`), not the score.
 */
export function withLabelRelation(claim: Claim, rowLabelText: string | undefined, headerText?: string): Claim {
  if (!claim.values.some((v) => v.relation === undefined)) return claim;
  if (rowLabelText !== undefined && predicatesChangeNoun(`${rowLabelText.replace(/[*_`]/g, '').trim()}:`)) {
    return { ...claim, values: claim.values.map((v) => (v.relation === undefined ? { ...v, relation: 'difference' as const } : v)) };
  }
  if ((rowLabelText === undefined || !namesFailedShare(rowLabelText)) && (headerText === undefined || !namesFailedShare(headerText))) return claim;
  return { ...claim, values: claim.values.map((v) => (v.relation === undefined && v.kind === 'percentage' ? { ...v, relation: 'complement' as const } : v)) };
}
