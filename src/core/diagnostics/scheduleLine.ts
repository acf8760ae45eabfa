import type { Claim } from '../types';

/**
 * A line of minutes that sets the team's own next meeting, review or deadline: "Next sync Tue
 * 21.04.2026, 14:00.", "4.9 Next review of this note: 30.06.2026 (end of Q2).", "Due: 16 April
 * 2026", "Deadline: 30 June 2026". Its dates schedule the writer's work; no source says them.
 * After a numbering or a list mark, up to two words before the meeting's noun ("Next weekly
 * sync", "Next WG call").
 */
const scheduleRe = /^[^\p{L}]{0,12}(?:(?:next|upcoming)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?(?:sync|meeting|call|review|check-?in|session|stand-?up|catch-?up|workshop|retro|sprint|deadline|reading|hearing)|due(?:[ \t]+(?:date|by|on))?[ \t]*:|deadline[ \t]*:)(?![\p{L}])/iu;

/**
 * What a submission to a minister or a board writes before the date it wants a decision by, with
 * nothing else in its sentence: "Timing: by 30 June.", "**Timing:** Routine — by 30 June",
 * "Decision needed by 30 June 2026", "Deadline for decision: 30 June". The date is the writer's
 * own request; no source says it. Matched against the text before the sentence's first date, its
 * marks and white space made single spaces (see `squeezed`).
 */
const submissionTimingRe =
  /^[^\p{L}]*(?:timing ?: ?(?:(?:urgent|routine|immediate|standard|priority|normal) ?[,;.—–-]? ?)?(?:(?:a )?(?:decision|response|reply|clearance|agreement|sign-?off) (?:is )?(?:needed|required|requested|sought) )?|(?:decision|response|reply|clearance|agreement|sign-?off) (?:is )?(?:needed|required|requested|sought) |deadline for (?:a )?(?:decision|response|reply|comments?|clearance|submissions?|responses) ?:? ?)(?:(?:by|before|on|no later than) ?:? ?)?$/iu;
/** Emphasis marks and white space, which `squeezed` makes one space. */
const marksAndSpaceRe = /[*_\s]+/g;
/** `text` with each run of emphasis marks and white space made one space: "**Timing:**  by" → " Timing: by". */
const squeezed = (text: string) => text.replace(marksAndSpaceRe, ' ');
/** Between two dates of such a line: "30 June or, at the latest, 8 July". */
const betweenDatesRe = /^[ \t,;]*(?:(?:or|and)[ \t,]+)?(?:(?:at[ \t]+the[ \t]+latest|latest)[ \t,]+)?(?:by[ \t]+)?$/i;
/** After its last date: punctuation and emphasis only. */
const closingRe = /^[\s.,;*_)]*$/;

/**
 * Whether a claim is only such a schedule line: its figures are all dates, and it opens on the
 * schedule's words, or it is a submission's timing line and says nothing but its dates.
 */
export function isScheduleLine(claim: Claim, mask: string): boolean {
  if (!claim.values.length || claim.values.some((v) => v.kind !== 'date')) return false;
  const { start, end } = claim.span;
  if (scheduleRe.test(mask.slice(start, Math.min(end, start + 80)))) return true;
  const first = claim.values[0].span.start;
  if (first - start > 120 || !submissionTimingRe.test(squeezed(mask.slice(start, first)))) return false;
  for (let k = 1; k < claim.values.length; k++) if (!betweenDatesRe.test(mask.slice(claim.values[k - 1].span.end, claim.values[k].span.start))) return false;
  return closingRe.test(mask.slice(claim.values[claim.values.length - 1].span.end, end));
}
