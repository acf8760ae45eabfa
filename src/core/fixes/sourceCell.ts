import type { Block } from '../markdown/structure';
import type { TableRows } from '../markdown/tableRows';
import type { LineIndex } from '../text/lineIndex';
import { firstAtOrAfter } from '../util/search';

/** A header that names a table's source column; "Ref" may instead number the rows, so only an empty cell under it takes a marker. */
const sourceHeaderRe = /^(?:sources?|source\(s\)|references?|citations?|cited in)$/i;
const refHeaderRe = /^(?:refs?\.?|ref\(s\))$/i;

/** Where a marker goes, and the spaces it needs around it to sit in its cell as the others do. */
export interface CellInsertion {
  readonly offset: number;
  readonly before: string;
  readonly after: string;
  /** The cell's words, when it has some ("Anthropic 2026a" written without its parentheses). */
  readonly words?: { readonly start: number; readonly text: string };
}

/**
 * For words at `at` in a table row under a header with a Source column, where a citation marker
 * goes: into that row's Source cell (`| 77.8 | 53.4 | [2] |`), not against the figure. Undefined
 * when the words are not in such a row, or are in the Source cell themselves.
 */
export function sourceCellInsertion(text: string, index: LineIndex, blocks: readonly Block[], rows: TableRows, at: number): CellInsertion | undefined {
  const bi = firstAtOrAfter(blocks, at, (b) => b.end);
  const block = blocks[bi];
  if (!block || block.kind !== 'table-cell' || block.start > at) return undefined;
  const row = rows.rowOf(bi);
  const header = row?.header;
  if (!row || !header) return undefined;
  let column = -1;
  let refOnly = false;
  for (let k = 0; k < header.cells.length && column < 0; k++) {
    const cell = blocks[header.cells[k]];
    const name = text.slice(cell.start, Math.min(cell.end, cell.start + 40)).replace(/[*_`]/g, '').trim();
    if (sourceHeaderRe.test(name) || (refOnly = refHeaderRe.test(name))) column = header.columns[k];
  }
  if (column < 0 || row.columns[row.cells.indexOf(bi)] === column) return undefined;
  // The row's cells, between its unescaped pipes, counted as the table's columns are.
  const line = index.lineOf(row.start);
  const lineStart = index.lineStarts[line];
  const lineEnd = index.lineEnd(line);
  let first = lineStart;
  while (first < lineEnd && (text[first] === ' ' || text[first] === '\t')) first++;
  const pipes: number[] = [];
  for (let i = lineStart; i < lineEnd; i++) if (text.charCodeAt(i) === 124 && (i === lineStart || text.charCodeAt(i - 1) !== 92)) pipes.push(i);
  const before = column + (text[first] === '|' ? 1 : 0);
  if (before > pipes.length) return undefined;
  const cellStart = before === 0 ? first : pipes[before - 1] + 1;
  const cellEnd = before < pipes.length ? pipes[before] : lineEnd;
  const cell = text.slice(cellStart, cellEnd);
  const content = cell.trimEnd();
  const words = content.trim();
  if (words) return refOnly ? undefined : { offset: cellStart + content.length, before: ' ', after: '', words: { start: cellStart + content.length - words.length, text: words } };
  if (cell.length === 0) return { offset: cellStart, before: ' ', after: ' ' };
  return { offset: cellStart + 1, before: '', after: cell.length === 1 ? ' ' : '' };
}

/**
 * For words at `at` in a table cell of a row with no Source column, the offset where a citation
 * marker goes: at the end of the row's label, its first cell (`| CyberGym[^4] | 83.1 | 66.6 |`),
 * never against a figure in a cell of numbers (`83.1[^4]`). When the figure stands in the first
 * cell, the first other cell with words and no digits takes it. Undefined when `at` is in no table
 * row, or the row has no such cell.
 */
export function rowLabelInsertion(text: string, blocks: readonly Block[], rows: TableRows, at: number): number | undefined {
  const bi = firstAtOrAfter(blocks, at, (b) => b.end);
  const block = blocks[bi];
  if (!block || block.kind !== 'table-cell' || block.start > at) return undefined;
  const row = rows.rowOf(bi);
  if (!row) return undefined;
  const words = (k: number) => text.slice(blocks[k].start, blocks[k].end).trimEnd();
  const first = row.cells[0];
  if (first !== bi && /\p{L}/u.test(words(first))) return blocks[first].start + words(first).length;
  for (const k of row.cells) {
    const cell = words(k);
    if (k !== bi && /\p{L}/u.test(cell) && !/\d/.test(cell)) return blocks[k].start + cell.length;
  }
  return undefined;
}
