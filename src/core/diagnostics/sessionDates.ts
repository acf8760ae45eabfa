import type { Block } from '../markdown/structure';
import type { TableRow, TableRows } from '../markdown/tableRows';
import { isActivityHeader, isSessionHeader } from '../claims/scheduleColumns';

/**
 * The dates of the writer's own sessions and activities: the cells of a Date or When column in a
 * table with a session column ("| Week | Date | Topic |") or a column of the writer's activities
 * ("| Activity | Date | Time (AEST) |", see scheduleColumns.ts), in a row that names no party of the
 * fact base and holds no number but the session's, the date and the time ("| 7 | 10 Nov 2026 |
 * Frontier AI and cybersecurity |", "| Deadline for questions | Friday 15 May 2026 | 5:00 pm |"). A
 * syllabus or a timetable sets them; no source says them (PL007). A row that names a party ("| 3 |
 * 7 Apr 2026 | Anthropic announces Project Glasswing |") or tells a figure ("| 1 | 24 Mar 2026 |
 * Draft leak exposes ~3,000 assets |") may be a timeline's entry, and keeps its hint; PL006 reads
 * them all. The number of a stage that the row's label names is the label's ("| Round 2 opens |
 * January 2027 |", "Phase 1 closes", "Cohort 3 starts"), no other figure of the row; not "| 300
 * applications reviewed | … |".
 */

/** A header over the sessions' or activities' dates, with a bracket after it at most ("Date (2026)"). */
const dateHeaderRe = /^[\s*_]*(?:date|dates|when|day and date|date and time|date\/time)(?:[ \t]*\([^()]{0,16}\))?[\s*_:.]*$/i;
/** A header over their times, which are no figures: "Time", "Time (AEST)", "Start time". */
const timeHeaderRe = /^[\s*_]*(?:(?:start|end|closing|opening|local)[ \t]+)?times?(?:[ \t]*\([^()]{0,16}\))?[\s*_:.]*$/i;
const digitRe = /\d/;
/**
 * A stage of the writer's programme named with its number, as a timetable's row labels it: "Round
 * 2", "Phase 1", "Cohort 3", "Stage 2", "Wave 1", "Tranche 2", "Week 4". Its number names the
 * stage, as a session column's does, and counts nothing.
 */
const numberedStageRe = /\b(?:round|phase|stage|step|cohort|wave|tranche|batch|cycle|intake|call|window|lot|part|tier|module|week|session|sprint|milestone)[ \t]+\d{1,2}\b/gi;

/** Whether a cell's text holds a number other than those of the stages it names: "300 applications" does, "Round 2 opens" does not. */
function holdsFigure(cellText: string): boolean {
  return digitRe.test(cellText) && digitRe.test(cellText.replace(numberedStageRe, ''));
}

/**
 * A test of whether table cell `bi` holds a session's date (see the module's comment), each
 * table's header read once. `namesEntity` tells whether [from, to) of the text names a party of
 * the fact base.
 */
export function sessionDateCells(blocks: readonly Block[], text: string, rows: TableRows | undefined, namesEntity: (from: number, to: number) => boolean): (bi: number) => boolean {
  if (!rows?.all.length) return () => false;
  const headerText = (cell: number) => text.slice(blocks[cell].start, Math.min(blocks[cell].end, blocks[cell].start + 64));
  /** Whether each header row has a session column or a column of activities. */
  const sessionTables = new Map<TableRow, boolean>();
  /** Whether each row's cells but its session's and its dates hold no number (see the module's comment). */
  const plainRows = new Map<TableRow, boolean>();
  const isPlainRow = (row: TableRow) => {
    let plain = plainRows.get(row);
    if (plain === undefined) {
      plain = row.cells.every((c) => {
        const h = rows.headerCellOf(row, c);
        const label = h === undefined ? '' : headerText(h);
        return (h !== undefined && (isSessionHeader(label) || dateHeaderRe.test(label) || timeHeaderRe.test(label))) || !holdsFigure(text.slice(blocks[c].start, blocks[c].end));
      });
      plainRows.set(row, plain);
    }
    return plain;
  };
  return (bi) => {
    if (blocks[bi]?.kind !== 'table-cell') return false;
    const row = rows.rowOf(bi);
    const header = row?.header;
    const cell = row && rows.headerCellOf(row, bi);
    if (!row || !header || cell === undefined || !dateHeaderRe.test(headerText(cell))) return false;
    let sessions = sessionTables.get(header);
    if (sessions === undefined) sessionTables.set(header, (sessions = header.cells.some((h) => isSessionHeader(headerText(h)) || isActivityHeader(headerText(h)))));
    return sessions && isPlainRow(row) && !namesEntity(row.start, row.end);
  };
}
