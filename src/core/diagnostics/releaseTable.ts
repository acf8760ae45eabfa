import type { Block } from '../markdown/structure';
import type { TableRow, TableRows } from '../markdown/tableRows';
import { isVersionHeader } from '../claims/labelColumn';

/**
 * The dates of a project's own releases: every date in a row of a table with a column of versions
 * ("Branch", "Version", "Release", "Fixed in", see `isVersionHeader`) whose cell in that column
 * opens on a version ("2.6 (LTS, supported until 2027-06-30)", "2.7.5", "2.6.x LTS"), and that
 * names no party of the fact base. An advisory's table of affected and fixed versions ("| 2.6 (LTS,
 * supported until 2027-06-30) | 2.6.0 to 2.6.8 | 2.6.9 | 2026-05-12 |") or a release schedule ("|
 * 2.7.5 | patch | 2026-06-09 |" under "| Version | Type | Planned date |") dates what the
 * maintainers ship: no source says it (PL007). Not a row that names a party ("| Claude Mythos Preview |
 * 1.0 | 7 April 2026 |"), nor one whose version cell holds no version ("| Glasswing launch | 7 April 2026 |").
 */

/** "Version" or "Versions" alone, which heads a release schedule's column ("Version" alone is a label header elsewhere). */
const versionWordHeaderRe = /^[\s*_]*versions?[\s*_:.]*$/i;
/** A cell that opens on a version: "2.6", "2.7.5", "2.6.x LTS", "v3.0.0", "**2.7** (current)". */
const versionCellRe = /^[\s*_]*v?\d{1,4}\.(?:\d{1,4}|[xX*])(?![\d,])/;

/**
 * A test of whether table cell `bi` stands in a row of the project's own releases (see above),
 * each table's header read once. `namesEntity` tells whether [from, to) of the text names a party
 * of the fact base.
 */
export function releaseRowCells(blocks: readonly Block[], text: string, rows: TableRows | undefined, namesEntity: (from: number, to: number) => boolean): (bi: number) => boolean {
  if (!rows?.all.length) return () => false;
  const cellText = (cell: number, max: number) => text.slice(blocks[cell].start, Math.min(blocks[cell].end, blocks[cell].start + max));
  /** The column of versions of each header row, -1 for none. */
  const versionColumns = new Map<TableRow, number>();
  const versionColumnOf = (header: TableRow) => {
    let column = versionColumns.get(header);
    if (column === undefined) {
      const at = header.cells.findIndex((h) => {
        const label = cellText(h, 64);
        return versionWordHeaderRe.test(label) || isVersionHeader(label);
      });
      versionColumns.set(header, (column = at < 0 ? -1 : header.columns[at]));
    }
    return column;
  };
  const releaseRows = new Map<TableRow, boolean>();
  return (bi) => {
    if (blocks[bi]?.kind !== 'table-cell') return false;
    const row = rows.rowOf(bi);
    if (!row?.header) return false;
    let release = releaseRows.get(row);
    if (release === undefined) {
      const column = versionColumnOf(row.header);
      const at = column < 0 ? -1 : row.columns.indexOf(column);
      release = at >= 0 && versionCellRe.test(cellText(row.cells[at], 32)) && !namesEntity(row.start, row.end);
      releaseRows.set(row, release);
    }
    return release;
  };
}
