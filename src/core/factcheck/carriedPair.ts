import type { EntityMention, Span } from '../types';
import { mentionsIn } from '../entities/mentionsIn';

/**
 * The pair of subjects a sentence's bare pair of scores carries on from the sentence before it in
 * its paragraph: in "Mythos Preview scored 93.9% against 80.8% for Opus 4.6. On the harder
 * SWE-bench Pro, the figures were 77.8% and 56.4%." the second sentence names no model and gives
 * two scores, which are the two the first sentence sets against each other, in its order
 * (["claude-mythos-preview", "claude-opus-4-6"]). Only a sentence that is such a bare pair ("N% and
 * N%", "against", "vs.", "versus", "compared with") and names no thing of the pair's kind, after
 * one that gives a name a score "against" another's score "for" another name of the same kind
 * ("X scored A against B for Y", "X scores A% vs. B% for Y"). Empty otherwise. `sentence` and
 * `before` are spans in `text`.
 */
export function carriedPair(text: string, sentence: Span, before: Span | undefined, entities: readonly EntityMention[]): string[] {
  if (!before || before.end > sentence.start) return [];
  const own = text.slice(sentence.start, sentence.end);
  if (!barePairOfTwo.test(own)) return [];
  const pair = comparedPair(text, before, entities);
  if (!pair) return [];
  // A sentence that names a thing of the pair's kind has a subject of its own.
  if (mentionsIn(entities, sentence.start, sentence.end).some((e) => e.kind === pair.kind)) return [];
  return pair.ids;
}

/**
 * Two scores joined as a pair with no name after the second: "77.8% and 56.4%", "77.8 per cent vs. 55.4 per cent".
 * Example: barePairOfTwo.test('the figures were 77.8% and 56.4%.') → true; not '77.8% and 56.4% for Opus 4.6'.
 */
const barePairOfTwo =
  /\d[\d.,]{0,12}[ \t]?(?:%|percent|per cent)[ \t]{1,3}(?:and|against|vs\.?|versus|compared[ \t]{1,3}(?:with|to))[ \t]{1,3}\d[\d.,]{0,12}[ \t]?(?:%|percent|per cent)(?![ \t]{1,3}(?:for|by)[ \t])/i;

/**
 * Right before the second name: its score set against the first's, then "for":
 * "93.9% against 80.8% for ", "83.1 percent vs. 66.6 percent for the ".
 * Example: againstFor.test('scored 93.9% against 80.8% for ') → true.
 */
const againstFor =
  /\d[ \t]?(?:%|percent|per cent)[ \t]{1,3}(?:against|vs\.?|versus|compared[ \t]{1,3}(?:with|to))[ \t]{1,3}\d[\d.,]{0,12}[ \t]?(?:%|percent|per cent)[ \t]{1,3}for[ \t]{1,3}(?:the[ \t]{1,3})?$/i;

/**
 * A score right after the first name, past a verb of scoring at most: "Mythos Preview scored 93.9%", "Mythos Preview at 93.9%".
 * Example: scoredAfter.test(' scored 93.9% against') → true.
 */
const scoredAfter = /^['’]?s?[ \t]{1,3}(?:(?:scored|scores|reached|reaches|achieved|achieves|hit|hits|posted|posts|got|gets|at|with)[ \t]{1,3})?\d/i;

/** The two names the sentence `span` sets against each other by their scores ("X scored A against B for Y"), with their kind. */
function comparedPair(text: string, span: Span, entities: readonly EntityMention[]): { ids: string[]; kind: string } | undefined {
  const named = mentionsIn(entities, span.start, span.end);
  for (let i = 1; i < named.length; i++) {
    const second = named[i];
    const lead = text.slice(Math.max(span.start, second.span.start - 60), second.span.start);
    if (!againstFor.test(lead)) continue;
    const first = named[i - 1];
    if (first.kind !== second.kind || first.id === second.id) return undefined;
    return scoredAfter.test(text.slice(first.span.end, Math.min(second.span.start, first.span.end + 30))) ? { ids: [first.id, second.id], kind: first.kind } : undefined;
  }
  return undefined;
}
