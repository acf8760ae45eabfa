import type { Claim } from '../types';

/**
 * A call's own deadline, as a newsletter, a job ad or a call for papers sets it in a sentence of
 * its own: "Applications close May 15.", "Submissions are due by 30 June.", a discussion's "Vote closes 20:00,
 * 20 April 2026 (UTC).", "Registration closes
 * on 3 April.", "Nominations open on 1 March.", "The comment period ends on 12 May.". The writer
 * sets the date; no source says it. Only such a sentence, in the present or with "will", whose
 * subject is the call's (applications, submissions, registration, nominations, entries, abstracts,
 * proposals, comments, a comment or application period, and a procurement's tenders, bids, quotes,
 * offers and responses…) with nothing but lower-case words after
 * it ("Applications for the summer fellowship"; not "Applications for the NSF grant", a call of
 * another's), and nothing after its dates but a time of day and how the work goes in ("Submissions are
 * due by 4 December 2026 at 12:00 via Turnitin."). It opens its paragraph, or follows a
 * sentence in it in which the writer speaks ("We're hiring a policy fellow. Applications close May
 * 15.") or that names no one ("The closing time is extended. Tenders now close at 2:00 pm AEST on
 * Thursday 4 June 2026."): after one that names another's call ("The Commission has opened a consultation.
 * Submissions close May 15.") it reports the world, and keeps its hint. A law's or an agency's date
 * ("The EU AI Act's obligations apply from 2 August 2026", "The consultation closes on 30 June")
 * has another subject or verb; a past one ("Applications closed on 4 March") is history.
 */

/** A call's subject: "applications", "submissions", "the comment period", "the deadline for entries". */
export const callSubject = String.raw`(?:votes?|voting|ballots?|applications?|submissions?|registrations?|nominations?|entries|abstracts|proposals|comments|rsvps?|sign-?ups?|expressions[ \t]+of[ \t]+interest|tenders|bids|quotes|quotations|offers|responses|(?:comment|application|submission|registration|nomination)[ \t]+(?:period|window|portal)|deadline[ \t]+for[ \t]+(?:applications|submissions|registration|nominations|entries|abstracts|proposals|comments))`;
/** A call's verb of closing or opening, in the present or with "will": "close", "are due", "must be received". */
export const callVerb = String.raw`(?:(?:will[ \t]+)?(?:close|closes|open|opens|end|ends|run[ \t]+until|runs[ \t]+until|remain[ \t]+open[ \t]+until|remains[ \t]+open[ \t]+until|be[ \t]+due)|(?:is|are)[ \t]+(?:due|open[ \t]+until|accepted[ \t]+until)|due|(?:must|should|are[ \t]+to)[ \t]+be[ \t]+(?:received|submitted|lodged|in)|is)`;

/** The call's subject, its complement of lower-case words, its verb and the phrase of time before its date. */
const callDeadlineRe = new RegExp(
  String.raw`^[^\p{L}]{0,8}(?:(?:the|our|all|late|early)[ \t]+)?` +
    callSubject +
    String.raw`(?:[ \t]+(?:for|to|from)((?:[ \t]+[\p{L}-]+){1,5}))?` +
    String.raw`(?:[ \t]+now)?[ \t]+` +
    callVerb +
    // Its time of day, after "at", "by" or "before", or a clock time alone ("Vote closes 20:00, 20 April 2026 (UTC).").
    String.raw`(?:[ \t]+(?:(?:at|by|before)[ \t]+(?:midnight|noon|\d{1,2}(?:[:.]\d{2})?[ \t]?(?:[ap]\.?m\.?)?)|\d{1,2}[:.]\d{2}(?:[ \t]?[ap]\.?m\.?)?)(?:[ \t]+\p{Lu}{2,4})?)?` +
    String.raw`(?:[ \t]+(?:on|by|at|before|until|till|through|from|no[ \t]+later[ \t]+than))?(?:[ \t]+(?:midnight|noon|the[ \t]+end[ \t]+of|close[ \t]+of[ \t]+business)[ \t]+(?:on[ \t]+)?)?` +
    // The day of the week before the date: "on Thursday 28 May 2026", "by Fri, 5 June".
    String.raw`(?:[ \t]+(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?)?[ \t,]*$`,
  'iu',
);

