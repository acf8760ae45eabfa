import * as vscode from 'vscode';
import type { FactBase } from '../core/factbase/schema';
import { bundledFactBase } from '../core/factbase/bundled';
import { formatFactBaseError, knownIdsOf, parseFactBase, type FactBaseError } from '../core/factbase/load';
import { mergeFactBases } from '../core/factbase/merge';
import type { Log } from './log';
import { toVsRange } from './convert';
import { affectsPolicyLens, readSettings } from './settings';

export interface FactBaseStatus {
  readonly bundled: boolean;
  /** Workspace fact base files loaded without errors. */
  readonly loaded: number;
  /** Workspace fact base files with errors (reported on the file). */
  readonly failed: number;
  /** Workspace fact bases are not loaded because the workspace is not trusted. */
  readonly untrusted: boolean;
}

const emptyFactBase: FactBase = { version: 1, entities: [], facts: [], sources: [], quotations: [], relations: [] };

/**
 * Owns the merged fact base: the bundled one (built lazily, on the first analysis) plus the
 * workspace files matched by `policyLens.factBase.paths`, watched and reloaded on change.
 * Errors in a workspace file are diagnostics on that file. Nothing is loaded from an
 * untrusted workspace until trust is granted.
 */
export class FactBaseManager implements vscode.Disposable {
  private readonly errors = vscode.languages.createDiagnosticCollection('policy-lens-fact-base');
  private readonly files = new Map<string, { readonly factBase?: FactBase; readonly errors: number }>();
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.errors, this.changed];
  private watchers: vscode.Disposable[] = [];
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  private queue: Promise<unknown> = Promise.resolve();
  private merged: FactBase | undefined;
  private untrusted = false;
  private untrustedNoticeShown = false;

  constructor(private readonly log: Log) {
    this.disposables.push(
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.scheduleReload()),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.scheduleReload()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (affectsPolicyLens(e, 'factBase')) this.scheduleReload();
      }),
    );
    this.scheduleReload();
  }

  /** The merged fact base, once the workspace files have been read. */
  async current(): Promise<FactBase> {
    await this.queue;
    this.merged ??= this.merge();
    return this.merged;
  }

  status(): FactBaseStatus {
    const values = [...this.files.values()];
    return {
      bundled: readSettings()['factBase.useBundled'],
      loaded: values.filter((f) => f.errors === 0).length,
      failed: values.filter((f) => f.errors > 0).length,
      untrusted: this.untrusted,
    };
  }

  /** Reload every workspace fact base (used by the reload command and tests). */
  reload(): Promise<void> {
    return this.scheduleReload();
  }

  private enqueue(what: string, work: () => Promise<void>): Promise<void> {
    const next = this.queue.then(() => this.log.guard(what, undefined, work));
    this.queue = next;
    return next;
  }

  private scheduleReload(): Promise<void> {
    return this.enqueue('loading fact bases', async () => {
      await this.loadAll();
      this.invalidate();
    });
  }

  private invalidate(): void {
    this.merged = undefined;
    this.changed.fire();
  }

  private merge(): FactBase {
    const base = readSettings()['factBase.useBundled'] ? bundledFactBase() : emptyFactBase;
    const others = [...this.files.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, f]) => f.factBase)
      .filter((f): f is FactBase => f !== undefined);
    return others.length ? mergeFactBases(base, ...others) : base;
  }

  private async loadAll(): Promise<void> {
    for (const w of this.watchers) w.dispose();
    this.watchers = [];
    this.files.clear();
    this.errors.clear();
    this.untrusted = !vscode.workspace.isTrusted;
    const folders = vscode.workspace.workspaceFolders ?? [];
    const patterns = folders.flatMap((folder) =>
      readSettings(folder.uri)['factBase.paths'].map((glob) => new vscode.RelativePattern(folder, glob)),
    );
    if (this.untrusted) {
      await this.noticeUntrusted(patterns);
      return;
    }
    const found = new Map<string, vscode.Uri>();
    for (const pattern of patterns) {
      const watcher = vscode.workspace.createFileSystemWatcher(pattern);
      watcher.onDidCreate((uri) => this.onFileEvent(uri));
      watcher.onDidChange((uri) => this.onFileEvent(uri));
      watcher.onDidDelete((uri) => this.onFileEvent(uri));
      this.watchers.push(watcher);
      for (const uri of await vscode.workspace.findFiles(pattern, '**/node_modules/**')) found.set(uri.toString(), uri);
    }
    for (const uri of found.values()) await this.loadFile(uri);
    this.log.info(`fact bases: ${this.status().loaded} workspace file(s) loaded, ${this.status().failed} with errors`);
  }

  private async noticeUntrusted(patterns: readonly vscode.RelativePattern[]): Promise<void> {
    if (this.untrustedNoticeShown) return;
    for (const pattern of patterns) {
      if ((await vscode.workspace.findFiles(pattern, '**/node_modules/**', 1)).length) {
        this.untrustedNoticeShown = true;
        void vscode.window.showInformationMessage(
          'Policy Lens: workspace fact bases are not loaded because this workspace is not trusted. Only the bundled fact base is used.',
        );
        return;
      }
    }
  }

  private onFileEvent(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.pending.get(key));
    this.pending.set(
      key,
      setTimeout(() => {
        this.pending.delete(key);
        void this.enqueue(`reloading ${key}`, async () => {
          if (this.untrusted) return;
          await this.loadFile(uri);
          this.invalidate();
        });
      }, 100),
    );
  }

  private async loadFile(uri: vscode.Uri): Promise<void> {
    const key = uri.toString();
    let text: string;
    try {
      text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      this.files.delete(key);
      this.errors.delete(uri);
      return;
    }
    // A user file may refer to bundled entities and sources without defining them.
    const known = readSettings(uri)['factBase.useBundled'] ? knownIdsOf(bundledFactBase()) : undefined;
    const result = parseFactBase(text, uri.path, known ? { known } : {});
    const diagnostics = result.errors.map((e) => this.toDiagnostic(e));
    this.errors.set(uri, diagnostics);
    // A file with errors still contributes what the loader could make of it, if anything.
    this.files.set(key, { factBase: result.factBase, errors: diagnostics.length });
  }

  private toDiagnostic(error: FactBaseError): vscode.Diagnostic {
    const message = `Invalid fact base: ${formatFactBaseError(error)}`;
    const diagnostic = new vscode.Diagnostic(toVsRange(error.range), message, vscode.DiagnosticSeverity.Error);
    diagnostic.source = 'policy-lens';
    return diagnostic;
  }

  dispose(): void {
    for (const t of this.pending.values()) clearTimeout(t);
    for (const d of [...this.watchers, ...this.disposables]) d.dispose();
  }
}
