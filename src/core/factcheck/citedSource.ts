import type { FactIndex } from '../factbase/factIndex';
import type { ReferenceInfo } from '../types';
import { factRules, hasCue, type FactRule } from './factMatcher';
import { findMentions, type MentionHit } from '../entities/findMentions';
import { actorKinds } from './ownSubject';
import { sourceOfReference } from './sourceReferences';

/**
 * What a reference that is a source on record is about: the facts it is a source of that its own
 * title tells, by one of their cues and a name of one of their entities, and of these the key
 * entities, less the companies, agencies and people behind them (as `citedNames` in checkFacts
 * reads a reference's title). Fortune's "Anthropic Accidentally Leaked Details of a New AI Model
 * …" names Anthropic and "leaked", and so is about the leak and the leaked draft: a claim that
 * cites it and gives one of the leak's measures in words specific to it ("| 24 March 2026 | CMS
 * misconfiguration exposes nearly 3,000 unpublished assets | Fortune, 2026a |") speaks of the
 * leak, as one under a title naming it would (see `tiedByTitle` in claimVerdict). A title that
 * names only the company ("Quillon at the Gate") or no cue of its facts is about none of them.
 * Example: `citedSubjects(fortuneLeakReference, index)` holds "mythos-leak".
 */
export function citedSubjects(ref: ReferenceInfo, index: FactIndex): ReadonlySet<string> {
  let byRef = subjectsByReference.get(index);
  if (!byRef) subjectsByReference.set(index, (byRef = new WeakMap()));
  let found = byRef.get(ref);
  if (!found) {
    const source = sourceOfReference(ref, index);
    byRef.set(ref, (found = source ? (sourceSubjects(index).get(source.id) ?? none) : none));
  }
  return found;
}

const none: ReadonlySet<string> = new Set();
const subjectsByReference = new WeakMap<FactIndex, WeakMap<ReferenceInfo, ReadonlySet<string>>>();
const subjectsBySource = new WeakMap<FactIndex, ReadonlyMap<string, ReadonlySet<string>>>();

/** Each source id → the things its facts are about (see `citedSubjects`), found once per fact base. */
function sourceSubjects(index: FactIndex): ReadonlyMap<string, ReadonlySet<string>> {
  let map = subjectsBySource.get(index);
  if (map) return map;
  const out = new Map<string, Set<string>>();
  for (const rule of factRules(index).all) {
    const things = [...rule.keyEntities].filter((id) => !actorKinds.has(index.entity(id)?.kind ?? ''));
    if (!things.length) continue;
    for (const source of rule.fact.sources ?? []) {
      const title = index.source(source)?.title;
      if (!title || !titleTells(rule, title, index)) continue;
      let set = out.get(source);
      if (!set) out.set(source, (set = new Set()));
      for (const id of things) set.add(id);
    }
  }
  subjectsBySource.set(index, (map = out));
  return map;
}

/**
 * Whether a source's title tells the rule's fact: it holds one of its cues and names one of its
 * entities ("Anthropic Accidentally Leaked Details …": "leaked" and Anthropic, for the leak's date).
 */
function titleTells(rule: FactRule, title: string, index: FactIndex): boolean {
  if (!hasCue(rule, title, title.toLowerCase())) return false;
  const hits: MentionHit[] = [];
  findMentions(title, 0, title.length, index.aliases, hits);
  return hits.some((h) => rule.fact.entities.includes(h.entry.entityId));
}
