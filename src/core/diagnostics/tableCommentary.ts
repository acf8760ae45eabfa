import type { Block } from '../markdown/structure';
import type { TableSourceLine } from '../citations/tableSourceLine';
import { namesSource } from './namedSourceTable';

/**
 * The paragraph right under a table's source line that reads the table's trend: "| Quarter |
 * Notifications | Of which patch-lag related |" … / "Source: Syndicate 2291 claims system, Q1 2026
 * close." / "Patch-lag notifications have roughly doubled in four quarters, while total
 * notifications rose about 40%." The source line names its source in words and no party of the
 * fact base; a sentence of the paragraph that names a column of the table (a header's word of five
 * letters or more, "notifications") restates its rows, which the line sources: it wants no PL007 of
 * its own. The caller asks more: the sentence names no party of the fact base, and no figure of it
 * is tied to a fact on record. Not a paragraph after a heading or another block, nor a sentence
 * that names no column ("Anthropic gave 40 organisations access."), nor under a line that names a
 * party ("Source: Anthropic, Project Glasswing").
 */

/** At most this much of a source line is read, and of a header row. */
const maxRead = 300;
/** A word of a header or a sentence, as a column is named: five letters or more. */
const longWordRe = /\p{L}{5,}/gu;

/** A word as a column and a sentence share it: in lower case, without a plural's "s" ("Notifications" and "notification"). */
function stem(word: string): string {
  const w = word.toLowerCase();
  return w.endsWith('s') ? w.slice(0, -1) : w;
}

/**
 * A test of whether a sentence [from, to) of block `bi` restates the rows of the table whose source
 * line is the block right before it (see above). The source lines and their headers are read once, up front.
 * Example: after "Source: Syndicate 2291 claims system." under "| Quarter | Notifications |", the sentence
 * "Total notifications rose about 40%." → true.
 */
export function tableCommentaryContext(
  lines: readonly TableSourceLine[],
  blocks: readonly Block[],
  mask: string,
  namesEntity: (from: number, to: number) => boolean,
): (bi: number, from: number, to: number) => boolean {
  const columns = new Map<number, ReadonlySet<string>>();
  for (const { rows, block, from } of lines) {
    const next = blocks[block + 1];
    if (!next || next.kind !== 'paragraph' || next.blockQuote !== blocks[block].blockQuote) continue;
    if (!namesSource(mask.slice(from, Math.min(blocks[block].end, from + maxRead))) || namesEntity(from, blocks[block].end)) continue;
    const header = rows[0]?.header ?? rows[0];
    if (!header) continue;
    const words = new Set<string>();
    for (const m of mask.slice(header.start, Math.min(header.end, header.start + maxRead)).matchAll(longWordRe)) words.add(stem(m[0]));
    if (words.size) columns.set(block + 1, words);
  }
  if (!columns.size) return () => false;
  return (bi, from, to) => {
    const words = columns.get(bi);
    if (!words) return false;
    for (const m of mask.slice(from, to).matchAll(longWordRe)) if (words.has(stem(m[0]))) return true;
    return false;
  };
}
