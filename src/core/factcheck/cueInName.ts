import type { EntityMention } from '../types';
import type { FactRule } from './factMatcher';

/**
 * A cue the fact base writes in lower case that stands capitalised inside a name of several words
 * is part of that name, not the cue: "the judgment of the Court of Appeal came on 14 June" holds
 * the court's name, not the cue "appeal" of the date an appeal was filed; "the Fine Arts
 * Council" names no fine. The name is one the fact base knows (a mention of several words). A cue
 * the fact base writes capitalised ("Phase 2", "CyberGym") is matched as before, and so is the
 * cue in lower case beside the name ("the appeal to the Court of Appeal"), or in a column's header.
 */
export function withoutCuesInNames(found: readonly FactRule[], sentenceText: string, start: number, mentions: readonly EntityMention[], headerText?: string): readonly FactRule[] {
  // Most sentences name nothing of several words: nothing to look at.
  const names = mentions.filter((e) => /\s/.test(e.text));
  if (!names.length) return found;
  let out: FactRule[] | undefined;
  for (let i = 0; i < found.length; i++) {
    const rule = found[i];
    // A table cell's column header cues it as a word of the row would (see `ClaimContext.headerText`).
    const byHeader = headerText !== undefined && rule.cues.some((re) => re.test(headerText));
    if (!byHeader && cuesOnlyInNames(rule, sentenceText, start, names)) out ??= found.slice(0, i);
    else out?.push(rule);
  }
  return out ?? found;
}

/** Whether every match of the rule's cues in the sentence is a capitalised word of one of `names` that the cue writes in lower case. */
function cuesOnlyInNames(rule: FactRule, sentenceText: string, start: number, names: readonly EntityMention[]): boolean {
  let any = false;
  for (const re of rule.cueMatchers) {
    re.lastIndex = 0;
    for (let m; (m = re.exec(sentenceText)); ) {
      any = true;
      const first = m[0][0];
      if (first === first.toLowerCase() || writesCapital(rule, first)) return false;
      const from = start + m.index;
      const to = from + m[0].length;
      if (!names.some((e) => e.span.start <= from && to <= e.span.end)) return false;
    }
  }
  return any;
}

/** Whether one of the rule's cues starts with this capital letter as the fact base writes it ("Phase 2"). */
function writesCapital(rule: FactRule, capital: string): boolean {
  return (rule.fact.cues ?? []).some((cue) => cue.startsWith(capital));
}
