import type { Citation, ReferenceInfo } from '../types';
import type { LineIndex } from '../text/lineIndex';
import { isReadingList, type ReferenceSection, type Structure } from '../markdown/structure';

/**
 * The list a fix adds a new reference to: the document's last References, Sources or Notes list
 * (a list under any reference heading that is no reading list), wherever it stands. A reading list
 * ("Further reading", "Recommended reading") holds works the reader may turn to, not the sources
 * the text cites, so a new source goes there only when it is the document's reference list in
 * fact: no other list has items, and a marker of the text resolves to one of its items, or a fix
 * cites one (`citedByFixes`: "Cite [1] Project Glasswing…" makes the Further reading list the
 * document's reference list, so a source it lacks is added there as "[6]", not to a new References
 * section whose "1." would take the marker `[1]` away from the reading list's first item). Else
 * undefined: the fix adds a definition, a footnote or a new References section, as in a document
 * with no list at all.
 *
 * One pass over the citations and the lists' items.
 */
export function entryList(
  structure: Structure,
  index: LineIndex,
  citations: readonly Citation[],
  references: readonly ReferenceInfo[],
  citedByFixes: readonly ReferenceInfo[] = [],
): ReferenceSection | undefined {
  const lists = structure.referenceSections.filter((s) => s.items.length);
  for (let k = lists.length - 1; k >= 0; k--) if (!isReadingList(lists[k])) return lists[k];
  if (!lists.length) return undefined;
  // Only reading lists: the last one a marker cites, if any.
  const citedLines = new Set<number>();
  for (const c of citations) {
    const r = c.referenceIndex === undefined ? undefined : references[c.referenceIndex];
    if (r?.kind === 'list-item' && r.range) citedLines.add(r.range.start.line);
  }
  for (const r of citedByFixes) if (r.kind === 'list-item' && r.range) citedLines.add(r.range.start.line);
  if (!citedLines.size) return undefined;
  for (let k = lists.length - 1; k >= 0; k--) if (lists[k].items.some((i) => citedLines.has(index.lineOf(i.start)))) return lists[k];
  return undefined;
}
