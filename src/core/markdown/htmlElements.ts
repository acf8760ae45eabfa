/**
 * The HTML elements that give the text of HTML blocks a role beyond prose: a `<blockquote>` (a
 * block quote), a table's cells (`<td>`, `<th>`; a row is one record, as a Markdown table's) and
 * deleted text (`<del>`, `<s>`, `<strike>`: no prose). A blank line ends a CommonMark HTML block
 * but not an element, so one reader follows the elements across all the HTML blocks of a
 * document (and the Markdown between them).
 */

/** The cell of an HTML table that a piece of text stands in. */
export interface HtmlCell {
  /** Numbers that tell the document's tables, and their rows, apart. */
  readonly table: number;
  readonly row: number;
  /** A `<th>` cell. */
  readonly header: boolean;
}

export class HtmlElements {
  /** How many `<blockquote>` elements are open. */
  quoteDepth = 0;
  /** The offset, in the block being read, just past the tag that closed the outermost `<blockquote>`, if one did. */
  closedAt: number | undefined;
  /**
   * The name of a deletion element (`del`, `s`, `strike`) an HTML block opened and left open:
   * what follows, Markdown blocks included, is deleted up to its closing tag.
   */
  deleted: string | undefined;
  private tables = 0;
  private rows = 0;
  private table = 0;
  private row = 0;
  private cell: 'td' | 'th' | undefined;

  /** Called as each HTML block is read. */
  startBlock(): void {
    this.closedAt = undefined;
  }

  /** A tag `name` (lower case) read in the block, ending at `end`. */
  tag(name: string, closing: boolean, selfClosing: boolean, end: number): void {
    switch (name) {
      case 'blockquote':
        if (selfClosing) return;
        if (!closing) this.quoteDepth++;
        else if (this.quoteDepth > 0 && --this.quoteDepth === 0) this.closedAt = end;
        return;
      case 'table':
        if (selfClosing) return;
        this.table = closing ? 0 : ++this.tables;
        this.row = 0;
        this.cell = undefined;
        return;
      case 'tr':
        // A row's start also ends the cell and row before it (their closing tags are optional).
        this.cell = undefined;
        this.row = closing || selfClosing ? 0 : ++this.rows;
        return;
      case 'td':
      case 'th':
        this.cell = closing || selfClosing ? undefined : name;
        return;
      default:
    }
  }

  /** The table cell that text read now stands in, if any. */
  cellNow(): HtmlCell | undefined {
    return this.cell && this.row && this.table ? { table: this.table, row: this.row, header: this.cell === 'th' } : undefined;
  }
}
