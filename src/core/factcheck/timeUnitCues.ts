/**
 * A duration's cue that opens with its unit ("days later", "years ago") names the measure, not
 * the unit the text must use: "a week later", "two weeks after", "a decade ago" give the same
 * span of time, compared in days. Such a cue of a duration fact stands for every unit, a
 * fortnight too, and for the half that ends a span ("a week and a half later").
 */

const unitWord = /^(?:day|week|month|year|decade)s?(?=\s+\S)/i;
/** The units, and the "half" that ends a span with one ("a week and a half later", "a year and a half after"). */
const units = ['day', 'days', 'week', 'weeks', 'fortnight', 'fortnights', 'month', 'months', 'year', 'years', 'decade', 'decades', 'half'];

/** The rest of a cue that counts a gap from an event on ("days after", "days later"): the gap is also the span "between" that event and the next. */
const gapRest = /^\s+(?:after|later)$/i;

/**
 * The cues with each one that opens with a unit of time also written with every other unit, and a
 * gap's ("days after", "days later") also as the span between two events ("12 days between the
 * leak and the launch", "a week between").
 */
export function withEveryTimeUnit(cues: readonly string[]): string[] {
  const out = [...cues];
  const add = (cue: string) => {
    if (!out.some((c) => c.toLowerCase() === cue.toLowerCase())) out.push(cue);
  };
  for (const cue of cues) {
    const m = unitWord.exec(cue);
    if (!m) continue;
    const rest = cue.slice(m[0].length);
    for (const u of units) add(`${u}${rest}`);
    if (gapRest.test(rest)) for (const u of units) if (u !== 'half') add(`${u} between`);
  }
  return out;
}
