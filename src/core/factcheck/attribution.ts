import type { EntityMention } from '../types';
import type { FactIndex } from '../factbase/factIndex';
import type { QuotationOnRecord } from '../factbase/schema';

import { speakerKinds } from './verbCredits';

/** How many levels of membership `creditsSpeaker` climbs: a person's department, its government, … */
const memberReach = 4;

/**
 * Whether `ancestorId` is an organization `entityId` belongs to, directly or through the
 * organizations it belongs to (Pete Hegseth, of the Department of Defense, of the U.S.
 * government). Reads at most `memberReach` levels; a cycle of memberships ends it.
 */
function belongsTo(entityId: string, ancestorId: string, index: FactIndex): boolean {
  let level = index.entity(entityId)?.memberOf ?? [];
  const seen = new Set<string>([entityId]);
  for (let depth = 0; depth < memberReach && level.length; depth++) {
    if (level.includes(ancestorId)) return true;
    const up: string[] = [];
    for (const id of level) {
      if (seen.has(id)) continue;
      seen.add(id);
      for (const parent of index.entity(id)?.memberOf ?? []) up.push(parent);
    }
    level = up;
  }
  return false;
}

/**
 * Whether crediting `entityId` with `record` is right: the speaker, their organization (or one
 * it belongs to: "the Trump administration called Anthropic a “supply chain risk”" for the words
 * of its defense secretary), or the document.
 */
export function creditsSpeaker(entityId: string, record: QuotationOnRecord, index: FactIndex): boolean {
  if (entityId === record.speaker || entityId === record.document) return true;
  if (index.entity(entityId)?.kind !== 'person' && belongsTo(record.speaker, entityId, index)) return true;
  // A document credited to its author: "the system card says" for the company's words; a part of the document the words
  // are in (the system card's model welfare assessment) for them. Not a part of another document: the welfare assessment
  // did not say what the company wrote in a blog post.
  const named = index.entity(entityId);
  if (named?.kind !== 'document') return false;
  return (named.memberOf?.includes(record.speaker) ?? false) || (record.document !== undefined && belongsTo(entityId, record.document, index));
}

/**
 * Whether a person the sentence credits decides whether `record` is rightly credited, over the
 * organization named with them: when its words are a person's (Logan Graham's, so "Anthropic CEO
 * Dario Amodei said" is wrong), or a document's (a draft, a post, a card, a filing: "Dario Amodei,
 * Anthropic's chief executive, called it “by far the most powerful …”" credits him with the leaked
 * draft's words). Not for what an organization said without a document (in briefings, to the press):
 * there an officer named with it may have voiced its words.
 * Example: personDecides(mostPowerfulModel, index) is true (its document is the leaked draft).
 */
export function personDecides(record: QuotationOnRecord, index: FactIndex): boolean {
  return index.entity(record.speaker)?.kind === 'person' || record.document !== undefined;
}

/** An entity's name and aliases, lower-cased. */
function namesOf(entityId: string, index: FactIndex): string[] {
  const e = index.entity(entityId);
  return e ? [e.name, ...e.aliases.map((a) => (typeof a === 'string' ? a : a.text))].map((n) => n.toLowerCase()) : [];
}

/**
 * Whether `entityId` published one of the record's sources and is not its speaker: the outlet
 * that reported the words ("According to Fortune, the draft warned …"), not a speaker the
 * sentence credits. A speaker who published its own words (Anthropic, in its own report)
 * stays a speaker.
 */
export function reportsRecord(entityId: string, record: QuotationOnRecord, index: FactIndex): boolean {
  if (creditsSpeaker(entityId, record, index)) return false;
  const names = namesOf(entityId, index);
  if (!names.length) return false;
  return record.sources.some((id) => {
    const publisher = index.source(id)?.publisher.toLowerCase();
    return publisher !== undefined && names.includes(publisher);
  });
}

/** Spaces and emphasis marks that may stand around a speaker's colon: "**Jim Zemlin:** “…”". */
const colonPadding = new Set([...' \t\n*_']);

/** Offset of the first character of the run of `set` that ends at `end` in `s`. */
function skipBack(s: string, end: number, set: ReadonlySet<string>): number {
  while (end > 0 && set.has(s[end - 1])) end--;
  return end;
}

/**
 * Where the name before a speaker's colon must end, when a colon stands directly before `at`:
 * "Dario Amodei: “…”", "Dario Amodei (CNN): “…”" (the parenthesis is the outlet or the role, not
 * the speaker). Undefined when no colon stands there.
 */
function nameEndBeforeColon(s: string, at: number): number | undefined {
  let end = skipBack(s, at, colonPadding);
  if (s[end - 1] !== ':') return undefined;
  end = skipBack(s, end - 1, colonPadding);
  if (s[end - 1] === ')') {
    const open = s.lastIndexOf('(', end - 1);
    if (open < 0 || end - open > 80 || s.slice(open + 1, end - 1).includes(')')) return undefined;
    end = skipBack(s, open, colonPadding);
  }
  return end;
}

/** Where the clause holding a colon speaker's name starts: after the last quotation, marker or clause punctuation. */
const clauseBreaks = new Set([...';:,!?”")]—–\n']);

/** Capitalised words that may stand before the speaker's name: titles, roles, an organization ("Anthropic CEO Dario Amodei:"). */
const leadWordRe = /^[\p{Lu}\d][\p{L}\p{N}'’.&-]*$/u;

/**
 * Prepositions and conjunctions: a name after them is a topic or an object ("On Anthropic:",
 * "In its report on Anthropic:"), not a speaker.
 */
const notSpeakerLeadRe = /^(?:on|in|about|regarding|re|concerning|for|to|against|with|without|of|at|into|over|under|versus|vs\.?|and|or|but|if|when|while|as|like|unlike|than|why|how|what|who|where|after|before|since)$/i;

/**
 * Whether what stands before a colon speaker's name in its clause leaves the name at the
 * clause's head: list marks, emphasis, and at most four capitalised words.
 */
function leadsToSpeaker(lead: string): boolean {
  const words = lead.split(/[\s*_#>•·]+/).filter((w) => w && w !== '-' && w !== '+');
  return words.length <= 4 && words.every((w) => leadWordRe.test(w) && !notSpeakerLeadRe.test(w));
}

/**
 * The speaker a colon credits with the quotation that starts at `quoteAt` (a document offset):
 * the person, organization or document named right before a colon that directly precedes the
 * quotation, at the head of its clause, as in slides, interview notes and lists
 * ("Dario Amodei (CNN): “…”", "- Jim Zemlin: “…”"). Colons that introduce something else
 * ("Two views: “…”", "In its report on Anthropic: “…”") credit no one. Verbs of speech are read
 * by `quoteCredits` (verbCredits.ts), which comes first.
 */
export function colonSpeaker(sentence: string, sentenceStart: number, mentions: readonly EntityMention[], quoteAt: number): EntityMention | undefined {
  const nameEnd = nameEndBeforeColon(sentence, quoteAt - sentenceStart);
  if (nameEnd === undefined) return undefined;
  const named = mentions.find((e) => speakerKinds.has(e.kind) && e.span.end === sentenceStart + nameEnd && e.span.start >= sentenceStart);
  if (!named) return undefined;
  const nameStart = named.span.start - sentenceStart;
  return leadsToSpeaker(sentence.slice(lastBreakBefore(sentence, nameStart), nameStart)) ? named : undefined;
}

/** Offset just after the last clause break before `at`, or 0. */
function lastBreakBefore(s: string, at: number): number {
  let i = at;
  while (i > 0 && !clauseBreaks.has(s[i - 1])) i--;
  return i;
}
