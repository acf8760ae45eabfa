import type { Block } from '../markdown/structure';
import type { TableRows } from '../markdown/tableRows';
import { bareAuthorYearMarkers } from './authorYear';
import type { MarkerHit } from './markers';

/**
 * A table's source column may name each row's source without brackets, as an appendix of
 * figures does: "| Founding partners | 12 | Anthropic 2026a |". Under a header that names a
 * source column ("Source", "Sources", "Reference", "Citation"), a cell that holds nothing but
 * author-year citations of entries the reference lists hold cites its row, as "(Anthropic
 * 2026a)" would. A cell citing a work the lists lack is left as text: bare names and a year
 * are a citation only where the list confirms them.
 */

/** A header naming a source column, Markdown marks and a colon aside. */
const sourceHeaderRe = /^[*_\s]*(?:sources?|source\(s\)|references?|citations?|refs?)[*_:\s]*$/i;

/** At most this many cells to a row (and to its header), as for a record (tableRows). */
const maxCells = 32;

/** The markers of a document's source cells, in document order, and the blocks of those cells. */
export interface SourceCells {
  readonly markers: readonly MarkerHit[];
  readonly cells: ReadonlySet<number>;
}

/**
 * The author-year citations written bare in the source columns of the tables of `blocks`.
 * `resolves` says whether a marker finds its entry. One pass over the rows, each cell's header
 * found among at most `maxCells`; a header's text is read once.
 */
export function sourceCellCitations(blocks: readonly Block[], mask: string, rows: TableRows, resolves: (marker: MarkerHit) => boolean): SourceCells | undefined {
  let markers: MarkerHit[] | undefined;
  const cells = new Set<number>();
  const headers = new Map<number, boolean>();
  for (const row of rows.all) {
    const head = row.header;
    // A row longer than a record (see tableRows) cites nothing for its cells.
    if (!head || row.cells.length > maxCells || head.cells.length > maxCells) continue;
    for (let i = 0; i < row.cells.length; i++) {
      const b = row.cells[i];
      const at = head.columns.indexOf(row.columns[i]);
      if (at < 0) continue;
      const header = head.cells[at];
      let isSource = headers.get(header);
      if (isSource === undefined) headers.set(header, (isSource = blocks[header].end - blocks[header].start <= 40 && sourceHeaderRe.test(mask.slice(blocks[header].start, blocks[header].end))));
      if (!isSource) continue;
      const block = blocks[b];
      // A table in a reference list is its entries, not a text that cites them.
      if (block.isReference) continue;
      const found = bareAuthorYearMarkers(mask.slice(block.start, block.end), block.start);
      if (!found || !found.every(resolves)) continue;
      (markers ??= []).push(...found);
      cells.add(b);
    }
  }
  return markers ? { markers, cells } : undefined;
}
