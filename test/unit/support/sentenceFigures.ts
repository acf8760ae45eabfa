// What the figure tests read of one sentence set before a References list that cites it.
import { bundledAnalyzer } from './findingTexts';

export const analyzer = bundledAnalyzer;
export const sources = '\n\n## References\n\n1. Anthropic, Project Glasswing, 7 April 2026.\n';

/** Each PL006 of `sentence`: the figure it covers and the text its first fix writes in its place. */
export function contradictions(sentence: string): [string, string][] {
  const text = `${sentence}${sources}`;
  return analyzer
    .analyze(text)
    .findings.filter((f) => f.code === 'PL006')
    .map((f) => [text.slice(f.span.start, f.span.end), f.fixes[0]?.edits[0]?.newText ?? '']);
}

/** The status of the first claim of `sentence`. */
export function statusOf(sentence: string): string | undefined {
  return analyzer.analyze(`${sentence}${sources}`).claims[0]?.status;
}
