import type { Block } from '../markdown/structure';
import type { TableRow, TableRows } from '../markdown/tableRows';

/**
 * A table's source line: the paragraph set directly under a table (at most one blank line
 * between, in the same block quote) that opens on a Source label, as statistical offices,
 * parliaments and newspapers print one under every table:
 *
 *     | CyberGym | 83.1 | 66.6 |
 *
 *     Source: Anthropic, *Project Glasswing*, 7 April 2026[^4]
 *
 * ("Sources:", "Source(s):", "Data source:", also in emphasis, "**Source:** …", "*Source: …*").
 * Its citations cite every row of the table that cites nothing itself, as a list's lead-in does
 * for its items. One pass over the rows; one short test per table.
 */
export interface TableSourceLine {
  /** The table's rows, its header row included, in order. */
  readonly rows: readonly TableRow[];
  /** Index of the source line's block. */
  readonly block: number;
}

/** "Source:", "Sources:", "Source(s):", "Data source:", after emphasis marks, the colon also inside them ("**Source:**"). */
const sourceLabelRe = /^[*_]{0,3}[ \t]*(?:sources?|source\(s\)|data[ \t]+sources?)[*_]{0,3}[ \t]?:/i;

export function tableSourceLines(rows: TableRows, blocks: readonly Block[], mask: string): TableSourceLine[] {
  const out: TableSourceLine[] = [];
  let table: TableRow[] = [];
  const finish = () => {
    const last = table[table.length - 1];
    if (!last) return;
    const lastCell = last.cells[last.cells.length - 1];
    const cell = blocks[lastCell];
    const next = blocks[lastCell + 1];
    if (next && next.kind === 'paragraph' && !next.isReference && next.blockQuote === cell.blockQuote && next.startLine <= cell.endLine + 1 && sourceLabelRe.test(mask.slice(next.start, Math.min(next.end, next.start + 40)))) {
      out.push({ rows: table, block: lastCell + 1 });
    }
  };
  for (const row of rows.all) {
    const head = table[0];
    // A row belongs to the table of the row before when it has that table's header (or is the row under that header).
    if (head && (row.header === head || (row.header !== undefined && row.header === head.header))) table.push(row);
    else {
      finish();
      table = [row];
    }
  }
  finish();
  return out;
}
