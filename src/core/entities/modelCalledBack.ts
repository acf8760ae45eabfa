import type { EntityMention, Range, Sentence } from '../types';
import type { FactIndex } from '../factbase/factIndex';
import { firstAtOrAfter } from '../util/search';
import { mentionsIn } from './mentionsIn';

/**
 * "The model" as the name of the model the document named last: "On 7 April 2026 Anthropic announced
 * Claude Mythos Preview. … Anthropic formally announced the model on 9 April 2026." names Claude Mythos
 * Preview in its second sentence, as if it had written the name, so the fact check reads it as the
 * announcement of that model. A reading of the whole document, as a defined short name's is.
 *
 * Only where nothing makes it another model's: the model named last (within `lookBack` characters
 * before the sentence) is one of the fact base's, named alone in its sentence (not "83.1% against 66.6%
 * for Opus 4.6"), with no model name the fact base does not know after it ("Llama 5", "GPT-4o"); the sentence
 * names no model itself, no company but one the model belongs to ("OpenAI announced the model on 9
 * April" is OpenAI's), and no capitalised word the fact base does not know before the noun ("Mistral
 * announced the model"); and the noun is no part of a longer one ("the model card", "the model that
 * OpenAI released").
 */

/** "the model", "The model's", as words of their own. */
const theModel = /(?<![\p{L}\p{N}])[Tt]he[ \t]+model(?:['’]s)?(?![\p{L}\p{N}'’-])/gu;

/** How far before its sentence the model named last is looked for (about a page). */
const lookBack = 3000;

/** The word after the noun, or the mark that ends it: what may follow "the model" as a noun of its own. */
const nextWord = /^[ \t]*(?:([^\s\p{L}\p{N}])|(\p{L}+))/u;

/** Words after "the model" that leave it a noun of its own: prepositions, conjunctions, verbs of being and having. */
const freeAfter: ReadonlySet<string> = new Set(
  'on in at to with as after before during since into over under about against among and or but nor is was has had will would can could may might must should did does do itself'.split(' '),
);

/** A verb in the past ("scored") or an adverb ("deliberately") after the noun: it ends the noun phrase. */
const verbOrAdverb = /^\p{Ll}+(?:ed|ly)$/u;

/** Capitalised words that name nothing: months, days, and the words that open sentences. */
const notNames: ReadonlySet<string> = new Set(
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday i the a an this that these those it its they their he his she her we our you on in at by for of after before during since from to as while when if but and or so then also'.split(' '),
);

/** Kinds of mention that name a model. */
const modelKinds: ReadonlySet<string> = new Set(['model', 'model-tier']);

/** Whether the words after "the model" (`after`) leave it a noun of its own (see `freeAfter`, `verbOrAdverb`). */
function endsNounPhrase(after: string): boolean {
  const m = nextWord.exec(after);
  if (!m) return true;
  if (m[1]) return true;
  const word = m[2];
  if (freeAfter.has(word.toLowerCase())) return true;
  // "the model released by OpenAI" is another's.
  return verbOrAdverb.test(word) && !/^[ \t]+by\b/.test(after.slice(m[0].length));
}

/** The entities `id` belongs to, at any depth (Anthropic for Claude Mythos Preview). */
function ownersOf(factIndex: FactIndex, id: string): Set<string> {
  const out = new Set<string>();
  const stack = [...(factIndex.entity(id)?.memberOf ?? [])];
  while (stack.length && out.size < 20) {
    const up = stack.pop()!;
    if (out.has(up)) continue;
    out.add(up);
    stack.push(...(factIndex.entity(up)?.memberOf ?? []));
  }
  return out;
}

/** The sentence that holds `at` (sentences sorted by start), or undefined. */
function sentenceAt(sentences: readonly Sentence[], at: number): Sentence | undefined {
  const i = firstAtOrAfter(sentences, at + 1, (s) => s.span.start) - 1;
  const s = sentences[i];
  return s && s.span.start <= at && at < s.span.end ? s : undefined;
}

/** Whether `at` lies inside a mention of `mentions` (sorted by start, not overlapping): found by bisection. */
function insideMention(mentions: readonly EntityMention[], at: number): boolean {
  const e = mentions[firstAtOrAfter(mentions, at + 1, (m) => m.span.start) - 1];
  return e !== undefined && at < e.span.end;
}

