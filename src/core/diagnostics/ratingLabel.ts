import type { ClaimValue } from '../types';

/**
 * An equity analyst's rating label: a run-in heading in bold that opens its paragraph or item and
 * gives, in brackets, the writer's rating and price target for a stock, "**CRWD (Outperform, PT
 * $480).**", "- **ZS (Market Perform, PT $250):** …", "**Vodafone (Buy, TP 95p)**". The target is
 * the writer's own, which no source could support (PL007). A bracket without a rating, or without
 * a target ("**CRWD (up 3.8%).**"), and a rating in running text, which may be another's ("Jefferies
 * has CRWD (Buy, PT $500)"), keep their hints.
 */

/** The run-in heading's bold that opens the sentence, past spaces: "**", "__". */
const boldOpenRe = /^[ \t]*(?:\*\*|__)/;
/** How far the bold may run. */
const maxLabel = 100;
/** A bracket of a label: "(Outperform, PT $480)". */
const bracketRe = /\(([^()\r\n]{1,60})\)/g;
/** A rating in a broker's scale: "Outperform", "Market Perform", "Overweight", "Equal-weight", "Buy", "Hold", "Neutral". */
const ratingRe =
  /(?<![\p{L}])(?:outperform|underperform|(?:market|sector|peer)[ \t-](?:perform|weight)|overweight|underweight|equal[ \t-]?weight|neutral|strong[ \t](?:buy|sell)|buy|sell|hold|accumulate|reduce|in[ \t-]line|not[ \t]rated)(?![\p{L}])/iu;
/** A price target's label: "PT", "TP", "price target", "target price", "target", "fair value". */
const targetRe = /(?<![\p{L}])(?:PT|TP|price[ \t]+target|target(?:[ \t]+price)?|fair[ \t]+value|FV)(?![\p{L}])/iu;

/**
 * The figures of a sentence inside a rating label's bracket (see above), by index into `values`;
 * `start` is the sentence's offset.
 * Example: ratingLabelFigures('**CRWD (Outperform, PT $480).**', 0, [$480]) → Set {0}.
 */
export function ratingLabelFigures(sentenceText: string, start: number, values: readonly Pick<ClaimValue, 'span'>[]): ReadonlySet<number> {
  const open = boldOpenRe.exec(sentenceText);
  if (!open || !values.length) return none;
  const mark = open[0].trimStart();
  const close = sentenceText.indexOf(mark, open[0].length);
  if (close < 0 || close > maxLabel) return none;
  const label = sentenceText.slice(0, close);
  const own = new Set<number>();
  bracketRe.lastIndex = 0;
  for (let m; (m = bracketRe.exec(label)); ) {
    if (!ratingRe.test(m[1]) || !targetRe.test(m[1])) continue;
    const from = start + m.index;
    const to = from + m[0].length;
    values.forEach((v, vi) => {
      if (v.span.start >= from && v.span.end <= to) own.add(vi);
    });
  }
  return own;
}

const none: ReadonlySet<number> = new Set();
