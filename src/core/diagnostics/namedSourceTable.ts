import type { Block } from '../markdown/structure';
import type { TableSourceLine } from '../citations/tableSourceLine';
import { sourceLabelRe } from '../markdown/sourceLabel';

/**
 * A table whose source line names its source in words, with no marker, as a sell-side note, a
 * statistical office or a newspaper sets one under every table: "Source: Company data, Halverson
 * Brooks estimates.", "Source: FactSet, HB Equity Research.", "Source: Lloyd's market bulletin,
 * March 2026 close.", "Sources: Bloomberg, ONS". The line is the rows' citation, in the genre's
 * convention: they want no PL007 of their own (PL006 still reads them, and a figure the fact check
 * ties to a fact on record keeps its hint, whose fix cites the record; the caller tests that). A
 * source line that names a party of the fact base ("Source: Anthropic, Project Glasswing, 7 April
 * 2026", "Source: our analysis of Anthropic's system card") draws on that party's figures, which
 * want the marker a fix can add: its rows keep their hints. So do a placeholder's ("Source: TBD",
 * "Source: ?") and a table's with no source line.
 */

/** At most this much of a source line is read. */
const maxSourceLine = 300;
/** A placeholder where the source should be, past emphasis: "TBD", "TODO", "TK", "?", "[source]", "needed", "to come". */
const placeholderRe = /^[*_ \t\[(]*(?:TODO|TK(?:TK)?|TBD|TBC|FIXME|XXX|\?+|(?:source|citation|reference)s?[ \t]+(?:needed|to[ \t]+come|pending)|(?:needed|pending|unknown|to[ \t]+come|n\/a|none)(?![\p{L}]))/iu;
/** A word of two letters or more: a source is named by one at least ("ONS", "FactSet"). */
const wordRe = /\p{L}{2}/u;

/**
 * Whether the words after a source line's label name a source: a word, and no placeholder.
 * Example: namesSource('Source: Company data, Halverson Brooks estimates.') → true; namesSource('Source: TBD') → false.
 */
export function namesSource(line: string): boolean {
  const label = sourceLabelRe.exec(line);
  const words = label ? line.slice(label[0].length) : line;
  return wordRe.test(words) && !placeholderRe.test(words.trimStart());
}

/**
 * A test of whether table cell `bi` stands in a row that a source line naming its source in words
 * cites (see above). `namesEntity` tells whether [from, to) of the text names a party of the fact
 * base. The source lines are read once, up front; each cell is then one map look-up.
 */
export function namedSourceCells(
  lines: readonly TableSourceLine[],
  blocks: readonly Block[],
  mask: string,
  namesEntity: (from: number, to: number) => boolean,
): (bi: number) => boolean {
  const cited = new Set<number>();
  for (const { rows, block, from } of lines) {
    const to = Math.min(blocks[block].end, from + maxSourceLine);
    if (!namesSource(mask.slice(from, to)) || namesEntity(from, blocks[block].end)) continue;
    for (const row of rows) for (const cell of row.cells) cited.add(cell);
  }
  return cited.size ? (bi) => cited.has(bi) : () => false;
}
