import type { Severity } from '../../core';
import type { CheckRun } from '../check';
import { oneLineMessage, sortedFindings } from './order';

/**
 * One line per finding, `path:line:col severity code message` (1-based line and
 * UTF-16 column), then a summary line; "No problems in N files" when clean. The summary also
 * counts the notices printed on stderr (a fact base with errors, a file that could not be
 * read): "No problems in 1 file" alone, beside exit status 2, reads as all clear in a CI log.
 * `quiet` leaves out the summary and the all-clear line.
 */
export function formatText(run: CheckRun, quiet: boolean): string {
  const lines: string[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const file of run.files) {
    for (const d of sortedFindings(file.analysis.findings)) {
      counts[d.severity]++;
      lines.push(`${file.path}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.code} ${oneLineMessage(d.message)}`);
    }
  }
  if (!quiet) lines.push(summaryLine(counts, run.files.length, run.notices.length));
  return lines.length ? lines.join('\n') + '\n' : '';
}

export function summaryLine(counts: Record<Severity, number>, fileCount: number, noticeCount = 0): string {
  const total = counts.error + counts.warning + counts.information + counts.hint;
  const files = plural(fileCount, 'file', 'files') + (noticeCount ? `; ${plural(noticeCount, 'input problem', 'input problems')} reported on stderr` : '');
  if (total === 0) return `No problems in ${files}`;
  const parts = [
    plural(counts.error, 'error', 'errors'),
    plural(counts.warning, 'warning', 'warnings'),
    plural(counts.information, 'information', 'information'),
    plural(counts.hint, 'hint', 'hints'),
  ];
  return `${plural(total, 'problem', 'problems')} (${parts.join(', ')}) in ${files}`;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
