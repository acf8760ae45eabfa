import type { EntityMention } from '../types';
import { speakerKinds } from './verbCredits';

/**
 * A sentence that opens with its verb of saying and then names the speaker, as translated and
 * journalistic text may: "Told Dario Amodei to CNN: «…»", "Said Dario Amodei: «…»", "Wrote the
 * Department of Defense in its filing: “…”". Only a capitalised verb at the sentence's very
 * start (after a numbered paragraph's "3.5", if any), with a name right after it (a "the" allowed), credits that name, and only a quotation
 * after the name: "Said" heading a sentence is otherwise rare, and "Added features" names no one.
 */
const verbFirstRe = /^[\s*_]*(?:\d{1,3}(?:\.\d{1,3}){0,4}\.?[ \t]+)?(?:Said|Says|Told|Tells|Wrote|Writes|Added|Adds|Warned|Warns|Declared|Stated|Explained|Argued|Insisted)\s+(?:the\s+)?/;

/**
 * The speaker a verb-first sentence (`sentence`, starting at document offset `sentenceStart`)
 * credits with the quotation starting at `quoteAt`, or undefined. `mentions` are in document order.
 */
export function verbFirstSpeaker(sentence: string, sentenceStart: number, mentions: readonly EntityMention[], quoteAt: number): EntityMention | undefined {
  const m = verbFirstRe.exec(sentence);
  if (!m) return undefined;
  const nameAt = sentenceStart + m[0].length;
  const named = mentions.find((e) => e.span.start === nameAt);
  return named && speakerKinds.has(named.kind) && named.span.end <= quoteAt ? named : undefined;
}
