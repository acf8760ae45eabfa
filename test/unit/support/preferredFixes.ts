import type { Analyzer } from '../../../src/core/index';

/**
 * `doc` with the preferred fix of each finding of `code` applied, the edits taken from the end
 * as an editor applies them (each edit within one line, as the citation and misquote fixes are).
 */
export function withPreferredFixes(analyzer: Analyzer, doc: string, code: string): string {
  const edits = analyzer
    .analyze(doc)
    .findings.filter((f) => f.code === code)
    .flatMap((f) => f.fixes.filter((x) => x.isPreferred).flatMap((x) => x.edits))
    .sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character);
  const lines = doc.split('\n');
  for (const e of edits) {
    const line = lines[e.range.start.line];
    lines[e.range.start.line] = line.slice(0, e.range.start.character) + e.newText + line.slice(e.range.end.character);
  }
  return lines.join('\n');
}

/** `text` with the preferred fix of each finding of `code` applied, analysed with `tail` (a Sources list) after it, which is left out again. */
export function withPreferredFixesBefore(analyzer: Analyzer, text: string, tail: string, code: string): string {
  const doc = withPreferredFixes(analyzer, text + tail, code);
  return doc.slice(0, doc.indexOf(tail));
}
