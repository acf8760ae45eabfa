/**
 * A duration's cue that opens with its unit ("days later", "years ago") names the measure, not
 * the unit the text must use: "a week later", "two weeks after", "a decade ago" give the same
 * span of time, compared in days. Such a cue of a duration fact stands for every unit, a
 * fortnight too, and for the half that ends a span ("a week and a half later").
 */

const unitWord = /^(?:day|week|month|year|decade)s?(?=\s+\S)/i;
/** The units, and the "half" that ends a span with one ("a week and a half later", "a year and a half after"). */
const units = ['day', 'days', 'week', 'weeks', 'fortnight', 'fortnights', 'month', 'months', 'year', 'years', 'decade', 'decades', 'half'];

/** The cues with each one that opens with a unit of time also written with every other unit. */
export function withEveryTimeUnit(cues: readonly string[]): string[] {
  const out = [...cues];
  for (const cue of cues) {
    const m = unitWord.exec(cue);
    if (!m) continue;
    const rest = cue.slice(m[0].length);
    for (const u of units) if (!out.some((c) => c.toLowerCase() === `${u}${rest}`.toLowerCase())) out.push(`${u}${rest}`);
  }
  return out;
}
