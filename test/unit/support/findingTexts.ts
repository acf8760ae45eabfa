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
