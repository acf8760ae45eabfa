import type { Claim } from '../types';
import { endsDeadline } from './callDeadline';
import { mayNameSomeone, meetingNoun } from './thingWords';

/**
 * A line of minutes that sets the team's own next meeting, review or deadline: "Next sync Tue
 * 21.04.2026, 14:00.", "4.9 Next review of this note: 30.06.2026 (end of Q2).", "Due: 16 April
 * 2026", "Deadline: 30 June 2026". Its dates schedule the writer's work; no source says them.
 * After a numbering or a list mark, up to two words before the meeting's noun ("Next weekly
 * sync", "Next WG call").
 */
const scheduleRe = /^[^\p{L}]{0,12}(?:(?:next|upcoming)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?(?:sync|meeting|call|review|check-?in|session|stand-?up|catch-?up|workshop|retro|sprint|deadline|reading|hearing)|due(?:[ \t]+(?:date|by|on))?[ \t]*:|deadline[ \t]*:|eta[ \t]*:)(?![\p{L}])/iu;

/**
 * The writer's next issue or episode and its release, before its date: "Next episode drops April
 * 24.", "Our next issue lands on Thursday, April 23.", "The next edition goes out 1 May". Read
 * against the text before the sentence's one date, which must end it: "Next episode: how the
 * model leaked on March 26" says more, and is the world's.
 */
const nextIssueRe =
  /^[^\p{L}]{0,12}(?:(?:our|my|the)[ \t]+)?next[ \t]+(?:(?:weekly|monthly|regular|full|bonus)[ \t]+)?(?:episode|issue|edition|newsletter|instalment|installment|dispatch|briefing|show)[ \t]+(?:(?:will[ \t]+)?(?:drop|land|go[ \t]+out|air|arrive|ship|come[ \t]+out|be[ \t]+out|be[ \t]+published)|drops|lands|goes[ \t]+out|airs|arrives|ships|comes[ \t]+out|is[ \t]+out|is[ \t]+published)(?:[ \t]+on)?(?:[ \t]+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|wed|thu|fri|sat|sun)[.,]?)?[ \t]*$/iu;

/**
 * A memo header's status line that names the writer's meeting by its date: "**Status:** For
 * discussion at the 22 April committee", "Status: for decision at the 30 June board", "**Status:** For decision at
 * the 27 May IC meeting.". The text before the date, then the meeting after it, in lower-case words or a committee's
 * short name (a name makes it another's).
 */
const statusBeforeRe =
  /^[^\p{L}]{0,12}status[*_ \t]*:[*_ \t]*(?:(?:for|to)[ \t]+(?:discussion|decision|noting|information|approval|review|agreement|endorsement|note|decide|discuss|approve)[ \t]+)?(?:at|by|to|before)[ \t]+(?:the|our)[ \t]+$/iu;
/**
 * After the date: the meeting, in up to two lower-case words or a committee's short name before its noun (a
 * capital, then a capital within five letters: "IC", "ARC", "ExCo", "RemCo"), or that short name alone: " committee", " IC meeting", " ExCo".
 * Not a name ("Anthropic board", "White House meeting"); a short name of a party of the fact base is read by the caller.
 */
const committeeShortName = String.raw`\p{Lu}\p{Ll}{0,3}\p{Lu}[\p{Lu}\p{Ll}]{0,3}`;
const statusAfterRe = new RegExp(String.raw`^[ \t]+(?:(?:\p{Ll}[\p{Ll}-]*|${committeeShortName})[ \t]+){0,2}(?:${meetingNoun}|${committeeShortName})(?![\p{L}])[\s.*_]*$`, 'u');

/**
 * The label of a line that tells when and where the writer's own event is: "**When:** Tuesday 10
 * November 2026, 14:00–16:00", "**Office hours this week:** Wednesday 11 November, 10:00–12:00,
 * room 4.08", "Time and place:", "Venue:", "**Event:** Northern Cyber Forum 2026, Main Hall · Tuesday 21 April 2026 · 09:40–09:55". Read only where the line names no party of the fact
 * base and says nothing but the day, the time and the place (see `eventWords`): "**When:** 7
 * April 2026, Anthropic's launch" and "When: 26 March 2026, the leak" are a timeline's entries.
 * ("Date:" is a stamp's label, see dateStamp.)
 */
const eventLabelRe =
  /^[^\p{L}]{0,12}(?:(?:when|where|time|times|venue|location|place|schedule|event)(?:[ \t]+(?:and|&)[ \t]+(?:when|where|date|time|place|venue))?|office[ \t]+hours|date[ \t]+and[ \t]+time)(?:[ \t]+(?:this|next)[ \t]+(?:week|term|semester|month))?[*_ \t]*:/iu;

