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
