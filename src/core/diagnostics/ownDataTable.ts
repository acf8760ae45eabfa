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
 * So does a lead-in set directly above the table that ends with a colon and names the data as the
 * writer's in the same words ("We publish our books on Open Collective every quarter. For 2025:",
 * "Our numbers, as of the 2.7.4 release:"; not "Anthropic's scores, in our summary:"), and so does a question
 * or a request put to the writer there, which the table answers ("**AI-3.1 — State your remediation SLAs by
 * severity.**", "How fast do you patch?"; not "What did Anthropic report?").
 */

/** Words that make a source the writer's own: "our", "my", "internal", "in-house", "own calculations", "author's analysis", "management information", "board pack". */
const ownDataRe =
  /\b(?:our|my|internal|in-house|proprietary)\b|(?<!['’]s )\bown[ \t]+(?:data|analysis|analyses|calculations?|computations?|estimates?|research|survey|records|figures)\b|\b(?:author|authors|author['’]s|authors['’]|staff|team)[ \t]+(?:analysis|calculations?|estimates?|compilation|survey|data)\b|\bmanagement[ \t]+(?:information|accounts)\b|\bboard[ \t]+pack\b/i;
/** "MI" in capitals: management information, as a syndicate's or a bank's "MI pack" names it. */
const managementInformationRe = /\bMI\b/;

/** At most this much of a source line is read, and of the end of a lead-in. */
const maxSourceLine = 300;
/** A lead-in's colon at its end, past emphasis and spaces: "For 2025:". */
const leadInColonRe = /:[*_ \t]*$/;

/**
 * A test of whether table cell `bi` stands in a row the writer's own data sources (see above).
 * `namesEntity` tells whether [from, to) of the text names a party of the fact base. The source
 * lines are read once, up front; each cell is then one map look-up.
 */
export function ownDataCells(
  lines: readonly TableSourceLine[],
  blocks: readonly Block[],
  mask: string,
  namesEntity: (from: number, to: number) => boolean,
  rows: readonly TableRow[] = [],
): (bi: number) => boolean {
  const rowOfCell = new Map<number, TableRow>();
  // A lead-in of the writer's own data above a table: its caption paragraph, read from its end.
  const ownLeadIn = new Map<TableRow, boolean>();
  for (const row of rows) {
    const head = row.header ?? row;
    let own = ownLeadIn.get(head);
    if (own === undefined) ownLeadIn.set(head, (own = isOwnDataLeadIn(head, mask, namesEntity)));
    if (own) for (const cell of row.cells) rowOfCell.set(cell, row);
  }
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

/**
 * Whether the paragraph directly above a table is a lead-in that sources it as the writer's own
 * data: it ends with a colon, its last words say "our", "my", "internal"… and it names no party
 * of the fact base. Example: "We publish our books on Open Collective every quarter. For 2025:" → true.
 */
function isOwnDataLeadIn(head: TableRow, mask: string, namesEntity: (from: number, to: number) => boolean): boolean {
  const caption = head.caption;
  if (!caption) return false;
  const from = Math.max(caption.start, caption.end - maxSourceLine);
  const words = mask.slice(from, caption.end);
  if (namesEntity(caption.start, caption.end)) return false;
  return (leadInColonRe.test(words) && ownDataRe.test(words)) || isQuestionToWriter(words);
}

/** A question's or a request's end, past emphasis and spaces: "… by severity.**", "… do you patch?". */
const questionEndRe = /[?.][*_ \t]*$/;
/** What ends the sentence before a lead-in's last one: a full stop, a question or exclamation mark, a line break. */
const sentenceBreaks: ReadonlySet<string> = new Set(['.', '?', '!', '\n']);
/** A request for the writer's own, as a questionnaire words one: "State your remediation SLAs", "List all your certifications". */
const requestRe = /\b(?:state|list|describe|provide|give|indicate|specify|confirm|detail|outline|summari[sz]e)[ \t]+(?:(?:all|each|the)[ \t]+)?your\b/i;
/** The writer addressed as "you", as a questionnaire addresses the respondent. */
const addressedRe = /\b(?:your|yours|you)\b/i;

/**
 * Whether `words`, the end of a lead-in, is a question or a request put to the writer, as a
 * questionnaire sets one above the table that answers it: the table is the writer's own data.
 * Example: "**AI-3.1 — State your remediation SLAs by severity.**" → true; "Anthropic's scores:" → false.
 */
function isQuestionToWriter(words: string): boolean {
  const end = questionEndRe.exec(words);
  if (!end) return false;
  const body = words.slice(0, end.index);
  let from = body.length;
  while (from > 0 && !sentenceBreaks.has(body[from - 1])) from--;
  const last = body.slice(from);
  return end[0].startsWith('?') ? addressedRe.test(last) : requestRe.test(last);
}
