import * as vscode from 'vscode';
import { analyzeDocument, type Analyzer, type FileHost } from '../core/analyzer';
import { createAnalysisCache, type AnalysisCache } from '../core/incremental/analysisCache';
import type { Analysis } from '../core/types';
import type { AnalyzerPool } from './analyzerPool';
import type { Log } from './log';
import { baseName, isPolicyDocument } from './documents';
import { readSettings } from './settings';

export interface DocumentAnalysis {
  readonly uri: vscode.Uri;
  /** The document version analysed. */
  readonly version: number;
  /** The text analysed (quick fixes are computed against it). */
  readonly text: string;
  readonly analysis: Analysis;
  readonly analyzer: Analyzer;
  /** The analyzer generation (fact base and settings) it was made with. */
  readonly generation: number;
  /** Milliseconds the analysis took (with reading the bibliography files its front matter names). */
  readonly analysisMs: number;
}

/** Where the time of the last analysis of a document went, in milliseconds. */
export interface AnalysisTimings {
  readonly analysisMs: number;
  /** Publishing it: diagnostics, decorations, ledger and status bar (the `onDidAnalyze` listeners). */
  readonly publishMs: number;
  /**
   * The part of `publishMs` spent inside VS Code's `DiagnosticCollection.set` (converting the
   * diagnostics and sending them to the workbench); 0 when the diagnostics were unchanged.
   */
  readonly diagnosticsSetMs?: number;
}

/** A promise and its resolver: what waits for a debounced run. */
interface Waiting {
  readonly promise: Promise<DocumentAnalysis | undefined>;
  readonly resolve: (result: DocumentAnalysis | undefined | Promise<DocumentAnalysis | undefined>) => void;
}

function waiting(): Waiting {
  let resolve!: Waiting['resolve'];
  const promise = new Promise<DocumentAnalysis | undefined>((r) => (resolve = r));
  return { promise, resolve };
}

interface InFlight {
  readonly version: number;
  readonly generation: number;
  readonly promise: Promise<DocumentAnalysis | undefined>;
}

/** Reads bibliography files next to a document through `workspace.fs` (works on the web too). */
export function fileHostFor(documentUri: vscode.Uri): FileHost {
  return {
    async readFile(path: string) {
      try {
        return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(documentUri.with({ path })));
      } catch {
        return undefined;
      }
    },
  };
}

/**
 * The per-document cache of analyses, keyed by URI and version. Edits re-analyse after
 * `policyLens.debounceMs`; a newer edit cancels the pending run, and a result whose
 * document has changed (or closed) since is dropped, never published.
 */
