import type { EntityMention } from '../types';
import type { FactBase } from '../factbase/schema';
import { escapeRegExp } from '../util/regExp';

/**
 * Definite descriptions of events and documents: writers name one once ("the Mythos leak", "the
 * supply chain risk designation", "the Mythos Preview System Card") and then call it "the leak",
 * "the March 24 leak", "the designation", "the system card".
 * Such a description stands for the event or document on record when it is one of the fact's own cues in
 * the sentence ("nine days after the leak" holds the cue "after the leak"; "the designation"
 * the cue "designation"), no other event or document of the fact base goes by the same head noun, and the
 * sentence or its paragraph names its world: an entity that shares a fact with it
 * ("Anthropic", "Claude Mythos Preview" for the leak). A leak in a draft on another subject is
 * not the one on record.
 */
export interface EntityDescription {
  /** "the", "this", "that", "its", "their" or a possessive "'s", then at most three words of its names, dates or numbers, then a head noun of its names. */
  readonly re: RegExp;
  /** The entities that share a fact with it, and itself. */
  readonly world: ReadonlySet<string>;
  /** The head nouns of its names that no other event or document has ("leak", "announcement", "card"), lower-cased. */
  readonly heads: readonly string[];
  /**
   * What it belongs to, and what that belongs to (the Defense Department and the U.S. government for the
   * DOD court filing): a possessor that may own it, "the government's 40-page filing", though it shares no fact with it.
   */
  readonly owners: ReadonlySet<string>;
}

/** Entity ids (events and documents) → their descriptions. */
export type EntityDescriptions = ReadonlyMap<string, EntityDescription>;

/** The kinds of entity a definite description may stand for: events and documents ("the leak", "the filing", "the system card"). */
const describedKinds = new Set(['event', 'document']);

/** Words after the head noun of a name that start what qualifies it: "Anthropic briefings to government officials". */
const qualifierWords = new Set('of to for against on in with by from over about'.split(' '));
const wordsRe = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const months = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec';


/** A link's text or emphasis opening before a description's words: "the [system card](…)", "the **leak**". */
const markupOpen = '[\\[*_]{0,3}';