const capitalRe = /\p{Lu}/u;

/** A time of day and a time zone after a deadline's date: "at 5 pm ET", ", 12:00", "(23:59 BST)". */
const timeOfDay = String.raw`,?[ \t]*\(?(?:at[ \t]+)?(?:midnight|noon|\d{1,2}(?:[:.]\d{2})?[ \t]?(?:[apAP]\.?[mM]\.?)?)(?:[ \t]+\p{Lu}{2,4})?\)?`;
/**
 * How or where the work goes in, after the date and its time: "via Turnitin", "on Moodle",
 * "through the portal", "online", "by email", "to the course office". A means may name a
 * platform; a recipient, after "to", "at" or "with", only in lower-case words (its words are the
 * first group): a name there makes the call another's ("Submissions are due by 30 June to the
 * Commission").
 */
const means = String.raw`,?[ \t]+(?:(?:via|through|using|on|in)(?:[ \t]+[\p{L}'’&-]+){1,6}|(?:to|at|with)((?:[ \t]+[\p{L}'’&-]+){1,6})|online|electronically|by[ \t]+(?:e-?mail|post|hand))`;
/** After a deadline's last date: its time of day or zone, how the work goes in, then the sentence's end (see `timeOfDay`, `means`). */
/** A time zone alone in brackets after the date or its time: " (UTC)", "(CET)". */
const zoneAlone = String.raw`[ \t]*\(\p{Lu}{2,4}\)`;
const afterDateRe = new RegExp(String.raw`^(?:${timeOfDay})?(?:${zoneAlone})?(?:${means})?[\s.;!*_)]*$`, 'u');

/**
 * Whether `text`, what follows a deadline's last date up to its sentence's end, says nothing but
 * the time of day and how the work goes in: "", " at 12:00 via Turnitin.", ", 12:00 ET.", "**".
 */
export function endsDeadline(text: string): boolean {
  const m = afterDateRe.exec(text);
  return m !== null && (m[1] === undefined || !capitalRe.test(m[1]));
}

/** Words in which the writer speaks: "we", "our", "us", "I" (and "we're", "I'm"). */
const writerSpeaksRe = /(?:^|[^\p{L}])(?:[Ww]e|[Oo]ur|us|I)(?![\p{L}])/u;

const wordCharRe = /[\p{L}\p{N}]/u;

/** How much of the paragraph before the sentence is read for the writer's voice. */
const maxBefore = 400;

/**
 * Whether a claim is only a call's own deadline (see the module's comment): all its figures are
 * dates, one, or two joined as a span ("open 1 March and close 15 May" is two sentences' worth and
 * is not read). `blockStart` is where its paragraph's prose starts.
 */
export function isCallDeadline(claim: Claim, mask: string, blockStart: number): boolean {
  if (claim.values.length !== 1 || claim.values[0].kind !== 'date') return false;
  const { start, end } = claim.span;
  const date = claim.values[0].span;
  const m = date.start - start > 160 ? null : callDeadlineRe.exec(mask.slice(start, date.start));
  // A name in the subject's complement makes the call another's ("Applications for the NSF grant").
  if (!m || (m[1] !== undefined && capitalRe.test(m[1]))) return false;
  if (!endsDeadline(mask.slice(date.end, end))) return false;
  if (start <= blockStart) return true;
  const before = mask.slice(Math.max(blockStart, start - maxBefore), start);
  return !wordCharRe.test(before) || writerSpeaksRe.test(before) || !namesAnyone(before);
}

/** A capital that does not open a sentence: "The Commission has opened …", "… by NIST". */
const innerCapitalRe = /[\p{L}\p{N},;)’'"”][ \t]+\p{Lu}/u;

/**
 * Whether the sentences before a deadline name anyone, a capitalised word other than the one that
 * opens a sentence: "The closing time is extended." names no one and speaks of the writer's call;
 * "The Commission has opened a consultation." names another's.
 */
function namesAnyone(text: string): boolean {
  return innerCapitalRe.test(text);
}
