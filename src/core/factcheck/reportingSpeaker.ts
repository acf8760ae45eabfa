import type { EntityMention } from '../types';
import { quoteCredits } from './verbCredits';
import { firstAtOrAfter } from '../util/search';
import { isPastTense } from '../entities/modifiedNoun';
import { outletReports } from './outletReporter';
import { verbClauses, type VerbClause } from './verbClauses';

/**
 * A verb by which its subject gives a figure as theirs, right after the name: "TechCrunch put the
 * filing at 45 pages", "Fortune dates the leak to March 26", "CNN gives the age as 27 years".
 */
const statingVerbRe = /^\s+(?:puts|put|gives|gave|dates|dated|places|placed|estimates|estimated|counts|counted)\b/;
/**
 * What stands right before the figure such a verb gives: "at", "as" or "to", perhaps with one
 * qualifier ("put the filing at about 45 pages", "gives the age as 27 years", "dates the leak to
 * March 26"); "OpenAI put $50 million into credits" gives no figure, it spends one.
 */
const givenAs = /\s(?:at|as|to)\s+(?:[\p{L}-]{1,12}\s+)?$/u;
/** What ends the clause such a verb governs. */
const clauseEndRe = /[;.!?]/g;

/** The reporters heading a verb of stating (see `statingVerbRe`), with where the verb ends and its clause ends (document offsets). */
function statingSubjects(sentenceText: string, start: number, mentions: readonly EntityMention[]): VerbClause[] {
  return verbClauses(sentenceText, start, mentions, (e) => reporterKinds.has(e.kind), statingVerbRe, 24, clauseEndRe);
}

const wordsRe = /\p{L}+/gu;
/** Finite verbs that do not end in -ed: a reported clause's own ("the leak is", "it has", "the filing runs"), and verbs of saying in the present ("Graham says the leak happened"). */
const clauseVerbs = new Set('is are was were has have had will would can could may might does did runs ran says tells writes notes argues claims reports announces states adds'.split(' '));

/**
 * Whether the words between a speaker and a date hold a verb besides the verb of saying: "said the
 * leak happened on", "said it was released on" report a clause, whose date it is; "announced
 * 78.5% in" has no verb but its own, and the date is the saying's.
 */
function reportsClause(between: string): boolean {
  let verbs = 0;
  for (const w of between.match(wordsRe) ?? []) {
    const lower = w.toLowerCase();
    if ((isPastTense(lower) || clauseVerbs.has(lower)) && ++verbs > 1) return true;
  }
  return false;
}

/**
 * What follows the name of an attribution that ends its sentence, after a comma: "…, Fortune first
 * reported.", "…, Anthropic said [1]." — a verb of saying, perhaps after an adverb, then only the
 * closing punctuation and markers.
 */
const trailingVerbRe =
  /^[ \t]+(?:\p{L}+ly[ \t]+|(?:first|also|later|earlier|previously|initially|originally|exclusively|then)[ \t]+)?(?:reported|reports|said|says|wrote|writes|noted|notes|revealed|reveals|disclosed|discloses|confirmed|confirms|announced|announces|stated|states|added|adds)(?:[ \t]*(?:[.!?]|\[[^\]\s]{1,40}\]))*[ \t]*$/iu;
/** The comma that sets the attribution off, perhaps with "the" before the name ("…, the Northmere Courier reported"). */
const commaBefore = /,[ \t]*(?:the[ \t]+)?$/i;

/** The reporter named by an attribution that ends the sentence ("…, Fortune first reported."), if any. */
function trailingReporter(sentenceText: string, start: number, mentions: readonly EntityMention[]): EntityMention | undefined {
  const last = mentions[mentions.length - 1];
  if (!last || !reporterKinds.has(last.kind) || last.span.end - start > sentenceText.length) return undefined;
  const after = sentenceText.slice(last.span.end - start);
  if (after.length > 80 || !trailingVerbRe.test(after)) return undefined;
  return commaBefore.test(sentenceText.slice(Math.max(0, last.span.start - start - 8), last.span.start - start)) ? last : undefined;
}

/** Kinds of entity that report a figure by saying it: people and institutions, not documents, which have figures of their own. */
const reporterKinds: ReadonlySet<string> = new Set(['person', 'organization', 'government-body']);

/**
 * The mentions of a sentence that only report its figures: the person or institution that a
 * verb of saying before each figure credits ("Zemlin said the coalition's founding partners
 * numbered fifteen": Zemlin says the figure, it is not his), or that heads a verb by which it
 * gives a figure ("TechCrunch put the filing at 45 pages"), or that an attribution ending the
 * sentence names ("…, Fortune first reported."), or a news outlet of `outlets` heading a verb of
 * reporting before it ("Fortune reported on 24 March that a misconfiguration exposed 5,000
 * assets", see `outletReports`). Such a speaker is no subject of
 * the figure, so it does not keep the sentence from taking its subject from around it.
 * `sentenceText` starts at document offset `start`, as do `mentions` and `figureStarts`.
 * Reads the sentence's verbs of saying once.
 */
export function reportingSpeakers(
  sentenceText: string,
  start: number,
  mentions: readonly EntityMention[],
  figureStarts: readonly number[],
  dateStarts: ReadonlySet<number> = new Set(),
  outlets: ReadonlySet<string> = new Set(),
): ReadonlySet<EntityMention> {
  if (!figureStarts.length || !mentions.some((e) => reporterKinds.has(e.kind))) return new Set();
  const credits = quoteCredits(sentenceText, start, mentions);
  const staters = statingSubjects(sentenceText, start, mentions);
  // "… left nearly 3,000 unpublished files open, Fortune first reported.": the reporter of every figure before it.
  const trailing = trailingReporter(sentenceText, start, mentions);
  const reports = outletReports(sentenceText, start, mentions, outlets);
  let out: Set<EntityMention> | undefined;
  for (const at of figureStarts) {
    let credited = new Set(credits(at, at).filter((e) => reporterKinds.has(e.kind)));
    // A date with no verb of its own after the saying dates the saying: "CISA announced 78.5% in August 2020" is CISA's act.
    if (dateStarts.has(at)) credited = new Set([...credited].filter((e) => reportsClause(sentenceText.slice(Math.max(0, e.span.end - start), Math.max(0, at - start)))));
    // The nearest verb of stating before the figure, in whose clause it stands.
    const s = staters[firstAtOrAfter(staters, at + 1, (x) => x.verbEnd) - 1];
    if (s && at < s.clauseEnd && givenAs.test(sentenceText.slice(Math.max(s.verbEnd, at - 60) - start, at - start))) credited.add(s.mention);
    if (trailing && at < trailing.span.start) credited.add(trailing);
    for (const r of reports) if (at >= r.from && at < r.to) credited.add(r.mention);
    out = out ? new Set([...out].filter((e) => credited.has(e))) : credited;
    if (!out.size) break;
  }
  return out ?? new Set();
}
