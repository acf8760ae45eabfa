import type { Claim } from '../types';

/** Words of an edit or publication stamp: "Updated April 16, 2026.", "Last revised: 3 May 2026", "Draft of April 9, 2026". */
const stampWords = new Set('updated update last revised revision published posted edited modified dated date draft drafted version of on as this first accessed retrieved reviewed prepared circulated released'.split(' '));

const wordRe = /[\p{L}]+/gu;

/**
 * Whether a claim is only a document's stamp: its figures are all dates and its other words
 * are stamp words ("*Updated April 16, 2026.*"). Such a date says when the draft was written,
 * which no source supports: it needs no citation. `mask` is the prose mask of the text.
 */
export function isDateStamp(claim: Claim, mask: string): boolean {
  if (!claim.values.length || claim.values.some((v) => v.kind !== 'date')) return false;
  let pos = claim.span.start;
  let words = 0;
  const rest = (to: number): boolean => {
    for (const m of mask.slice(pos, to).matchAll(wordRe)) {
      if (!stampWords.has(m[0].toLowerCase())) return false;
      words++;
    }
    return true;
  };
  for (const v of claim.values) {
    if (!rest(v.span.start)) return false;
    pos = Math.max(pos, v.span.end);
  }
  return rest(claim.span.end) && words > 0;
}