/** A word: letters and digits, joined by hyphens, dots or apostrophes inside ("GPT-4o", "D.C."). */
const words = /\p{L}[\p{L}\p{N}]*(?:[-.’'][\p{L}\p{N}]+)*/gu;

/** Whether `text` (at document offset `start`) holds a capitalised word outside `mentions` that names nothing the fact base knows. */
function namesUnknown(text: string, start: number, mentions: readonly EntityMention[]): boolean {
  words.lastIndex = 0;
  for (let m; (m = words.exec(text)); ) {
    if (!/^\p{Lu}/u.test(m[0]) || notNames.has(m[0].toLowerCase())) continue;
    const at = start + m.index;
    if (!insideMention(mentions, at)) return true;
  }
  return false;
}

/**
 * A model's name the fact base may not know: a name with a hyphen and a version ("GPT-4o", "Llama-3"; not
 * "R-14"), or a capitalised word and a version, with a point ("Gemini 2.5") or after no label's word ("Llama 5";
 * not "Phase 2", "Tier 1"). Tested on each capitalised word and the few characters after it.
 */
const hyphenedModel = /^\p{Lu}\p{L}+-\d/u;
/** The version after a capitalised word: "2.5", "5". */
const versionAfter = /^ (\d{1,2})(\.\d{1,2})?(?![\p{L}\p{N}])/u;
/** Capitalised words a number labels, no model: "Phase 2", "Tier 1", "Section 3". */
const labelWords: ReadonlySet<string> = new Set(
  'phase tier level table section figure fig part step stage item annex appendix chapter paragraph grade class category round year day week page note box option scenario wave group type schedule article clause rule priority'.split(' '),
);

/** Whether `text` (at document offset `start`) names, outside `mentions`, a model the fact base does not know (see `hyphenedModel`). */
function namesUnknownModel(text: string, start: number, mentions: readonly EntityMention[]): boolean {
  words.lastIndex = 0;
  for (let m; (m = words.exec(text)); ) {
    if (!/^\p{Lu}/u.test(m[0])) continue;
    const at = start + m.index;
    if (insideMention(mentions, at)) continue;
    if (hyphenedModel.test(m[0])) return true;
    const v = versionAfter.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 8));
    if (v && (v[2] !== undefined || (!labelWords.has(m[0].toLowerCase()) && !notNames.has(m[0].toLowerCase())))) return true;
  }
  return false;
}

/**
 * `entities` with a mention of the model each "the model" stands for (see above); `entities` itself when none does.
 * Reads the prose `mask` once, and a bounded window before each "the model".
 * Example: "Anthropic announced Claude Mythos Preview. … Anthropic announced the model on 9 April." → a mention of
 * claude-mythos-preview at "model".
 */
export function withModelCalledBack(
  mask: string,
  entities: readonly EntityMention[],
  sentences: readonly Sentence[],
  factIndex: FactIndex,
  rangeOf: (start: number, end: number) => Range,
): readonly EntityMention[] {
  let added: EntityMention[] | undefined;
  theModel.lastIndex = 0;
  for (let m; (m = theModel.exec(mask)); ) {
    const a = m.index + m[0].length - m[0].replace(/^[Tt]he[ \t]+/, '').length;
    const b = m.index + m[0].length;
    if (!endsNounPhrase(mask.slice(b, b + 40))) continue;
    const sentence = sentenceAt(sentences, a);
    if (!sentence) continue;
    const own = mentionsIn(entities, sentence.span.start, sentence.span.end);
    if (own.some((e) => e.span.start < b && a < e.span.end) || own.some((e) => modelKinds.has(e.kind))) continue;
    // The model named last before the sentence, alone in its sentence.
    const near = mentionsIn(entities, Math.max(0, sentence.span.start - lookBack), sentence.span.start);
    let last: EntityMention | undefined;
    for (let k = near.length - 1; k >= 0 && !last; k--) if (modelKinds.has(near[k].kind)) last = near[k];
    if (!last || last.kind !== 'model') continue;
    const itsSentence = sentenceAt(sentences, last.span.start);
    const from = itsSentence?.span.start ?? last.span.start;
    if (near.some((e) => e.span.start >= from && modelKinds.has(e.kind) && e.id !== last!.id)) continue;
    if (namesUnknownModel(mask.slice(last.span.end, m.index), last.span.end, near.concat(own))) continue;
    // The sentence names no company but the model's, and no name the fact base does not know before the noun.
    const owners = ownersOf(factIndex, last.id);
    if (own.some((e) => e.kind === 'organization' && !owners.has(e.id))) continue;
    if (namesUnknown(mask.slice(sentence.span.start, m.index), sentence.span.start, own)) continue;
    (added ??= []).push({ id: last.id, kind: last.kind, text: mask.slice(a, b), span: { start: a, end: b }, range: rangeOf(a, b) });
  }
  if (!added) return entities;
  return [...entities, ...added].sort((x, y) => x.span.start - y.span.start || x.span.end - y.span.end);
}
