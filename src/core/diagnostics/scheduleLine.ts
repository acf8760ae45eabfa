import type { Claim } from '../types';

/**
 * A line of minutes that sets the team's own next meeting, review or deadline: "Next sync Tue
 * 21.04.2026, 14:00.", "4.9 Next review of this note: 30.06.2026 (end of Q2).", "Due: 16 April
 * 2026", "Deadline: 30 June 2026". Its dates schedule the writer's work; no source says them.
 * After a numbering or a list mark, up to two words before the meeting's noun ("Next weekly
 * sync", "Next WG call").
 */
const scheduleRe = /^[^\p{L}]{0,12}(?:(?:next|upcoming)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?(?:sync|meeting|call|review|check-?in|session|stand-?up|catch-?up|workshop|retro|sprint|deadline|reading|hearing)|due(?:[ \t]+(?:date|by|on))?[ \t]*:|deadline[ \t]*:)(?![\p{L}])/iu;

/** Whether a claim is only such a schedule line: its figures are all dates, and it opens on the schedule's words. */
export function isScheduleLine(claim: Claim, mask: string): boolean {
  if (!claim.values.length || claim.values.some((v) => v.kind !== 'date')) return false;
  return scheduleRe.test(mask.slice(claim.span.start, Math.min(claim.span.end, claim.span.start + 80)));
}
