import type { EntityMention, Range } from '../types';
import type { FactBase } from '../factbase/schema';
import { headPhrase, worldsOf } from './definiteDescription';
import { escapeRegExp } from '../util/regExp';

/**
 * Common nouns that stand for a name the draft has made clear: "the Department" for the
 * Department of Defense once the paragraph before names Pete Hegseth or the Pentagon, as legal
 * writing shortens it; "the programme" for Project Glasswing in a sentence or paragraph on
 * Anthropic or Claude Mythos Preview. A sentence that holds one names that entity for the fact
 * check, as if it had written the name ("The Department's court filing of March 18" dates the
 * Pentagon's filing; "Anthropic announced the programme on April 9" dates Glasswing's launch).
 *
 * Two sorts of noun:
 * - the head noun of an institution's name after "the", capitalised as legal writing has it or in
 *   lower case as news copy does ("the Department", "the department", "the Foundation"; not "the
 *   Department of Justice", another one): it stands for the institution
 *   whose name ends on it, or starts on it before "of", when the context names that institution
 *   or one of its members (Hegseth for the Defense Department, the DOD court filing), and no other
 *   institution with that noun (the Commerce Department);
 * - the noun of a kind of thing, "the program" or "the programme": it stands for the fact base's
 *   program whose world the context names (itself, or an entity that shares a fact with it:
 *   Anthropic, Claude Mythos Preview for Project Glasswing), and no other program's.
 *
 * The context is read nearest first: the sentence, its paragraph up to it, then its surroundings
 * (its section's heading, the paragraph before: see `claimSurroundings`). The first that names
 * one candidate decides; one that names two leaves the noun standing for neither.
 */
export interface StandIns {
  /** "the" and one of the nouns, with a possessive; undefined when the fact base has none. */
  readonly re: RegExp | undefined;
  /** Each noun, lower-cased → what it may stand for. */
  readonly byNoun: ReadonlyMap<string, readonly StandInCandidate[]>;
}

interface StandInCandidate {
  readonly id: string;
  readonly kind: string;
  /** The entities whose name in the context says the noun is this one's. */
  readonly evidence: ReadonlySet<string>;
}

/** Head nouns of institutions' names that writers use alone for them, capitalised: "the Department", "the Foundation". */
const institutionNouns = new Set('department ministry agency bureau commission committee council foundation institute administration government'.split(' '));

/** Kinds of entity whose names a draft shortens to a head noun of theirs. */
const institutionKinds = new Set(['organization', 'government-body']);

/** Kinds of thing a draft names by the noun of its kind, in any case ("the programme", "the Program"). */
const kindNouns: ReadonlyMap<string, readonly string[]> = new Map([['program', ['program', 'programme']]]);

/** A name whose head noun a qualifier follows: "Department of Defense", "Department for Education". */
const qualifiedName = /\s(?:of|for)\s/i;

/** What after an institution's noun makes it another institution's name: "the Department of Justice", "the Department for Education". */
const ownQualifier = /^\s+(?:of|for)\s/;

/** "the" and the white space after it, which a stand-in's mention leaves out. */
const article = /^[Tt]he\s+/;

/** Whether `named` holds one of `evidence`. */
function namesAny(named: ReadonlySet<string>, evidence: ReadonlySet<string>): boolean {
  for (const id of named) if (evidence.has(id)) return true;
  return false;
}


/** Each entity → the entities that belong to it, at any depth (Pete Hegseth and DARPA to the Defense Department). */
function membersOf(factBase: FactBase): Map<string, Set<string>> {
  const direct = new Map<string, string[]>();
  for (const e of factBase.entities) {
    for (const up of e.memberOf ?? []) {
      let list = direct.get(up);
      if (!list) direct.set(up, (list = []));
      list.push(e.id);
    }
  }
  const out = new Map<string, Set<string>>();
  for (const id of direct.keys()) {
    const all = new Set<string>();
    const stack = [...direct.get(id)!];
    while (stack.length) {
      const m = stack.pop()!;
      if (all.has(m) || m === id) continue;
      all.add(m);
      stack.push(...(direct.get(m) ?? []));
    }
    out.set(id, all);
  }
  return out;
}

