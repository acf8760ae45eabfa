import * as vscode from 'vscode';
import { createAnalyzer, type Analyzer } from '../core/analyzer';
import type { FactBaseManager } from './factBaseManager';
import { affectsPolicyLens, readSettings } from './settings';

/**
 * One analyzer per distinct set of settings (settings can differ per folder), built on the
 * merged fact base. Building an analyzer indexes the fact base, so it happens on the first
 * analysis, never at activation; fact base or settings changes start a new generation.
 */
export class AnalyzerPool implements vscode.Disposable {
  private analyzers = new Map<string, Analyzer>();
  private gen = 0;
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fired when analyses made before may be out of date (fact base or settings changed). */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly factBases: FactBaseManager) {
    this.disposables = [
      this.changed,
      factBases.onDidChange(() => this.invalidate()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (affectsPolicyLens(e)) this.invalidate();
      }),
    ];
  }

  get generation(): number {
    return this.gen;
  }

  async forResource(uri: vscode.Uri): Promise<Analyzer> {
    for (;;) {
      const gen = this.gen;
      const factBase = await this.factBases.current();
      if (gen !== this.gen) continue; // changed while waiting: take the new one
      const settings = readSettings(uri);
      const key = JSON.stringify(settings);
      let analyzer = this.analyzers.get(key);
      if (!analyzer) {
        analyzer = createAnalyzer({ factBase, settings });
        this.analyzers.set(key, analyzer);
      }
      return analyzer;
    }
  }

  private invalidate(): void {
    this.gen++;
    this.analyzers = new Map();
    this.changed.fire();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
