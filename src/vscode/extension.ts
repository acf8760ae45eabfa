import * as vscode from 'vscode';
import { AnalysisManager, type AnalysisTimings, type DocumentAnalysis } from './analysisManager';
import { AnalyzerPool } from './analyzerPool';
import { refreshClosedFiles } from './checkWorkspace';
import { CodeActionProvider } from './codeActionProvider';
import { registerCommands } from './commands';
import { DecorationsManager, type DecorationCounts } from './decorationsManager';
import { DefinitionProvider } from './definitionProvider';
import { DiagnosticsPublisher } from './diagnosticsPublisher';
import { DocsProvider, docsScheme } from './docsProvider';
import { DocumentLinkProvider } from './documentLinkProvider';
import { markdownSelector } from './documents';
import { FactBaseManager, type FactBaseStatus } from './factBaseManager';
import { HoverProvider } from './hoverProvider';
import { LedgerProvider } from './ledgerProvider';
import { Log } from './log';
import { StatusBar } from './statusBar';

/** What `activate` returns: read-only views for tests and other extensions. */
export interface PolicyLensApi {
  /** The analysis of the document's current version (analysing it now if needed). */
  analysisOf(document: vscode.TextDocument): Promise<DocumentAnalysis | undefined>;
  /** The decorations last applied to a document. */
  decorationsOf(uri: vscode.Uri): DecorationCounts;
  /** Fires after decorations were applied to a document's editor. */
  readonly onDidDecorate: vscode.Event<vscode.Uri>;
  factBaseStatus(): FactBaseStatus;
  /** The status bar item: whether it shows, its text and tooltip. */
  statusBar(): { readonly visible: boolean; readonly text: string; readonly tooltip: string };
  /** Resolves once the workspace fact bases have been (re)loaded. */
  factBasesReady(): Promise<void>;
  readonly onDidAnalyze: vscode.Event<DocumentAnalysis>;
  /** The Claims Ledger view's data, as the view reads it. */
  readonly ledger: Pick<LedgerProvider, 'getChildren' | 'getTreeItem' | 'resolveTreeItem' | 'onDidChangeTreeData'>;
  /** Where the time of the document's last published analysis went. */
  timingsOf(uri: vscode.Uri): AnalysisTimings | undefined;
  /** How long `activate` took, in milliseconds. */
  readonly activationMs: number;
}

/**
 * Wires the extension: nothing heavy happens here. The bundled fact base is indexed on the
 * first analysis; workspace fact bases are read in the background.
 */
export function activate(context: vscode.ExtensionContext): PolicyLensApi {
  const started = performance.now();
  const log = new Log();
  const factBases = new FactBaseManager(log);
  const pool = new AnalyzerPool(factBases);
  const analyses = new AnalysisManager(pool, log);
  const publisher = new DiagnosticsPublisher();
  const decorations = new DecorationsManager(analyses, log);
  const statusBar = new StatusBar(analyses, factBases, log);
  const ledger = new LedgerProvider(analyses, log);

  const publish = (result: DocumentAnalysis) =>
    log.guardSync('publishing diagnostics', undefined, () => publisher.publish(result.uri, result.analysis.findings));

  context.subscriptions.push(
    log,
    factBases,
    pool,
    analyses,
    publisher,
    decorations,
    statusBar,
    ledger,
    analyses.onDidAnalyze(publish),
    analyses.onDidClear((uri) => publisher.clear(uri)),
    // Open documents are re-analysed by the manager; files only Check Workspace saw are re-checked here.
    pool.onDidChange(() => void refreshClosedFiles({ analyses, pool, publisher, log })),
    vscode.workspace.registerTextDocumentContentProvider(docsScheme, new DocsProvider(context.extensionUri, log)),
    vscode.languages.registerHoverProvider(markdownSelector, new HoverProvider(analyses, log)),
    vscode.languages.registerCodeActionsProvider(markdownSelector, new CodeActionProvider(analyses, log), CodeActionProvider.metadata),
    vscode.languages.registerDefinitionProvider(markdownSelector, new DefinitionProvider(analyses, log)),
    vscode.languages.registerDocumentLinkProvider(markdownSelector, new DocumentLinkProvider(analyses, log)),
    ...registerCommands({ analyses, pool, publisher, log, factBases }),
  );

  const activationMs = performance.now() - started;
  log.info(`activated in ${activationMs.toFixed(1)} ms`);
  return Object.freeze({
    analysisOf: (document: vscode.TextDocument) => analyses.ensure(document),
    decorationsOf: (uri: vscode.Uri) => decorations.countsFor(uri),
    onDidDecorate: decorations.onDidDecorate,
    timingsOf: (uri: vscode.Uri) => {
      const timings = analyses.timingsOf(uri);
      return timings && { ...timings, diagnosticsSetMs: publisher.setMsOf(uri) };
    },
    factBaseStatus: () => factBases.status(),
    statusBar: () => statusBar.shown,
    factBasesReady: () => factBases.current().then(() => undefined),
    onDidAnalyze: analyses.onDidAnalyze,
    ledger,
    activationMs,
  });
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
