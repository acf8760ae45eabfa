import type { Block } from './structure';
import type { LineIndex } from '../text/lineIndex';
import { sourceLabelRe } from './sourceLabel';

/**
 * A table row is one record: the figure in one cell is about what the other cells of the row
 * name ("| Mythos Preview score on CyberGym | 85.1% |"), and about what its column's header
 * names ("| Model | CyberGym |"). Rows longer than this are not records a reader takes in at
 * a glance; their cells are judged alone, which also bounds the work per cell.
 */
const maxRowCells = 32;
const maxRowLength = 4096;

export interface TableRow {
  /** Indices into the blocks of the row's cells, in order. */
  readonly cells: readonly number[];
  /** The column of each cell (0 for the first column), counting empty cells. */
  readonly columns: readonly number[];
  /** From the start of the first cell to the end of the last. */
  readonly start: number;
  readonly end: number;
  /** The table's header row, for a row below the delimiter row. */
  readonly header?: TableRow;
  /**
   * For a Markdown table's first row, the paragraph directly before the table (at most one blank
   * line between): its caption, when it is one ("**Table 1. Reported benchmark scores (%)**").
   */
  readonly caption?: { readonly start: number; readonly end: number };
}

export interface TableRows {
  /** Every row of every table, in document order. */
  readonly all: readonly TableRow[];
  /** The row of a table-cell block that is a record (see `maxRowCells`), or undefined. */
  rowOf(blockIndex: number): TableRow | undefined;
  /** The header cell (block index) above a cell of `row`, if the table has a header with that column. */
  headerCellOf(row: TableRow, blockIndex: number): number | undefined;
  /**
   * Whether a table-cell block is a cell of a header row: a Markdown table's first row (the one
   * above its delimiter row), or an HTML table's first row of `<th>` cells. It labels the columns.
   */
  isHeaderCell(blockIndex: number): boolean;
}

/** Whether the line is a table's delimiter row: `|`, `:`, `-` and white space, with a `-`. */
function isDelimiterRow(line: string): boolean {
  return line.includes('-') && /^[\s|:-]*$/.test(line);
}

/** A line break, with the indent and block-quote marks that open the next line. */
const lineBreakRe = /(?:\r\n?|\n)[ \t>]*/g;

/**
 * The paragraph directly before a table whose first cell is block `first` on line `line`, as a
 * caption sits: it ends on the line before the table or the one before that, in the same block
 * quote. A source line set between the caption and the table ("Table 1. Scores (%)" / "Source:
 * Anthropic[1]" / the table) is not the caption: the paragraph above it is, as close to it; and
 * a caption whose paragraph closes on its source line is the lines before that one.
 */
function captionBefore(blocks: readonly Block[], first: number, line: number, text: string): { start: number; end: number } | undefined {
  const quote = blocks[first].blockQuote;
  const paragraphEndingOn = (k: number, at: number) => {
    const b = blocks[k];
    return b?.kind === 'paragraph' && b.blockQuote === quote && (b.endLine === at || b.endLine === at - 1) ? b : undefined;
  };
  let before = paragraphEndingOn(first - 1, line);
  if (before && sourceLabelRe.test(text.slice(before.start, Math.min(before.end, before.start + 40)))) before = paragraphEndingOn(first - 2, before.startLine);
  if (!before) return undefined;
  const lines = text.slice(before.start, before.end);
  for (const m of lines.matchAll(lineBreakRe)) {
    if (sourceLabelRe.test(lines.slice(m.index + m[0].length, m.index + m[0].length + 40))) return { start: before.start, end: before.start + m.index };
  }
  return { start: before.start, end: before.end };
}

