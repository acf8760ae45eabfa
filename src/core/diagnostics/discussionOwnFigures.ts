import type { ClaimValue } from '../types';

/**
 * Figures of a discussion page's own bookkeeping, which no source could support and which want no
 * citation (PL007), in a sentence that names no party of the fact base (the caller tests that):
 * - the count of its own vote, in a sentence that opens on a tally's label: "**Tally so far:** 4
 *   support, 2 oppose (67% support).", "Vote count: 5–2.", "Current tally: 3 keep, 1 delete.";
 *   not "A poll found 67% support regulation." (no label: the world's count);
 * - the page's own archiving rule: "Threads older than 30 days are archived by the bot.", "Sections
 *   inactive for 14 days will be archived."; not "The logs older than 30 days were deleted by Anthropic";
 * - a meeting's own vote and quorum, as minutes record them: the count of a vote's side, "The resolution was
 *   passed unanimously (7 votes for, none against).", "carried by 5 votes to 2", "6 in favour, 1 against",
 *   and the figures of a sentence on its quorum, "a quorum was present (7 of 8 directors)"; not "a poll
 *   found 7 in 10 voters for regulation" (no side of a vote), nor "7 votes" with no side.
 */

/** A tally's label opening the sentence: "**Tally so far:**", "Vote count:", "Current tally:", "Votes:". */
const tallyLabelRe =
  /^[^\p{L}\p{N}]{0,6}(?:(?:current|running|final|latest)[ \t]+)?(?:tally|vote[ \t]+count|votes|!?vote[ \t]+tally|count)(?:[ \t]+(?:so[ \t]+far|to[ \t]+date|as[ \t]+of[ \t]+now))?[*_]{0,2}[ \t]*:/iu;

/**
 * A page's rule for archiving its threads, with the age that sends them: "Threads older than 30 days
 * are archived", "Sections inactive for 14 days will be archived", "Discussions with no replies for 7
 * days get archived". Example: archiveRuleRe.test('Threads older than 30 days are archived by the bot.') is true.
 */
const archiveRuleRe =
  /(?:^|[^A-Za-z])(?:[Tt]hreads|[Dd]iscussions|[Ss]ections|[Tt]opics|[Cc]omments|[Cc]onversations) (?:older than|inactive for|with no (?:replies|comments|activity) (?:for|in)) [0-9A-Za-z-]{1,12} (?:days?|weeks?|months?|hours?) (?:are|will be|get|may be) (?:automatically )?(?:archived|closed|collapsed|hidden)/;

/**
 * Right after a figure, the side of a vote it counts: "7 votes for", "5 votes to 2", "2 against", "6 in favour, 1 against".
 * Example: voteSideAfterRe.test(' votes for, none against') is true; not ' voters for regulation'.
 */
const voteSideAfterRe = /^[ \t]+(?:votes?[ \t]+(?:for|in[ \t]+favou?r|against|to)\b|against\b|(?:for|in[ \t]+favou?r)[ \t]*,[ \t]*(?:\p{N}{1,3}|none|no|nil|zero|one|two|three|four|five|six|seven|eight|nine|ten)[ \t]+against\b|abstentions?\b|abstained\b|abstaining\b)/iu;

/** Right before a figure, the other side of a vote's count: "5 votes to 2". */
const voteSideBeforeRe = /\bvotes?[ \t]+to[ \t]+$/i;

/** A sentence on a meeting's quorum: "a quorum was present (7 of 8 directors)". */
const quorumRe = /\bquorum\b/i;

/**
 * The indices of `values` (of the sentence `sentence`, which starts at `offset`) that are the
 * discussion's own tally or archiving rule (see the module's comment). Dates are left alone.
 * Example: discussionOwnFigures('Tally so far: 4 support, 2 oppose.', 0, values of "4", "2") is {0, 1}.
 */
export function discussionOwnFigures(sentence: string, offset: number, values: readonly ClaimValue[]): ReadonlySet<number> {
  const own = new Set<number>();
  const tally = tallyLabelRe.test(sentence) || quorumRe.test(sentence);
  const archive = !tally && archiveRuleRe.exec(sentence);
  values.forEach((v, vi) => {
    if (v.kind === 'date') return;
    if (tally) own.add(vi);
    else if (voteSideAfterRe.test(sentence.slice(v.span.end - offset, v.span.end - offset + 40))) own.add(vi);
    else if (voteSideBeforeRe.test(sentence.slice(Math.max(0, v.span.start - offset - 12), v.span.start - offset))) own.add(vi);
    else if (archive && v.span.start - offset >= archive.index && v.span.end - offset <= archive.index + archive[0].length) own.add(vi);
  });
  return own;
}
