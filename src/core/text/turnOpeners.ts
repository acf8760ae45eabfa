/**
 * The turns of a chat export, a transcript or minutes pasted line by line into one paragraph:
 * "[10:46] jonas: Pentagon contract was $200mn [1]" then "[10:47] marta: the DOD filing said …",
 * lines that often end with no full stop. Each such line is a turn of its own, a sentence that
 * another line's markers, speakers and figures have no part in.
 */

/** A time of day: "10:46", "10:46:12", "2:05 pm", "2:05 P.M.". */
const time = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?`;
/** A date before the time, as chat apps export it: "14/04/2026, ", "2026-04-14 ", "14.04.26 ". */
const date = String.raw`\d{1,4}[./-]\d{1,2}[./-]\d{1,4},?[ \t]`;
/**
 * A timestamp in brackets, "[10:46]", "(10:46)", "[14/04/2026, 10:46:12]", "[2026-04-14 10:46]":
 * a turn by itself, whatever follows it.
 */
const bracketedStamp = new RegExp(String.raw`(?:\[(?:${date})?${time}\]|\((?:${date})?${time}\))[ \t]+`, 'y');
/**
 * A bare timestamp, "10:46 ", "14/04/2026, 10:46 - ": a turn only with a speaker label after it
 * ("10:46 Jonas: …"); "10:30 the call began" may be a wrapped line of prose.
 */
const bareStamp = new RegExp(String.raw`(?:${date})?${time}[ \t]+(?:[-–—][ \t]+)?`, 'y');
/**
 * A speaker label: one to three words or handles ("Marta", "tom.k", "@priya.s", "Dr. Nwosu",
 * "SEN. HARTWELL", "Q"), perhaps a bracket after them ("lee (async)", "Jonas (10:46)"), a colon
 * and a space. Group 1 is the bracket's content.
 */
const speakerLabel = /@?[\p{L}\p{N}][\p{L}\p{N}._'’-]{0,30}(?:[ \t]@?[\p{L}\p{N}][\p{L}\p{N}._'’-]{0,30}){0,2}(?:[ \t]?\(([^()\n]{1,24})\))?:[ \t]/uy;
const timeIn = new RegExp(time);

/** A month's name, in full or short: "April", "Apr", "Apr.", "Sept". */
const monthName = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?`;
/** The day a comment was written: "15 April", "April 15", "15 April 2026", "Apr 16, 2026", "2026-04-15", "15/04", "15.04.2026". */
const commentDate = String.raw`(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+${monthName}(?:[ \t]+\d{4})?|${monthName}[ \t]+\d{1,2}(?:st|nd|rd|th)?(?:,?[ \t]+\d{4})?|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?)`;
/**
 * Words that open a timeline's or a diary's entry, not a reviewer's name: a weekday ("Tuesday,
 * April 7: Anthropic announces …" dates what it reports), a season, a relative day, or a word that
 * says what the date is ("Updated, 9 April:").
 */
const notReviewer = String.raw`(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?|Spring|Summer|Autumn|Fall|Winter|Today|Yesterday|Tomorrow|Tonight|Week|Day|Weekend|Updated?|Posted|Published|Edited|Revised|Filed|Released|Announced)(?![\p{L}])`;
/**
 * A reviewer's label with the day (and time) the comment was written, as review threads and
 * comment exports set it: "**JL, 15 April:**", "MK (16 April):", "Priya Shah, Apr 16, 10:32:".
 * One to three capitalised words or initials, a comma or an opening bracket, the date, perhaps a
 * time, a colon. Emphasis may wrap it.
 */
const datedLabel = new RegExp(
  String.raw`[*_]{0,2}(?!${notReviewer})\p{Lu}[\p{L}.'’-]{0,30}(?:[ \t]\p{Lu}[\p{L}.'’-]{0,30}){0,2}(?:,[ \t]+|[ \t]?\()${commentDate}(?:,?[ \t]+${time})?\)?[*_]{0,2}:[*_]{0,2}[ \t]`,
  'uy',
);

function matchesAt(re: RegExp, mask: string, at: number, end: number): number {
  re.lastIndex = at;
  const m = re.exec(mask);
  return m && re.lastIndex <= end ? re.lastIndex : -1;
}

/**
 * How the line at `at` opens, up to `end`: 'stamped' on a timestamp in brackets, a bare one
 * before a speaker label, a label whose bracket holds a time ("- Jonas (10:46): …") or a
 * reviewer's label with a date ("JL, 15 April: …"), each a
 * turn of its own; 'labelled' on a speaker label alone ("Marta: …", "Q: …"), a turn when another
 * line of its paragraph opens on one too (a wrapped line of prose may open on "Fortune: …", two
 * such lines do not); 'none' otherwise.
 */
export function turnOpening(mask: string, from: number, end: number): 'stamped' | 'labelled' | 'none' {
  let at = from;
  while (at < end && at - from < 16 && (mask.charCodeAt(at) === 32 || mask.charCodeAt(at) === 9)) at++;
  if (matchesAt(bracketedStamp, mask, at, end) >= 0) return 'stamped';
  const afterStamp = matchesAt(bareStamp, mask, at, end);
  if (afterStamp >= 0) return matchesAt(speakerLabel, mask, afterStamp, end) >= 0 ? 'stamped' : 'none';
  if (matchesAt(datedLabel, mask, at, end) >= 0) return 'stamped';
  speakerLabel.lastIndex = at;
  const label = speakerLabel.exec(mask);
  if (!label || speakerLabel.lastIndex > end) return 'none';
  return label[1] !== undefined && timeIn.test(label[1]) ? 'stamped' : 'labelled';
}

/** A list item's bullet before a turn: "- ", "* ", "+ ". */
const bullet = /[-*+][ \t]+/y;

/**
 * The end of the timestamp that opens a turn at `from` (up to `end`), or -1 when none does: a
 * timestamp in brackets, "[14/04/2026, 11:09:55] ", or a bare one before a speaker label,
 * "14/04/2026, 10:46 - Jonas: ". Its date says when the line was sent, not when anything it
 * reports happened: it holds no figure.
 */
export function turnStampEnd(mask: string, from: number, end: number): number {
  let at = from;
  while (at < end && at - from < 16 && (mask.charCodeAt(at) === 32 || mask.charCodeAt(at) === 9)) at++;
  const afterBullet = matchesAt(bullet, mask, at, end);
  if (afterBullet >= 0) at = afterBullet;
  const afterBrackets = matchesAt(bracketedStamp, mask, at, end);
  if (afterBrackets >= 0) return afterBrackets;
  const afterStamp = matchesAt(bareStamp, mask, at, end);
  return afterStamp >= 0 && matchesAt(speakerLabel, mask, afterStamp, end) >= 0 ? afterStamp : -1;
}

/**
 * The end of a reviewer's dated label that opens the turn at `from` (up to `end`), past a list's
 * bullet, or -1: "**JL, 15 April:** …", "MK (16 April): …". Its date says when the comment was
 * written, not when anything it reports happened. The caller rules out a label that names a
 * party of the fact base ("**Anthropic, 7 April:** announces …" is a timeline's entry).
 */
export function datedLabelEnd(mask: string, from: number, end: number): number {
  let at = from;
  while (at < end && at - from < 16 && (mask.charCodeAt(at) === 32 || mask.charCodeAt(at) === 9)) at++;
  const afterBullet = matchesAt(bullet, mask, at, end);
  return matchesAt(datedLabel, mask, afterBullet >= 0 ? afterBullet : at, end);
}
