import type { EntityMention } from '../types';
import { firstAtOrAfter } from '../util/search';

/**
 * A mention that a reading of the whole document added to the blocks' own (a family name after
 * the full name, a short name a bracket defines: 'the Department of Defense (the "Department")'),
 * or took from them (another name's words, "Marcus Hegseth"). A block's scan, and the verdicts kept
 * with it, know only the block's own mentions: an edit elsewhere may change these.
 */
export interface MentionChange {
  readonly start: number;
  readonly end: number;
  readonly id: string;
  readonly added: boolean;
}

/**
 * The mentions in `after` that are not in `before` and those in `before` that are not in `after`
 * (by identity: the readings keep the mentions they leave alone), in document order. Usually none.
 * Example: mentionChanges(own, withDefinedNameMentions(mask, own, index)) → [{ start: 412, end: 426, id: 'department-of-defense', added: true }].
 */
export function mentionChanges(before: readonly EntityMention[], after: readonly EntityMention[]): MentionChange[] {
  if (before === after) return [];
  const out: MentionChange[] = [];
  const kept = new Set(after);
  const own = new Set(before);
  for (const e of after) if (!own.has(e)) out.push({ start: e.span.start, end: e.span.end, id: e.id, added: true });
  for (const e of before) if (!kept.has(e)) out.push({ start: e.span.start, end: e.span.end, id: e.id, added: false });
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * The changes in [start, end) as a key, placed from `start` ("" when there are none, as in most blocks).
 * Example: changesKey([{ start: 412, end: 426, id: 'department-of-defense', added: true }], 400, 500) → "+department-of-defense 12 26".
 */
export function changesKey(changes: readonly MentionChange[] | undefined, start: number, end: number): string {
  if (!changes?.length) return '';
  let key = '';
  for (let i = firstAtOrAfter(changes, start, (c) => c.start); i < changes.length && changes[i].start < end; i++) {
    const c = changes[i];
    key += `${key ? '\u0000' : ''}${c.added ? '+' : '-'}${c.id} ${c.start - start} ${c.end - start}`;
  }
  return key;
}
