import type { ClaimValue, EntityMention } from '../types';
import { firstAtOrAfter } from '../util/search';

/**
 * A name that labels a figure inside brackets is that figure's subject, as "for" makes it:
 * "83.1% on CyberGym (Opus 4.6: 66.6%)" gives Opus 4.6 the 66.6% and nothing else of the
 * sentence, just as "83.1% on CyberGym (vs. 66.6% for Opus 4.6)" does. The name opens the
 * bracket (after "vs." or "compared with" at most), a colon, an equals sign or a space stands
 * between it and the figure, and the bracket closes, or a comma, semicolon or marker follows,
 * right after the figure ("(Opus 4.6: 66.6%, GPT-5.3-Codex: 45%)").
 */

/** What may stand between the opening bracket and the name. */
const openingBefore = /\((?:\s{0,2}(?:vs\.?|versus|compared\s{1,2}(?:with|to)|against))?\s{0,2}$/i;

/** What stands between the name and its figure: "Opus 4.6: ", "Opus 4.6 = ", "Opus 4.6 ". */
const labelBetween = /^\s{0,2}[:=]?\s{1,3}$|^[:=]$/;

/** What follows the figure: the bracket closes, or the next label or a marker follows. */
const labelAfter = /^\s{0,2}[)\],;[]/;

/** How far before a figure its label's name may start. */
const labelReach = 40;

/** The name that labels the figure inside brackets (see above), or none. */
export function parenthesisLabel(sentenceText: string, start: number, mentions: readonly EntityMention[], value: ClaimValue): EntityMention | undefined {
  const at = value.span.start;
  // The mention nearest before the figure (mentions are in order), within reach.
  const e = mentions[firstAtOrAfter(mentions, at, (m) => m.span.start) - 1];
  if (!e || e.span.end > at || at - e.span.start > labelReach) return undefined;
  if (!labelBetween.test(sentenceText.slice(e.span.end - start, at - start))) return undefined;
  if (!labelAfter.test(sentenceText.slice(value.span.end - start, value.span.end - start + 4))) return undefined;
  return openingBefore.test(sentenceText.slice(Math.max(0, e.span.start - start - 16), e.span.start - start)) ? e : undefined;
}
