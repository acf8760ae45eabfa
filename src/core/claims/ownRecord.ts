import type { Block } from '../markdown/structure';
import type { TableRows } from '../markdown/tableRows';

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

/**
 * The blocks (indices) that hold no claims because they keep the draft's own record (see above):
 * those under such a heading, down to the next heading of its level or above, and the cells of a
 * table whose header is a revision history's. One pass over the blocks; each table's header is
 * read once.
 */
export function ownRecordBlocks(blocks: readonly Block[], text: string, rows: TableRows): ReadonlySet<number> {
  const out = new Set<number>();
  let level = 0;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind === 'heading') {
      const at = b.headingLevel ?? 1;
      if (level && at <= level) level = 0;
      if (!level && namesOwnRecord(text.slice(b.start, b.end))) level = at;
    } else if (level) out.add(i);
  }
  const isHistory = new Map<object, boolean>();
  const headerText = (bi: number) => plain(text.slice(blocks[bi].start, Math.min(blocks[bi].end, blocks[bi].start + 40)));
  for (const row of rows.all) {
    const header = row.header;
    if (!header) continue;
    let history = isHistory.get(header);
    if (history === undefined) {
      const labels = header.cells.map(headerText);
      history = labels.some((l) => versionHeaderRe.test(l)) && labels.some((l) => changeHeaderRe.test(l));
      isHistory.set(header, history);
      if (history) for (const cell of header.cells) out.add(cell);
    }
    if (history) for (const cell of row.cells) out.add(cell);
  }
  return out;
}
