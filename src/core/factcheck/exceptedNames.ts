import type { ClaimValue, EntityMention } from '../types';
import type { Fact, FactValue, Relation } from '../factbase/schema';
import { firstAtOrAfter } from '../util/search';
import { littleWords } from './countedNoun';

/**
 * A count that sets names apart counts the rest, not the whole: "11 founding partners besides
 * Anthropic", "Glasswing has 11 founding partners in addition to Anthropic", "Besides Anthropic,
 * Glasswing has eleven founding partners", "other than", "apart from", "aside from", "except
 * (for)", "excluding", "not counting", "not including", "on top of", "plus". Against twelve
 * founding partners on record, Anthropic among them, the 11 is right and "12 … besides
 * Anthropic" is wrong (the fix writes 11). Who the fact counts comes from the fact base's
 * relations (see `countedMembers`): a name among them is taken off the record's figure, a name
 * the fact base knows is none of them takes nothing off ("12 founding partners besides OpenAI"
 * counts all twelve). When the fact base does not say who the fact counts, the count is read both
 * ways, and contradicts the record only when neither reading agrees (see `exceptedRecords`).
 */

/** The words that set a name apart from a count. */
const exceptWord = String.raw`(?:besides|apart\s{1,8}from|aside\s{1,8}from|other\s{1,8}than|except(?:\s{1,8}for)?|excepting|excluding|not\s{1,8}counting|not\s{1,8}including|in\s{1,8}addition\s{1,8}to|on\s{1,8}top\s{1,8}of|plus)`;

/** After a count's noun phrase, perhaps after a comma, a bracket or a dash: "partners besides ", "partners (excluding ", "partners, not counting the ". */
const exceptAfter = new RegExp(String.raw`(?:[ \t]{0,8}[,(—–][ \t]{0,8}|\s{1,8})${exceptWord}\s{1,8}(?:the\s{1,8})?`, 'iy');

/**
 * Before the count, opening the sentence or set off by a comma, a bracket or a dash, and ending its
 * own phrase with a comma: "Besides Anthropic, Glasswing has eleven", "has, apart from Anthropic itself, eleven".
 */
const exceptBefore = new RegExp(String.raw`(?:^|[,(—–])\s{0,8}${exceptWord}\s{1,8}(?:the\s{1,8})?`, 'giu');

/** A word of the count's noun phrase, with the white space before it. */
const wordAfter = /\s{1,8}(\p{L}[\p{L}\p{N}'’-]{0,60})(?![\p{L}\p{N}'’-])/uy;

/** How many words of a noun phrase may stand between a count and what sets names apart from it ("11 founding partners besides"). */
const phraseWords = 4;

/** What joins two names set apart: "besides Anthropic and Microsoft", "other than Apple, Google or Nvidia". */
const joiner = /[ \t]{0,8},[ \t]{0,8}(?:(?:and|or)[ \t]{1,8})?|[ \t]{1,8}(?:and|or)[ \t]{1,8}/y;

/** "itself" after the name set apart: "apart from Anthropic itself". */
const reflexive = /[ \t]{1,8}(?:itself|themselves)(?![\p{L}\p{N}])/uy;

/** What ends a phrase put before the count: a comma ("Besides Anthropic, …"). */
const phraseEnd = /[ \t]{0,8},/y;

