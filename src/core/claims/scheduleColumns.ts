/**
 * The columns of a table that sets out the writer's own schedule, as a syllabus, a handout or a
 * status report does:
 * - a session column, headed by one teaching or working session in the singular ("Week",
 *   "Session", "Lecture", "Seminar", "Class", "Unit", "Module", "Sprint", "Day"), or by one part of
 *   the writer's event ("Panel", "Group", "Hearing", "Sitting", "Workshop", "Tutorial", the round
 *   of a tournament or of a funding call, "Round", "Rd"): its numbers ("| 7 | 10 Nov 2026 |
 *   Frontier AI and cybersecurity |", "| 3 | Fri 4/17 | 3:30 PM | Wescoe 4012 |") name the session,
 *   week 7, round 3, and count nothing, as a "#" column's do. "Weeks", "Days" and "Rounds" head
 *   durations and counts, which are figures.
 * - a measure of the task in a table with a Due column (see `isScheduleHeader`): "| Component |
 *   Weight | Word limit | Due |", "| Ticket | Item | % done | Due |". Its cells ("40%", "2,500
 *   words", "25%") are what the writer sets or reports of the team's own work, a weight of the
 *   grade, a word limit, progress: no claim about the world. Without a Due column the same words
 *   head a table of anything ("| Document | Length |" lists the system card's 244 pages).
 *   A payment schedule's amount is the task's own measure too, what the writer pays on the date:
 *   "| Milestone | Due date | Payment (USD) |", also "Amount", "Tranche", "Disbursement" ("| M1 |
 *   Grant agreement signed | 1 June 2026 | 1,073,000 |"), and so is what a management action costs, "Cost", "Budget"
 *   ("| A4 | External red-team exercise | CISO | 30 Sep 2026 | 450 |" under "| # | Action | Owner | Due | Cost (£k) |");
 *   not "| Funder | Amount |" with no Due column.
 */

/** Markdown marks and white space around a header's words, and a colon or a full stop after them. */
const isAround = (c: string) => c === '*' || c === '_' || c === ':' || c === '.' || c.trim() === '';

/** A header's words in lower case, without what stands around them: "**Word limit:**" → "word limit". */
function plain(headerText: string): string {
  let a = 0;
  let b = headerText.length;
  while (a < b && isAround(headerText[a])) a++;
  while (b > a && isAround(headerText[b - 1])) b--;
  return headerText.slice(a, b).toLowerCase();
}

/**
 * One session, in the singular, perhaps after a word that says which ("Teaching week", "Lecture"),
 * or one part of the writer's event: a hearing's panel of witnesses ("| Panel | Time | Witness |"),
 * a class's group, a workshop or tutorial, a sitting, a tournament's round ("| Rd | Date | Time |
 * Room |", "Round", "Rnd", "Debate round"). "Panels", "Groups" and "Rounds" may count.
 */
const sessionHeaderRe = /^(?:[\p{L}-]+[ \t]+)?(?:week|wk|session|lecture|seminar|class|unit|module|sprint|day|panel|group|hearing|sitting|workshop|tutorial|round|rd|rnd)$/u;

/** Whether a header cell's text names a session column (see the module's comment). */
export function isSessionHeader(headerText: string): boolean {
  return headerText.length <= 40 && sessionHeaderRe.test(plain(headerText));
}

/**
 * A column of the writer's own activities, in the singular or the plural: "Activity", "Stage",
 * "Step", "Task", "Action", as a procurement timetable, a grant round or a project plan heads the
 * things the writer does on each date ("| Activity | Date | Time (AEST) |", "| Deadline for
 * questions | Friday 15 May 2026 | 5:00 pm |"). The word alone: "Event", "Milestone" and
 * "Enforcement action" head a timeline of the world's events as often, and are none.
 */
const activityHeaderRe = /^(?:activity|activities|stages?|steps?|tasks?|actions?)$/;