/** What ends a name's head phrase besides a word that qualifies it: "Alignment Risk Update: Claude Mythos Preview". */
const phraseEndRe = /[:;,(\[–—]/;

/** The words of a name up to its head noun: "Federal directive to stop using…" → ["federal", "directive"]. */
export function headPhrase(name: string): string[] {
  const words: string[] = [];
  const end = name.search(phraseEndRe);
  // matchAll starts at the expression's lastIndex: from the start, whatever used it before.
  wordsRe.lastIndex = 0;
  for (const m of (end < 0 ? name : name.slice(0, end)).matchAll(wordsRe)) {
    const w = m[0].toLowerCase();
    if (qualifierWords.has(w) && words.length) break;
    words.push(w);
  }
  return words;
}

/** Each of `ids` → its world: itself and the entities that share a fact with it (Anthropic and Claude Mythos Preview for the leak). */
export function worldsOf(factBase: FactBase, ids: Iterable<string>): Map<string, Set<string>> {
  const worlds = new Map<string, Set<string>>();
  for (const id of ids) worlds.set(id, new Set([id]));
  for (const f of factBase.facts) {
    for (const id of f.entities) {
      const world = worlds.get(id);
      if (world) for (const e of f.entities) world.add(e);
    }
  }
  return worlds;
}

/** The descriptions of the fact base's events and documents, found once per fact base. */
export function entityDescriptions(factBase: FactBase): EntityDescriptions {
  const heads = new Map<string, string[]>();
  const modifiers = new Map<string, Set<string>>();
  for (const e of factBase.entities) {
    if (!describedKinds.has(e.kind)) continue;
    const own = new Set<string>();
    const words = new Set<string>();
    for (const name of [e.name, ...e.aliases.map((a) => (typeof a === 'string' ? a : a.text))]) {
      const phrase = headPhrase(name);
      if (!phrase.length) continue;
      own.add(phrase[phrase.length - 1]);
      for (const w of phrase.slice(0, -1)) words.add(w);
    }
    for (const h of own) {
      let list = heads.get(h);
      if (!list) heads.set(h, (list = []));
      list.push(e.id);
    }
    modifiers.set(e.id, words);
  }
  const byEntity = new Map<string, string[]>();
  // A head noun two share ("the brief" of two amicus briefs) stands for neither.
  for (const [head, ids] of heads) {
    if (ids.length !== 1 || head.length < 3) continue;
    let list = byEntity.get(ids[0]);
    if (!list) byEntity.set(ids[0], (list = []));
    list.push(head);
  }
  const worlds = worldsOf(factBase, byEntity.keys());
  const byId = new Map(factBase.entities.map((e) => [e.id, e]));
  const out = new Map<string, EntityDescription>();
  for (const [id, own] of byEntity) {
    const world = worlds.get(id)!;
    const modifier = [...(modifiers.get(id) ?? [])].map(escapeRegExp).join('|');
    // Its names' words, months, numbers and a figure of it ("the March 24 leak", "the 40-page filing").
    const before = `(?:(?:${modifier ? `${modifier}|` : ''}${months}|\\d{1,4}(?:st|nd|rd|th|-\\p{L}{1,12})?,?)\\s+){0,3}`;
    // The words may open a link's text or emphasis: "the [system card](…)", "the *system card*".
    out.set(id, { re: new RegExp(`(?:\\b(?:the|this|that|its|their)|['’]s)\\s+${markupOpen}${before}(?:${own.map(escapeRegExp).join('|')})\\b`, 'giu'), world, heads: own, owners: ownersOf(byId, id) });
  }
  return out;
}

/** What the entity belongs to, at any depth (`memberOf`, read up to a cycle). */
function ownersOf(byId: ReadonlyMap<string, FactBase['entities'][number]>, id: string): Set<string> {
  const out = new Set<string>();
  const queue = [...(byId.get(id)?.memberOf ?? [])];
  while (queue.length) {
    const up = queue.shift()!;
    if (up === id || out.has(up)) continue;
    out.add(up);
    queue.push(...(byId.get(up)?.memberOf ?? []));
  }
  return out;
}

/**
 * Which of the events or documents among `keys` the sentence describes by a definite description
 * that lies on one of `cueSpans` (flat start, end pairs, document offsets), in a sentence or
 * paragraph (`named`) that names its world. After a possessive, the possessor is one of the
 * sentence's `mentions` of that world ("Anthropic's system card", not "OpenAI's system card"), or
 * one of what the thing belongs to ("the government's filing", the Pentagon's, a part of the government).
 * Undefined when it describes none.
 */
export function describedEntity(
  keys: ReadonlySet<string>,
  descriptions: EntityDescriptions,
  sentenceText: string,
  start: number,
  cueSpans: readonly number[],
  named: (id: string) => boolean,
  mentions: readonly EntityMention[],
): string | undefined {
  return describedMatch(keys, descriptions, sentenceText, start, cueSpans, named, mentions)?.id;
}

/** `describedEntity`, with where its description stands (document offsets). */
export function describedMatch(
  keys: ReadonlySet<string>,
  descriptions: EntityDescriptions,
  sentenceText: string,
  start: number,
  cueSpans: readonly number[],
  named: (id: string) => boolean,
  mentions: readonly EntityMention[],
): { id: string; start: number; end: number } | undefined {
  if (!cueSpans.length) return undefined;
  for (const id of keys) {
    const d = descriptions.get(id);
    if (!d) continue;
    d.re.lastIndex = 0;
    for (let m; (m = d.re.exec(sentenceText)); ) {
      const a = start + m.index;
      const b = a + m[0].length;
      let onCue = false;
      for (let k = 0; k < cueSpans.length && !onCue; k += 2) onCue = (cueSpans[k] < b && a < cueSpans[k + 1]) || objectOfCue(sentenceText, start, cueSpans[k + 1], a);
      if (!onCue) continue;
      if (qualifiedByOtherName(sentenceText, b - start, start, mentions, d.world)) continue;
      if (m[0].charCodeAt(0) === 39 || m[0].charCodeAt(0) === 0x2019) {
        // The possessor is of its world ("Anthropic's system card") or owns it ("the government's filing").
        if (mentions.some((e) => e.span.start < a && e.span.end >= a && (d.world.has(e.id) || d.owners.has(e.id)))) return { id, start: a, end: b };
        continue;
      }
      for (const e of d.world) if (named(e)) return { id, start: a, end: b };
      break;
    }
  }
  return undefined;
}

/** A cue's last word that takes the event after it as its object: "days between the leak and the launch", "days after the leak". */
const cueEndsInPreposition = /(?<![\p{L}\p{N}])(?:between|after|before|since|following)$/iu;

/**
 * Whether the description at `at` (a document offset) is the object of a cue that ends at `cueEnd`
 * in a preposition, with nothing but white space between: "12 days between the leak and the
 * launch" describes the leak on the gap's cue "days between", as "after the leak" holds it.
 */
function objectOfCue(sentenceText: string, start: number, cueEnd: number, at: number): boolean {
  if (at <= cueEnd || at - cueEnd > 3 || sentenceText.slice(cueEnd - start, at - start).trim() !== '') return false;
  return cueEndsInPreposition.test(sentenceText.slice(Math.max(0, cueEnd - start - 10), cueEnd - start));
}

/** A qualifier right after a description that opens on a capitalised word: "the leak of the Llama weights", "the leak at Meta". */
const nameQualifierRe = /^\s+(?:of|at|from|by|in|on|to)\s+(?:the\s+|an?\s+)?(\p{Lu}[\p{L}\p{N}'’.-]*)/u;
const monthNames = new RegExp(`^(?:${months})\\.?$`, 'i');

/**
 * Whether the description is qualified by a name of its own right after it (`end`, a sentence
 * offset): "the leak of the Llama weights", "the leak at Meta" are other leaks; a name of the
 * description's world ("the leak of Mythos Preview details") and a month ("the leak in March")
 * are not another's.
 */
function qualifiedByOtherName(sentenceText: string, end: number, start: number, mentions: readonly EntityMention[], world: ReadonlySet<string>): boolean {
  const q = nameQualifierRe.exec(sentenceText.slice(end, end + 80));
  if (!q) return false;
  const word = q[1];
  if (monthNames.test(word)) return false;
  const at = start + end + q[0].length - word.length;
  const mention = mentions.find((e) => e.span.start <= at && at < e.span.end);
  return mention === undefined || !world.has(mention.id);
}

const labelWordsRe = new RegExp(wordsRe.source, wordsRe.flags);

/** The most words a row's label may open with before the head noun of what it names ("Formal announcement", "Official Glasswing launch"). */
const maxLabelWords = 3;

/**
 * The event or document a table row's label names by the head noun of its names, written as
 * tables write labels, without an article: "| Formal announcement of Mythos Preview | 7 April
 * 2026 |" is the announcement on record, as "the formal announcement of Mythos Preview" would be
 * in prose; "| System card published | 2026-04-07 | [2] |" the system card. The head noun opens
 * the label's phrase (a word that qualifies it, "of", "to", ends the phrase before: "Days from
 * leak to announcement" names neither), no other event or document goes by it, the label names
 * nothing outside its world ("GPT-5.3-Codex announcement", "Announcement of Claude Opus 4"), and
 * the row names its world (`named`: the things it names or its citations name; not a company
 * alone, which announces many things). `mentions` are the label's.
 * Undefined when the label names none this way.
 */
export function labelDescribes(
  descriptions: EntityDescriptions,
  labelText: string,
  labelStart: number,
  mentions: readonly EntityMention[],
  named: (id: string) => boolean,
): { id: string; start: number; end: number } | undefined {
  let words = 0;
  // Its own expression: a return from inside the loop leaves it mid-text.
  labelWordsRe.lastIndex = 0;
  for (let m; (m = labelWordsRe.exec(labelText)) && words < maxLabelWords + 1; words++) {
    const word = m[0].toLowerCase();
    if (qualifierWords.has(word)) return undefined;
    const start = labelStart + m.index;
    for (const [id, d] of descriptions) {
      if (!d.heads.includes(word)) continue;
      // A name in the label that is not of its world makes it another's ("GPT-5.3-Codex announcement", "Announcement of Claude Opus 4").
      if (mentions.some((e) => !d.world.has(e.id))) return undefined;
      for (const e of d.world) if (named(e)) return { id, start, end: start + m[0].length };
      return undefined;
    }
  }
  return undefined;
}
