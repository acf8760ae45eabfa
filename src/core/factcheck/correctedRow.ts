import type { Claim } from '../types';
import type { Block } from '../markdown/structure';
import type { TableRow } from '../markdown/tableRows';
import type { FactFinding } from '../diagnostics/buildFindings';
import { takeBack, type LabelFinding } from './rebuttedLabel';

/**
 * A table row that sets one of its own figures right, as a speech's or a draft's fact-check sheet
 * does: "| 13 | Announcement "on the ninth of April" | The announcement was on 7 April 2026, not 9
 * April | [^1] | ⚠️ |", "| 16 | Usage credits of one hundred and fifty million dollars | Source says
 * up to $100 million; amend | [^1] | ⚠️ |". A figure in one cell that contradicts a fact is not held
 * against the record when another cell of the row states the value on record for that fact and the
 * row says it corrects ("not", "amend", "correct", "wrong", "should be", "⚠️", "❌"…): the row
 * already flags it. Not "| 5 | FFmpeg bug, seventeen years old | Mythos Preview found a 17-year-old
 * bug | ✅ |", where no cell gives the 16 years on record, nor "| Founding partners | 15 | 12 |"
 * with no word of correction.
 */

/** Words and marks with which a row says it corrects a figure. */
const correctionRe = /(?<![\p{L}])(?:not|amend(?:ed|s)?|correct(?:ed|ion|s)?|incorrect|wrong|should[ \t]+(?:be|read|say)|actually|false|misleading|inaccurate|error|overstate[sd]?|understate[sd]?)(?![\p{L}])|[⚠❌✗✘]/iu;

/** The PL006 findings on the cells of one row, and its first claim. */
export interface RowFindings {
  readonly first: number;
  readonly found: LabelFinding[];
}

/**
 * Takes back the PL006 findings on figures that their own row corrects (see above), with their
 * checks. `inRows` holds, by row, the findings on its cells and the index of its first claim with
 * one; only the claims of those rows are read.
 */
export function withoutCorrectedCells(claims: readonly Claim[], inRows: ReadonlyMap<TableRow, RowFindings>, blocks: readonly Block[], mask: string, findings: FactFinding[]): void {
  const taken: LabelFinding[] = [];
  for (const [row, { first, found }] of inRows) {
    if (!correctionRe.test(mask.slice(row.start, row.end))) continue;
    // The row's claims: its first claim with a finding may come after others of its cells.
    let from = first;
    while (from > 0 && claims[from - 1].span.start >= row.start) from--;
    let to = first;
    while (to < claims.length && claims[to].span.start < row.end) to++;
    const cellOf = (ci: number) => row.cells.find((bi) => blocks[bi].start <= claims[ci].span.start && claims[ci].span.start < blocks[bi].end);
    for (const f of found) {
      const cell = cellOf(f.ci);
      for (let k = from; k < to; k++) {
        if (cellOf(k) === cell) continue;
        if (claims[k].checks.some((c) => c.verdict === 'agrees' && c.factId === f.factId)) {
          taken.push(f);
          break;
        }
      }
    }
  }
  takeBack(claims, taken, findings);
}
