import type { ClaimValue, EntityMention } from '../types';
import { actorKinds } from './ownSubject';

/**
 * The actors (companies, agencies, people) a sentence names only in a clause of time that holds
 * none of its figures: "The leak exposed close to 5,000 unpublished assets before Fortune flagged
 * it", "… until Anthropic shut it down", "Once Fortune alerted it, Anthropic secured the files".
 * Such an actor is the subject of that clause, which dates the main one by another event, not the
 * subject of the figures. The clause runs from "before", "after", "until", "till", "once" or "when"
 * to the next comma, semicolon, colon, bracket or dash, or the sentence's end (200 characters at
 * most). Not a clause that
 * holds a figure ("… before OpenAI pledged $10 million"), nor a thing named there (a model, a
 * document), which may still be what the figures are of. `values` are the claim's figures and
 * `mentions` its sentence's names, in document offsets; `sentenceText` starts at `start`.
 */
export function timeClauseActors(sentenceText: string, start: number, values: readonly ClaimValue[], mentions: readonly EntityMention[]): ReadonlySet<EntityMention> {
  const out = new Set<EntityMention>();
  if (!mentions.some((e) => actorKinds.has(e.kind))) return out;
  for (const [from, end] of figurelessTimeClauses(sentenceText, start, values)) {
    for (const e of mentions) if (e.span.start > from && e.span.end <= end && actorKinds.has(e.kind)) out.add(e);
  }
  return out;
}

/** A conjunction of time, as a word: "before", "after", "until", "till", "once", "when". */
const timeWord = /(?<![\p{L}\p{N}'’-])(?:before|after|until|till|once|when)(?![\p{L}\p{N}'’-])/giu;

/** The rest of the clause of time, up to a comma, semicolon, colon, bracket or dash, at most 200 characters (always matches). */
const clauseRest = /[^,;:()[\]—–]{0,200}/y;

/**
 * The things a sentence names only in clauses of time that hold none of its figures, when an actor
 * (a company, an agency, a person) stands outside those clauses to head the figures: in "After
 * Anthropic announced Glasswing, OpenAI signed 15 founding partners" Glasswing (and Anthropic) only
 * date OpenAI's act, and give the figure no subject. Not when no actor stands outside ("After
 * Anthropic launched Glasswing, the programme had 15 founding partners" is Glasswing's), nor a
 * thing also named outside, nor a clause that holds a figure ("When Anthropic announced Glasswing
 * on 9 April, …"). The ids, by the sentence's mentions (see `timeClauseActors`).
 */
export function timeClauseOnlyIds(sentenceText: string, start: number, values: readonly ClaimValue[], mentions: readonly EntityMention[]): ReadonlySet<string> {
  if (mentions.length < 2 || !mentions.some((e) => actorKinds.has(e.kind))) return noIds;
  const clauses = figurelessTimeClauses(sentenceText, start, values);
  if (!clauses.length) return noIds;
  const inClause = (e: EntityMention) => clauses.some(([from, end]) => e.span.start > from && e.span.end <= end);
  const outside = new Set<string>();
  let actorOutside = false;
  for (const e of mentions) {
    if (inClause(e)) continue;
    outside.add(e.id);
    if (actorKinds.has(e.kind)) actorOutside = true;
  }
  if (!actorOutside) return noIds;
  const out = new Set<string>();
  for (const e of mentions) if (!outside.has(e.id) && inClause(e)) out.add(e.id);
  return out;
}

const noIds: ReadonlySet<string> = new Set();

/** The clauses of time in a sentence that hold none of its figures, as document offsets [from, end). */
function figurelessTimeClauses(sentenceText: string, start: number, values: readonly ClaimValue[]): [number, number][] {
  const out: [number, number][] = [];
  timeWord.lastIndex = 0;
  for (let m; (m = timeWord.exec(sentenceText)); ) {
    const from = start + m.index;
    clauseRest.lastIndex = m.index + m[0].length;
    clauseRest.exec(sentenceText);
    const end = start + clauseRest.lastIndex;
    if (!values.some((v) => v.span.end > from && v.span.start < end)) out.push([from, end]);
  }
  return out;
}
