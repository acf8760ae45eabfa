/**
 * A vague amount: a scale word counted by a word that names no number, "a few dozen vetted
 * companies", "several hundred staff", "many thousand users", "a few hundred thousand". It says
 * only roughly how many, so it is no figure: nothing a source could be cited for (no PL007), nothing
 * a record could contradict (no PL006). A scale word with a number, "two dozen", "a dozen", "half a
 * dozen", "some dozen" ("some" as "about"), stays the figure it was; so do "dozens of" and
 * "hundreds of", which no number reads.
 */

/** Scale words a number word may stand for on its own ("dozen" is 12, "hundred" 100). */
const scaleWords: ReadonlySet<string> = new Set(['dozen', 'hundred', 'thousand', 'million', 'billion', 'trillion']);

/** Right before the scale word: "a few", "few", "several", "many", "a great many", "countless", "umpteen", "multiple", with white space after. */
const vagueBefore = /(?:^|[^\p{L}\p{N}'’-])(?:(?:a[ \t]+)?few|several|(?:a[ \t]+(?:good|great)[ \t]+)?many|countless|umpteen|multiple)[ \t]+$/iu;

/** How much text before the scale word is read: enough for "a great many ". */
const lookBack = 24;

/** Whether the number word `token` at `a` in `text` is a scale word that a vague word counts (see the module comment). */
export function isVagueAmount(text: string, token: string, a: number): boolean {
  const c = text.charCodeAt(a - 1);
  if (c !== 32 && c !== 9) return false;
  if (!scaleWords.has(token.toLowerCase())) return false;
  return vagueBefore.test(text.slice(Math.max(0, a - lookBack), a));
}
