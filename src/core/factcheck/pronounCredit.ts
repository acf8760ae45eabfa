import type { EntityMention, Quotation, Sentence, Span } from '../types';
import type { Structure } from '../markdown/structure';
import { firstAtOrAfter } from '../util/search';
import { mentionsIn } from '../entities/mentionsIn';
import { pronounSpeaks, pronounSpeaksAfter, pronounSpeaksInThatClause } from './verbCredits';
import { opensWithUnknownName } from './unknownSpeakers';

/** What `pronounCredit` reads of an analysis. */
export interface PronounInput {
  readonly text: string;
  readonly structure: Structure;
  readonly sentences: readonly Sentence[];
  readonly entities: readonly EntityMention[];
  /** The quotations, in order: names inside them are quoted words, not the text's. */
  readonly quotes: readonly { readonly span: Span }[];
}

/** How many sentences back the antecedent of "he" or "she" is looked for. */
const antecedentReach = 12;

/**
 * Whom "he" or "she" stands for when a quotation is credited to one, before it ("Jim Zemlin
 * put it well. He said “…”") or after it ('“…,” he said.'): the person the paragraph named
 * last before the sentence, in the nearest sentence that names a person outside quotations
 * ("Logan Graham was not the only one. Dario Amodei went on camera. “…,” he said." is Amodei).
 * That sentence naming two persons, or opening on a name the fact base does not know ("Maria
 * Okafor disagreed."), or no person in the paragraph, credits no one: the pronoun is not guessed.
 * Reads at most a few sentences back.
 */
export function pronounCredit(input: PronounInput, q: Quotation): EntityMention[] {
  const { text, sentences, entities, structure, quotes } = input;
  const sentence = sentences[q.sentenceIndex];
  if (!sentence) return [];
  const { start, end } = sentence.span;
  // An interrupted quotation's attribution follows its first piece in the sentence: '“…,” he said, “…”'
  // (a quotation of several paragraphs is attributed in its last: '"…\n\n"…," he said.').
  const first = q.parts?.find((p) => p.span.start >= start) ?? q;
  const heads = pronounSpeaks(text, start, first.span.start) || pronounSpeaksAfter(text, start, end, first.span.start, first.span.end);
  if (!heads && !pronounSpeaksInThatClause(text, start, first.span.start)) return [];
  const blocks = structure.blocks;
  const block = blocks[firstAtOrAfter(blocks, start + 1, (b) => b.end)];
  if (!block || block.start >= start) return [];
  const inQuote = (at: number) => {
    const i = firstAtOrAfter(quotes, at + 1, (x) => x.span.start) - 1;
    return i >= 0 && at < quotes[i].span.end;
  };
  // "… note that he has also described …": only the one person of the sentence right before, in a sentence that names none.
  if (!heads) return soleAntecedent(input, q.sentenceIndex, block.start, inQuote);
  for (let si = q.sentenceIndex - 1; si >= 0 && si >= q.sentenceIndex - antecedentReach; si--) {
    const s = sentences[si].span;
    if (s.end <= block.start) break;
    const from = Math.max(s.start, block.start);
    const named = mentionsIn(entities, from, s.end);
    if (opensWithUnknownName(text.slice(from, s.end), from, named)) return [];
    let person: EntityMention | undefined;
    for (const e of named) {
      if (e.kind !== 'person' || inQuote(e.span.start)) continue;
      if (person && person.id !== e.id) return [];
      person = e;
    }
    if (person) return [person];
  }
  return [];
}

/** The persons a stretch of the text names outside quotations, by id. */
function personsIn(entities: readonly EntityMention[], from: number, to: number, inQuote: (at: number) => boolean): EntityMention[] {
  return mentionsIn(entities, from, to).filter((e) => e.kind === 'person' && !inQuote(e.span.start));
}

/**
 * Whom "he" or "she" heading a clause of "that" stands for ("Logan Graham … has said the company
 * withheld release. Members may wish to note that he has also described Mythos as “…”" is
 * Graham): the one person the sentence right before names, in the same paragraph, when the
 * pronoun's own sentence names no person. None otherwise (two persons before, a person in the
 * pronoun's sentence, "Graham told Amodei that he had called it “…”", or none right before):
 * the pronoun is not guessed.
 */
function soleAntecedent(input: PronounInput, sentenceIndex: number, blockStart: number, inQuote: (at: number) => boolean): EntityMention[] {
  const { text, sentences, entities } = input;
  const own = sentences[sentenceIndex].span;
  const before = sentences[sentenceIndex - 1]?.span;
  if (!before || before.end <= blockStart || personsIn(entities, own.start, own.end, inQuote).length) return [];
  const from = Math.max(before.start, blockStart);
  const named = personsIn(entities, from, before.end, inQuote);
  if (!named.length || named.some((e) => e.id !== named[0].id)) return [];
  return opensWithUnknownName(text.slice(from, before.end), from, mentionsIn(entities, from, before.end)) ? [] : [named[0]];
}
