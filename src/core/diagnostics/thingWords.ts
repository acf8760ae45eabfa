/** A word with two capitals or more, an acronym or a brand ("CISA", "OpenAI"). */
const acronymRe = /\p{Lu}[^\p{Lu}]*\p{Lu}/u;
const capitalRe = /\p{Lu}/u;
const possessiveRe = /['’]s$/iu;

/**
 * Whether `word`, the `k`-th of the words that name the writer's thing in a schedule line or a plan
 * ("Policy brief due …", "5.0.0 final is planned for …"), may name someone: an acronym or a brand,
 * a possessive, or a capital past the first word, or on the first word when `firstCapitalOk` does
 * not take it ("The", "Our" open a sentence; "Python" names another's product).
 */
export function mayNameSomeone(word: string, k: number, firstCapitalOk: (word: string) => boolean): boolean {
  return acronymRe.test(word) || possessiveRe.test(word) || (capitalRe.test(word) && (k > 0 || !firstCapitalOk(word)));
}

/**
 * A meeting of the writer's own, as a schedule line or a proposal names it by its date ("the 22
 * April committee", "before the 30 June board"): the noun after the date, as a regular expression's source.
 */
export const meetingNoun = String.raw`(?:committee|meeting|board|session|review|sync|call|panel|forum|hearing|vote|offsite|retreat)s?`;
