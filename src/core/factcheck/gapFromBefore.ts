import type { EntityMention, Sentence, Span } from '../types';
import type { Block } from '../markdown/structure';
import type { FactRule, FactRules } from './factMatcher';
import type { EntityDescriptions } from './definiteDescription';

/**
 * "Anthropic locked down the exposed assets after Fortune alerted the company. Twelve days later
 * came the formal announcement." A gap written as "N days later came (or followed) the X" runs
 * from the event the sentence before speaks of to the X it names: it is the gap a fact counts
 * between the two when X is one of the fact's events (by name or by a definite description
 * whose world the paragraph names) and the sentence before speaks of another of them (see
 * `speaksOf`). "Anthropic briefed CISA on April 1. Six days later came the formal announcement."
 * counts from the briefing, not from the leak, and ties nothing. Set as a paragraph of its own, for
 * effect, the one-sentence paragraph counts from the last sentence of the paragraph before. A subject
 * and its verb may stand between "later" and the X: "Twelve days later Anthropic made the formal
 * announcement" (not "later Anthropic briefed officials about the launch", where the X is no object of its own).
 */

/** "later came the", "later followed the", "later arrived the": the event the gap ends at follows. */
const laterCameRe = /\blater,?\s+(?:came|followed|arrived)\s+/giu;

/**
 * "later Anthropic made the formal announcement", "later, the company staged its launch": a
 * subject and its verb (one to four words) before the event the gap ends at, whose article
 * follows. The words are read apart (see `ownClauseWords`).
 */
const laterDidRe = /\blater,?\s+((?:[\p{L}\p{N}][\p{L}\p{N}'’.-]*\s+){1,4}?)(?=(?:the|its|their)\s)/giu;

/**
 * Words that put something else between the gap and the event: a preposition, a conjunction, a
 * relative or a verb of being ("later the leak was followed by the announcement", "later
 * Anthropic briefed officials about the launch"): the event is then not what the subject did.
 */
const notSubjectAndVerb = new Set(
  'about above after against along among around at before behind below beside between by during for from in into like near of off on onto over since than through to toward towards under until upon with within without and but or nor so yet that which who whom whose when where while because although though if as is are was were be been being'.split(' '),
);
const plainWordRe = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

/** Whether `words` are a subject and its verb alone, none of them a word of `notSubjectAndVerb`. */
function ownClauseWords(words: string): boolean {
  plainWordRe.lastIndex = 0;
  for (const w of words.matchAll(plainWordRe)) if (notSubjectAndVerb.has(w[0].toLowerCase())) return false;
  return true;
}

/**
 * The key entity of `rule` that the sentence names or describes right after "later came"
 * (document offsets through `start`), when the rule counts a gap (its value is a duration).
 * `named` tells whether the paragraph names an entity, for a description's world.
 */
export function gapEndpoint(rule: FactRule, sentenceText: string, start: number, mentions: readonly EntityMention[], rules: FactRules, named: (id: string) => boolean): string | undefined {
  if (rule.fact.value?.type !== 'duration' || rule.keyEntities.size < 2) return undefined;
  laterCameRe.lastIndex = 0;
  for (const m of sentenceText.matchAll(laterCameRe)) {
    const at = start + m.index + m[0].length;
    const name = mentions.find((e) => e.span.start >= at && e.span.start <= at + 4 && rule.keyEntities.has(e.id));
    if (name) return name.id;
    const described = describedEntity(rule.keyEntities, rules.descriptions, sentenceText.slice(at - start), named);
    if (described) return described;
  }
  // "Twelve days later Anthropic made the formal announcement": the event after the subject and its verb, in a phrase of its own.
  laterDidRe.lastIndex = 0;
  for (const m of sentenceText.matchAll(laterDidRe)) {
    if (!ownClauseWords(m[1])) continue;
    const at = m.index + m[0].length;
    const described = describedEntity(rule.keyEntities, rules.descriptions, sentenceText.slice(at), named, true);
    if (described) return described;
  }
  return undefined;
}

/** "the formal announcement", "its long-awaited launch": an article, at most three words, a head noun. */
const describedRe = /^(?:the|its|their)((?:\s+[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*){1,4})/iu;
const wordRe = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;

/**
 * The key entity whose description (see `definiteDescription`: a head noun of its names that no other
 * event or document has) opens `text`, after any words that qualify it ("the formal announcement"),
 * when the paragraph names its world. `compact`: only up to a word that relates the phrase to another.
 */
function describedEntity(keys: ReadonlySet<string>, descriptions: EntityDescriptions, text: string, named: (id: string) => boolean, compact = false): string | undefined {
  const m = describedRe.exec(text);
  if (!m) return undefined;
  wordRe.lastIndex = 0;
  for (const w of m[1].matchAll(wordRe)) {
    const word = w[0].toLowerCase();
    // `compact`: the noun phrase ends at a word that relates it to another ("the briefing about the launch").
    if (compact && notSubjectAndVerb.has(word)) return undefined;
    for (const id of keys) {
      const d = descriptions.get(id);
      if (d?.heads.includes(word) && [...d.world].some(named)) return id;
    }
  }
  return undefined;
}

/**
 * What a sentence speaks of: the entities it names, and the entities of each fact whose cue it
 * holds beside a name of another of that fact's entities ("Anthropic locked down the exposed
 * assets" holds the leak's cue "exposed" and names Anthropic: it speaks of the leak).
 * `cued` are the rules whose cue stands in the sentence.
 */
export function speaksOf(mentions: readonly EntityMention[], cued: readonly FactRule[]): Set<string> {
  const out = new Set(mentions.map((e) => e.id));
  const named = [...out];
  for (const rule of cued) if (rule.cues.length && rule.fact.entities.some((e) => named.includes(e))) for (const e of rule.fact.entities) out.add(e);
  return out;
}

/**
 * The sentence a gap in sentence `si` (in block `bi`) counts from (see above): the one before it in
 * its paragraph, or, when the sentence is its paragraph's only one, the last sentence of the
 * paragraph right before ("… after Fortune alerted the company.", then "Twelve days later came the
 * formal announcement." alone); none across a heading, a table, a reference or a block quote's edge.
 */
export function sentenceBeforeGap(blocks: readonly Block[], bi: number, sentences: readonly Sentence[], si: number): Span | undefined {
  const block = blocks[bi];
  const previous = sentences[si - 1];
  if (block === undefined || previous === undefined) return undefined;
  if (previous.span.start >= block.start) return previous.span;
  const next = sentences[si + 1];
  if (next !== undefined && next.span.start < block.end) return undefined;
  const before = blocks[bi - 1];
  const isProse = (b: Block | undefined) => b?.kind === 'paragraph' && !b.isReference;
  return isProse(block) && isProse(before) && before!.blockQuote === block.blockQuote && previous.span.start >= before!.start ? previous.span : undefined;
}