/**
 * The label of a line that names the writer's own event by its kind, a meeting or a class, perhaps
 * after up to two words in sentence case (group 1): "**Session:**", "**Lecture:**", "**Seminars:**",
 * "**Essay clinic:**", "**Public evidence session:**", "Meeting:". Read as `eventLabelRe` is: the
 * line names no party of the fact base and holds nothing but the day, the time and the place.
 * Not the world's events ("Launch:", "Leak:", "Hearing:", "Conference:" name others' as often),
 * nor one whose words before the noun name someone ("**White House meeting:**", "**CISA briefing:**").
 */
const eventKindLabelRe =
  /^[^\p{L}]{0,12}(?:([\p{L}-]+(?:[ \t]+[\p{L}-]+)?)[ \t]+)?(?:class(?:es)?|(?:session|lecture|seminar|tutorial|workshop|lab|practical|clinic|meeting|webinar|drop-in|surgery|exam|examination|viva|sync|stand-?up)s?)[*_ \t]*:/iu;

/** The lower-case words of a place and a time an event line may hold past its label (a name is capitalised): "room 4.08", "online", "in the seminar room", "(public session from 9.45am)", "(private pre-meeting 9.00am)", "(groups A and B)". */
const eventWords: ReadonlySet<string> = new Set(
  'a am and at building by campus floor from group groups hall in lab lecture link midnight noon meeting office on online or pm pre-meeting private public room rm seminar session teams the theatre till to until via zoom'.split(' '),
);
const lowerWordRe = /(?<![\p{L}\p{N}])\p{Ll}[\p{L}'’-]*/gu;

/**
 * The label of a line that names the writer's event by its kind (see `eventKindLabelRe`), when the
 * words before its noun name no one: "**Essay clinic:**" → its match; "**White House meeting:**" → null.
 */
function ownEventKindLabel(opening: string): RegExpExecArray | null {
  const m = eventKindLabelRe.exec(opening);
  if (!m || !m[1]) return m;
  const words = m[1].split(/[ \t]+/);
  return words.some((w, k) => mayNameSomeone(w, k, anyCapital)) ? null : m;
}

/** Whether [from, to) of `mask`, an event line past its label, holds no lower-case word but those of a place and a time (see `eventWords`). */
function onlyPlaceAndTime(mask: string, from: number, to: number): boolean {
  for (const m of mask.slice(from, to).matchAll(lowerWordRe)) if (!eventWords.has(m[0])) return false;
  return true;
}

/**
 * A deadline line set as a task list or a slide sets it, with no verb: the thing due, "due" (or
 * "ETA") and its date: "- Policy brief due **4 December 2026, 12:00**", "Next risk committee
 * pre-read due: Wed Apr 29, 12:00 ET.", "5.0.0 ETA: June 2". The thing (the first group, or the
 * second after "ETA for") is the team's own work when it names no one: see `isOwnThing`.
 */
const dueLineRe =
  /^[^\p{L}\p{N}]{0,12}(?:([\p{L}\p{N}][\p{L}\p{N}.'’-]*(?:[ \t]+[\p{L}\p{N}][\p{L}\p{N}.'’-]*){0,5})[*_]{0,2}[ \t]+(?:due|eta)|eta[ \t]+for[ \t]+([\p{L}\p{N}][\p{L}\p{N}.'’-]*(?:[ \t]+[\p{L}\p{N}][\p{L}\p{N}.'’-]*){0,5}))(?:[ \t]+(?:date|by|on|before|no[ \t]+later[ \t]+than))?[*_ \t]*(?::[*_ \t]*)?(?:(?:by|on|before)[ \t]+)?(?:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|wed|thu|fri|sat|sun)[.,]?[*_ \t]*)?$/iu;
/** "due" or "ETA", without which no opening is a deadline line. */
const dueOrEtaRe = /\b(?:due|eta)\b/i;
/** Verbs that make the words before "due" a sentence, not a thing: "The report is due …", "Comments were due …". */
const finiteVerbs: ReadonlySet<string> = new Set('is are was were be been being will would shall should can could may might must has have had remains remain fell falls came comes'.split(' '));

/**
 * Whether `words`, the thing of a deadline line, names no one: no verb among them, no capital but
 * that of its first word, no acronym, no possessive ("Policy brief", "Next risk committee
 * pre-read", "5.0.0"; not "The report is", "Commission's decision", "DSIT response", "final report
 * to Parliament"). `namesEntity` tells whether they name a party of the fact base.
 */
function isOwnThing(words: string, from: number, namesEntity: (from: number, to: number) => boolean): boolean {
  const parts = words.split(/[ \t]+/);
  for (let k = 0; k < parts.length; k++) {
    const w = parts[k];
    if (finiteVerbs.has(w.toLowerCase()) || mayNameSomeone(w, k, anyCapital)) return false;
  }
  return !namesEntity(from, from + words.length);
}

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

