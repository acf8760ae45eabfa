// The text each finding of one code covers: what the fact-check tests compare.
import { createAnalyzer, type Analyzer } from '../../../src/core/index';
import { bundledFactBase } from '../../../src/core/factbase/bundled';

export const bundledAnalyzer: Analyzer = createAnalyzer({ factBase: bundledFactBase() });

/** The text under each `code` finding of `text`, in order: `['85.1%']` for a wrong score. */
export function findingTexts(code: string, text: string, analyzer: Analyzer = bundledAnalyzer): string[] {
  return analyzer
    .analyze(text)
    .findings.filter((f) => f.code === code)
    .map((f) => text.slice(f.span.start, f.span.end));
}

/** The findings of `doc` of the codes given, as "code line:char-line:char: the text they are on". */
export function findingsWithRanges(analyzer: Analyzer, doc: string, codes: readonly string[]): string[] {
  return analyzer
    .analyze(doc)
    .findings.filter((f) => codes.includes(f.code))
    .map((f) => `${f.code} ${f.range.start.line}:${f.range.start.character}-${f.range.end.line}:${f.range.end.character}: ${doc.slice(f.span.start, f.span.end)}`);
}

/** The new text of each PL006 "Use the value on record" fix of `text`, in order: what the fix would write. */
export function valueOnRecordFixes(text: string, analyzer: Analyzer = bundledAnalyzer): string[] {
  return analyzer
    .analyze(text)
    .findings.filter((f) => f.code === 'PL006')
    .flatMap((f) => f.fixes.filter((x) => x.title.startsWith('Use the value on record')).map((x) => x.edits[x.edits.length - 1].newText));
}
