import * as vscode from 'vscode';
import type { AnalysisManager, DocumentAnalysis } from './analysisManager';
import type { FactBaseManager } from './factBaseManager';
import type { Log } from './log';
import { isPolicyDocument } from './documents';

/** The current document's counts ("$(quote) 2 $(link) 5 $(law) 7"); a click opens Problems. */
export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('policyLens.status', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly analyses: AnalysisManager,
    private readonly factBases: FactBaseManager,
    log: Log,
  ) {
    this.item.name = 'Policy Lens';
    this.item.command = 'workbench.actions.view.problems';
    const update = () => log.guardSync('status bar', undefined, () => this.update());
    this.disposables = [
      this.item,
      vscode.window.onDidChangeActiveTextEditor(update),
      analyses.onDidAnalyze(update),
      analyses.onDidClear(update),
      factBases.onDidChange(update),
    ];
    update();
  }

  /** What the item shows now, and its tooltip in plain Markdown (read by tests). */
  get shown(): { readonly visible: boolean; readonly text: string; readonly tooltip: string } {
    const tooltip = this.item.tooltip;
    return { visible: this.visible, text: this.item.text, tooltip: typeof tooltip === 'string' ? tooltip : tooltip?.value ?? '' };
  }

  private visible = false;

  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !isPolicyDocument(document)) {
      this.item.hide();
      this.visible = false;
      return;
    }
    const result = this.analyses.current(document);
    if (!result) {
      this.item.text = '$(sync~spin) Policy Lens';
      this.item.tooltip = this.tooltip(undefined);
    } else {
      const { quotes, citations, claims } = result.analysis;
      this.item.text = `$(quote) ${quotes.length} $(link) ${citations.length} $(law) ${claims.length}`;
      this.item.tooltip = this.tooltip(result);
    }
    this.item.show();
    this.visible = true;
  }

  private tooltip(result: DocumentAnalysis | undefined): vscode.MarkdownString {
    const lines = ['**Policy Lens**', ''];
    if (result) {
      const a = result.analysis;
      const unsourced = a.quotes.filter((q) => !q.sourced).length;
      const unresolved = a.citations.filter((c) => !c.resolved).length;
      const contradicted = a.claims.filter((c) => c.status === 'contradicted').length;
      lines.push(
        `- ${a.quotes.length} quotations (${unsourced} without a source)`,
        `- ${a.citations.length} citation markers (${unresolved} resolve to nothing)`,
        `- ${a.claims.length} claims (${contradicted} contradict the fact base)`,
        `- ${a.entities.length} entity mentions`,
        `- ${a.findings.length} problems`,
        '',
      );
    } else {
      lines.push('Analysing…', '');
    }
    const s = this.factBases.status();
    const sources = [s.bundled ? 'bundled fact base' : 'bundled fact base off'];
    if (s.untrusted) sources.push('workspace fact bases not loaded (workspace not trusted)');
    else sources.push(`${s.loaded} workspace fact base file(s)${s.failed ? `, ${s.failed} with errors` : ''}`);
    lines.push(`Fact bases: ${sources.join('; ')}.`, '', 'Click to open the Problems panel.');
    const md = new vscode.MarkdownString(lines.join('\n'));
    md.isTrusted = false;
    return md;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
