import * as vscode from 'vscode';
import type { Range } from '../core/types';
import type { AnalysisManager, DocumentAnalysis } from './analysisManager';
import type { Log } from './log';
import { sameRange, toVsRange } from './convert';
import { affectsPolicyLens, readSettings } from './settings';

export interface DecorationCounts {
  readonly entities: number;
  readonly claims: number;
  readonly citations: number;
  readonly unresolvedCitations: number;
  /** The lines decorated, inclusive (the visible ones and a margin either side). */
  readonly lines?: { readonly from: number; readonly to: number };
}

const none: DecorationCounts = { entities: 0, claims: 0, citations: 0, unresolvedCitations: 0 };

/**
 * Lines either side of the visible ones that are decorated too. Only this window is sent to
 * the editor: a long draft has thousands of entities and claims, and sending them all after
 * every edit kept the workbench busy (on a 100 KB draft with 3,200 of them, the next edit
 * reached the extension host after 300 ms instead of 190 ms). Scrolling near the window's
 * edge moves it.
 */
export const decorationMarginLines = 200;

interface LineWindow {
  readonly from: number;
  readonly to: number;
}

/** The first and last visible lines of an editor. */
function visibleLines(editor: vscode.TextEditor): LineWindow {
  const visible = editor.visibleRanges;
  if (!visible.length) return { from: 0, to: 0 };
  return { from: Math.min(...visible.map((r) => r.start.line)), to: Math.max(...visible.map((r) => r.end.line)) };
}

function windowOf(editor: vscode.TextEditor): LineWindow {
  const { from, to } = visibleLines(editor);
  return { from: Math.max(0, from - decorationMarginLines), to: Math.min(editor.document.lineCount - 1, to + decorationMarginLines) };
}

/** Whether the visible lines came within half a margin of an edge of the decorated window (one that is not the document's). */
function outgrown(applied: LineWindow, editor: vscode.TextEditor): boolean {
  const { from, to } = visibleLines(editor);
  const slack = decorationMarginLines / 2;
  const last = editor.document.lineCount - 1;
  return (applied.from > 0 && from - applied.from < slack) || (applied.to < last && applied.to - to < slack);
}

function sameRanges(a: readonly Range[], b: readonly Range[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!sameRange(a[i], b[i])) return false;
  return true;
}

/**
 * Highlights entities, claims and citation markers in visible editors, each kind toggled by
 * `policyLens.highlight.*` and coloured by the theme colours the extension contributes.
 */
export class DecorationsManager implements vscode.Disposable {
  // ClosedClosed: a highlight never grows as the user types at its edges, so the editor's
  // copy stays what was sent, and an unchanged list need not be sent again.
  private readonly entity = vscode.window.createTextEditorDecorationType({
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    color: new vscode.ThemeColor('policyLens.entityForeground'),
    textDecoration: 'underline dotted',
  });
  private readonly claim = vscode.window.createTextEditorDecorationType({
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    backgroundColor: new vscode.ThemeColor('policyLens.claimBackground'),
  });
  private readonly citation = vscode.window.createTextEditorDecorationType({
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    color: new vscode.ThemeColor('policyLens.citationForeground'),
  });
  private readonly unresolvedCitation = vscode.window.createTextEditorDecorationType({
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    color: new vscode.ThemeColor('policyLens.unresolvedCitationForeground'),
    fontStyle: 'italic',
  });
  /** What was last applied per document, for tests and the status bar. */
  private readonly applied = new Map<string, DecorationCounts>();
  /** The lines each editor's decorations cover. */
  private readonly windows = new WeakMap<vscode.TextEditor, LineWindow>();
  /** The ranges last sent to each editor, per decoration type: an unchanged list is not sent again. */
  private readonly sent = new WeakMap<vscode.TextEditor, Map<vscode.TextEditorDecorationType, readonly Range[]>>();
  private readonly decorated = new vscode.EventEmitter<vscode.Uri>();
  /** Fires after decorations were applied to a document's editor. */
  readonly onDidDecorate = this.decorated.event;
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly analyses: AnalysisManager,
    log: Log,
  ) {
    const guarded = <T>(body: (arg: T) => void) => (arg: T) => log.guardSync('decorations', undefined, () => body(arg));
    this.disposables = [
      this.decorated,
      this.entity,
      this.claim,
      this.citation,
      this.unresolvedCitation,
      analyses.onDidAnalyze(guarded((result) => this.refreshDocument(result))),
      analyses.onDidClear(guarded((uri) => this.clearDocument(uri))),
      vscode.window.onDidChangeVisibleTextEditors(guarded(() => this.refreshAll())),
      vscode.window.onDidChangeTextEditorVisibleRanges(
        guarded((e) => {
          const applied = this.windows.get(e.textEditor);
          if (!applied || !outgrown(applied, e.textEditor)) return;
          const result = this.analyses.current(e.textEditor.document);
          if (result) this.apply(e.textEditor, result);
        }),
      ),
      vscode.workspace.onDidChangeConfiguration(
        guarded((e) => {
          if (affectsPolicyLens(e, 'highlight')) this.refreshAll();
        }),
      ),
    ];
  }

  /** The decorations last applied to a document (zero when none): those in its editor's window of lines. */
  countsFor(uri: vscode.Uri): DecorationCounts {
    return this.applied.get(uri.toString()) ?? none;
  }

  /** Send every visible editor its decorations again (editors shown anew, settings changed). */
  refreshAll(): void {
    for (const editor of vscode.window.visibleTextEditors) {
      this.sent.delete(editor);
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
      this.sent.delete(editor);
      for (const type of [this.entity, this.claim, this.citation, this.unresolvedCitation]) editor.setDecorations(type, []);
    }
  }

  private apply(editor: vscode.TextEditor, { analysis, uri }: DocumentAnalysis): void {
    const settings = readSettings(uri);
    const window = windowOf(editor);
    this.windows.set(editor, window);
    const ranges = (on: boolean, list: readonly { range: Range }[]) => {
      const out: Range[] = [];
      if (!on) return out;
      for (const x of list) if (x.range.end.line >= window.from && x.range.start.line <= window.to) out.push(x.range);
      return out;
    };
    const entities = ranges(settings['highlight.entities'], analysis.entities);
    const claims = ranges(settings['highlight.claims'], analysis.claims);
    const showCitations = settings['highlight.citations'];
    const citations = ranges(showCitations, analysis.citations.filter((c) => c.resolved));
    const unresolved = ranges(showCitations, analysis.citations.filter((c) => !c.resolved));
    let sent = this.sent.get(editor);
    if (!sent) this.sent.set(editor, (sent = new Map()));
    const send = (type: vscode.TextEditorDecorationType, list: readonly Range[]) => {
      const before = sent!.get(type);
      // The editor tracks what it was sent through edits; typing on other lines changes nothing here.
      if (before && sameRanges(before, list)) return;
      editor.setDecorations(type, list.map(toVsRange));
      sent!.set(type, list);
    };
    send(this.entity, entities);
    send(this.claim, claims);
    send(this.citation, citations);
    send(this.unresolvedCitation, unresolved);
    this.applied.set(uri.toString(), {
      entities: entities.length,
      claims: claims.length,
      citations: citations.length,
      unresolvedCitations: unresolved.length,
      lines: window,
    });
    this.decorated.fire(uri);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
