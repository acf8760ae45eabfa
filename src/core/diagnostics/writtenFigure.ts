import type { ClaimValue, Range, Span } from '../types';
import type { FactFinding } from './buildFindings';

const lineBreak = /\r\n?|\n/;

/** A figure whose words a hard-wrapped paragraph breaks ("more\nthan $150 million"), on one line. */
export function figureOnOneLine(text: string): string {
  return text.includes('\n') || text.includes('\r') ? text.split(lineBreak).map((part) => part.trim()).join(' ') : text;
}

/** A figure as a finding quotes and marks it. `range` is the value's own, when the finding marks the value alone. */
export interface WrittenFigure {
  readonly text: string;
  readonly span: Span;
  readonly range?: Range;
}

/**
 * The figure as the findings on it quote and mark it: with the words that qualify it ("roughly
 * two decades", "nearly 30"), unless the PL006 on it marks the figure alone (a bound word its
 * fact's cue takes: "passed over 500,000 times"). So a PL007 and a PL006 on one figure share
 * their span. One pass over the fact findings; then a map look-up per figure.
 */
export function writtenFigures(factFindings: readonly FactFinding[]): (value: ClaimValue) => WrittenFigure {
  const contradictedFrom = new Map<number, number>();
  for (const f of factFindings) if (f.code === 'PL006') contradictedFrom.set(f.span.end, f.span.start);
  return (value) => {
    const qualified = value.qualified;
    if (!qualified || contradictedFrom.get(value.span.end) === value.span.start) return { text: value.text, span: value.span, range: value.range };
    return { text: figureOnOneLine(qualified.text), span: qualified.span };
  };
}

/** What joins the two ends of a range written with a dash: "12–18 months", "12 - 18 months". */
const rangeDash = /^[ \t]?[-–—][ \t]?$/;

/** A figure with no unit of its own, the first end of a range whose second end carries the unit ("12" of "12–18 months"). */
const bareNumber = /^[\d.,]+$/;

/**
 * The texts a finding lists for `figures` (see `writtenFigures`), a range written with a dash as
 * one figure: "12–18 months", not "12" and "18 months". `text` is the document's (its offsets are
 * the figures' own); only the few characters between two figures are read.
 */
export function listedFigures(figures: readonly ClaimValue[], written: (value: ClaimValue) => WrittenFigure, text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < figures.length; i++) {
    const a = written(figures[i]);
    const next = figures[i + 1];
    const between = next ? text.slice(a.span.end, next.span.start) : '';
    if (next && bareNumber.test(a.text) && rangeDash.test(between) && !next.qualified) {
      out.push(`${a.text}${between}${written(next).text}`);
      i++;
    } else out.push(a.text);
  }
  return out;
}
