import * as vscode from 'vscode';
import { analyzeDocument } from '../core/analyzer';
import type { Finding } from '../core/types';
import type { AnalysisManager } from './analysisManager';
import { fileHostFor } from './analysisManager';
import type { AnalyzerPool } from './analyzerPool';
import type { DiagnosticsPublisher } from './diagnosticsPublisher';
import type { Log } from './log';
import { readSettings } from './settings';
import { checkSummaryText, type CheckSummary } from './checkSummary';

export type { CheckSummary } from './checkSummary';

/** How long the result stays in the status bar (the notification stays in the notification centre). */
const statusMessageMs = 10_000;

export interface CheckWorkspaceDeps {
  readonly analyses: AnalysisManager;
  readonly pool: AnalyzerPool;
  readonly publisher: DiagnosticsPublisher;
  readonly log: Log;
}

/** A file's findings, or undefined when it was not checked (too large or unreadable). */
async function checkFile(deps: CheckWorkspaceDeps, uri: vscode.Uri): Promise<readonly Finding[] | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) {
    const result = await deps.analyses.ensure(open);
    return result?.analysis.findings;
  }
  const bytes = await vscode.workspace.fs.readFile(uri);
  if (bytes.byteLength > readSettings(uri).maxFileSizeKB * 1024) return undefined;
  const text = new TextDecoder('utf-8').decode(bytes);
  const analyzer = await deps.pool.forResource(uri);
  const analysis = await analyzeDocument(analyzer, text, uri.path, fileHostFor(uri));
  deps.publisher.publish(uri, analysis.findings);
  return analysis.findings;
}

/**
 * Check again the files that are not open but have diagnostics from Check Workspace, after
 * the fact bases or settings changed, so that the Problems panel never shows findings of
 * an old fact base or severity. A file that can no longer be read loses its diagnostics.
 * Stops when another change starts a newer refresh.
 */
export async function refreshClosedFiles(deps: CheckWorkspaceDeps): Promise<number> {
  const generation = deps.pool.generation;
  const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
  let refreshed = 0;
  for (const uri of deps.publisher.uris()) {
    if (open.has(uri.toString())) continue;
    if (deps.pool.generation !== generation) break;
    const found = await deps.log.guard(`re-checking ${uri.toString()}`, undefined, () => checkFile(deps, uri));
    if (found === undefined) deps.publisher.clear(uri);
    else refreshed++;
  }
  return refreshed;
}

/** Analyse every Markdown file (`.md`, `.markdown`, `.mdx`) of the workspace (node_modules excluded) and publish the findings. */
export async function checkWorkspace(deps: CheckWorkspaceDeps): Promise<CheckSummary> {
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Policy Lens: checking the workspace', cancellable: true },
    async (progress, token) => {
      const uris = await vscode.workspace.findFiles('**/*.{md,markdown,mdx}', '**/node_modules/**', undefined, token);
      let files = 0;
      let problems = 0;
      let hints = 0;
      let skipped = 0;
      for (const uri of uris) {
        if (token.isCancellationRequested) break;
        progress.report({ message: vscode.workspace.asRelativePath(uri), increment: 100 / uris.length });
        const found = await deps.log.guard(`checking ${uri.toString()}`, undefined, () => checkFile(deps, uri));
        if (found === undefined) skipped++;
        else {
          files++;
          for (const f of found) if (f.severity === 'hint') hints++;
          problems += found.length;
        }
      }
      const result: CheckSummary = { files, problems: problems - hints, hints, skipped, cancelled: token.isCancellationRequested };
      // Said when it finishes, as VS Code's own background tasks do: a notification (kept in the
      // notification centre, so a toast the window does not show is not lost), and the status bar.
      const text = checkSummaryText(result);
      deps.log.info(text);
      vscode.window.setStatusBarMessage(`${result.cancelled ? '' : '$(check) '}${text}`, statusMessageMs);
      void vscode.window.showInformationMessage(text);
      return result;
    },
  );
}
