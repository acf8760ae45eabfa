/**
 * One unit of time named with "a" in a relative time: "A week later", "a month after the leak",
 * "a year earlier", "a day before" state a duration of one day, week, month or year, as "Nine
 * days later" states nine days. Only before "later", "earlier", "after", "before" or "ago":
 * "once a week", "a year of work" and "per day" state no span between two events. ("a decade",
 * "a century" are read wherever they stand: see `takeArticleDurations` in detectClaims.)
 */
export const relativeUnitRe = /\b[Aa]n?[ \t]+(day|week|month|year)[ \t]+(?:later|earlier|after|before|ago)\b/g;

/** Cheap test before the pattern: one of the words after the unit. */
export const mayHoldRelativeUnit = /\b(?:later|earlier|after|before|ago)\b/;

/**
 * The end of a figure just before a relative time: digits, perhaps with a percent sign or a
 * lower-case word after them ("19.2 days", "80.6%", "$3 million", "12 partners"; not a date's
 * month, "7 April"), then white space.
 */
const figureEndRe = /\d(?:[ \t]?%|[ \t]+\p{Ll}+)?[ \t]+$/u;
/** The relation words of a time that dates a figure; "a week after the leak" is a span between two events. */
const datingRelationRe = /(?:earlier|ago|later)$/;

/**
 * Whether the relative time `match` ("a year earlier") dates the figure just before it ("down from
 * 19.2 days a year earlier", "up from 80.6% a year ago", "12 partners a year later"): it says when
 * that figure held, and states no span between two events of its own. `before` is the text just
 * before the match (a few dozen characters are enough).
 */
export function datesFigureBefore(match: string, before: string): boolean {
  return datingRelationRe.test(match) && figureEndRe.test(before);
}
