import type { Span } from '../types';

/**
 * Whether a figure stands alone in a cell of a table row (`rowText`, starting at `start`, its
 * cells parted by "|"), past white space and emphasis: a timeline's date cell, as in "| 28 Feb
 * 2026 | Federal ban; Hegseth designates Anthropic a supply chain risk |", dates all of the row's
 * event, every clause of it, not only the first. A figure that is its sentence's only text is no cell.
 */
export function aloneInCell(rowText: string, start: number, figure: Span): boolean {
  let i = figure.start - start;
  while (i > 0 && cellPadding.has(rowText.charCodeAt(i - 1))) i--;
  let j = figure.end - start;
  while (j < rowText.length && cellPadding.has(rowText.charCodeAt(j))) j++;
  const borderBefore = i > 0 && rowText.charCodeAt(i - 1) === bar;
  const borderAfter = j < rowText.length && rowText.charCodeAt(j) === bar;
  return (borderBefore || i === 0) && (borderAfter || j === rowText.length) && (borderBefore || borderAfter);
}

const bar = 124; /* | */

/** What may pad a cell around its figure: white space and emphasis marks. */
const cellPadding = new Set([...' \t*_'].map((c) => c.charCodeAt(0)));
