import type { EntityMention } from '../types';
import type { FactRule } from './factMatcher';

/**
 * A cue the fact base writes in lower case that stands capitalised inside a name of several words,
 * before the name's head noun, is part of that name, not the cue: "the judgment of the Court of Appeal came on 14 June" holds
 * the court's name, not the cue "appeal" of the date an appeal was filed; "the Fine Arts
 * Council" names no fine. The name is one the fact base knows (a mention of several words). A cue
 * the fact base writes capitalised ("Phase 2", "CyberGym") is matched as before, and so is the
 * cue in lower case beside the name ("the appeal to the Court of Appeal"), or in a column's header,
 * a cue that ends the name's head noun ("the Mythos Preview System Card" is a system card), and
 * one that opens the name of the fact's own thing ("Leaked draft blog post" is the leaked draft).
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
      // At the sentence's start the capital is the sentence's: "Leaked draft blog post described …".
      if (!/[\p{L}\p{N}]/u.test(sentenceText.slice(0, m.index))) return false;
      const from = start + m.index;
      const to = from + m[0].length;
      // The name's head noun is the cue's thing: "the Mythos Preview System Card" is a system card, "the Court of Appeal" no appeal.
      if (!names.some((e) => e.span.start <= from && to <= e.span.end && !endsHead(e, to) && !(from === e.span.start && rule.fact.entities.includes(e.id)))) return false;
    }
  }
  return any;
}

/**
 * Whether the cue match ending at `to` ends the head noun of the name `e`: its last word, or the
 * last before "of", "for", "on" ("System Card" of "the Mythos Preview System Card"; "Court", not
 * "Appeal", of "Court of Appeal"), perhaps with a possessive after it.
 */
function endsHead(e: EntityMention, to: number): boolean {
  const of = /\s(?:of|for|on)\s/.exec(e.text);
  const headEnd = of ? e.span.start + of.index : e.span.end;
  return to === headEnd || (to < e.span.end && /^['’]s?(?![\p{L}])/u.test(e.text.slice(to - e.span.start)) && !of);
}

/** Whether one of the rule's cues starts with this capital letter as the fact base writes it ("Phase 2"). */
function writesCapital(rule: FactRule, capital: string): boolean {
  return (rule.fact.cues ?? []).some((cue) => cue.startsWith(capital));
}