/** The nouns of the fact base that stand for its institutions and programs, found once per fact base. */
export function standInsOf(factBase: FactBase): StandIns {
  const members = membersOf(factBase);
  const byNoun = new Map<string, StandInCandidate[]>();
  const add = (noun: string, candidate: StandInCandidate) => {
    let list = byNoun.get(noun);
    if (!list) byNoun.set(noun, (list = []));
    if (!list.some((c) => c.id === candidate.id)) list.push(candidate);
  };
  const things = factBase.entities.filter((e) => kindNouns.has(e.kind));
  const worlds = worldsOf(factBase, things.map((e) => e.id));
  for (const e of factBase.entities) {
    const own = new Set([e.id, ...(members.get(e.id) ?? [])]);
    if (institutionKinds.has(e.kind)) {
      for (const name of [e.name, ...e.aliases.map((a) => (typeof a === 'string' ? a : a.text))]) {
        const phrase = headPhrase(name);
        // A name of one word is no noun that shortens it ("Pentagon"); "Department of Defense" and "Defense Department" are.
        const shortened = phrase.length >= 2 || qualifiedName.test(name);
        if (shortened && institutionNouns.has(phrase[phrase.length - 1])) add(phrase[phrase.length - 1], { id: e.id, kind: e.kind, evidence: own });
      }
    }
    for (const noun of kindNouns.get(e.kind) ?? []) add(noun, { id: e.id, kind: e.kind, evidence: new Set([...own, ...worlds.get(e.id)!]) });
  }
  if (!byNoun.size) return { re: undefined, byNoun };
  const alternatives: string[] = [];
  for (const noun of [...byNoun.keys()].sort((a, b) => b.length - a.length)) {
    const word = escapeRegExp(noun.slice(1));
    const first = noun[0];
    // In any case: "the Department", and in lower case as news copy writes it, "the department's 40-page filing";
    // what the context names decides which one it is, if any.
    alternatives.push(`[${first.toUpperCase()}${first}]${word}`);
  }
  return { re: new RegExp(`(?<![\\p{L}\\p{N}])[Tt]he\\s+(${alternatives.join('|')})(?:['’]s)?(?![\\p{L}\\p{N}'’-])`, 'gu'), byNoun };
}

/**
 * The sentence's mentions with the entities its stand-in nouns stand for added in place (in
 * order of their start), and how many of `context`'s levels were read (the sentence's names,
 * its paragraph's, its surroundings': see above). `rangeOf` gives a mention's range.
 * The mentions as they are when the sentence holds no stand-in noun.
 */
export function withStandIns(
  sentenceText: string,
  start: number,
  mentions: readonly EntityMention[],
  standIns: StandIns,
  context: readonly (() => ReadonlySet<string>)[],
  rangeOf: (start: number, end: number) => Range,
): { mentions: readonly EntityMention[]; levelsRead: number } {
  const re = standIns.re;
  if (!re) return { mentions, levelsRead: 0 };
  re.lastIndex = 0;
  let added: EntityMention[] | undefined;
  let levelsRead = 0;
  const levels: ReadonlySet<string>[] = [];
  const level = (k: number) => {
    if (k >= levelsRead) {
      levels[k] = context[k]();
      levelsRead = k + 1;
    }
    return levels[k];
  };
  for (let m; (m = re.exec(sentenceText)); ) {
    // The noun and its possessive, as a name's mention ("Department's"), without "the".
    const a = start + m.index + m[0].length - m[0].replace(article, '').length;
    const b = start + m.index + m[0].length;
    if (mentions.some((e) => e.span.start < b && a < e.span.end)) continue;
    const noun = m[1].toLowerCase();
    const candidates = standIns.byNoun.get(noun)!;
    const institution = candidates.some((c) => institutionKinds.has(c.kind));
    if (institution && ownQualifier.test(sentenceText.slice(b - start, b - start + 12))) continue;
    let chosen: StandInCandidate | undefined;
    for (let k = 0; k < context.length && !chosen; k++) {
      const named = level(k);
      const fits = candidates.filter((c) => namesAny(named, c.evidence));
      if (fits.length > 1) break;
      chosen = fits[0];
    }
    if (chosen) (added ??= []).push({ id: chosen.id, kind: chosen.kind, text: sentenceText.slice(a - start, b - start), span: { start: a, end: b }, range: rangeOf(a, b) });
  }
  if (!added) return { mentions, levelsRead };
  return { mentions: [...mentions, ...added].sort((x, y) => x.span.start - y.span.start), levelsRead };
}