/** A possessive names the thing of the name, not the name: "besides Anthropic's own team". */
const possessive = /['’]s?$/;

/**
 * The names set apart from each count of a sentence (see above), by count. `values` are the
 * claim's figures, `mentions` its sentence's names, both in order, with document offsets;
 * `sentenceText` starts at `start`. Undefined when no count has any.
 */
export function exceptedNames(
  values: readonly ClaimValue[],
  sentenceText: string,
  start: number,
  mentions: readonly EntityMention[],
): ReadonlyMap<ClaimValue, readonly EntityMention[]> | undefined {
  if (!mentions.length || !values.some((v) => v.kind === 'count')) return undefined;
  let out: Map<ClaimValue, readonly EntityMention[]> | undefined;
  const add = (value: ClaimValue, names: readonly EntityMention[]) => {
    out ??= new Map();
    out.set(value, [...(out.get(value) ?? []), ...names]);
  };
  // The names a phrase after a count set apart from it are no other count's ("11 founding partners, excluding Anthropic, and 40 …").
  const taken = new Set<EntityMention>();
  for (const v of values) {
    if (v.kind !== 'count') continue;
    const names = setApartAfter(v, sentenceText, start, mentions);
    if (!names) continue;
    add(v, names);
    for (const e of names) taken.add(e);
  }
  // "Besides Anthropic, Glasswing has eleven founding partners": the first figure after the phrase, when it is a count in the same clause.
  exceptBefore.lastIndex = 0;
  for (let m; (m = exceptBefore.exec(sentenceText)); ) {
    const read = namesAt(m.index + m[0].length, sentenceText, start, mentions);
    if (!read || taken.has(read.names[0])) continue;
    phraseEnd.lastIndex = read.end;
    if (!phraseEnd.test(sentenceText)) continue;
    const comma = start + phraseEnd.lastIndex;
    const next = values[firstAtOrAfter(values, comma, (x) => x.span.start)];
    if (next?.kind === 'count' && !sentenceText.slice(comma - start, next.span.start - start).includes(';')) add(next, read.names);
  }
  return out;
}

/** Whether a phrase that sets names apart from a count starts at `at` in `text` (white space before it included): "… partners| apart from Anthropic". */
export function startsExceptPhrase(text: string, at: number): boolean {
  exceptAfter.lastIndex = at;
  return exceptAfter.test(text);
}

/** The names set apart right after the count's noun phrase ("11 founding partners besides Anthropic"), if any. */
function setApartAfter(value: ClaimValue, sentenceText: string, start: number, mentions: readonly EntityMention[]): readonly EntityMention[] | undefined {
  let at = value.span.end - start;
  for (let k = 0; ; k++) {
    exceptAfter.lastIndex = at;
    if (exceptAfter.test(sentenceText)) return namesAt(exceptAfter.lastIndex, sentenceText, start, mentions)?.names;
    if (k === phraseWords) return undefined;
    wordAfter.lastIndex = at;
    const m = wordAfter.exec(sentenceText);
    if (!m || littleWords.has(m[1].toLowerCase())) return undefined;
    at = wordAfter.lastIndex;
  }
}

/**
 * The names that start at `at` (an offset in `sentenceText`), joined by commas, "and" or "or",
 * and where they end ("itself" included). A comma joins names only in a list that "and" or "or"
 * closes: "besides Anthropic, Glasswing has" sets Anthropic apart, not Glasswing. Undefined when
 * no name starts there, or a possessive does.
 */
function namesAt(at: number, sentenceText: string, start: number, mentions: readonly EntityMention[]): { names: EntityMention[]; end: number } | undefined {
  const names: EntityMention[] = [];
  const ends: number[] = [];
  // The names before the first comma that no "and" or "or" follows.
  let listed = 0;
  let closed = true;
  for (let i = firstAtOrAfter(mentions, start + at, (e) => e.span.start); i < mentions.length; i++) {
    const e = mentions[i];
    if (e.span.start !== start + at || possessive.test(e.text)) break;
    names.push(e);
    ends.push(e.span.end - start);
    if (closed) listed = names.length;
    joiner.lastIndex = e.span.end - start;
    const m = joiner.exec(sentenceText);
    if (!m) break;
    if (/\b(?:and|or)\b/i.test(m[0])) closed = true;
    else if (closed) closed = false;
    at = joiner.lastIndex;
  }
  if (closed) listed = names.length;
  if (!listed) return undefined;
  let end = ends[listed - 1];
  reflexive.lastIndex = end;
  if (reflexive.test(sentenceText)) end = reflexive.lastIndex;
  return { names: names.slice(0, listed), end };
}

/** Words of a relation's verb that say nothing of what is counted. */
const relationLittleWords = new Set(['of', 'to', 'in', 'at', 'for', 'with', 'by', 'from', 'on', 'is', 'a', 'an', 'the']);

/** A word in the singular: "partners" and "partner" compare equal. */
function singular(word: string): string {
  const lower = word.toLowerCase();
  return lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss') ? lower.slice(0, -1) : lower;
}

/**
 * The entities a count on record counts, by the fact base's relations to one of its entities
 * whose verb names what it counts: "anthropic founding-partner-of project-glasswing" for
 * Glasswing's founding partners (the words of the verb, "founding partner", are all words of the
 * fact's cues or unit). Undefined when the fact counts nothing or no relation says who.
 */
export function countedMembers(fact: Fact, relationsOf: (id: string) => readonly Relation[]): ReadonlySet<string> | undefined {
  const value = fact.value;
  if (value?.type !== 'count') return undefined;
  const measure = new Set<string>();
  for (const text of [...(fact.cues ?? []), value.unit ?? '']) for (const w of text.split(/[^\p{L}\p{N}]+/u)) if (w) measure.add(singular(w));
  let out: Set<string> | undefined;
  for (const id of new Set(fact.entities)) {
    for (const r of relationsOf(id)) {
      if (r.to !== id) continue;
      const words = r.type.split(/[^\p{L}\p{N}]+/u).filter((w) => w && !relationLittleWords.has(w.toLowerCase()));
      if (words.length && words.every((w) => measure.has(singular(w)))) (out ??= new Set()).add(r.from);
    }
  }
  return out;
}

/**
 * The records a count is read against when the sentence sets `names` apart from it: the record
 * less the names it counts when `counted` says who it counts (one reading), else the record as it
 * is and less every name set apart (two readings).
 */
export function exceptedRecords(record: FactValue, names: readonly EntityMention[], counted: ReadonlySet<string> | undefined): readonly FactValue[] {
  if (record.type !== 'count') return [record];
  const taken = new Set(takenNames(names, counted).map((e) => e.id)).size;
  if (!taken) return [record];
  const less: FactValue = { ...record, value: record.value - taken, ...(record.to === undefined ? {} : { to: record.to - taken }) };
  return counted ? [less] : [record, less];
}

/** The names set apart that the record's figure is taken off for: those it counts, or all of them when the fact base does not say whom it counts (one each). */
export function takenNames(names: readonly EntityMention[], counted: ReadonlySet<string> | undefined): readonly EntityMention[] {
  const seen = new Set<string>();
  return names.filter((e) => !seen.has(e.id) && (seen.add(e.id), !counted || counted.has(e.id)));
}
