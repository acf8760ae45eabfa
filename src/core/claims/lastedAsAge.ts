/**
 * A duration that says how long a thing has existed is its age: "the bug had survived for 17
 * years", "a flaw that went undetected for 27 years", "had lurked in the code for a decade",
 * "has been around for 16 years". Such a figure is read as an age ("17 years old"), and held
 * against an age on record as one.
 */

/** "for" ending the text before a duration (and its qualifier). */
const forEndRe = /\bfor\s+$/i;
const wordRe = /[a-z]+/g;

/** Verbs of lasting unseen, alone. */
const lastingVerbs = new Set('survived survives surviving existed exists persisted persists lurked lurks lurking lingered lain lay hid remained remains'.split(' '));
/** Verbs of lasting unseen in two words: "gone undetected", "went unnoticed", "been around". */
const unseen = ['undetected', 'unnoticed', 'unfixed', 'unpatched', 'unfound'];
const lastingPairs = new Map<string, ReadonlySet<string>>([
  ['gone', new Set(unseen)],
  ['went', new Set(unseen)],
  ['been', new Set([...unseen, 'around', 'there', 'present', 'hiding', 'hidden', 'lurking', 'latent'])],
]);

/** How far back the verb is looked for, and how many words may stand between it and "for" ("survived in the code for"). */
const window = 60;
const wordsBetween = 3;

/** Whether the duration whose words (its qualifier included) start at `start` of `text` says how long a thing has lasted unseen. */
export function lastedAsAge(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - window), start);
  const m = forEndRe.exec(before);
  if (!m) return false;
  const words = before.slice(0, m.index).toLowerCase().match(wordRe);
  if (!words) return false;
  // The verb's last word stands at most `wordsBetween` words before "for".
  for (let i = Math.max(0, words.length - 1 - wordsBetween); i < words.length; i++) {
    if (lastingVerbs.has(words[i]) || (i > 0 && lastingPairs.get(words[i - 1])?.has(words[i]))) return true;
  }
  return false;
}
