/**
 * The people a sentence credits through an organization it names after them: "Employees of
 * OpenAI and Google DeepMind wrote …" credits employees, not the companies, and a message that
 * names who is credited says "employees of OpenAI and Google DeepMind".
 */

/** A group of people and its preposition, right before the organization's name: "Employees of ", "a group of researchers at ". */
const groupRe = /(?:^|[\s(])((?:(?:a|the|some|several|two|three|dozens of|more than \d{1,4}|over \d{1,4}|\d{1,4}) )?(?:(?:former|current|senior|individual|group of) )?(?:employees|staff|staffers|workers|researchers|engineers|scientists|members|officials|executives|insiders) (?:of|at|from)) $/iu;

/** The most characters looked at before the name. */
const reach = 60;

/**
 * The group of people written right before offset `at` of `text` (where the credited
 * organization's name starts), in lower case as a message continues it, or undefined.
 */
export function groupBefore(text: string, at: number): string | undefined {
  const m = groupRe.exec(text.slice(Math.max(0, at - reach), at));
  if (!m) return undefined;
  const group = m[1];
  return group.charAt(0).toLowerCase() + group.slice(1);
}
