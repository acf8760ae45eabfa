import * as vscode from 'vscode';
import type { Position, Range, Severity } from '../core/types';

/** Core positions and ranges ↔ `vscode` ones (both zero-based, UTF-16). */

export function toVsPosition(p: Position): vscode.Position {
  return new vscode.Position(Math.max(0, p.line), Math.max(0, p.character));
}

export function toVsRange(r: Range): vscode.Range {
  return new vscode.Range(toVsPosition(r.start), toVsPosition(r.end));
}

export function fromVsPosition(p: vscode.Position): Position {
  return { line: p.line, character: p.character };
}

export function fromVsRange(r: vscode.Range): Range {
  return { start: fromVsPosition(r.start), end: fromVsPosition(r.end) };
}

const severities: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export function toVsSeverity(s: Severity): vscode.DiagnosticSeverity {
  return severities[s] ?? vscode.DiagnosticSeverity.Warning;
}

/** Whether two ranges (core or `vscode` ones) cover the same positions. */
export function sameRange(a: Range, b: Range): boolean {
  return (
    a.start.line === b.start.line &&
    a.start.character === b.start.character &&
    a.end.line === b.end.line &&
    a.end.character === b.end.character
  );
}
