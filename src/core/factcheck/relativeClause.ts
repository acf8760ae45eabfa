import type { EntityMention, Span } from '../types';
import type { Entity } from '../factbase/schema';
import type { FactRule } from './factMatcher';

/**
 * A relative clause speaks of the noun it hangs on: in "The institute reports to this committee,
 * which was established in 2019", "which" stands for the committee, and 2019 is the committee's
 * date, not the institute's founding, though "the institute" and the cue "established" are in
 * the sentence. The figure is kept from the fact when it stands in a clause opened by "which",
 * "who" or "whose" right after a noun (with a comma or not) that is not the fact's thing: a name
 * of another entity, or a common noun that none of the fact's statement, names, roles or cues hold and that
 * no kind of its entities goes by ("committee" for a government body is not "agency", "body",
 * "institute"…). A relative clause that itself names one of the fact's entities ("the ministry,
 * which set up the institute in 2024") stays the fact's.
 */
export function inRelativeClauseOfOther(rule: FactRule, sentenceText: string, start: number, figure: Span, mentions: readonly EntityMention[]): boolean {
  const at = figure.start - start;
  const before = sentenceText.slice(Math.max(0, at - reach), at);
  const pronoun = lastPronoun(before);
  if (pronoun === undefined) return false;
  const offset = start + Math.max(0, at - reach);
  const clauseStart = offset + pronoun.index;
  // The figure's clause is the relative clause: nothing between ends it.
  if (clauseEnds.test(before.slice(pronoun.index + pronoun.length))) return false;
  const antecedentEnd = offset + pronoun.antecedentEnd;
  let antecedent: EntityMention | undefined;
  for (const e of mentions) {
    // The relative clause names the fact's own thing: "the ministry, which set up the institute in 2024".
    if (e.span.start >= clauseStart && e.span.start < figure.start && rule.fact.entities.includes(e.id)) return false;
    if (e.span.start < antecedentEnd && e.span.end >= antecedentEnd) antecedent = e;
  }
  if (antecedent) return !rule.fact.entities.includes(antecedent.id) && !rule.members.has(antecedent.id);
  const noun = pronoun.antecedent.toLowerCase();
  // A name the fact base does not know, or a word written as one, says nothing of whose the figure is.
  if (/^\p{Lu}/u.test(pronoun.antecedent)) return false;
  return !rule.nouns.has(singular(noun)) && !rule.nouns.has(noun);
}

/** How far before a figure its relative pronoun may stand. */
const reach = 80;

/** A relative pronoun: "which", "who", "whose". */
const pronounRe = /(?<![\p{L}\p{N}])(?:which|who|whose)\s/giu;

/** The word that ends `text`, after a comma or not: the noun a relative pronoun hangs on ("committee,"). */
const wordBeforeRe = /(\p{L}[\p{L}'’-]{0,40})(,?\s{1,3})$/u;

/** What ends a relative clause before the figure: a semicolon, a colon, a bracket, a dash, or a comma with a conjunction. */
const clauseEnds = /[;:()[\]—–]|,\s*(?:and|but|while|whereas)\b/i;

/** Words before "which" that make it no relative pronoun of the noun before: "of which", "in which" (the antecedent is further back), "know which". */
const notNouns: ReadonlySet<string> = new Set('of in on at to for by from with into about over under through during among than and or but that know knows knew see says said ask asked decide decided'.split(' '));

/**
 * A verb after its subject pronoun, ending a clause that qualifies the noun before it with no
 * "that": "the FFmpeg bug it found, which …", "the model they released, which …". The relative
 * pronoun after it hangs on that noun ("bug"), not on the verb.
 */
const contactClauseRe = /(\p{L}[\p{L}'’-]{0,40})\s{1,3}(?:it|they|we|he|she|I|you)\s{1,3}\p{L}+,?\s{1,3}$/u;

/** The last relative pronoun of `before`: its index, its length, the noun it hangs on and where that ends. */
function lastPronoun(before: string): { index: number; length: number; antecedent: string; antecedentEnd: number } | undefined {
  let found: RegExpExecArray | undefined;
  pronounRe.lastIndex = 0;
  for (let m; (m = pronounRe.exec(before)); ) found = m;
  if (!found) return undefined;
  const from = Math.max(0, found.index - 48);
  const head = before.slice(from, found.index);
  // "the FFmpeg bug it found, which …": the noun before the clause "it found".
  const contact = contactClauseRe.exec(head);
  if (contact && !notNouns.has(contact[1].toLowerCase())) {
    return { index: found.index, length: found[0].length, antecedent: contact[1].replace(/['’]s?$/u, ''), antecedentEnd: from + contact.index + contact[1].length };
  }
  const word = wordBeforeRe.exec(head);
  if (!word || notNouns.has(word[1].toLowerCase())) return undefined;
  return { index: found.index, length: found[0].length, antecedent: word[1].replace(/['’]s?$/u, ''), antecedentEnd: found.index - word[2].length };
}

/** A noun in the singular: "committees" and "committee" compare equal. */
function singular(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/** The common nouns that stand for an entity of each kind in prose ("the agency", "the model", "the report"). */
const kindNouns: Readonly<Record<string, string>> = {
  organization: 'company firm organization organisation lab laboratory developer startup group business maker vendor',
  'government-body': 'agency body department ministry office institute authority board regulator government administration court commission unit',
  person: 'person man woman official executive chief head director minister secretary leader founder researcher',
  role: 'person official',
  model: 'model system version release',
  'model-tier': 'model tier family line',
  benchmark: 'benchmark test suite evaluation eval score',
  program: 'program programme initiative project scheme effort partnership coalition',
  framework: 'framework policy standard level',
  document: 'document report paper card filing brief letter post article update assessment publication opposition motion memorandum complaint petition pleading',
  event: 'event incident episode',
  product: 'product tool system app application service',
  law: 'law act statute rule regulation amendment',
};

/**
 * The words that may name a fact's thing in prose, lower-cased and in the singular: the words of
 * its statement ("the FFmpeg bug" of the test passes over it), of its entities' names, aliases
 * and roles, of its cues, and the common nouns of their kinds.
 */
export function factNouns(statement: string, entities: readonly Entity[], cues: readonly string[]): ReadonlySet<string> {
  const out = new Set<string>();
  const add = (text: string) => {
    for (const w of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (w) out.add(singular(w));
  };
  for (const e of entities) {
    add(e.name);
    for (const a of e.aliases) add(typeof a === 'string' ? a : a.text);
    for (const r of e.roles ?? []) add(r);
    add(kindNouns[e.kind] ?? '');
  }
  for (const c of cues) add(c);
  add(statement);
  return out;
}
