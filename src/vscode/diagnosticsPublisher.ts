import * as vscode from 'vscode';
import { codeInfo } from '../core/diagnostics/codes';
import type { Finding } from '../core/types';
import { toVsRange, toVsSeverity } from './convert';

export const diagnosticSource = 'policy-lens';

/** Findings → Diagnostics with a code linking to its documentation page in the extension. */
export class DiagnosticsPublisher implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('policy-lens');
  /** Each code's documentation page, made once (a draft can have thousands of diagnostics). */
  private readonly docs = new Map<string, vscode.Uri>();

  constructor(private readonly extensionUri: vscode.Uri) {}

  toDiagnostic(uri: vscode.Uri, finding: Finding): vscode.Diagnostic {
    const diagnostic = new vscode.Diagnostic(toVsRange(finding.range), finding.message, toVsSeverity(finding.severity));
    diagnostic.source = diagnosticSource;
    let target = this.docs.get(finding.code);
    if (!target) this.docs.set(finding.code, (target = vscode.Uri.joinPath(this.extensionUri, codeInfo(finding.code).docs)));
    diagnostic.code = { value: finding.code, target };
    if (finding.related.length) {
      diagnostic.relatedInformation = finding.related.map(
        (r) => new vscode.DiagnosticRelatedInformation(new vscode.Location(uri, toVsRange(r.range)), r.message),
      );
    }
    return diagnostic;
  }

  publish(uri: vscode.Uri, findings: readonly Finding[]): void {
    this.collection.set(
      uri,
      findings.map((f) => this.toDiagnostic(uri, f)),
    );
  }

  clear(uri: vscode.Uri): void {
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
