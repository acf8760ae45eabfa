import type { FactIndex } from '../factbase/factIndex';
import type { QuotationOnRecord } from '../factbase/schema';
import { findMentions, type MentionHit } from '../entities/findMentions';

/**
 * How many words a quotation must share with a quotation on record to be that quotation
 * wherever it stands. Fewer ("supply chain risk", "much more likely this year") are stock
 * phrases anyone may say: they are the record only where the draft ties them to it.
 */
export const distinctiveWords = 8;

const tiesByIndex = new WeakMap<FactIndex, Map<string, ReadonlySet<string>>>();

/** Ids of the entities named in `text` (fact base names and aliases). */
function namedIn(text: string, index: FactIndex): string[] {
  const hits: MentionHit[] = [];
  findMentions(text, 0, text.length, index.aliases, hits);
  return hits.map((h) => h.entry.entityId);
}

/**
 * The entities that tie a draft to a quotation on record: its speaker and the organization
 * they belong to, the document it is in and that document's author, and the entities named in
 * the words themselves, in where they were said and in the titles of their sources (the
 * record "supply chain risk", said "in designating Anthropic a supply chain risk", is about
 * Anthropic). A draft that names none of them does not quote that record with a stock phrase.
 * Found once per record and fact base.
 */
export function recordTies(record: QuotationOnRecord, index: FactIndex): ReadonlySet<string> {
  let byRecord = tiesByIndex.get(index);
  if (!byRecord) tiesByIndex.set(index, (byRecord = new Map()));
  let ties = byRecord.get(record.id);
  if (ties) return ties;
  const ids = new Set<string>();
  for (const id of [record.speaker, record.document]) {
    if (id === undefined) continue;
    ids.add(id);
    for (const up of index.entity(id)?.memberOf ?? []) ids.add(up);
  }
  const titles = record.sources.map((id) => index.source(id)?.title ?? '');
  for (const text of [record.text, record.where, ...titles]) for (const id of namedIn(text, index)) ids.add(id);
  byRecord.set(record.id, (ties = ids));
  return ties;
}

/**
 * Whether a quotation that shares `matchedWords` words with `record` is that record: always
 * when it is long enough to be distinctive, otherwise only when `named` (the entity ids the
 * draft names around it) holds one of the record's ties. "Minister Berg called the vendor a
 * “supply chain risk”" in a draft naming neither Hegseth, the Pentagon nor Anthropic is not
 * Hegseth's designation.
 */
export function quotesRecord(matchedWords: number, record: QuotationOnRecord, named: (id: string) => boolean, index: FactIndex): boolean {
  if (matchedWords >= distinctiveWords) return true;
  for (const id of recordTies(record, index)) if (named(id)) return true;
  return false;
}
