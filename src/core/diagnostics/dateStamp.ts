import type { Claim } from '../types';

/** Words of an edit or publication stamp: "Updated April 16, 2026.", "Last revised: 3 May 2026", "Draft of April 9, 2026". */
const stampWords = new Set('updated update last revised revision published posted edited modified dated date draft drafted version of on as this first accessed retrieved reviewed prepared circulated released'.split(' '));

const wordRe = /[\p{L}]+/gu;

/** · | • ∙: what parts a byline or a masthead ("*By a staff writer · feature · updated April 20, 2026*"). */
const isPartSeparator = (c: number) => c === 0xb7 || c === 124 || c === 0x2022 || c === 0x2219;
/** * _: emphasis around a whole line. */
const isEmphasisMark = (c: number) => c === 42 || c === 95;
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;

/**
 * Whether a claim is only a document's stamp: its figures are all dates and its other words
 * are stamp words ("*Updated April 16, 2026.*"). Such a date says when the draft was written,
 * which no source supports: it needs no citation. A byline or masthead of parts set apart by
 * "·", "|" or "•" is read part by part: each part that holds a figure must be a stamp, the
 * others may say anything ("*By a staff writer · feature · updated April 20, 2026*"); in a line
 * set in emphasis, a part that is a date alone is one too ("*Policy brief · April 20, 2026*").
 * `mask` is the prose mask of the text.
 */
export function isDateStamp(claim: Claim, mask: string): boolean {
  if (!claim.values.length || claim.values.some((v) => v.kind !== 'date')) return false;
  const { start, end } = claim.span;
  const parts = partsOf(mask, start, end);
  const bareDateAllowed = parts.length > 2 && inEmphasis(mask, start, end);
  let v = 0;
  for (let k = 0; k < parts.length; k += 2) {
    const partEnd = parts[k + 1];
    const first = v;
    while (v < claim.values.length && claim.values[v].span.start < partEnd) v++;
    if (v === first) continue;
    const words = stampWordsIn(claim, first, v, mask, parts[k], partEnd);
    if (words < 0 || (words === 0 && !bareDateAllowed)) return false;
  }
  return true;
}

/**
 * The number of words in [from, to) of `mask` outside the claim's values first..last (exclusive),
 * or -1 when one of them is no stamp word.
 */
function stampWordsIn(claim: Claim, first: number, last: number, mask: string, from: number, to: number): number {
  let pos = from;
  let words = 0;
  const rest = (until: number): boolean => {
    for (const m of mask.slice(pos, until).matchAll(wordRe)) {
      if (!stampWords.has(m[0].toLowerCase())) return false;
      words++;
    }
    return true;
  };
  for (let k = first; k < last; k++) {
    const span = claim.values[k].span;
    if (!rest(span.start)) return -1;
    pos = Math.max(pos, span.end);
  }
  return rest(to) ? words : -1;
}

/** The parts of [start, end) of `mask` between part separators, as start, end pairs (one part when there is none). */
function partsOf(mask: string, start: number, end: number): number[] {
  const parts = [start];
  for (let i = start; i < end; i++) if (isPartSeparator(mask.charCodeAt(i))) parts.push(i, i + 1);
  parts.push(end);
  return parts;
}

/** Whether [start, end) of `mask` opens and closes with emphasis marks: "*…*", "_…_". */
function inEmphasis(mask: string, start: number, end: number): boolean {
  let a = start;
  let b = end;
  while (a < b && isSpace(mask.charCodeAt(a))) a++;
  while (b > a && isSpace(mask.charCodeAt(b - 1))) b--;
  return b - a > 2 && isEmphasisMark(mask.charCodeAt(a)) && isEmphasisMark(mask.charCodeAt(b - 1));
}
