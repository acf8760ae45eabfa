import type { EntityMention } from '../types';
import type { Block } from '../markdown/structure';
import type { TableRows } from '../markdown/tableRows';
import { firstAtOrAfter } from '../util/search';
import { mentionsIn } from '../entities/mentionsIn';
import { speakerKinds } from './verbCredits';

/**
 * The speaker a table row credits with the quotation in one of its cells: another cell of the
 * row that holds only a speaker's name, emphasis aside, as quote tables set them out
 * ("| Dario Amodei | “We did not feel comfortable …” | [10] |"). A cell that says more than a
 * name ("CEO interview with Dario Amodei") credits no one.
 */
export function rowSpeaker(mask: string, blocks: readonly Block[], rows: TableRows, entities: readonly EntityMention[], quoteAt: number): EntityMention | undefined {
  const bi = firstAtOrAfter(blocks, quoteAt + 1, (b) => b.start) - 1;
  if (bi < 0 || blocks[bi].kind !== 'table-cell' || quoteAt >= blocks[bi].end) return undefined;
  const row = rows.rowOf(bi);
  if (!row) return undefined;
  for (const ci of row.cells) {
    if (ci === bi) continue;
    const cell = blocks[ci];
    const names = mentionsIn(entities, cell.start, cell.end);
    if (names.length !== 1 || !speakerKinds.has(names[0].kind)) continue;
    if (onlyMarkupAround(mask, cell.start, cell.end, names[0])) return names[0];
  }
  return undefined;
}

/** Whether [start, end) holds nothing but the name, white space and emphasis marks. */
function onlyMarkupAround(mask: string, start: number, end: number, name: EntityMention): boolean {
  for (let k = start; k < end; k++) {
    if (k >= name.span.start && k < name.span.end) continue;
    const c = mask.charCodeAt(k);
    if (!(c === 32 || c === 9 || c === 42 || c === 95 || c === 10 || c === 13)) return false;
  }
  return true;
}
