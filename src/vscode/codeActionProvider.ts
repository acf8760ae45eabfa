import * as vscode from 'vscode';
import { commentStyleFor, suppressionFixes } from '../core/fixes/suppress';
import type { Finding, Fix } from '../core/types';
import type { AnalysisManager } from './analysisManager';
import type { Log } from './log';
import { sameRange, toVsRange } from './convert';
import { diagnosticSource } from './diagnosticsPublisher';

/**
 * Quick fixes for Policy Lens diagnostics: the fixes the core found for each finding, then
 * "disable for this line / file". Only the fix the user picks edits the document.
 */
export class CodeActionProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix],
  };

  constructor(
    private readonly analyses: AnalysisManager,
    private readonly log: Log,
  ) {}

  provideCodeActions(
    document: vscode.TextDocument,
    range: vscode.Range | vscode.Selection,
    context: vscode.CodeActionContext,
    token: vscode.CancellationToken,
  ): Promise<vscode.CodeAction[]> {
    return this.log.guard('code actions', [], async () => {
      if (context.only && !vscode.CodeActionKind.QuickFix.intersects(context.only)) return [];
      // The light bulb asks as the cursor moves: it waits for the debounced analysis; Ctrl+. analyses now.
      const result = context.triggerKind === vscode.CodeActionTriggerKind.Automatic ? await this.analyses.settled(document) : await this.analyses.ensure(document);
      if (!result || token.isCancellationRequested || result.version !== document.version) return [];
      const actions: vscode.CodeAction[] = [];
      const suppressions: vscode.CodeAction[] = [];
      const style = document.languageId === 'mdx' ? 'mdx' : commentStyleFor(document.uri.path, result.text);
      for (const finding of result.analysis.findings) {
        const findingRange = toVsRange(finding.range);
        if (!findingRange.intersection(range) && !this.diagnosticFor(context, finding)) continue;
        const diagnostic = this.diagnosticFor(context, finding);
        for (const fix of finding.fixes) actions.push(this.toAction(document, fix, diagnostic));
        for (const fix of suppressionFixes(result.text, finding, style)) {
          if (!suppressions.some((a) => a.title === fix.title)) suppressions.push(this.toAction(document, fix, diagnostic));
        }
      }
      return [...actions, ...suppressions];
    });
  }

  private diagnosticFor(context: vscode.CodeActionContext, finding: Finding): vscode.Diagnostic | undefined {
    return context.diagnostics.find((d) => {
      const code = typeof d.code === 'object' ? d.code.value : d.code;
      return d.source === diagnosticSource && code === finding.code && sameRange(d.range, finding.range);
    });
  }

  private toAction(document: vscode.TextDocument, fix: Fix, diagnostic: vscode.Diagnostic | undefined): vscode.CodeAction {
    const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
    const edit = new vscode.WorkspaceEdit();
    for (const e of fix.edits) edit.replace(document.uri, toVsRange(e.range), e.newText);
    action.edit = edit;
    if (diagnostic) action.diagnostics = [diagnostic];
    if (fix.isPreferred) action.isPreferred = true;
    return action;
  }
}