/** A deadline line's first word may take a capital whatever it is ("Policy brief due …"). */
const anyCapital = () => true;

/** Nothing is named: for callers that know no fact base. */
const namesNothing = () => false;

/**
 * Whether a claim is only such a schedule line: its figures are all dates, and it opens on the
 * schedule's words, or on the label of the writer's event and names no party of the fact base
 * (`namesEntity` tells whether [from, to) of the text names one), or it is a deadline line, a
 * submission's timing line, the release of the writer's next issue (see `nextIssueRe`) or a memo's
 * status line naming the writer's meeting (see `statusBeforeRe`) and says nothing but its dates.
 */
export function isScheduleLine(claim: Claim, mask: string, namesEntity: (from: number, to: number) => boolean = namesNothing): boolean {
  if (!claim.values.length || claim.values.some((v) => v.kind !== 'date')) return false;
  const { start, end } = claim.span;
  const opening = mask.slice(start, Math.min(end, start + 80));
  if (scheduleRe.test(opening)) return true;
  const label = eventLabelRe.exec(opening) ?? ownEventKindLabel(opening);
  if (label) return onlyPlaceAndTime(mask, start + label[0].length, end) && !namesEntity(start, end);
  const first = claim.values[0].span.start;
  if (first - start <= 120 && isDueLine(claim, mask, first, namesEntity)) return true;
  if (claim.values.length === 1 && first - start <= 120 && nextIssueRe.test(mask.slice(start, first))) return closingRe.test(mask.slice(claim.values[0].span.end, end));
  if (claim.values.length === 1 && first - start <= 120 && statusBeforeRe.test(mask.slice(start, first))) return statusAfterRe.test(mask.slice(claim.values[0].span.end, end)) && !namesEntity(start, end);
  if (first - start > 120 || !submissionTimingRe.test(squeezed(mask.slice(start, first)))) return false;
  for (let k = 1; k < claim.values.length; k++) if (!betweenDatesRe.test(mask.slice(claim.values[k - 1].span.end, claim.values[k].span.start))) return false;
  return closingRe.test(mask.slice(claim.values[claim.values.length - 1].span.end, end));
}

/** Whether the claim, whose first date starts at `first`, is a deadline line (see `dueLineRe`): one date, then its time and how the work goes in. */
function isDueLine(claim: Claim, mask: string, first: number, namesEntity: (from: number, to: number) => boolean): boolean {
  if (claim.values.length !== 1) return false;
  const { start, end } = claim.span;
  const before = mask.slice(start, first);
  // Most claims' openings hold neither word: the whole pattern is not tried on them.
  if (!dueOrEtaRe.test(before)) return false;
  const m = dueLineRe.exec(before);
  if (!m) return false;
  const thing = m[1] ?? m[2];
  const at = start + (m.index + m[0].indexOf(thing));
  return isOwnThing(thing, at, namesEntity) && endsDeadline(mask.slice(claim.values[0].span.end, end));
}

/**
 * Inside a bracket, before a date it holds alone: the team's next meeting, review or deadline, as
 * `scheduleRe` opens a line with it: "(next review: ", "(next meeting on ", "(due ", "(deadline: ".
 * Example: scheduleBracketBeforeRe.test('every six months (next review: ') → true; scheduleBracketBeforeRe.test('(the leak on ') → false.
 */
const scheduleBracketBeforeRe =
  /\([ \t]*(?:(?:next|upcoming)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?(?:sync|meeting|call|review|check-?in|session|reading|deadline)(?:[ \t]+(?:on|due|date|by))?|due(?:[ \t]+(?:on|by))?|deadline)[ \t]*(?::[ \t]*)?$/iu;
/** After such a date: the bracket closes. */
const bracketCloseRe = /^[ \t]*\)/;

/**
 * The dates of a sentence that a bracket sets as the team's own next meeting, review or deadline,
 * by index into `values`; `start` is the sentence's offset. The caller asks that the sentence name no
 * party of the fact base and keeps a date tied to a fact on record.
 * Example: scheduleBracketDates('We review provider policies every six months (next review: 30 September 2026).', 0, values) → the date's index.
 */
export function scheduleBracketDates(sentenceText: string, start: number, values: readonly Pick<Claim['values'][number], 'kind' | 'span'>[]): ReadonlySet<number> {
  const dates = new Set<number>();
  values.forEach((v, vi) => {
    if (v.kind !== 'date') return;
    const from = v.span.start - start;
    const to = v.span.end - start;
    if (scheduleBracketBeforeRe.test(sentenceText.slice(Math.max(0, from - 60), from)) && bracketCloseRe.test(sentenceText.slice(to, to + 8))) dates.add(vi);
  });
  return dates;
}
