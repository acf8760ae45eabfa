import type { EntityMention, Span } from '../types';
import type { FactIndex } from '../factbase/factIndex';
import type { Entity } from '../factbase/schema';
import type { LineIndex } from '../text/lineIndex';
import type { RecordMatch } from './quoteMatch';
import { distinctiveWords } from './recordTies';
import { creditsSpeaker, reportsRecord } from './attribution';
import { quoteCredits, type QuoteCredits } from './verbCredits';
import { isUnknownSpeaker, unknownSpeakers } from './unknownSpeakers';

/** A sentence, as `unknownCredit` reads it: its span, its fact base mentions and its inline quotations (document offsets). */
export interface CreditedSentence {
  readonly span: Span;
  readonly mentions: readonly EntityMention[];
  readonly quoted: readonly Span[];
}

/** The aliases' texts and the name of an entity. */
function namesOf(entity: Entity): string[] {
  return [entity.name, ...entity.aliases.map((a) => (typeof a === 'string' ? a : a.text))];
}

/** "given family" of a name of two words or more, lower-cased, else undefined: "Logan M. Graham" → "logan graham". */
function givenAndFamily(name: string): string | undefined {
  const words = name.toLowerCase().split(/\s+/);
  return words.length >= 2 ? `${words[0]} ${words[words.length - 1]}` : undefined;
}

/** Whether `name` has the given name and the family name of one of the entity's names: "Logan M. Graham" is Logan Graham, "Lindsey Graham" is not. */
function namesSamePerson(name: string, entity: Entity): boolean {
  const written = givenAndFamily(name);
  return written !== undefined && namesOf(entity).some((n) => givenAndFamily(n) === written);
}

/**
 * Whom a sentence credits with an inline quotation on record that it credits to no one the fact
 * base knows, once the names the fact base does not know are read as well (unknownSpeakers.ts):
 * "Jane Smith told CNN: “…”", "“…,” said Senator Lindsey Graham", "CNN's Jane Smith said …".
 * Such a name must be credited, beside no person the fact base knows, the record's reporter left
 * out. Conservative, as the name is read from its letters alone:
 * - only words distinctive enough to be no one else's (`distinctiveWords`): a stock phrase
 *   ("supply chain risk") others may have said too;
 * - only in a sentence that names no one who may rightly say them (the speaker, their
 *   organization, the document): "Jane Smith, quoting Logan Graham, said …";
 * - never the publisher of the record's source, nor the speaker's own given and family name
 *   ("Logan M. Graham").
 * `text` is the document; each sentence's names are read once, when one of its quotations asks.
 */
export function unknownCredit(text: string, index: LineIndex, factIndex: FactIndex): (sentence: CreditedSentence, quote: Span, match: RecordMatch) => EntityMention[] {
  const credits = new Map<number, QuoteCredits | undefined>();
  const creditsIn = (s: CreditedSentence): QuoteCredits | undefined => {
    if (credits.has(s.span.start)) return credits.get(s.span.start);
    const sentence = text.slice(s.span.start, s.span.end);
    const unknown = unknownSpeakers(sentence, s.span.start, s.mentions, s.quoted, index);
    const made = unknown.length ? quoteCredits(sentence, s.span.start, [...s.mentions, ...unknown].sort((a, b) => a.span.start - b.span.start), s.quoted) : undefined;
    credits.set(s.span.start, made);
    return made;
  };
  return (s, quote, match) => {
    const record = match.record;
    if (match.matchedWords < distinctiveWords || s.mentions.some((e) => creditsSpeaker(e.id, record, factIndex))) return [];
    const credited = (creditsIn(s)?.(quote.start, quote.end) ?? []).filter((e) => !reportsRecord(e.id, record, factIndex));
    if (!credited.some(isUnknownSpeaker) || credited.some((e) => e.kind === 'person' && !isUnknownSpeaker(e))) return [];
    const publishers = new Set(record.sources.map((id) => factIndex.source(id)?.publisher.toLowerCase()));
    const speaker = factIndex.entity(record.speaker);
    return credited.some((e) => isUnknownSpeaker(e) && (publishers.has(e.text.toLowerCase()) || (speaker !== undefined && namesSamePerson(e.text, speaker)))) ? [] : credited;
  };
}
