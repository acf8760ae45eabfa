import type { EntityMention } from '../types';

/** A name that heads a verb, with where the verb ends and where the clause it governs ends (document offsets). */
export interface VerbClause {
  readonly mention: EntityMention;
  readonly verbEnd: number;
  readonly clauseEnd: number;
}

/**
 * The mentions `heads` accepts that a verb (`verbAfter`, anchored at the name's end, read `reach`
 * characters on) follows in the sentence, each with the stretch the verb governs: from its end to
 * the clause's end (`clauseEnd`, a global expression: a semicolon or a sentence's end) or the
 * sentence's. `sentenceText` starts at `start`. Example: "Fortune reported that a misconfiguration
 * exposed 5,000 assets." with a verb of reporting → Fortune, from after "reported" to the full stop.
 */
export function verbClauses(
  sentenceText: string,
  start: number,
  mentions: readonly EntityMention[],
  heads: (e: EntityMention) => boolean,
  verbAfter: RegExp,
  reach: number,
  clauseEnd: RegExp,
): VerbClause[] {
  const out: VerbClause[] = [];
  for (const e of mentions) {
    if (!heads(e) || e.span.end - start > sentenceText.length) continue;
    const m = verbAfter.exec(sentenceText.slice(e.span.end - start, e.span.end - start + reach));
    if (!m) continue;
    const verbEnd = e.span.end + m[0].length;
    clauseEnd.lastIndex = verbEnd - start;
    const end = clauseEnd.exec(sentenceText);
    out.push({ mention: e, verbEnd, clauseEnd: end ? start + end.index : start + sentenceText.length });
  }
  return out;
}
