/**
 * Callouts (Obsidian) and alerts (GitHub): a block quote whose first line is `[!TYPE]`,
 * optionally folded (`+`/`-`) and titled. Only a QUOTE or CITE callout quotes anyone; the
 * others are notes, warnings and tips set in a box.
 */

export interface CalloutHead {
  /** A QUOTE or CITE callout: the block is a quotation (its title names whom it quotes). */
  readonly quoting: boolean;
  /** Offset in the line where the title starts (past `[!TYPE]`, the fold sign and spaces). */
  readonly titleStart: number;
}

const calloutRe = /^\[!(note|tip|important|warning|caution|abstract|summary|tldr|info|todo|success|check|done|question|help|faq|failure|fail|missing|danger|error|bug|example|quote|cite)\][+-]?(?:[ \t]+|$)/i;

/**
 * The callout head that starts `line` (the first line of a block quote's first paragraph,
 * `>` marker aside), if any: `[!QUOTE] Logan Graham, to CNN` gives a quoting callout whose
 * title starts at 9; `[!note]` and `[!TIP]- Open questions` are callouts that quote nobody;
 * `[!custom]`, `[!NOTE]x` and `[1]` are none.
 */
export function calloutHead(line: string): CalloutHead | undefined {
  if (line.charCodeAt(0) !== 91 /* [ */ || line.charCodeAt(1) !== 33 /* ! */) return undefined;
  const m = calloutRe.exec(line);
  if (!m) return undefined;
  const type = m[1].toLowerCase();
  return { quoting: type === 'quote' || type === 'cite', titleStart: m[0].length };
}
