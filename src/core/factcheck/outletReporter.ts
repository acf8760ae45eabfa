import type { EntityMention } from '../types';
import type { FactBase } from '../factbase/schema';
import { verbClauses } from './verbClauses';

/**
 * A news outlet as the subject of a verb of reporting is the reporter of what follows, not the
 * subject of the figures it reports: "Fortune reported on 24 March 2026 that a CMS
 * misconfiguration exposed close to 5,000 unpublished assets", "| Fortune reports a CMS
 * misconfiguration exposing close to 5,000 unpublished assets |". Not the outlet as an owner or
 * the subject of another verb ("Fortune's leak exposed …", "Fortune alerted Anthropic …").
 */

/** The fact base's news outlets: the entities named as the publisher of a news source ("Fortune", "CNN"). */
export function newsOutlets(factBase: Pick<FactBase, 'entities' | 'sources'>): ReadonlySet<string> {
  const publishers = new Set(factBase.sources.filter((s) => s.kind === 'news').map((s) => s.publisher.toLowerCase()));
  return new Set(factBase.entities.filter((e) => publishers.has(e.name.toLowerCase())).map((e) => e.id));
}

/**
 * A verb of reporting right after the outlet's name, perhaps after an adverb or an auxiliary:
 * " reported", " first reported", " has reported", " reports", " revealed".
 */
const reportingVerbAfterRe = /^[ \t]+(?:(?:first|also|later|then|earlier|exclusively|originally|has|had|have)[ \t]+){0,2}(?:reported|reports|revealed|reveals|disclosed|discloses)(?![\p{L}\p{N}])/iu;

/** What ends the clause the verb reports: a semicolon or a sentence's end. */
const clauseEndRe = /[;.!?](?!\d)/g;

/**
 * The outlets of `outlets` that head a verb of reporting in the sentence, with the stretch it
 * reports (document offsets, from the verb's end to its clause's end). `sentenceText` starts at `start`.
 * Example: "Fortune reported that a misconfiguration exposed 5,000 assets." → Fortune, from
 * after "reported" to the full stop.
 */
export function outletReports(
  sentenceText: string,
  start: number,
  mentions: readonly EntityMention[],
  outlets: ReadonlySet<string>,
): { mention: EntityMention; from: number; to: number }[] {
  if (!outlets.size) return [];
  return verbClauses(sentenceText, start, mentions, (e) => outlets.has(e.id), reportingVerbAfterRe, 48, clauseEndRe).map((c) => ({ mention: c.mention, from: c.verbEnd, to: c.clauseEnd }));
}
