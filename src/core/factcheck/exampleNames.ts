import type { ClaimValue, EntityMention } from '../types';
import { nounPhraseEnd } from './countOwner';

/**
 * The names a sentence lists as examples of what one of its counts counts: "Twelve founding
 * partners, including Microsoft, Apple, Google and CrowdStrike", "40 organizations such as the
 * Linux Foundation", "twelve partners (among them Cisco and Nvidia)", "eleven founding partners, from Amazon
 * Web Services and Apple to JPMorganChase and the Linux Foundation" (a range: "from" only with a "to" in the list,
 * not "twelve partners from Anthropic"). They are members of the
 * counted group, not subjects of the sentence of their own: a count that names no subject but them
 * still takes its subject from the heading or the paragraph, as one that names none does. Only
 * names that follow the count's noun phrase (see `nounPhraseEnd`) and each other, joined by commas,
 * "and" or "or". `values` are the claim's figures and `mentions` its sentence's names, both in
 * order, in document offsets; `sentenceText` starts at `start`.
 */
export function exampleNames(values: readonly ClaimValue[], sentenceText: string, start: number, mentions: readonly EntityMention[]): ReadonlySet<EntityMention> {
  const out = new Set<EntityMention>();
  if (!mentions.length) return out;
  for (const value of values) {
    if (value.kind !== 'count') continue;
    const phraseEnd = nounPhraseEnd(sentenceText, start, value.span.end);
    if (phraseEnd === undefined) continue;
    // "partners such as": the noun phrase is read up to "such", a word of the lead.
    const end = phraseEnd - start;
    exampleLead.lastIndex = /\ssuch$/i.test(sentenceText.slice(Math.max(0, end - 5), end)) ? end - 5 : end;
    const lead = exampleLead.exec(sentenceText);
    if (!lead) continue;
    // "from X to Y" lists examples only with its "to": "partners from Anthropic" says where they come from.
    const range = lead[1] !== undefined;
    const join = range ? rangeJoiner : joiner;
    const listed: EntityMention[] = [];
    let reachedTo = false;
    let at = start + exampleLead.lastIndex;
    for (const e of mentions) {
      if (e.span.start < at) continue;
      articleBefore.lastIndex = at - start;
      if (e.span.start !== at && !(articleBefore.test(sentenceText) && start + articleBefore.lastIndex === e.span.start)) break;
      listed.push(e);
      join.lastIndex = e.span.end - start;
      const m = join.exec(sentenceText);
      if (!m || (m[1] !== undefined && reachedTo)) break;
      if (m[1] !== undefined) reachedTo = true;
      at = start + join.lastIndex;
    }
    if (!range || reachedTo) for (const e of listed) out.add(e);
  }
  return out;
}

/**
 * After a count's noun phrase, perhaps after a comma, a bracket or a dash: what lists examples of its things. "from"
 * (captured) opens a range of examples: "partners, from Amazon Web Services to the Linux Foundation".
 */
const exampleLead = /[ \t]{0,8}[,(—–]?[ \t]{0,8}(?:including|such[ \t]{1,8}as|among[ \t]{1,8}them|notably|(from))[ \t]{1,8}/iy;

/** "the" before a listed name: "such as the Linux Foundation". */
const articleBefore = /the[ \t]{1,8}/iy;

/** What joins two listed names: "Microsoft, Apple", "Google and CrowdStrike", "Apple, and Google". */
const joiner = /[ \t]{0,8},[ \t]{0,8}(?:(?:and|or)[ \t]{1,8})?|[ \t]{1,8}(?:and|or)[ \t]{1,8}/y;

/** What joins two names of a range of examples: a `joiner`, or its "to" (captured): "from Amazon Web Services and Apple to JPMorganChase". */
const rangeJoiner = /[ \t]{0,8},[ \t]{0,8}(?:(?:and|or)[ \t]{1,8})?|[ \t]{1,8}(?:and|or)[ \t]{1,8}|[ \t]{1,8}(to)[ \t]{1,8}/y;
