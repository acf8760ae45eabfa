import type { EntityMention } from '../types';
import type { Block } from '../markdown/structure';
import type { LineIndex } from '../text/lineIndex';
import { mentionsIn } from '../entities/mentionsIn';

/**
 * What a claim that names no subject of its own is about: the entities named in the heading of
 * its section and in the paragraph just before its own or, for a list item, in the paragraph that
 * introduces the list. Writers name the subject once and then write "the model", "the leak",
 * "the company", or a bare bullet under "Anthropic committed:" — the claim inherits it.
 * Nothing crosses a heading, and a table cell, a reference or a heading has none.
 */
export interface Surroundings {
  readonly ids: ReadonlySet<string>;
  /** The ids in a fixed order: a verdict that used the surroundings is reused only while they stay the same. */
  readonly key: string;
}

const none: Surroundings = { ids: new Set(), key: '' };

/** A list marker (after any block-quote markers) before the block's first character on its line. */
const listItemLead = /^[ \t>]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?$/;

/** How far back a list item looks for the paragraph introducing its list (a longer list is a document of its own). */
const maxListWalk = 64;

/** How far into its line a block may start for what stands before it to be list markers (nested in quotes and lists). */
const maxLeadLength = 64;

/** Whether a list marker stands before the block on its line (the line index knows every line's start). */
function isListItem(text: string, index: LineIndex, block: Block): boolean {
  const lineStart = index.lineStarts[index.lineOf(block.start)];
  return block.start - lineStart <= maxLeadLength && listItemLead.test(text.slice(lineStart, block.start));
}

function isProse(block: Block | undefined): block is Block {
  return block !== undefined && block.kind === 'paragraph' && !block.isReference;
}

/** Surroundings of each block by index, each found once when first asked for. */
export function claimSurroundings(text: string, index: LineIndex, blocks: readonly Block[], entities: readonly EntityMention[]): (blockIndex: number) => Surroundings {
  let headingOf: Int32Array | undefined;
  const made = new Map<number, Surroundings>();
  const idsIn = (block: Block, into: Set<string>) => {
    for (const e of mentionsIn(entities, block.start, block.end)) into.add(e.id);
  };
  return (bi) => {
    let found = made.get(bi);
    if (found) return found;
    const block = blocks[bi];
    if (!isProse(block)) return none;
    if (!headingOf) {
      headingOf = new Int32Array(blocks.length);
      let last = -1;
      for (let k = 0; k < blocks.length; k++) {
        headingOf[k] = last;
        if (blocks[k].kind === 'heading') last = k;
      }
    }
    const ids = new Set<string>();
    const heading = headingOf[bi];
    if (heading >= 0) idsIn(blocks[heading], ids);
    const previous = blocks[bi - 1];
    const item = isListItem(text, index, block);
    // The items of a list run side by side: an item's context is its list's lead-in, not the item before.
    if (!item && isProse(previous) && bi - 1 > heading && !isListItem(text, index, previous)) idsIn(previous, ids);
    if (item) {
      for (let k = bi - 1; k > heading && k >= bi - maxListWalk; k--) {
        if (!isProse(blocks[k])) break;
        if (isListItem(text, index, blocks[k])) continue;
        idsIn(blocks[k], ids);
        break;
      }
    }
    found = ids.size ? { ids, key: [...ids].sort().join('\u0000') } : none;
    made.set(bi, found);
    return found;
  };
}
