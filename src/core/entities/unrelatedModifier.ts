import type { EntityMention } from '../types';
import type { FactIndex } from '../factbase/factIndex';
import { isCaseSensitiveByDefault } from './aliasTable';
import { modifiedNoun } from './modifiedNoun';
import { personNameWords, thingNameWords, wordAfter, wordBefore } from './nameContext';
import { singularNoun } from '../text/inflect';

/**
 * Whether a name that is an ordinary capitalised word ("Glasswing", "Anthropic", "Mythos") is
 * used as the modifier of a noun that nothing of the fact base is said to have: "Glasswing
 * butterflies", "Anthropic reasoning", "The Anthropic Principle", "Mythos stories" name a
 * butterfly, a principle of cosmology and a body of fiction, and a figure beside them is not
 * the program's, the company's or the model's. "Glasswing partners", "Anthropic researchers",
 * "the Glasswing program" and "Anthropic's model" are the entity's own.
 *
 * What the fact base relates to its entities is every word it writes (names, summaries, roles,
 * facts and their cues, quotations, where they were said, source titles), and the people and
 * publications any organization, program or model has ("researchers", "spokesperson",
 * "paper"). A noun outside both is another thing's. The mention itself stands (its hover card
 * is not wrong for "The Anthropic Principle" in an essay on Anthropic); it only ties no figure
 * to a fact (see checkFacts).
 */

/**
 * Beyond the fact base's own words: the people and publications any organization, program or
 * model has, and what a writer calls their own text on a subject ("## Glasswing follow-up",
 * "the Fortune piece"), which lends the subject to the section below, and what a company or a
 * program runs or spends ("the Glasswing programme", "the Glasswing rollout", "the Anthropic deal").
 */
const ownedNouns: ReadonlySet<string> = new Set(
  (
    'researcher scientist engineer employee staff staffer spokesperson spokespeople spokeswoman spokesman executive official leader leadership ' +
    'founder cofounder co-founder investor customer user member alumni alum insider worker team lawyer attorney board partner participant ' +
    'research paper study report blog post website site page docs documentation announcement statement release launch version preview update ' +
    'result finding evaluation benchmark data product tool software platform api app service access model program project initiative ' +
    'follow-up recap roundup overview background explainer primer note summary faq detail timeline analysis coverage piece article review news briefing brief dispute debate question answer fact figure number basics context controversy fallout ' +
    'fight feud clash battle standoff showdown spat saga quarrel conflict lawsuit ' +
    'programme rollout consortium partnership effort deal pledge scheme experiment lineup roster membership list budget funding money affair'
  ).split(' '),
);

/**
 * A section's title on a subject, owned in the singular, after "the" and in a heading only: "## The
 * Glasswing story" heads what is told of the program; "## A Mythos story" is one of many, and in
 * prose "The Mythos story was first published in 1928" and "Mythos stories" are tales set in another Mythos.
 */
const headingSingulars: ReadonlySet<string> = new Set(['story', 'narrative', 'episode']);

/** The words of a fact base's text, lower-cased: found once per fact base. */
const vocabularies = new WeakMap<FactIndex, ReadonlySet<string>>();

const wordRe = /[\p{L}]+(?:-[\p{L}]+)*/gu;

function vocabulary(factIndex: FactIndex): ReadonlySet<string> {
  let words = vocabularies.get(factIndex);
  if (words) return words;
  const out = new Set<string>();
  const { entities, facts, quotations, sources } = factIndex.factBase;
  const texts: string[] = [];
  for (const e of entities) texts.push(e.name, e.summary, ...(e.roles ?? []), ...e.aliases.map((a) => (typeof a === 'string' ? a : a.text)));
  for (const f of facts) texts.push(f.statement, ...(f.cues ?? []), f.measure ?? '');
  for (const q of quotations) texts.push(q.text, q.where);
  for (const s of sources) texts.push(s.title);
  for (const r of factIndex.factBase.relations) texts.push(r.type);
  for (const t of texts) {
    for (const w of t.toLowerCase().match(wordRe) ?? []) {
      out.add(w);
      // Its singular too: the fact base's "negotiations" is the writer's "negotiation" (the text's plural is made singular in `forms`).
      out.add(singularNoun(w));
      // "founding-partner-count", "co-founder": the parts are words too.
      if (w.includes('-')) for (const part of w.split('-')) out.add(part);
    }
  }
  vocabularies.set(factIndex, (words = out));
  return words;
}

/** The forms of a noun to look up: itself and its singular ("butterflies" → "butterfly", "stories" → "story", "partners" → "partner"). */
function forms(lower: string): string[] {
  if (lower.endsWith('ies') && lower.length > 4) return [lower, lower.slice(0, -3) + 'y'];
  if (lower.endsWith('es') && lower.length > 3) return [lower, lower.slice(0, -1), lower.slice(0, -2)];
  if (lower.endsWith('s') && lower.length > 3) return [lower, lower.slice(0, -1)];
  return [lower];
}

/** A name that is one ordinary capitalised word ("Glasswing", not "OpenAI", "NVIDIA", "Opus 4"), with no possessive. */
const ordinaryWord = /^\p{Lu}\p{Ll}+$/u;

/**
 * Whether `e` modifies a noun that is not the entity's (see above). `text` is the document's
 * prose (its mask). Example: `modifiesUnrelatedNoun('Glasswing butterflies are …', mention of
 * "Glasswing", index)` is true; for "Glasswing partners are …" it is false. `inHeading` says the
 * name stands in a heading (see `headingSingulars`: "## The Glasswing story").
 */
export function modifiesUnrelatedNoun(text: string, e: EntityMention, factIndex: FactIndex, inHeading = false): boolean {
  if (e.kind === 'person' || !ordinaryWord.test(e.text) || !isCaseSensitiveByDefault(e.text)) return false;
  const noun = modifiedNoun(text, e.span.start, e.span.end);
  if (!noun) return false;
  const lower = noun.word.toLowerCase();
  // A capitalised word after the name that is a name of the fact base: "Glasswing Partners" in a heading, "Claude Mythos".
  if (thingNameWords(factIndex).has(lower) || personNameWords(factIndex).has(lower)) return false;
  const words = vocabulary(factIndex);
  if (forms(lower).some((f) => words.has(f) || ownedNouns.has(f))) return false;
  if (inHeading && headingSingulars.has(lower) && wordBefore(text, e.span.start)?.word.toLowerCase() === 'the') return false;
  // An adjective before a noun the entity's facts are cued by: "Anthropic direct donations", "Glasswing founding partners".
  const next = wordAfter(text, noun.end);
  return !(next && !next.possessive && next.word === next.word.toLowerCase() && forms(next.word).some((f) => cuesOf(factIndex, e.id).has(f)));
}

/** The one-word cues of the facts about each entity, lower-cased: found once per fact base and entity. */
const entityCues = new WeakMap<FactIndex, Map<string, ReadonlySet<string>>>();

function cuesOf(factIndex: FactIndex, id: string): ReadonlySet<string> {
  let byEntity = entityCues.get(factIndex);
  if (!byEntity) entityCues.set(factIndex, (byEntity = new Map()));
  let cues = byEntity.get(id);
  if (!cues) {
    const out = new Set<string>();
    for (const f of factIndex.factBase.facts) if (f.entities.includes(id)) for (const c of f.cues ?? []) if (!c.includes(' ')) out.add(c.toLowerCase());
    byEntity.set(id, (cues = out));
  }
  return cues;
}
