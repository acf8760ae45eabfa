import type { Finding, Range } from '../../core';

export function compareRanges(a: Range, b: Range): number {
  return a.start.line - b.start.line || a.start.character - b.start.character || a.end.line - b.end.line || a.end.character - b.end.character;
}

/** Findings in document order (then by code), without changing the analysis. */
export function sortedFindings(findings: readonly Finding[]): Finding[] {
  return findings.slice().sort((a, b) => compareRanges(a.range, b.range) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/** Messages are printed on one line. */
export function oneLineMessage(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
