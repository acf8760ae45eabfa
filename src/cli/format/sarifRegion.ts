import type { Position, Range } from '../../core';
import { countLineBreaks } from '../../core/text/lineIndex';

/** A SARIF text region: 1-based lines and columns (UTF-16 code units), end column exclusive. */
export interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine?: number;
  endColumn?: number;
}

/** The line breaks the core counts (`LineIndex`), in the greedy order SARIF's `run.newlineSequences` asks for. */
export const newlineSequences: readonly string[] = ['\r\n', '\n', '\r'];

interface Point {
  readonly line: number;
  readonly column: number;
}

/**
 * The end of a text that ends with a line break, as the editor and as SARIF place it. The
 * editor puts it at the start of an empty line after the break; SARIF counts no line there
 * and puts "an insertion point after the last character in an artifact" on the last line,
 * one column past its line break (SARIF 2.1.0, region object, "Text regions"). Fixes that add a
 * footnote or a References section at the end of a draft insert at this point.
 */
function endOfText(text: string): { position: Position; point: Point } | undefined {
  const last = text.charCodeAt(text.length - 1);
  if (last !== 10 && last !== 13) return undefined;
  const lastBreak = text.length - (text.endsWith('\r\n') ? 2 : 1);
  let lineStart = lastBreak;
  while (lineStart > 0 && text[lineStart - 1] !== '\n' && text[lineStart - 1] !== '\r') lineStart--;
  const breaks = countLineBreaks(text);
  return { position: { line: breaks, character: 0 }, point: { line: breaks, column: text.length - lineStart + 1 } };
}

/**
 * Converts the core's ranges in `text` (zero-based, UTF-16, as VS Code counts) to SARIF
 * regions. Only the end of a text that ends with a line break is placed differently (see
 * `endOfText`); everything else is one line and one column further on. Costs one pass over
 * the text (counting line breaks with indexOf) per file, when the text ends with a break.
 */
export function sarifRegions(text: string): (r: Range) => SarifRegion {
  const end = endOfText(text);
  const point = (p: Position): Point => {
    if (end && p.line === end.position.line && p.character === end.position.character) return end.point;
    return { line: p.line + 1, column: p.character + 1 };
  };
  return (r) => {
    const start = point(r.start);
    const stop = point(r.end);
    return { startLine: start.line, startColumn: start.column, endLine: stop.line, endColumn: stop.column };
  };
}