/** The column of each cell: the unescaped `|`s before it on its line, less a leading one. */
function columnsOf(text: string, lineStart: number, cellStarts: readonly number[]): number[] {
  let k = lineStart;
  while (k < text.length && (text[k] === ' ' || text[k] === '\t')) k++;
  const leading = text[k] === '|' ? 1 : 0;
  const columns: number[] = [];
  let pipes = 0;
  let at = lineStart;
  for (const start of cellStarts) {
    for (; at < start; at++) if (text.charCodeAt(at) === 124 /* | */ && (at === lineStart || text.charCodeAt(at - 1) !== 92) /* \ */) pipes++;
    columns.push(Math.max(0, pipes - leading));
  }
  return columns;
}

/**
 * The tables' rows, found in one pass over the blocks: a row is the table-cell blocks that
 * start on one line, or the cells of one `<tr>` of an HTML table.
 */
export function tableRows(blocks: readonly Block[], text: string, index: LineIndex): TableRows {
  const all: TableRow[] = [];
  const byLine = new Map<number, TableRow>();
  const rowOfBlock = new Map<number, TableRow>();
  // The header row of each HTML table: its first row, when that holds only `<th>` cells.
  const htmlHeaders = new Map<number, TableRow | null>();
  const headerCells = new Set<number>();
  for (let b = 0; b < blocks.length; ) {
    const html = blocks[b].kind === 'table-cell' ? blocks[b].htmlCell : undefined;
    if (html) {
      let e = b;
      while (e < blocks.length && blocks[e].kind === 'table-cell' && blocks[e].htmlCell?.row === html.row) e++;
      const cells: number[] = [];
      for (let k = b; k < e; k++) cells.push(k);
      const known = htmlHeaders.get(html.table);
      const header = known ?? undefined;
      const row: TableRow = header ? { cells, columns: cells.map((_, k) => k), start: blocks[b].start, end: blocks[e - 1].end, header } : { cells, columns: cells.map((_, k) => k), start: blocks[b].start, end: blocks[e - 1].end };
      if (known === undefined) {
        const heads = cells.every((k) => blocks[k].htmlCell!.header);
        htmlHeaders.set(html.table, heads ? row : null);
        if (heads) for (const k of cells) headerCells.add(k);
      }
      all.push(row);
      if (cells.length <= maxRowCells && row.end - row.start <= maxRowLength) for (const k of cells) rowOfBlock.set(k, row);
      b = e;
      continue;
    }
    const line = blocks[b].startLine;
    let e = b;
    while (e < blocks.length && blocks[e].kind === 'table-cell' && !blocks[e].htmlCell && blocks[e].startLine === line) e++;
    if (e === b) {
      b++;
      continue;
    }
    const cells: number[] = [];
    for (let k = b; k < e; k++) cells.push(k);
    const start = blocks[b].start;
    const end = blocks[e - 1].end;
    const above = byLine.get(line - 1);
    const header = above ? above.header : line >= 2 && isDelimiterRow(index.lineText(line - 1)) ? byLine.get(line - 2) : undefined;
    const columns = columnsOf(text, index.lineStarts[line], cells.map((k) => blocks[k].start));
    const caption = above || header ? undefined : captionBefore(blocks, b, line, text);
    if (!above && !header && line + 1 < index.lineCount && isDelimiterRow(index.lineText(line + 1))) for (const k of cells) headerCells.add(k);
    const row: TableRow = header ? { cells, columns, start, end, header } : caption ? { cells, columns, start, end, caption } : { cells, columns, start, end };
    all.push(row);
    byLine.set(line, row);
    if (cells.length <= maxRowCells && end - start <= maxRowLength) for (const k of cells) rowOfBlock.set(k, row);
    b = e;
  }
  return {
    all,
    rowOf: (blockIndex) => rowOfBlock.get(blockIndex),
    isHeaderCell: (blockIndex) => headerCells.has(blockIndex),
    headerCellOf(row, blockIndex) {
      const header = row.header;
      if (!header) return undefined;
      const column = row.columns[row.cells.indexOf(blockIndex)];
      const at = header.columns.indexOf(column);
      return at < 0 ? undefined : header.cells[at];
    },
  };
}
