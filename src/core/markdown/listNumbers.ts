import type { Token } from './parser';

/**
 * Which ordered lists write numbers that name their items: those in which no two items share
 * a number. markdown-it keeps each item's number as written (`token.info`), so a References list
 * numbered `1. 2. 4. 3.` (an entry moved, a deleted one left as a gap) keeps 4 and 3 for its
 * items, while the common habit of writing `1.` for every item, or a list that starts again at
 * `1.`, numbers by position. Example: `1. A\n2. B\n4. D\n3. C` → true; `1. A\n1. B` → false.
 */
export function distinctlyNumberedLists(tokens: readonly Token[]): Map<Token, boolean> {
  const result = new Map<Token, boolean>();
  const open: { token: Token; seen: Set<number>; ok: boolean }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type === 'ordered_list_open') open.push({ token: t, seen: new Set(), ok: true });
    else if (t.type === 'bullet_list_open') open.push({ token: t, seen: new Set(), ok: false });
    else if (t.type === 'ordered_list_close' || t.type === 'bullet_list_close') {
      const o = open.pop();
      if (o && t.type === 'ordered_list_close') result.set(o.token, o.ok);
    } else if (t.type === 'list_item_open' && open.length) {
      const o = open[open.length - 1];
      const n = Number(t.info);
      if (!Number.isInteger(n) || o.seen.has(n)) o.ok = false;
      o.seen.add(n);
    }
  }
  return result;
}
