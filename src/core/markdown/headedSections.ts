import type { Block } from './structure';

/**
 * A test of block indices, asked in increasing order (the claims' order; an earlier one restarts
 * the walk): whether block `bi` stands in a section under a heading that `heads` accepts (given
 * the heading's first `maxRead` characters of the mask), down to the next heading of its level or
 * above. A heading below it, of a lower level, leaves the section going on. One pass over the
 * headings in all.
 */
export function headedSections(blocks: readonly Block[], mask: string, heads: (heading: string) => boolean, maxRead: number): (bi: number) => boolean {
  let cursor = 0;
  // The level of the accepted heading whose section the walk is in, 0 when none.
  let level = 0;
  return (bi) => {
    if (bi < cursor - 1) {
      cursor = 0;
      level = 0;
    }
    for (; cursor <= bi && cursor < blocks.length; cursor++) {
      const b = blocks[cursor];
      if (b.kind !== 'heading') continue;
      const lv = b.headingLevel ?? 1;
      if (level && lv > level) continue;
      level = heads(mask.slice(b.start, Math.min(b.end, b.start + maxRead))) ? lv : 0;
    }
    return level > 0;
  };
}
