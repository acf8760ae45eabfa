import type { Block } from '../markdown/structure';
import type { TableRow, TableRows } from '../markdown/tableRows';
import type { Claim } from '../types';
import { firstAtOrAfter } from '../util/search';

/**
 * A row of the document's own metadata table, a field and its value in two cells, as an advisory,
 * a policy or a report opens with:
 * - a date field ("| **Published** | 2026-05-12 |", "Issued", "Last updated", "Effective date", "| Submitted | 22 April 2026 |"):
 *   its value, dates alone, is the document's own stamp, as "Published 12 May 2026" in prose is;
 * - a rating field ("| **Severity** | High, CVSS 3.1 base score 8.1 |", "CVSS score", "Risk
 *   rating"): the writer's own assessment of what the document is about.
 * No source says either (PL007). Not a row that names a party of the fact base ("| Published |
 * Anthropic, 7 April 2026 |"), nor a date field whose value tells more than dates ("| Updated |
 * 3,000 assets exposed, 26 March 2026 |"), nor a field of anything else ("| Exposed assets | 3,000 |").
 */

/**
 * A field of the document's own date, the stamp of a step of its own life: "Published", "Date published", "Issued", "Last updated",
 * "Effective date", "Release date", "Submitted", "Prepared", "Received", "Approved", "Last reviewed", "Next review", "Submission date".
 */
const dateFieldRe =
  /^[\s*_]*(?:(?:date[ \t]+)?(?:published|issued|released|updated|revised|submitted|prepared|received|approved|adopted|signed|circulated|dated)|(?:first|last|originally)[ \t]+(?:published|issued|updated|revised|reviewed|approved|submitted)|(?:publication|issue|release|revision|effective|review|document|submission|approval|next[ \t]+review|last[ \t]+review)[ \t]+date|next[ \t]+review|date|effective|version[ \t]+date)[\s*_:.]*$/i;
/** A field of the writer's own rating: "Severity", "CVSS", "CVSS score", "CVSS v3.1 base score", "Base score", "Risk", "Risk rating". */
const ratingFieldRe = /^[\s*_]*(?:severity|cvss(?:[ \t]+v?\d\.\d)?(?:[ \t]+(?:base[ \t]+)?score)?|base[ \t]+score|risk(?:[ \t]+rating)?|severity[ \t]+rating)[\s*_:.]*$/i;

/**
 * The fields of a memorandum's heading: "To", "From", "Re", "Subject", "CC", "Attn". A metadata
 * table with two of them or more is the memo's own heading, whose Date row dates the memo even
 * when its subject names a party of the fact base ("| **Re** | *Anthropic PBC v. U.S. Dep't of
 * Defense* |"): the subject says what the memo is about, not when anything happened.
 */
const memoFieldRe = /^[\s*_]*(to|from|re|subject|cc|bcc|attn|attention)[\s*_:.]*$/i;
/** The fewest memo fields that make a table a memo's heading: "To" and "From", or "From" and "Re". */
const minMemoFields = 2;

/** At most this many rows of a metadata table either side of a row are read for a party's name. */
const maxTableRows = 40;
/** A line break of any convention. */
const lineBreakRe = /\r\n|\r|\n/;

/**
 * Whether the rows `prev` and `next` of `text` are lines of one table: only the line break, and
 * the delimiter row under a header ("|---|---|"), stands between them, with the pipes that close and open them.
 */
function adjacentRows(text: string, prev: TableRow, next: TableRow): boolean {
  if (next.start - prev.end > 400) return false;
  // Any line ending: a CR-only or CRLF document's rows are one table as an LF one's are.
  const lines = text.slice(prev.end, next.start).split(lineBreakRe);
  return lines.length === 2 || (lines.length === 3 && isDelimiterLine(lines[1]));
}

/** Whether a line is a table's delimiter row: "|---|:---:|", inside a block quote too; a "-" in it. */
function isDelimiterLine(line: string): boolean {
  let dash = false;
  for (const c of line) {
    if (c === '-') dash = true;
    else if (c !== '|' && c !== ':' && c !== ' ' && c !== '\t' && c !== '>' && c !== '\r') return false;
  }
  return dash;
}

/**
 * A test of whether the claim of table cell `bi` is the value of such a field (see above), in a
 * table that names no party of the fact base: its rows within `maxTableRows` of the row, read
 * once per table (a metadata table's header row is often empty, and so no row). `text` is the
 * document; `namesEntity` tells whether [from, to) names a party of the fact base.
 */
export function metadataRowValues(blocks: readonly Block[], text: string, rows: TableRows | undefined, namesEntity: (from: number, to: number) => boolean): (claim: Claim, bi: number) => boolean {
  if (!rows?.all.length) return () => false;
  const all = rows.all;
  /** Whether the table of each row named so far names a party, by each of its rows. */
  const namingRows = new Map<TableRow, boolean>();
  const namesParty = (row: TableRow) => {
    let names = namingRows.get(row);
    if (names !== undefined) return names;
    const at = firstAtOrAfter(all, row.start, (r) => r.start);
    let first = at;
    while (first > 0 && at - first < maxTableRows && adjacentRows(text, all[first - 1], all[first])) first--;
    let last = at;
    while (last + 1 < all.length && last - at < maxTableRows && adjacentRows(text, all[last], all[last + 1])) last++;
    names = namesEntity(all[first].start, all[last].end) && !isMemoHeading(all, first, last);
    for (let i = first; i <= last; i++) namingRows.set(all[i], names);
    return names;
  };
  /**
   * Whether rows first..last hold two distinct memo fields or more in their first cells (see memoFieldRe).
   * Example: rows "| **To** | R. Lindqvist |", "| **From** | D. Osei |", "| **Date** | April 14, 2026 |" → true.
   */
  const isMemoHeading = (rowsOfTable: readonly TableRow[], first: number, last: number): boolean => {
    const seen = new Set<string>();
    for (let i = first; i <= last && seen.size < minMemoFields; i++) {
      const cell = blocks[rowsOfTable[i].cells[0]];
      if (!cell || rowsOfTable[i].columns[0] !== 0 || cell.end - cell.start > 40) continue;
      const m = memoFieldRe.exec(text.slice(cell.start, cell.end));
      if (m) seen.add(m[1].toLowerCase());
    }
    return seen.size >= minMemoFields;
  };
  return (claim, bi) => {
    const row = blocks[bi]?.kind === 'table-cell' ? rows.rowOf(bi) : undefined;
    if (!row || row.cells.length !== 2 || row.cells[1] !== bi || row.columns[0] !== 0) return false;
    const key = blocks[row.cells[0]];
    if (key.end - key.start > 40) return false;
    const field = text.slice(key.start, key.end);
    const dates = dateFieldRe.test(field);
    if (!dates && !ratingFieldRe.test(field)) return false;
    if (dates && claim.values.some((v) => v.kind !== 'date')) return false;
    return !namesParty(row);
  };
}
