import type { Block } from '../markdown/structure';
import type { TableRow, TableRows } from '../markdown/tableRows';

/**
 * Where a draft keeps a record of itself rather than speaking of the world:
 * - a log of its own revisions, under a heading that names one ("## Changelog", "## Edit log",
 *   "### Revision history", "## Version history (internal)"), or in a table whose header is a
 *   revision history's, a Version column beside a Change one ("| Version | Date | Change |"),
 *   wherever it stands. Its dates are the draft's revisions ("| v0.2 | 2026-04-12 | …", "- Apr 16
 *   (P): first pass"), its figures what an edit changed or how long the draft ran ("CyberGym
 *   score corrected from 81.3% to 83.1%", "1,100 words");
 * - a to-do list of sources, under a heading that says they are still to be added or checked
 *   ("## Sources to add", "## References to check", "## Sources (TK)"). Its items describe works
 *   as a reference entry does, by their date and length ("The DOD court filing itself (March 17,
 *   40 pages)").
 * Neither holds claims: no source supports what a draft did to itself, and a work to cite is not
 * a claim about the world. What the draft says about the world stays in its body, where it is
 * checked: a log only records the edit ("Leak date fixed: March 26, not March 3"), and a heading
 * must name the log or the to-do list exactly (with a bracket or a dash after it at most), so
 * that "## Changes to the framework" or "## Sources of risk" stay prose. A table is a revision
 * history only with both a Version and a Change column: "| Model | Version | Released |" is not.
 */

/** A heading over a log of the draft's own revisions. */
const logHeadingRe =
  /^(?:document\s+)?(?:change[\s-]?log|changes\s+log|edit(?:ing)?\s+(?:log|history)|revision\s+(?:history|log)|version\s+(?:history|log)|change\s+history|history\s+of\s+changes|record\s+of\s+changes)$/i;

/** A heading over sources still to be added or checked. */
const toDoSourcesHeadingRe =
  /^(?:sources|references|citations|links)\s+(?:to\s+(?:add|check|find|confirm|cite|verify|chase|follow\s+up)|still\s+(?:to\s+add|needed|missing)|needed|wanted|pending|missing|tk)$|^(?:sources|references|citations)\s+\((?:tk|to\s+come|to\s+add|pending)\)$/i;

/** The heading's name: its words before a bracket or a dash, "Changelog" of "Changelog (internal)" or "Edit log — delete before publishing". */
function nameOf(words: string): string {
  let cut = words.length;
  for (const mark of ['(', '[', '—', '–', ' - ']) {
    const at = words.indexOf(mark);
    if (at >= 0 && at < cut) cut = at;
  }
  return words.slice(0, cut).trim();
}

/** Header cells of a revision history: a version column and a change column. */
const versionHeaderRe = /^(?:version|ver\.?|rev\.?|revision|draft|v)$/i;
/** A cell of a revision history's Version column: "v0.2", "1.3", "Rev. 3", "Draft 2", "r4", "0.4-rc1", or nothing. */
const versionCellRe = /^(?:|v\.?\s?\d{1,4}(?:\.\d{1,4}){0,3}[\w-]{0,8}|\d{1,4}(?:\.\d{1,4}){0,3}[a-z]?(?:-[\w]{1,8})?|(?:rev(?:ision)?\.?|draft|r)\s?\d{1,4}[a-z]?)$/i;
const changeHeaderRe = /^(?:changes?|change\s+summary|summary\s+of\s+changes?|what\s+changed|changes\s+made|description\s+of\s+changes?|revision\s+notes?)$/i;

/** A heading's or a header cell's words, without Markdown marks, a numbering ("9. ", "4.2 ") and a trailing colon. */
function plain(text: string): string {
  return text.replace(/[*_`#]/g, '').trim().replace(/^\d{1,3}(?:\.\d{1,3}){0,3}\.?\s/, '').replace(/:$/, '').trim();
}

/** Whether a heading names a log of the draft's own revisions or a to-do list of sources (see above). */
export function namesOwnRecord(heading: string): boolean {
  const words = plain(heading);
  if (words.length > 80) return false;
  const name = nameOf(words);
  // "History" alone heads a history of the world, as often as a draft's: only with a tail that says whose ("History (of this draft)") is it a log.
  if (/^history$/i.test(name)) return name !== words && /\b(?:draft|document|brief|memo|paper|note|edits?|revisions?|versions?)\b/i.test(words);
  // "Sources (TK)" says in its bracket that the sources are still to come.
  return logHeadingRe.test(name) || toDoSourcesHeadingRe.test(name) || toDoSourcesHeadingRe.test(words);
}

/** Whether a heading names a log of the draft's own revisions (not a to-do list of sources). */
function namesLog(heading: string): boolean {
  const name = nameOf(plain(heading));
  return logHeadingRe.test(name) || /^history$/i.test(name);
}

/** A list item's marker (with a task box) and the block quote marks before it, up to its text. */
const listItemLeadRe = /^[ \t>]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?$/;

/** Whether the block starting at `start` opens a list item: only its marker stands before it on its line. */
function opensListItem(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return start - lineStart <= 40 && listItemLeadRe.test(text.slice(lineStart, start));
}

/**
 * The blocks (indices) that hold no claims because they keep the draft's own record (see above):
 * those under such a heading, down to the next heading of its level or above, and the cells of a
 * table whose header is a revision history's. One pass over the blocks; each table's header is
 * read once.
 */
export function ownRecordBlocks(blocks: readonly Block[], text: string, rows: TableRows): ReadonlySet<number> {
  const out = new Set<number>();
  let level = 0;
  // Under a to-do list of sources, only its entries (list items, cells, notes) describe sources: a
  // paragraph of prose there ("Note for readers: the filing runs to 45 pages.") still speaks of the world.
  let entriesOnly = false;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind === 'heading') {
      const at = b.headingLevel ?? 1;
      if (level && at <= level) level = 0;
      const heading = text.slice(b.start, b.end);
      if (!level && namesOwnRecord(heading)) {
        level = at;
        entriesOnly = !namesLog(heading);
      }
    } else if (level && !(entriesOnly && b.kind === 'paragraph' && !opensListItem(text, b.start))) out.add(i);
  }
  const headerText = (bi: number) => plain(text.slice(blocks[bi].start, Math.min(blocks[bi].end, blocks[bi].start + 40)));
  // The column of each table's Version header, when the table has a Change column too; -1 for no history.
  const versionColumn = new Map<TableRow, number>();
  for (const row of rows.all) {
    const header = row.header;
    if (!header) continue;
    let column = versionColumn.get(header);
    if (column === undefined) {
      const labels = header.cells.map(headerText);
      const k = labels.findIndex((l) => versionHeaderRe.test(l));
      column = k >= 0 && labels.some((l) => changeHeaderRe.test(l)) ? header.columns[k] : -1;
      versionColumn.set(header, column);
    }
    if (column < 0) continue;
    // "| Claude Opus 4 | ASL-3 first activated |" under "Version | Change" lists a model's versions, not the draft's.
    const k = row.columns.indexOf(column);
    if (k >= 0 && !versionCellRe.test(plain(text.slice(blocks[row.cells[k]].start, blocks[row.cells[k]].end)))) versionColumn.set(header, -1);
  }
  for (const row of rows.all) {
    const header = row.header;
    if (!header || (versionColumn.get(header) ?? -1) < 0) continue;
    for (const cell of header.cells) out.add(cell);
    for (const cell of row.cells) out.add(cell);
  }
  return out;
}
