import * as vscode from 'vscode';
import { buildLedger, type Ledger, type LedgerGroup, type LedgerItem, type LedgerTone } from '../core/ledger/buildLedger';
import type { Range } from '../core/types';
import type { AnalysisManager, DocumentAnalysis } from './analysisManager';
import type { Log } from './log';
import { toVsRange } from './convert';
import { baseName, isPolicyDocument } from './documents';
import { readSettings } from './settings';

export const ledgerViewId = 'policyLens.ledger';
export const revealRangeCommand = 'policyLens.revealRange';

export type LedgerNode =
  | { readonly kind: 'group'; readonly uri: vscode.Uri; readonly group: LedgerGroup }
  | { readonly kind: 'item'; readonly uri: vscode.Uri; readonly item: LedgerItem };

const toneColors: Record<LedgerTone, string | undefined> = {
  bad: 'problemsErrorIcon.foreground',
  warn: 'problemsWarningIcon.foreground',
  good: 'testing.iconPassed',
  neutral: undefined,
};

function activePolicyDocument(): vscode.TextDocument | undefined {
  const document = vscode.window.activeTextEditor?.document;
  return document && isPolicyDocument(document) ? document : undefined;
}

/**
 * How long the ledger waits after an analysis before it is read again. A dense draft's
 * ledger has thousands of rows; re-sending them after every keystroke's analysis kept the
 * workbench busy (a hover round trip took 300 ms instead of 16 ms after a burst of edits).
 */
export const ledgerRefreshDelayMs = 300;

/** Each analysis's ledger, built once: the refresh check and the view both read it. */
const ledgers = new WeakMap<DocumentAnalysis, Ledger>();
function ledgerOf(result: DocumentAnalysis): Ledger {
  let ledger = ledgers.get(result);
  if (!ledger) ledgers.set(result, (ledger = buildLedger(result.analysis, result.analyzer.factIndex)));
  return ledger;
}

/**
 * The Claims Ledger view: the active draft's claims, quotations and citation markers with
 * their status, worst first. Rebuilt from the published analysis of the active document;
 * clicking an item selects its range in the editor.
 */
export class LedgerProvider implements vscode.TreeDataProvider<LedgerNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<LedgerNode | undefined>();
  /** The ledger of the analysis that last refreshed the view, as text, to tell whether a newer analysis changed it. */
  private announced: { readonly uri: string; readonly ledger: string } | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Fires when the ledger is to be read again (new analysis of the active draft, or another draft). */
  readonly onDidChangeTreeData = this.changed.event;
  private readonly view: vscode.TreeView<LedgerNode>;
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly analyses: AnalysisManager,
    private readonly log: Log,
  ) {
    this.view = vscode.window.createTreeView(ledgerViewId, { treeDataProvider: this, showCollapseAll: true });
    const isActive = (uri: vscode.Uri) => activePolicyDocument()?.uri.toString() === uri.toString();
    this.disposables = [
      this.view,
      this.changed,
      analyses.onDidAnalyze((result: DocumentAnalysis) => {
        if (isActive(result.uri)) this.refreshSoon();
      }),
      analyses.onDidClear((uri) => {
        if (isActive(uri)) this.refresh();
      }),
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
    ];
  }

  refresh(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.announced = undefined;
    this.changed.fire(undefined);
  }

  /**
   * Refresh once the analyses of an edit burst have settled, and only when the ledger of the
   * active draft differs from the one last announced (typing within a line usually changes nothing).
   */
  private refreshSoon(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.log.guardSync('claims ledger', undefined, () => {
        const document = activePolicyDocument();
        const result = document && this.analyses.current(document);
        if (!result) return this.refresh();
        const announced = { uri: result.uri.toString(), ledger: ledgerText(result) };
        if (this.announced?.uri === announced.uri && this.announced.ledger === announced.ledger) return;
        this.refresh();
        this.announced = announced;
      });
    }, ledgerRefreshDelayMs);
  }

  getChildren(node?: LedgerNode): Promise<LedgerNode[]> {
    return this.log.guard('claims ledger', [], async () => {
      if (node) return node.kind === 'group' ? node.group.items.map((item) => ({ kind: 'item', uri: node.uri, item }) as const) : [];
      const document = activePolicyDocument();
      this.view.description = document ? baseName(document.uri) : undefined;
      this.view.message = undefined;
      if (!document) return [];
      const result = await this.analyses.ensure(document);
      if (!result) {
        const limit = readSettings(document.uri).maxFileSizeKB;
        if (!document.isClosed && document.getText().length > limit * 1024) {
          this.view.message = `${baseName(document.uri)} is larger than ${limit} KB (policyLens.maxFileSizeKB): it is not analysed.`;
        }
        return [];
      }
      return ledgerOf(result).groups.map((group) => ({ kind: 'group', uri: result.uri, group }) as const);
    });
  }

  getTreeItem(node: LedgerNode): vscode.TreeItem {
    if (node.kind === 'group') {
      const { group } = node;
      const item = new vscode.TreeItem(
        group.label,
        group.items.length ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None,
      );
      item.id = `${node.uri.toString()}#${group.kind}`;
      item.contextValue = `policyLens.ledger.${group.kind}`;
      return item;
    }
    const { item: entry } = node;
    const item = new vscode.TreeItem(entry.label, vscode.TreeItemCollapsibleState.None);
    item.description = entry.description;
    const color = toneColors[entry.tone];
    item.iconPath = new vscode.ThemeIcon(entry.icon, color ? new vscode.ThemeColor(color) : undefined);
    item.contextValue = `policyLens.ledger.item.${entry.status}`;
    item.command = { command: revealRangeCommand, title: 'Reveal in Editor', arguments: [node.uri, entry.range] };
    return item;
  }

  /** The tooltip, worked out only when the item is hovered. */
  resolveTreeItem(item: vscode.TreeItem, node: LedgerNode): vscode.TreeItem {
    if (node.kind === 'item') item.tooltip = node.item.tooltip;
    return item;
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}

function ledgerText(result: DocumentAnalysis): string {
  return JSON.stringify(ledgerOf(result));
}

function isPosition(p: unknown): p is Range['start'] {
  const q = p as Range['start'] | undefined;
  return typeof q?.line === 'number' && typeof q.character === 'number';
}

function isRange(r: unknown): r is Range {
  const q = r as Range | undefined;
  return isPosition(q?.start) && isPosition(q.end);
}

/**
 * `policyLens.revealRange(uri, range)`: select `range` (a core or `vscode` range) of the
 * document at `uri` and scroll it into view, in the editor that shows it (the active one
 * first), opening it when none does. Focus stays where it is. False on bad arguments.
 */
export async function revealRange(uri: unknown, range: unknown): Promise<boolean> {
  const target = uri instanceof vscode.Uri ? uri : typeof uri === 'string' ? vscode.Uri.parse(uri) : undefined;
  if (!target || !isRange(range)) return false;
  const key = target.toString();
  const active = vscode.window.activeTextEditor;
  const shown = active?.document.uri.toString() === key ? active : vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === key);
  const document = shown?.document ?? (await vscode.workspace.openTextDocument(target));
  const editor = await vscode.window.showTextDocument(document, { viewColumn: shown?.viewColumn, preserveFocus: true });
  const r = document.validateRange(toVsRange(range));
  editor.selection = new vscode.Selection(r.start, r.end);
  editor.revealRange(r, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return true;
}
