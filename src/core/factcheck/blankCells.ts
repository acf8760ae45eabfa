import type { Span } from '../types';

/**
 * A row's text (`rowText`, from `rowStart`) with the given cells made spaces, offsets kept:
 * "| 13 Apr | Anthropic announced Mythos on April 1 | False |" with its claim cell blanked is
 * "| 13 Apr |                                        | False |".
 */
export function blankCells(rowText: string, rowStart: number, cells: readonly Span[]): string {
  let out = rowText;
  for (const c of cells) {
    const a = Math.max(0, c.start - rowStart);
    const b = Math.min(out.length, c.end - rowStart);
    if (b > a) out = out.slice(0, a) + ' '.repeat(b - a) + out.slice(b);
  }
  return out;
}
