import type { EntityMention, Span } from '../types';
import type { FactRule } from './factMatcher';
import { actorKinds } from './ownSubject';

/**
 * A figure belongs to its clause: "Its filing runs to 40 pages; the Mythos Preview system card
 * runs to 144" gives the filing 40 pages and the card 144, and "Twelve years ago, nobody
 * imagined a model finding a 27-year-old flaw in OpenBSD" dates nobody's imagining, whatever
 * the sentence before named. A clause ends at a semicolon, or at a comma with "and", "but",
 * "while", "whereas" (as `sharesClause` reads them), also past a closing quotation mark after the comma.
 */

/** What ends one clause and starts the next; the comma also inside a closing quotation mark, as American style sets it ("… developed," and the card …). */
const clauseBreakRe = /;|,["”’»]?\s*(?:and|but|while|whereas)\b/gi;

/** A sentence's clause breaks, as flat start, end pairs relative to the sentence, found once per sentence. */
const breaksOf = new Map<string, readonly number[]>();
const maxKept = 64;

function clauseBreaks(sentenceText: string): readonly number[] {
  let breaks = breaksOf.get(sentenceText);
  if (breaks) return breaks;
  const found: number[] = [];
  clauseBreakRe.lastIndex = 0;
  for (let m; (m = clauseBreakRe.exec(sentenceText)); ) found.push(m.index, m.index + m[0].length);
  if (breaksOf.size >= maxKept) breaksOf.clear();
  breaksOf.set(sentenceText, (breaks = found));
  return breaks;
}

/**
 * The clause of the sentence (starting at `start`) that holds the figure, in document offsets,
 * and whether it is the whole sentence.
 */
export function clauseOf(sentenceText: string, start: number, figure: Span): { readonly span: Span; readonly whole: boolean } {
  const breaks = sentenceText.includes(';') || sentenceText.includes(',') ? clauseBreaks(sentenceText) : noBreaks;
  let from = 0;
  let to = sentenceText.length;
  for (let k = 0; k < breaks.length; k += 2) {
    if (breaks[k + 1] + start <= figure.start) from = breaks[k + 1];
    else if (breaks[k] + start >= figure.end) {
      to = breaks[k];
      break;
    }
  }
  return { span: { start: start + from, end: start + to }, whole: from === 0 && to === sentenceText.length };
}

const noBreaks: readonly number[] = [];

function inside(clause: Span, a: number, b: number): boolean {
  return a >= clause.start && b <= clause.end;
}

/** Whether a cue span [a, b) of one rule is also a cue of `other` at the same place ("pages" of every page count). */
function sharedAt(otherSpans: readonly number[], a: number, b: number): boolean {
  for (let k = 0; k < otherSpans.length; k += 2) if (otherSpans[k] <= a && b <= otherSpans[k + 1]) return true;
  return false;
}

/**
 * Whether the clause tells `rule` apart from `other`, a fact of the same measure: it names one
 * of the rule's own entities, or holds a cue of the rule that is not also the other's at the
 * same place ("filing" tells the filing's page count from the card's; "pages" tells neither).
 */
function clauseTells(rule: FactRule, other: FactRule, clause: Span, mentions: readonly EntityMention[], cueSpans: (rule: FactRule) => readonly number[]): boolean {
  for (const e of mentions) if (rule.ownEntities.has(e.id) && !other.ownEntities.has(e.id) && inside(clause, e.span.start, e.span.end)) return true;
  const own = cueSpans(rule);
  let theirs: readonly number[] | undefined;
  for (let k = 0; k < own.length; k += 2) {
    if (!inside(clause, own[k], own[k + 1])) continue;
    if (!sharedAt((theirs ??= cueSpans(other)), own[k], own[k + 1])) return true;
  }
  return false;
}

/**
 * Whether the figure's clause speaks of another fact of the rule's measure and not of the
 * rule's: "Its filing runs to 40 pages; the Mythos Preview system card runs to 144" — the 40
 * pages are no page count of the system card, though the card is named more firmly. `cued` are
 * the rules whose cue stands in the sentence; `cueSpans` gives a rule's cue spans in it.
 */
export function clauseOfOtherMeasure(
  rule: FactRule,
  clause: Span,
  cued: readonly FactRule[],
  mentions: readonly EntityMention[],
  cueSpans: (rule: FactRule) => readonly number[],
): boolean {
  const measure = rule.fact.measure;
  if (measure === undefined) return false;
  let other: FactRule | undefined;
  for (const r of cued) {
    if (r === rule || r.fact.measure !== measure || !clauseTells(r, rule, clause, mentions, cueSpans)) continue;
    other = r;
    break;
  }
  return other !== undefined && !clauseTells(rule, other, clause, mentions, cueSpans);
}

/**
 * Whether the figure's clause names a subject of its own: a thing (not a company, agency or
 * person) that is a key entity of another fact tied firmly in the sentence, and none of the
 * rule's entities. A fact borrowed from the paragraph or the surroundings is then not the
 * figure's: "Twelve years ago, nobody imagined a model finding a 27-year-old flaw in OpenBSD"
 * after a sentence on the Cyber Grand Challenge ten years ago. A product named for a fact about
 * the same thing as the rule's (sharing one of its entities) is what that thing used, not a
 * subject: "the campaign used earlier Claude models against roughly 40 targets" names Claude for
 * the campaign's share of work, and the count is still the campaign's.
 */
export function clauseNamesOwnSubject(rule: FactRule, clause: Span, firmlyTied: readonly FactRule[], mentions: readonly EntityMention[]): boolean {
  let own = false;
  const sameThing = (r: FactRule) => r.fact.entities.some((id) => rule.fact.entities.includes(id));
  for (const e of mentions) {
    if (!inside(clause, e.span.start, e.span.end)) continue;
    if (rule.fact.entities.includes(e.id)) return false;
    if (!actorKinds.has(e.kind) && firmlyTied.some((r) => r !== rule && r.keyEntities.has(e.id) && !(e.kind === 'product' && sameThing(r)))) own = true;
  }
  return own;
}
