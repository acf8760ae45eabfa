/** What Check Workspace found (no `vscode` import: the text is unit-tested). */
export interface CheckSummary {
  readonly files: number;
  /** Findings the Problems panel lists: errors, warnings and information. */
  readonly problems: number;
  /** Hints (PL007 by default), which VS Code shows in the editor only. */
  readonly hints: number;
  readonly skipped: number;
  readonly cancelled: boolean;
}

const count = (n: number, one: string) => `${n} ${n === 1 ? one : `${one}s`}`;

/**
 * The result as the notification and the status bar say it: "Policy Lens checked 3 files:
 * 24 problems, 5 hints.", "Policy Lens stopped after checking 1 file: no problems; 2 skipped
 * (too large or unreadable).". Hints are counted apart, as the Problems panel does not list them.
 */
export function checkSummaryText(summary: CheckSummary): string {
  const hints = summary.hints ? `, ${count(summary.hints, 'hint')}` : '';
  const problems = `${summary.problems === 0 ? 'no problems' : count(summary.problems, 'problem')}${hints}`;
  const skipped = summary.skipped ? `; ${summary.skipped} skipped (too large or unreadable)` : '';
  return `Policy Lens ${summary.cancelled ? 'stopped after checking' : 'checked'} ${count(summary.files, 'file')}: ${problems}${skipped}.`;
}
