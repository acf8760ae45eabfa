import type { Block } from '../markdown/structure';
import type { TableRow, TableRows } from '../markdown/tableRows';
import { sourceLabelRe } from '../markdown/sourceLabel';

/**
 * A table's source line: a paragraph that opens on a Source label, as statistical offices,
 * parliaments and newspapers print one with every table, set directly under the table
 *
 *     | CyberGym | 83.1 | 66.6 |
 *
 *     Source: Anthropic, *Project Glasswing*, 7 April 2026[^4]
 *
 * or, as other house styles put it, directly above it, between its caption or heading and the table
 *
 *     Table 1: Selected benchmark results (per cent)
 *
 *     Source: Anthropic, *Project Glasswing*, 7 April 2026[^4]
 *
 *     | Benchmark | Mythos Preview | Opus 4.6 |
 *
 * also as the last line of the caption's paragraph ("Table 1: …" / "Source: …[^4]")
 *
 * (at most one blank line between, in the same block quote; "Sources:", "Source(s):", "Data
 * source:", also in emphasis, "**Source:** …", "*Source: …*"). Its citations cite every row of the
 * table that cites nothing itself, as a list's lead-in does for its items.
 *
 * A line above a table is not its source line when it belongs to what stands before it: the line
 * under an earlier table (that table's), or a line set after a paragraph of prose, blank lines
 * apart from both, which sources that paragraph as much as the table. Set on the table with no
 * blank line, or after a heading, a caption ("Table 1: …", "**Figure 2.** …", a title line with no
 * full stop) or nothing, it heads the table. One pass over the rows; a few short tests per table.
 */
export interface TableSourceLine {
  /** The table's rows, its header row included, in order. */
  readonly rows: readonly TableRow[];
  /** Index of the source line's block. */
  readonly block: number;
  /** Where its Source label opens: the block's start, or a later line's in a caption's paragraph. */
  readonly from: number;
}

/** A caption's label: "Table 1", "**Figure 2.**", "Chart A:", "Exhibit IV". */
const captionLabelRe = /^[*_]{0,3}[ \t]*(?:table|figure|fig\.|chart|graph|exhibit|box|map)[ \t]+(?:\d|[A-Z](?![a-z])|[IVX]+\b)/i;
/** The end of a sentence of prose: a full stop, "!" or "?", then closing marks, emphasis and markers. */
const sentenceEndRe = /[.!?…]["'”’)*_]*(?:\[[^\]\n]{1,40}\]["'”’)*_]*){0,4}[ \t]*$/;

export function tableSourceLines(rows: TableRows, blocks: readonly Block[], mask: string): TableSourceLine[] {
  const out: TableSourceLine[] = [];
  const isSourceLine = (b: Block | undefined, near: Block): b is Block =>
    b !== undefined && b.kind === 'paragraph' && !b.isReference && b.blockQuote === near.blockQuote && sourceLabelRe.test(mask.slice(b.start, Math.min(b.end, b.start + 40)));
  /** Whether [start, end) of a paragraph is prose whose last sentence has ended: a caption or a title has no full stop. */
  const isProse = (start: number, end: number) =>
    !captionLabelRe.test(mask.slice(start, Math.min(end, start + 40))) && sentenceEndRe.test(mask.slice(Math.max(start, end - 200), end));
  /**
   * Whether a paragraph set above a table is a caption whose last lines are its source line
   * ("**Table 1. Scores (%)**" / "Source: Anthropic[^4]", one paragraph): a line after the first
   * opens on a Source label, and the lines before it are no prose. Where that label opens, or -1.
   */
  const captionWithSource = (b: Block) => {
    for (let at = mask.indexOf('\n', b.start); at >= 0 && at < b.end; at = mask.indexOf('\n', at + 1)) {
      let from = at + 1;
      while (from < b.end && (mask.charCodeAt(from) === 32 || mask.charCodeAt(from) === 9)) from++;
      if (sourceLabelRe.test(mask.slice(from, Math.min(b.end, from + 40)))) return isProse(b.start, at) ? -1 : from;
    }
    return -1;
  };
  // The block of the last source line found under a table: no later table takes it as its own.
  let under = -1;
  let table: TableRow[] = [];
  const finish = () => {
    const first = table[0];
    if (!first) return;
    // Above the table: the paragraph right before its first cell.
    const cell = blocks[first.cells[0]];
    const k = first.cells[0] - 1;
    const line = blocks[k];
    if (k !== under && line?.kind === 'paragraph' && !line.isReference && line.blockQuote === cell.blockQuote && line.endLine >= cell.startLine - 1) {
      if (isSourceLine(line, cell)) {
        const before = blocks[k - 1];
        const glued = line.endLine === cell.startLine;
        const apart = !before || before.blockQuote !== line.blockQuote || before.endLine < line.startLine - 1;
        if (glued || apart || before.kind !== 'paragraph' || !isProse(before.start, before.end)) out.push({ rows: table, block: k, from: line.start });
      } else {
        const from = captionWithSource(line);
        if (from >= 0) out.push({ rows: table, block: k, from });
      }
    }
    // Under the table: the paragraph right after its last cell.
    const last = table[table.length - 1];
    const lastCell = last.cells[last.cells.length - 1];
    const next = blocks[lastCell + 1];
    if (isSourceLine(next, blocks[lastCell]) && next.startLine <= blocks[lastCell].endLine + 1) {
      out.push({ rows: table, block: lastCell + 1, from: next.start });
      under = lastCell + 1;
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
