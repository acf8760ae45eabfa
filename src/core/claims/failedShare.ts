/**
 * A share of what fails rather than of what succeeds: "fails 16.9% of CyberGym tasks", a row
 * "Tasks failed by Mythos Preview (%)", a column "Unsolved (%)", "an error rate of 6.1%". Such
 * a figure is the rest of a score (100 − 83.1), not the score, so it is read as a relation of
 * its own, 'complement', which the fact checker holds only against a fact that records one
 * (see `factcheck/relationFits`): a pass rate on record is never held against it.
 */

/** Words that make a label or header the failed share: "failed", "failures", "unsolved", "missed", "error rate". */
const failedShareWordRe = /(?:^|[^\p{L}])(?:fail(?:s|ed|ing|ures?)?|unsolved|unresolved|miss(?:es|ed)|error[\s-]+rates?)(?![\p{L}])/iu;

/**
 * Before a percentage in prose (its qualifier left out): a verb of failing or missing within two
 * words ("fails 16.9% of", "missed a further 22.2%"), a failure or error rate ("an error rate of
 * 6.1%"), or a label that names one ("Tasks failed on CyberGym: 16.9%").
 */
const failedShareBeforeRe =
  /\b(?:fail(?:s|ed)?|miss(?:es|ed)?)\s+(?:\p{L}+\s+){0,2}$|\b(?:failure|error|miss)\s+rates?\s+(?:(?:of|is|was|at)\s+)?$|\b(?:fail(?:ed|ures?)|unsolved|unresolved|missed|error\s+rates?)\b[^.;:!?]{0,40}:\s*$/iu;

/** Whether a table's row label or column header names the share that fails ("Tasks failed by Mythos Preview (%)"). */
export function namesFailedShare(label: string): boolean {
  return failedShareWordRe.test(label);
}

/** Whether the percentage right after `before` (the text before it, its qualifier left out) is the share that fails. */
export function failedShareBefore(before: string): boolean {
  return failedShareBeforeRe.test(before);
}
