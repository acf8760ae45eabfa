import type { Claim } from '../types';
import type { FactRule } from './factMatcher';
import { relationFits } from './relationFits';

/**
 * The word of a multiplier is no cue of a count of times: in "Mythos Preview's SWE-bench Pro
 * score is roughly 1.5 times that of Opus 4.6 (77.8 / 53.4)" the "times" belongs to the ratio
 * "1.5 times" (see `claims/relativeFigure`), and does not make the sentence's other numbers a
 * count of test runs ("automated testing had run past the bug five million times"). A fact that
 * records a ratio itself ("times as many") keeps such a cue.
 */

/** The word right after a ratio's number that makes it one: "1.5 times", "three times". */
const multiplierWordRe = /^[ \t]*times\b/i;

/**
 * The rules of `found` less those whose every cue in the sentence is the word of one of the
 * claim's multipliers (and, in a table, none in the column's header). Costs nothing for a claim
 * without a ratio; else one scan of the cues of the rules found.
 */
export function withoutMultiplierCues(found: readonly FactRule[], claim: Claim, sentenceText: string, start: number, headerText?: string): readonly FactRule[] {
  const ratios = claim.values.filter((v) => v.relation === 'ratio');
  if (!ratios.length || !found.length) return found;
  // The multipliers' words, in the sentence's offsets.
  const words: [number, number][] = [];
  for (const v of ratios) {
    const at = v.span.end - start;
    const m = multiplierWordRe.exec(sentenceText.slice(at, at + 12));
    if (m) words.push([at + m[0].length - 5, at + m[0].length]);
  }
  if (!words.length) return found;
  const inWord = (a: number, b: number) => words.some(([s, e]) => a >= s && b <= e);
  return found.filter((rule) => {
    if (!rule.cues.length || relationFits(ratios[0], rule.fact)) return true;
    if (headerText !== undefined && rule.cues.some((re) => re.test(headerText))) return true;
    for (const re of rule.cueMatchers) {
      re.lastIndex = 0;
      for (let m; (m = re.exec(sentenceText)); ) if (!inWord(m.index, m.index + m[0].length)) return true;
    }
    return false;
  });
}
