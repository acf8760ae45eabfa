import type { EntityMention } from '../types';
import { quoteCredits } from './verbCredits';

/** Kinds of entity that report a figure by saying it: people and institutions, not documents, which have figures of their own. */
const reporterKinds: ReadonlySet<string> = new Set(['person', 'organization', 'government-body']);

/**
 * The mentions of a sentence that only report its figures: the person or institution that a
 * verb of saying before each figure credits ("Zemlin said the coalition's founding partners
 * numbered fifteen": Zemlin says the figure, it is not his). Such a speaker is no subject of
 * the figure, so it does not keep the sentence from taking its subject from around it.
 * `sentenceText` starts at document offset `start`, as do `mentions` and `figureStarts`.
 * Reads the sentence's verbs of saying once.
 */
export function reportingSpeakers(sentenceText: string, start: number, mentions: readonly EntityMention[], figureStarts: readonly number[]): ReadonlySet<EntityMention> {
  if (!figureStarts.length || !mentions.some((e) => reporterKinds.has(e.kind))) return new Set();
  const credits = quoteCredits(sentenceText, start, mentions);
  let out: Set<EntityMention> | undefined;
  for (const at of figureStarts) {
    const credited = new Set(credits(at, at).filter((e) => reporterKinds.has(e.kind)));
    out = out ? new Set([...out].filter((e) => credited.has(e))) : credited;
    if (!out.size) break;
  }
  return out ?? new Set();
}
