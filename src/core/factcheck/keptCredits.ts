import type { EntityMention, Span } from '../types';
import { quoteCredits, type QuoteCredits } from './verbCredits';

/** A sentence's credits read with the sentence at offset 0, and where its mentions stood in the list it was read with. */
interface RelativeCredits {
  readonly credits: QuoteCredits;
  readonly order: ReadonlyMap<EntityMention, number>;
}

/**
 * `quoteCredits`, kept between analyses by everything it reads: the sentence's text, its
 * mentions (place in the sentence, id, kind, text) and its quotations' places in it. A sentence
 * an edit left alone is then not read again, wherever the edit moved it: its credits were read
 * at offset 0 and are moved to where it stands now, and the mentions they name are this
 * analysis's own (the same place in the same list).
 * `keep` is the analysis cache's memo (see `CacheSession.credit`).
 */
export function keptCredits(keep: (key: string, make: () => RelativeCredits) => RelativeCredits) {
  return (sentence: string, sentenceStart: number, mentions: readonly EntityMention[], quoted: readonly Span[] = []): QuoteCredits => {
    let key = sentence;
    for (const e of mentions) key += `\u0000${e.span.start - sentenceStart},${e.span.end - sentenceStart},${e.kind},${e.id},${e.text}`;
    key += '\u0001';
    for (const q of quoted) key += `${q.start - sentenceStart},${q.end - sentenceStart};`;
    const kept = keep(key, () => {
      const order = new Map<EntityMention, number>();
      const relative = mentions.map((e, i) => {
        const moved: EntityMention = { ...e, span: { start: e.span.start - sentenceStart, end: e.span.end - sentenceStart } };
        order.set(moved, i);
        return moved;
      });
      const credits = quoteCredits(sentence, 0, relative, quoted.map((q) => ({ start: q.start - sentenceStart, end: q.end - sentenceStart })));
      return { credits, order };
    });
    return (start, end) => kept.credits(start - sentenceStart, end - sentenceStart).map((e) => mentions[kept.order.get(e) as number]);
  };
}

export type { RelativeCredits };