export class AnalysisManager implements vscode.Disposable {
  private readonly results = new Map<string, DocumentAnalysis>();
  private readonly inFlight = new Map<string, InFlight>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Per document with a debounced run pending: what resolves with that run's result. */
  private readonly debounced = new Map<string, Waiting>();
  private readonly timings = new Map<string, AnalysisTimings>();
  /** Per open document: what its last analysis found in each paragraph, reused for the ones an edit left alone. */
  private readonly caches = new Map<string, AnalysisCache>();
  private readonly tooLarge = new Set<string>();
  private readonly tooLargeNotified = new Set<string>();
  private readonly analyzed = new vscode.EventEmitter<DocumentAnalysis>();
  private readonly cleared = new vscode.EventEmitter<vscode.Uri>();
  /** A fresh analysis of an open document. */
  readonly onDidAnalyze = this.analyzed.event;
  /** A document no longer has an analysis (closed, or too large). */
  readonly onDidClear = this.cleared.event;
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly pool: AnalyzerPool,
    private readonly log: Log,
  ) {
    this.disposables = [
      this.analyzed,
      this.cleared,
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length) this.schedule(e.document);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri)),
      pool.onDidChange(() => this.reanalyzeAll()),
    ];
    this.reanalyzeAll();
  }

  /** The analysis of exactly this version of the document, if there is one. */
  current(document: vscode.TextDocument): DocumentAnalysis | undefined {
    const result = this.results.get(document.uri.toString());
    return result && result.version === document.version && result.generation === this.pool.generation ? result : undefined;
  }

  /** The analysis of the document's current version, analysing now if needed. */
  async ensure(document: vscode.TextDocument): Promise<DocumentAnalysis | undefined> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const result = this.current(document) ?? (await this.analyze(document));
      if (result) return result;
      if (document.isClosed || !isPolicyDocument(document) || this.tooLarge.has(document.uri.toString())) return undefined;
    }
    return undefined;
  }

  /**
   * The analysis of the document's current version for what VS Code asks of its own accord
   * (document links, the light bulb): while an edit's debounced run is pending, wait for it
   * instead of analysing at every keystroke. Otherwise as `ensure`.
   */
  async settled(document: vscode.TextDocument): Promise<DocumentAnalysis | undefined> {
    const key = document.uri.toString();
    for (let attempt = 0; attempt < 5; attempt++) {
      const current = this.current(document);
      if (current) return current;
      const pending = this.debounced.get(key);
      if (!pending) break;
      const result = await pending.promise;
      if (result && result.version === document.version && result.generation === this.pool.generation) return result;
    }
    return this.ensure(document);
  }

  /** Re-analyse after the debounce delay (`delay` overrides it). */
  schedule(document: vscode.TextDocument, delay?: number): void {
    if (!isPolicyDocument(document)) return;
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    if (!this.debounced.has(key)) this.debounced.set(key, waiting());
    const ms = delay ?? readSettings(document.uri).debounceMs;
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void this.analyze(document);
      }, ms),
    );
  }

  /** Analyse now (or join the run already going for this version). */
  analyze(document: vscode.TextDocument): Promise<DocumentAnalysis | undefined> {
    const key = document.uri.toString();
    // A pending debounced run would analyse this same version: this one replaces it, and
    // what waited for that one gets this one's result.
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    const waiter = this.debounced.get(key);
    this.debounced.delete(key);
    if (!isPolicyDocument(document) || document.isClosed) {
      waiter?.resolve(undefined);
      return Promise.resolve(undefined);
    }
    const running = this.inFlight.get(key);
    if (running && running.version === document.version && running.generation === this.pool.generation) {
      waiter?.resolve(running.promise);
      return running.promise;
    }
    // The run starts on the next microtask, once `flight` exists for it to compare against.
    let flight: InFlight | undefined;
    const promise = Promise.resolve().then(() =>
      this.log.guard(`analysing ${key}`, undefined, () => (flight ? this.run(document, flight) : undefined)),
    );
    flight = { version: document.version, generation: this.pool.generation, promise };
    this.inFlight.set(key, flight);
    void flight.promise.finally(() => {
      if (this.inFlight.get(key) === flight) this.inFlight.delete(key);
    });
    waiter?.resolve(flight.promise);
    return flight.promise;
  }

  /** Where the time of the document's last published analysis went. */
  timingsOf(uri: vscode.Uri): AnalysisTimings | undefined {
    return this.timings.get(uri.toString());
  }

  reanalyzeAll(): void {
    for (const document of vscode.workspace.textDocuments) this.schedule(document, 0);
  }

  private async run(document: vscode.TextDocument, flight: InFlight): Promise<DocumentAnalysis | undefined> {
    const key = document.uri.toString();
    const version = document.version;
    const text = document.getText();
    // UTF-16 length is a fast lower bound of the byte size, close to it for prose.
    if (text.length > readSettings(document.uri).maxFileSizeKB * 1024) {
      this.tooLarge.add(key);
      this.noticeTooLarge(document);
      this.drop(document.uri);
      return undefined;
    }
    this.tooLarge.delete(key);
    const analyzer = await this.pool.forResource(document.uri);
    const started = performance.now();
    let cache = this.caches.get(key);
    if (!cache) this.caches.set(key, (cache = createAnalysisCache()));
    const analysis = await analyzeDocument(analyzer, text, document.uri.path, fileHostFor(document.uri), cache);
    const analysisMs = performance.now() - started;
    // Never publish a stale result: the document changed, closed, or a newer run replaced this one.
    if (document.isClosed || document.version !== version || this.inFlight.get(key) !== flight) return undefined;
    if (flight.generation !== this.pool.generation) return undefined;
    const result: DocumentAnalysis = { uri: document.uri, version, text, analysis, analyzer, generation: flight.generation, analysisMs };
    this.results.set(key, result);
    const publishing = performance.now();
    this.analyzed.fire(result);
    this.timings.set(key, { analysisMs, publishMs: performance.now() - publishing });
    return result;
  }

  private noticeTooLarge(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    if (this.tooLargeNotified.has(key)) return;
    this.tooLargeNotified.add(key);
    const limit = readSettings(document.uri).maxFileSizeKB;
    void vscode.window.showInformationMessage(
      `Policy Lens: ${baseName(document.uri)} is larger than ${limit} KB (policyLens.maxFileSizeKB), so it is not analysed.`,
    );
  }

  private drop(uri: vscode.Uri): void {
    this.results.delete(uri.toString());
    this.caches.delete(uri.toString());
    this.cleared.fire(uri);
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.debounced.get(key)?.resolve(undefined);
    this.debounced.delete(key);
    this.inFlight.delete(key);
    this.results.delete(key);
    this.timings.delete(key);
    this.caches.delete(key);
    this.tooLarge.delete(key);
    this.cleared.fire(uri);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const w of this.debounced.values()) w.resolve(undefined);
    for (const d of this.disposables) d.dispose();
  }
}
