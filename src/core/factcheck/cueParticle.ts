import type { ClaimValue } from '../types';

/** A bound word that ends a cue ("passed over", "came under", "ranked above"). */
const boundWordEnd = /(?:^|[^\p{L}])(?:over|under|above|below)$/iu;

/**
 * The figure as the fact's cue reads it: when its bound word ("over", "under") is the last word
 * of one of the fact's cues standing right before it, the word belongs to the cue's verb, not
 * to the figure. "Automated testing had passed over 500,000 times the FFmpeg bug" states
 * 500,000 passes over the bug (cue "passed over"), not more than 500,000, so it is held
 * against five million as 500,000 is. `cueSpans` are the fact's cue matches in the sentence
 * (flat start, end pairs, document offsets); `sentenceText` starts at `start`.
 */
export function readWithCue(value: ClaimValue, cueSpans: readonly number[], sentenceText: string, start: number): ClaimValue {
  if (value.approx !== 'more-than' && value.approx !== 'less-than') return value;
  let k = value.span.start - start;
  while (k > 0 && /\s/.test(sentenceText[k - 1])) k--;
  const cueEnd = k + start;
  for (let i = 0; i < cueSpans.length; i += 2) {
    if (cueSpans[i + 1] !== cueEnd) continue;
    if (!boundWordEnd.test(sentenceText.slice(cueSpans[i] - start, k))) continue;
    const { approx: _bound, qualified: _cueWord, ...exact } = value;
    return exact;
  }
  return value;
}
