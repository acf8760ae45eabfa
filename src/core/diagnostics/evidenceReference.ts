import type { Block } from '../markdown/structure';
import type { TableRow, TableRows } from '../markdown/tableRows';
import { headedSections } from '../markdown/headedSections';

/**
 * The writer's own evidence, as a due-diligence questionnaire's answer cites it: an exhibit's
 * identifier, a code of capitals, a hyphen and a number ("EV-03", "EX-12", "DOC-4").
 * - A paragraph that ends on an evidence reference, "Evidence: EV-05, p. 41.", cites its own
 *   figures with it, as a marker would ("Yes. Our AI Acceptable Use Standard was approved … on 3
 *   February 2026 and is reviewed every 12 months. Evidence: EV-03.").
 * - A table row whose Evidence (or Exhibit, Ref) column holds such identifiers is cited by them
 *   ("| ISO/IEC 27001:2022 | All production services | 14 Nov 2024 | 13 Nov 2027 | EV-01 |").
 * - The rows of a table under a heading that names the index of that evidence ("## 6. Evidence
 *   index", "## Exhibits", "## List of documents") are its entries: the dates of the writer's own
 *   documents, which no source says ("| EV-01 | ISO 27001 certificate | 14 Nov 2024 |").
 * None of these wants a PL007; the caller keeps the hint of a figure the fact check ties to a fact
 * on record (an exhibit is no source for Anthropic's figures), and a row or paragraph that names a
 * party of the fact base keeps its hints.
 */

/** An exhibit's identifier, whole: "EV-03", "EX-12". */
const exhibitId = String.raw`[A-Z]{1,5}-\d{1,4}`;
/**
 * The end of a paragraph that cites the writer's evidence: its label, one identifier or more, a
 * page perhaps, closing punctuation. Example: evidenceTailRe.test('… every 12 months. Evidence: EV-03.') → true.
 */
const evidenceTailRe = new RegExp(
  String.raw`(?:^|[.?!)])[*_ \t]*(?:[Ss]upporting[ \t]+)?(?:[Ee]vidence|[Ee]xhibits?)[*_]*[ \t]*:[*_ \t]*${exhibitId}(?:[ \t]*[,;&][ \t]*(?:and[ \t]+)?${exhibitId}){0,6}(?:,[ \t]*pp?\.[ \t]*\d{1,4}(?:[–-]\d{1,4})?)?[ \t]*\.?[*_]*$`,
);
/** A cell of identifiers alone: "EV-01", "EV-07, EV-08". */
const idCellRe = new RegExp(String.raw`^[*_ \t]*${exhibitId}(?:[ \t]*[,;&/][ \t]*${exhibitId}){0,6}[*_ \t]*$`);
/** The header of an evidence column: "Evidence", "Evidence ID", "Exhibit", "Ref", "Reference". */
const evidenceHeaderRe = /^[*_ \t]*(?:evidence(?:[ \t]+(?:id|ids|ref|refs|reference))?|exhibits?|refs?\.?|references?)[*_ \t]*$/i;
/**
 * A heading that names the index of the writer's evidence, past its numbering.
 * Example: evidenceIndexHeadingRe.test('## 6. Evidence index') → true; evidenceIndexHeadingRe.test('## Evidence') → false.
 */
const evidenceIndexHeadingRe =
  /^[^\p{L}]*(?:(?:evidence|exhibits?|documents?|attachments?|annex(?:es)?|supporting[ \t]+documents?)[ \t]+(?:index|list|register|schedule)|(?:index|list|register|schedule)[ \t]+of[ \t]+(?:evidence|exhibits|documents|attachments|annexes)|exhibits)[^\p{L}]*$/iu;

/** How much of a paragraph's end, or of a heading, is read. */
const maxTail = 160;
const maxHeading = 80;

/**
 * A test of block indices (see the module's comment): whether the figures of block `bi` are cited
 * by the writer's evidence or are an entry of its index, in a row that names no party of the fact base
 * (`namesEntity` tells whether [from, to) of the text names one). Each block and row is read once.
 * Example: the paragraph "Yes. … reviewed every 12 months. Evidence: EV-03." → true.
 */
export function evidenceCitedBlocks(
  blocks: readonly Block[],
  mask: string,
  rows: TableRows | undefined,
  text: string,
  namesEntity: (from: number, to: number) => boolean,
): (bi: number) => boolean {
  const inIndex = headedSections(blocks, mask, (heading) => evidenceIndexHeadingRe.test(heading), maxHeading);
  const paragraphs = new Map<number, boolean>();
  const cited = new Map<TableRow, boolean>();
  return (bi) => {
    const b = blocks[bi];
    if (!b) return false;
    if (b.kind === 'paragraph') {
      let own = paragraphs.get(bi);
      if (own === undefined) paragraphs.set(bi, (own = evidenceTailRe.test(mask.slice(Math.max(b.start, b.end - maxTail), b.end).trimEnd())));
      return own;
    }
    if (b.kind !== 'table-cell' || !rows) return false;
    const row = rows.rowOf(bi);
    if (!row) return false;
    let own = cited.get(row);
    if (own === undefined) cited.set(row, (own = (inIndex(bi) || rowCitesEvidence(row, blocks, rows, text)) && !namesEntity(row.start, row.end)));
    return own;
  };
}

/** Whether a cell of `row` under an evidence column's header holds identifiers alone: "| … | EV-01 |" under "| … | Evidence |". */
function rowCitesEvidence(row: TableRow, blocks: readonly Block[], rows: TableRows, text: string): boolean {
  if (!row.header) return false;
  for (const cell of row.cells) {
    const head = rows.headerCellOf(row, cell);
    if (head === undefined) continue;
    if (evidenceHeaderRe.test(text.slice(blocks[head].start, blocks[head].end)) && idCellRe.test(text.slice(blocks[cell].start, blocks[cell].end))) return true;
  }
  return false;
}