/** Whether a header cell's text names a column of the writer's own activities (see activityHeaderRe). */
export function isActivityHeader(headerText: string): boolean {
  return headerText.length <= 40 && activityHeaderRe.test(plain(headerText));
}

/**
 * A column of criteria, as an evaluation or an assessment rubric heads it: "Criterion",
 * "Criteria", "Evaluation criteria", "Award criterion". The weights beside it ("| Technical
 * capability | 40% |" under "| Criterion | Weighting |") are the document's own rule for scoring,
 * which no source could support.
 */
const criterionHeaderRe = /^(?:(?:evaluation|assessment|selection|award|scoring|marking)[ \t]+)?(?:criterion|criteria)$/;

/** Whether a header cell's text names a column of criteria (see criterionHeaderRe). */
export function isCriterionHeader(headerText: string): boolean {
  return headerText.length <= 40 && criterionHeaderRe.test(plain(headerText));
}

/** A criterion's weight: "Weight", "Weighting", "Weighting (%)". */
const weightHeaderRe = /^(?:weight|weights|weighting|weightings)(?:[ \t]*\([^()]{0,12}\))?$/;

/** Whether a header cell's text names a weight, which heads the rule's column beside a column of criteria. */
export function isWeightHeader(headerText: string): boolean {
  return headerText.length <= 40 && weightHeaderRe.test(plain(headerText));
}

/**
 * A measure of a task: its weight, its length, its progress, the effort it takes, or what is paid on it
 * ("Payment (USD)", "Amount", "Tranche", "Disbursement") or what it costs ("Cost (£k)", "Budget").
 */
const taskMeasureHeaderRe =
  /^(?:weight|weighting|word[ \t]+(?:limit|count)|words|length|%|%[ \t]*(?:done|complete)|percent[ \t]+(?:done|complete)|progress|completion|effort|estimate|hours|marks|points|payments?|amounts?|tranches?|disbursements?|costs?|budget)(?:[ \t]*\([^()]{0,12}\))?$/u;

/** Whether a header cell's text names a measure of the task (see the module's comment); it heads a schedule's column only beside a Due column. */
export function isTaskMeasureHeader(headerText: string): boolean {
  return headerText.length <= 40 && taskMeasureHeaderRe.test(plain(headerText));
}

/**
 * A marking scheme's band or grade column: "Band", "Grade", "Classification", "Class", "Level", "Degree class", "Mark band",
 * as a table of marking bands or grade boundaries heads its rows ("| 1 | 24–30 | Sustained argument … |" under "| Band | Marks |
 * Descriptor |", "| Distinction | 70–100 |" under "| Classification | Mark range |").
 * Example: isGradeHeader('**Band**') → true; isGradeHeader('Bands') → false.
 */
const gradeHeaderRe = /^(?:(?:mark|marking|grade|degree|performance)[ \t]+)?(?:band|grade|classification|class|level)$/;

/** Whether a header cell's text names a marking scheme's band or grade column (see gradeHeaderRe). */
export function isGradeHeader(headerText: string): boolean {
  return headerText.length <= 40 && gradeHeaderRe.test(plain(headerText));
}

/**
 * The marks a band or a grade spans, beside its column (see gradeHeaderRe): "Marks", "Mark range", "Marks (out of 30)",
 * "Boundary", "Grade boundary", "Boundaries". Beside a band column the marks and the band's number are the examination's own
 * rule, as a pass mark is, which no source could support; without one "Marks" heads anything.
 * Example: isMarkRangeHeader('Mark range') → true; isMarkRangeHeader('Score') → false.
 */
const markRangeHeaderRe = /^(?:marks?(?:[ \t]+(?:range|band|boundary|boundaries|available))?|(?:grade[ \t]+)?(?:boundary|boundaries))(?:[ \t]*\([^()]{0,16}\))?$/;

/** Whether a header cell's text names the marks of a band or a grade (see markRangeHeaderRe). */
export function isMarkRangeHeader(headerText: string): boolean {
  return headerText.length <= 40 && markRangeHeaderRe.test(plain(headerText));
}
