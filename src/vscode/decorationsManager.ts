import * as vscode from 'vscode';
import type { Range } from '../core/types';
import type { AnalysisManager, DocumentAnalysis } from './analysisManager';
import type { Log } from './log';
import { toVsRange } from './convert';
import { affectsPolicyLens, readSettings } from './settings';

export interface DecorationCounts {
  readonly entities: number;
  readonly claims: number;
  readonly citations: number;
  readonly unresolvedCitations: number;
}

const none: DecorationCounts = { entities: 0, claims: 0, citations: 0, unresolvedCitations: 0 };

/**
 * Highlights entities, claims and citation markers in visible editors, each kind toggled by
 * `policyLens.highlight.*` and coloured by the theme colours the extension contributes.
 */
export class DecorationsManager implements vscode.Disposable {
  private readonly entity = vscode.window.createTextEditorDecorationType({
    color: new vscode.ThemeColor('policyLens.entityForeground'),
    textDecoration: 'underline dotted',
  });
  private readonly claim = vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor('policyLens.claimBackground'),
  });
  private readonly citation = vscode.window.createTextEditorDecorationType({
    color: new vscode.ThemeColor('policyLens.citationForeground'),
  });
  private readonly unresolvedCitation = vscode.window.createTextEditorDecorationType({
    color: new vscode.ThemeColor('policyLens.unresolvedCitationForeground'),
    fontStyle: 'italic',
  });
  /** What was last applied per document, for tests and the status bar. */
  private readonly applied = new Map<string, DecorationCounts>();
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly analyses: AnalysisManager,
    log: Log,
  ) {
    const guarded = <T>(body: (arg: T) => void) => (arg: T) => log.guardSync('decorations', undefined, () => body(arg));
    this.disposables = [
      this.entity,
      this.claim,
      this.citation,
      this.unresolvedCitation,
      analyses.onDidAnalyze(guarded((result) => this.refreshDocument(result))),
      analyses.onDidClear(guarded((uri) => this.clearDocument(uri))),
      vscode.window.onDidChangeVisibleTextEditors(guarded(() => this.refreshAll())),
      vscode.workspace.onDidChangeConfiguration(
        guarded((e) => {
          if (affectsPolicyLens(e, 'highlight')) this.refreshAll();
        }),
      ),
    ];
  }

  /** The decorations last applied to a document (zero when none). */
  countsFor(uri: vscode.Uri): DecorationCounts {
    return this.applied.get(uri.toString()) ?? none;
  }

  refreshAll(): void {
    for (const editor of vscode.window.visibleTextEditors) {
      const result = this.analyses.current(editor.document);
      if (result) this.apply(editor, result);
    }
  }

  private refreshDocument(result: DocumentAnalysis): void {
    for (const editor of vscode.window.visibleTextEditors) {
      if (editor.document.uri.toString() === result.uri.toString() && editor.document.version === result.version) {
        this.apply(editor, result);
      }
    }
  }

  private clearDocument(uri: vscode.Uri): void {
    this.applied.delete(uri.toString());
    for (const editor of vscode.window.visibleTextEditors) {
      if (editor.document.uri.toString() !== uri.toString()) continue;
      for (const type of [this.entity, this.claim, this.citation, this.unresolvedCitation]) editor.setDecorations(type, []);
    }
  }

  private apply(editor: vscode.TextEditor, { analysis, uri }: DocumentAnalysis): void {
    const settings = readSettings(uri);
    const ranges = (on: boolean, list: readonly { range: Range }[]) => (on ? list.map((x) => toVsRange(x.range)) : []);
    const entities = ranges(settings['highlight.entities'], analysis.entities);
    const claims = ranges(settings['highlight.claims'], analysis.claims);
    const showCitations = settings['highlight.citations'];
    const citations = ranges(showCitations, analysis.citations.filter((c) => c.resolved));
    const unresolved = ranges(showCitations, analysis.citations.filter((c) => !c.resolved));
    editor.setDecorations(this.entity, entities);
    editor.setDecorations(this.claim, claims);
    editor.setDecorations(this.citation, citations);
    editor.setDecorations(this.unresolvedCitation, unresolved);
    this.applied.set(uri.toString(), {
      entities: entities.length,
      claims: claims.length,
      citations: citations.length,
      unresolvedCitations: unresolved.length,
    });
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
