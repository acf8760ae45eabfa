import type { ClaimValue, EntityMention } from '../types';

/**
 * Whose each figure is of the pairs a comparison of two names sets out: in "Mythos Preview is
 * well ahead of Opus 4.6: 83.1% against 66.6% on CyberGym and 77.8% against 53.4% on SWE-bench
 * Pro" the first figure of each pair is the subject's (Mythos Preview's), the second the
 * comparand's (Opus 4.6's), whatever name stands nearer either figure.
 */

/**
 * The words of a comparison right before the name it sets against the subject (the comparand):
 * "ahead of Opus 4.6", "well ahead of the", "outperforms", "against", "vs.", "compared with".
 * Example: comparandLead.test('Mythos Preview is well ahead of ') → true; not 'Mythos Preview and '.
 */
const comparandLead =
  /(?:^|[^\p{L}\p{N}])(?:ahead[ \t]{1,3}of|behind|against|vs\.?|versus|over|than|compared[ \t]{1,3}(?:with|to)|relative[ \t]{1,3}to|outperform(?:s|ed)?|outscor(?:es|ed)|outpac(?:es|ed)|beat(?:s)?|surpass(?:es|ed)?|trail(?:s|ed)?|lead(?:s)?)[ \t]{1,3}(?:the[ \t]{1,3})?$/iu;

/** How far before a name its comparison word is read. */
const leadReach = 32;

/**
 * What joins the two figures of one pair, read on the text between them: " against ", " vs. ",
 * " versus ", " compared with ". Example: pairJoint.test(' against ') → true; not ' and '.
 */
const pairJoint = /^[ \t]{1,3}(?:against|vs\.?|versus|compared[ \t]{1,3}(?:with|to))[ \t]{1,3}$/i;

/** A quick test that the sentence may join two figures as a pair at all. */
const anyJoint = /\b(?:against|vs\b|versus|compared)/i;

/**
 * The entity each figure of the sentence's comparison pairs stands for, by the figure's index
 * (undefined for a figure in no such pair). The sentence names two things of one kind, one of
 * them right after a word of comparison (the comparand: "ahead of Opus 4.6", "Compared with Opus
 * 4.6, …"), the other the subject; after both, each pair of figures of one kind joined by
 * "against", "vs.", "versus" or "compared with" gives its first figure to the subject and its
 * second to the comparand, up to the next name of their kind. A pair one of whose figures
 * `bound` says is already another name's ("66.6% for Opus 4.6") is left alone. Undefined when the
 * sentence has no such comparison.
 */
export function comparedPairs(
  sentenceText: string,
  start: number,
  mentions: readonly EntityMention[],
  values: readonly ClaimValue[],
  bound: (vi: number) => boolean,
): (EntityMention | undefined)[] | undefined {
  if (values.length < 2 || mentions.length < 2 || !anyJoint.test(sentenceText)) return undefined;
  const ordered = [...mentions].sort((a, b) => a.span.start - b.span.start);
  const comparand = ordered.find((e) => comparandLead.test(sentenceText.slice(Math.max(0, e.span.start - start - leadReach), e.span.start - start)));
  if (!comparand) return undefined;
  // The subject: the one other name of the comparand's kind before the first figure after the comparand.
  const firstFigure = values.find((v) => v.span.start >= comparand.span.end)?.span.start ?? Infinity;
  const others = ordered.filter((e) => e.kind === comparand.kind && e.id !== comparand.id && e.span.end <= firstFigure);
  if (!others.length || others.some((e) => e.id !== others[0].id)) return undefined;
  const subject = others[0];
  const from = Math.max(subject.span.end, comparand.span.end);
  // The pairs stop at the next name of the kind: "…, and GPT-5.3-Codex scores …".
  const next = ordered.find((e) => e.kind === comparand.kind && e.span.start >= from);
  const until = next ? next.span.start : Infinity;
  const of: (EntityMention | undefined)[] = values.map(() => undefined);
  let found = false;
  for (let vi = 0; vi + 1 < values.length; vi++) {
    const a = values[vi];
    const b = values[vi + 1];
    if (a.span.start < from || b.span.end > until || a.kind !== b.kind || bound(vi) || bound(vi + 1)) continue;
    if (!pairJoint.test(sentenceText.slice(a.span.end - start, b.span.start - start))) continue;
    of[vi] = subject;
    of[vi + 1] = comparand;
    found = true;
    vi++;
  }
  return found ? of : undefined;
}
