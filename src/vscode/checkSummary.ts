/** What Check Workspace found (no `vscode` import: the text is unit-tested). */
export interface CheckSummary {
  readonly files: number;
  readonly problems: number;
  readonly skipped: number;
  readonly cancelled: boolean;
}

const count = (n: number, one: string) => `${n} ${n === 1 ? one : `${one}s`}`;

/**
 * The result as the notification and the status bar say it: "Policy Lens checked 3 files:
 * 24 problems.", "Policy Lens stopped after checking 1 file: no problems; 2 skipped (too large or unreadable).".
 */
export function checkSummaryText(summary: CheckSummary): string {
  const problems = summary.problems === 0 ? 'no problems' : count(summary.problems, 'problem');
  const skipped = summary.skipped ? `; ${summary.skipped} skipped (too large or unreadable)` : '';
  return `Policy Lens ${summary.cancelled ? 'stopped after checking' : 'checked'} ${count(summary.files, 'file')}: ${problems}${skipped}.`;
}
