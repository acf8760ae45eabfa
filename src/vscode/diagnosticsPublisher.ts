import * as vscode from 'vscode';
import type { Finding } from '../core/types';
import { sameRange, toVsRange, toVsSeverity } from './convert';
import { docsUri } from './docsProvider';

export const diagnosticSource = 'policy-lens';

/** Whether two lists of findings would make the same diagnostics. */
export function sameFindings(a: readonly Finding[], b: readonly Finding[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x.code !== y.code || x.severity !== y.severity || x.message !== y.message || !sameRange(x.range, y.range) || x.related.length !== y.related.length) return false;
    for (let k = 0; k < x.related.length; k++) {
      if (x.related[k].message !== y.related[k].message || !sameRange(x.related[k].range, y.related[k].range)) return false;
    }
  }
  return true;
}

/** Findings → Diagnostics with a code linking to its documentation page in the extension. */
export class DiagnosticsPublisher implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('policy-lens');
  /** The findings last published per document. */
  private readonly published = new Map<string, readonly Finding[]>();
  /** Each code's documentation page, made once (a draft can have thousands of diagnostics). */
  private readonly docs = new Map<string, vscode.Uri>();
  /**
   * Per document, the milliseconds VS Code's own `DiagnosticCollection.set` took the last time
   * (0 when nothing was sent): it converts and sends every diagnostic to the workbench, and
   * on a draft with hundreds of them that is most of publishing.
   */
  private readonly setMs = new Map<string, number>();

  toDiagnostic(uri: vscode.Uri, finding: Finding): vscode.Diagnostic {
    const diagnostic = new vscode.Diagnostic(toVsRange(finding.range), finding.message, toVsSeverity(finding.severity));
    diagnostic.source = diagnosticSource;
    let target = this.docs.get(finding.code);
    if (!target) this.docs.set(finding.code, (target = docsUri(finding.code)));
    diagnostic.code = { value: finding.code, target };
    if (finding.related.length) {
      diagnostic.relatedInformation = finding.related.map(
        (r) => new vscode.DiagnosticRelatedInformation(new vscode.Location(uri, toVsRange(r.range)), r.message),
      );
    }
    return diagnostic;
  }

  /**
   * Publish a document's findings. The same findings as last time are not sent again: typing
   * on a line with no finding after the cursor leaves every diagnostic where it was, and
   * sending 800 of them again kept the workbench busy for nothing.
   */
  publish(uri: vscode.Uri, findings: readonly Finding[]): void {
    const key = uri.toString();
    const last = this.published.get(key);
    if (last && sameFindings(last, findings) && this.collection.has(uri)) {
      this.setMs.set(key, 0);
      return;
    }
    const diagnostics = findings.map((f) => this.toDiagnostic(uri, f));
    const started = performance.now();
    this.collection.set(uri, diagnostics);
    this.setMs.set(key, performance.now() - started);
    this.published.set(key, findings);
  }

  /** Milliseconds VS Code's `DiagnosticCollection.set` took in the document's last publishing (0: nothing sent). */
  setMsOf(uri: vscode.Uri): number | undefined {
    return this.setMs.get(uri.toString());
  }

  clear(uri: vscode.Uri): void {
    this.setMs.delete(uri.toString());
    this.published.delete(uri.toString());
    this.collection.delete(uri);
  }

  /** The documents that have diagnostics. */
  uris(): vscode.Uri[] {
    const out: vscode.Uri[] = [];
    this.collection.forEach((uri) => out.push(uri));
    return out;
  }

  count(uri: vscode.Uri): number {
    return this.collection.get(uri)?.length ?? 0;
  }

  dispose(): void {
    this.collection.dispose();
  }
}
