/**
 * An ellipsis that marks words left out in the middle of a sentence, as a quoted card or a legal
 * quotation cuts its source: "Mythos Preview scores 86.1% on … CyberGym, per the card." It
 * follows a word no sentence ends on, so the capital after it does not start a new sentence;
 * "He paused… Then Anthropic announced it." still ends one.
 */

/** Words no sentence ends on: articles, "of" and other prepositions that must take an object, conjunctions, possessives. */
const neverLast = new Set(
  'a an the of from into onto upon against between among amongst than and or nor but per via its their our your whose which'.split(' '),
);
/**
 * Prepositions that may also close a phrasal verb ("He went on…", "They gave in…", "It wore
 * me down to…"): an elision only when the ellipsis stands apart from them (" … "), as quoting
 * sets it, and not in "and so on …".
 */
const particleLike = new Set('on in at to for with by about over under'.split(' '));

/** Whether `c` is an ASCII letter. */
const isLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
/** Space, tab, no-break space, or emphasis marks around the words ("**86.1%** on … **CyberGym**"). */
const isGap = (c: number) => c === 32 || c === 9 || c === 0xa0 || c === 42 /* * */ || c === 95; /* _ */

/** Whether [at, runEnd) of `mask`, a run of terminal marks, is an ellipsis: "…" or three or more periods. */
function isEllipsis(mask: string, at: number, runEnd: number): boolean {
  const first = mask.charCodeAt(at);
  if (first !== 0x2026 && (first !== 46 || runEnd - at < 3)) return false;
  for (let k = at + 1; k < runEnd; k++) if (mask.charCodeAt(k) !== first) return false;
  return true;
}

/**
 * Whether the run of terminal marks [at, runEnd) of `mask` is an ellipsis that leaves words out
 * mid-sentence: the word before it, within the sentence from `floor`, is one no sentence ends on.
 * Example: at the "…" of "scores 86.1% on … CyberGym" it is true; of "He paused… Then", "and so
 * on … Then" and "on the card…." false.
 */
export function elidesMidSentence(mask: string, at: number, runEnd: number, floor: number): boolean {
  if (!isEllipsis(mask, at, runEnd)) return false;
  let end = at;
  while (end > floor && isGap(mask.charCodeAt(end - 1))) end--;
  const spaced = end < at;
  let start = end;
  while (start > floor && end - start <= 8 && isLetter(mask.charCodeAt(start - 1))) start--;
  if (start === end || end - start > 8 || (start > floor && !isGap(mask.charCodeAt(start - 1)) && mask.charCodeAt(start - 1) !== 10)) return false;
  const word = mask.slice(start, end).toLowerCase();
  if (neverLast.has(word)) return true;
  if (!spaced || !particleLike.has(word)) return false;
  // "and so on …": the phrase ends there.
  return !(word === 'on' && /\bso\s$/i.test(mask.slice(Math.max(floor, start - 4), start)));
}
