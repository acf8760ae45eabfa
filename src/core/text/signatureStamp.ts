/**
 * A wiki signature that ends a comment: who signed and when, `— ~~User:Larchmere~~ 14:02, 12 April
 * 2026 (UTC)`, `[[User:Foo|Foo]] ([[User talk:Foo|talk]]) 14:02, 12 April 2026 (UTC)`, `— Foo (talk)
 * 14:02, 12 April 2026 (UTC)`. Its time and date say when the comment was signed, not when anything
 * it reports happened: they are no figure of a claim. A time and date in the same shape that no
 * signature stands before, or that text follows on its line, is a claim's
 * ("Anthropic announced it at 10:00, 7 April 2026 (UTC)").
 */

const month =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)';

/**
 * A signature's time and date with its time zone in brackets: "14:02, 12 April 2026 (UTC)",
 * "09:15, April 12, 2026 (UTC)".
 */
const stampRe = new RegExp(
  String.raw`(?<![\p{N}:])\d{1,2}:\d{2},?[ \t]+(?:\d{1,2}[ \t]+${month}|${month}[ \t]+\d{1,2},?)[ \t]+\d{4}[ \t]*\((?:UTC|GMT|[A-Z]{2,5})\)`,
  'gu',
);

/**
 * Who signed, right before the stamp: `~~User:Foo~~`, `[[User:Foo|Foo]]` with its talk link,
 * `Foo (talk)`, or a name of up to three words after a dash (`— Mendel.K`, `-- Foo Bar`).
 * Example: signerRe.test('fix this? — ~~User:Larchmere~~ ') is true.
 */
const signerRe =
  /(?:~~User:[^~\n]{1,60}~~|\[\[User:[^\]\n]{1,80}\]\](?:[ \t]*\(\[\[User[ _]talk:[^\]\n]{1,80}\]\]\))?|(?:[\u2013\u2014]|--)[ \t]*[\p{L}\p{N}._'-]{1,40}(?:[ \t][\p{L}\p{N}._'-]{1,40}){0,2}(?:[ \t]*\((?:talk|talk[ \t]*[·•|][ \t]*contribs)\))?|[\p{L}\p{N}._'-]{1,40}[ \t]*\((?:talk|talk[ \t]*[·•|][ \t]*contribs)\))[ \t]*$/u;

/** After a signature's stamp: emphasis and a full stop, up to the end of its line. */
const lineEndRe = /^[ \t*_.]*(?:\r?\n|$)/;

/** How far before a stamp its signer is read. */
const signerReach = 120;

/**
 * The span [start, end) of the signature, signer and stamp (from `from` at the earliest), that ends its
 * line within the sentence [from, end) of `text` (see the module's comment), or undefined. `mask` is the text with code and
 * markup blanked; the signer is read in `text`, where a strikethrough's tildes still stand.
 * Example: signatureStamp(t, 0, t.length) of t = "Fix it. — ~~User:Foo~~ 14:02, 12 April 2026 (UTC)" is [8, t.length].
 */
export function signatureStamp(text: string, mask: string, from: number, end: number): readonly [number, number] | undefined {
  const sentence = mask.slice(from, end);
  // Every stamp ends on its zone's closing bracket: most sentences hold none, and the expression's lookbehind would run at every position.
  if (!sentence.includes(')')) return undefined;
  stampRe.lastIndex = 0;
  for (let m = stampRe.exec(sentence); m; m = stampRe.exec(sentence)) {
    const start = from + m.index;
    const stop = start + m[0].length;
    if (!lineEndRe.test(mask.slice(stop, stop + 40))) continue;
    // The signer is read on the stamp's line, before the sentence too: a splitter may end a sentence inside a signature.
    const before = text.slice(Math.max(text.lastIndexOf('\n', start - 1) + 1, start - signerReach), start);
    const signer = signerRe.exec(before);
    if (signer) return [Math.max(from, start - before.length + signer.index), stop];
  }
  return undefined;
}
