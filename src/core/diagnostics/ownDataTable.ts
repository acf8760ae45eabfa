import type { Block } from '../markdown/structure';
import type { TableRow } from '../markdown/tableRows';
import type { TableSourceLine } from '../citations/tableSourceLine';

/**
 * A table the writer sources to their own data, in words, on its source line: "Source: Syndicate
 * 4471 MI pack, March 2026 close.", "Source: our claims system", "Source: internal survey, Q1
 * 2026", "Sources: own calculations", "Source: author's analysis". There is no work to point a
 * marker to: the line is the citation, and the rows under it want none of their own (PL007). A
 * source line that names a party of the fact base ("Source: our analysis of Anthropic's system
 * card") draws on that party's figures, and a row that names one ("| Glasswing partners among our
 * insureds | 7 |") speaks of the world: both keep their hints. PL006 reads every row as before.
 */

/** Words that make a source the writer's own: "our", "my", "internal", "in-house", "own calculations", "author's analysis", "management information", "board pack". */
const ownDataRe =
  /\b(?:our|my|internal|in-house|proprietary)\b|(?<!['’]s )\bown[ \t]+(?:data|analysis|analyses|calculations?|computations?|estimates?|research|survey|records|figures)\b|\b(?:author|authors|author['’]s|authors['’]|staff|team)[ \t]+(?:analysis|calculations?|estimates?|compilation|survey|data)\b|\bmanagement[ \t]+(?:information|accounts)\b|\bboard[ \t]+pack\b/i;
/** "MI" in capitals: management information, as a syndicate's or a bank's "MI pack" names it. */
const managementInformationRe = /\bMI\b/;

/** At most this much of a source line is read. */
const maxSourceLine = 300;

/**
 * A test of whether table cell `bi` stands in a row the writer's own data sources (see above).
 * `namesEntity` tells whether [from, to) of the text names a party of the fact base. The source
 * lines are read once, up front; each cell is then one map look-up.
 */
export function ownDataCells(lines: readonly TableSourceLine[], blocks: readonly Block[], mask: string, namesEntity: (from: number, to: number) => boolean): (bi: number) => boolean {
  const rowOfCell = new Map<number, TableRow>();
  for (const { rows, block, from } of lines) {
    const to = Math.min(blocks[block].end, from + maxSourceLine);
    const words = mask.slice(from, to);
    if (!(ownDataRe.test(words) || managementInformationRe.test(words)) || namesEntity(from, blocks[block].end)) continue;
    for (const row of rows) for (const cell of row.cells) rowOfCell.set(cell, row);
  }
  if (!rowOfCell.size) return () => false;
  const worldRows = new Map<TableRow, boolean>();
  return (bi) => {
    const row = rowOfCell.get(bi);
    if (!row) return false;
    let world = worldRows.get(row);
    if (world === undefined) worldRows.set(row, (world = namesEntity(row.start, row.end)));
    return !world;
  };
}
