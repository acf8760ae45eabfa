import type { Severity } from '../core';
import type { FailOn } from './args';
import type { CheckRun } from './check';

export const ExitCode = { clean: 0, findings: 1, trouble: 2 } as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

const rank: Record<Severity, number> = { hint: 0, information: 1, warning: 2, error: 3 };

/** Whether a finding of `severity` fails the check under `--fail-on failOn`. */
export function failsAt(severity: Severity, failOn: FailOn): boolean {
  return failOn !== 'none' && rank[severity] >= rank[failOn];
}

/**
 * 2 when any input could not be checked or a fact base is invalid (even if the files
 * that could be checked are clean); otherwise 1 when a finding is at or above
 * `failOn`; otherwise 0.
 */
export function exitCodeOf(run: CheckRun, failOn: FailOn): ExitCode {
  if (run.notices.length > 0) return ExitCode.trouble;
  const failing = run.files.some((f) => f.analysis.findings.some((d) => failsAt(d.severity, failOn)));
  return failing ? ExitCode.findings : ExitCode.clean;
}
