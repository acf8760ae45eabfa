import type { EntityMention } from '../types';

/**
 * The names a sentence denies in passing, set off after what it does say: "used earlier Claude
 * models, not Mythos, to handle 80-90% of the campaign", "(not Claude Mythos Preview)", "rather
 * than Mythos", "instead of OpenAI". The sentence says the thing is not theirs: such a name is no
 * subject of the sentence's figures. A "not" that negates the verb ("the group did not use Mythos",
 * "the model is not Mythos") is no such phrase: "not" counts only after a comma, a bracket or a dash. Names
 * joined to a denied one by "or" or "nor" are denied too ("not Mythos or Opus 4.6").
 * `mentions` are the sentence's names, in order, in document offsets; `sentenceText` starts at `start`.
 */
export function deniedNames(sentenceText: string, start: number, mentions: readonly EntityMention[]): ReadonlySet<EntityMention> {
  const out = new Set<EntityMention>();
  let previous: EntityMention | undefined;
  for (const e of mentions) {
    const at = e.span.start - start;
    const before = sentenceText.slice(Math.max(0, at - lookBack), at);
    const joined = previous !== undefined && out.has(previous) && orBetween.test(sentenceText.slice(previous.span.end - start, at));
    if (joined || denialBefore.test(before)) out.add(e);
    previous = e;
  }
  return out;
}

/** How far before a name its denial may start: ", and not the ". */
const lookBack = 24;

/** A denial right before a name: ", not ", "(not the ", "— but not ", "rather than ", "instead of ". */
const denialBefore = /(?:[,(—–][ \t]{0,4}(?:(?:and|but)[ \t]{1,4})?not|rather[ \t]{1,4}than|instead[ \t]{1,4}of)[ \t]{1,4}(?:the[ \t]{1,4})?$/i;

/** What joins a second denied name to the first: " or ", ", nor ". */
const orBetween = /^[ \t]{0,4},?[ \t]{0,4}(?:or|nor)[ \t]{1,4}(?:the[ \t]{1,4})?$/i;
