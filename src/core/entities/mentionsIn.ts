import type { EntityMention } from '../types';
import { firstAtOrAfter } from '../util/search';

/**
 * The mentions that start inside [start, end), by binary search over mentions sorted by start
 * (as an analysis finds them): the names of a sentence, a paragraph or an attribution line.
 */
export function mentionsIn(mentions: readonly EntityMention[], start: number, end: number): EntityMention[] {
  const out: EntityMention[] = [];
  for (let i = firstAtOrAfter(mentions, start, (e) => e.span.start); i < mentions.length && mentions[i].span.start < end; i++) out.push(mentions[i]);
  return out;
}

/** Whether a mention starts inside [start, end): `mentionsIn` without the list ("Key passage" names no one). */
export function namesAnyIn(mentions: readonly EntityMention[], start: number, end: number): boolean {
  const i = firstAtOrAfter(mentions, start, (e) => e.span.start);
  return i < mentions.length && mentions[i].span.start < end;
}
