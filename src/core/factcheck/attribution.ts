import type { EntityMention } from '../types';
import type { FactIndex } from '../factbase/factIndex';
import type { QuotationOnRecord } from '../factbase/schema';

/** Verbs that credit words to someone: "X said", "X told CNN", "X warned that", "according to X". */
const creditRe =
  /\b(?:said|says|say|told|tells|warned|warns|wrote|writes|stated|states|declared|declares|claimed|claims|argued|argues|added|adds|insisted|insists|explained|explains|remarked|testified|announced|announces|described|describes|noted|notes|concluded|concludes|put it|quipped)\b|\b[Aa]ccording to\b/g;

const speakerKinds = new Set(['person', 'organization', 'government-body', 'document', 'role']);

/**
 * The entities a sentence credits with its quotation: people, organizations and documents
 * named before the first crediting verb, or right after "according to". Outlets after
 * "told" are addressees, not speakers.
 */
export function creditedEntities(sentence: string, sentenceStart: number, mentions: readonly EntityMention[]): EntityMention[] {
  creditRe.lastIndex = 0;
  const m = creditRe.exec(sentence);
  if (!m) return [];
  const verbAt = sentenceStart + m.index;
  const inSentence = mentions.filter((e) => speakerKinds.has(e.kind) && e.span.start >= sentenceStart && e.span.end <= sentenceStart + sentence.length);
  if (/^[Aa]ccording to$/.test(m[0])) {
    const after = inSentence.filter((e) => e.span.start >= verbAt + m[0].length);
    return after.slice(0, 2);
  }
  return inSentence.filter((e) => e.span.end <= verbAt);
}

/** Whether crediting `entityId` with `record` is right: the speaker, their organization, or the document. */
export function creditsSpeaker(entityId: string, record: QuotationOnRecord, index: FactIndex): boolean {
  if (entityId === record.speaker || entityId === record.document) return true;
  const speaker = index.entity(record.speaker);
  if (speaker?.memberOf?.includes(entityId) && index.entity(entityId)?.kind !== 'person') return true;
  // A document credited to its author: "the system card says" for the company's words.
  const named = index.entity(entityId);
  if (named?.kind === 'document' && named.memberOf?.includes(record.speaker)) return true;
  return false;
}
