import type { EntityMention } from '../types';
import type { FactIndex } from '../factbase/factIndex';
import type { LineIndex } from '../text/lineIndex';
import { isWordChar } from '../text/words';
import { firstAtOrAfter } from '../util/search';
import { inTitleCase, isGivenNameBefore, ownNameWords, thingNameWords, titles, wordBefore } from './nameContext';

/** A family name alone: one capitalised word, letters and inner hyphens or apostrophes ("Amodei", "O'Neil"). */
const surnameRe = /^\p{Lu}[\p{L}'’-]*\p{L}$/u;
/** Last words of a name that are not the family name. */
const suffixes: ReadonlySet<string> = new Set(['Jr', 'Sr', 'II', 'III', 'IV']);
/** For each fact base, the family names that stand for exactly one person and are no other name or alias: person id → name. */
const surnameTables = new WeakMap<FactIndex, ReadonlyMap<string, string>>();

/**
 * The family names of a fact base's people that may stand for them alone, by person id: the last word of a
 * name of two words or more ("Dario Amodei" → "Amodei"), unless two people share it or it is
 * already the first word of some entity's name or alias (that alias is matched instead).
 */
function surnameTable(factIndex: FactIndex): ReadonlyMap<string, string> {
  let table = surnameTables.get(factIndex);
  if (table) return table;
  const owners = new Map<string, Set<string>>();
  for (const e of factIndex.factBase.entities) {
    if (e.kind !== 'person') continue;
    const words = e.name.trim().split(/\s+/).map((w) => w.replace(/[.,]$/, ''));
    while (words.length > 2 && suffixes.has(words[words.length - 1])) words.pop();
    const last = words[words.length - 1];
    if (words.length < 2 || !surnameRe.test(last)) continue;
    let ids = owners.get(last);
    if (!ids) owners.set(last, (ids = new Set()));
    ids.add(e.id);
  }
  const out = new Map<string, string>();
  for (const [name, ids] of owners) if (ids.size === 1 && !factIndex.aliases.byFirstWord.has(name.toLowerCase())) out.set([...ids][0], name);
  surnameTables.set(factIndex, (table = out));
  return table;
}

/** Words of a role that no one puts before a family name: "Chief Amodei" is no form of address. */
const notAddressed: ReadonlySet<string> = new Set(['Chief', 'Executive', 'Officer']);

/**
 * Titles of address for one office: a judge is "Judge Quist" or "Justice Quist" whichever the
 * role's words say ("Judge of the Court of Appeal"); a chair is "Chair", "Chairman", "Chairwoman"
 * or "Chairperson" Marwood.
 */
const sameTitles: readonly (readonly string[])[] = [
  ['Judge', 'Justice'],
  ['Chair', 'Chairman', 'Chairwoman', 'Chairperson'],
];

/** Each title → the other titles of its office (see `sameTitles`). */
const sameTitle: ReadonlyMap<string, readonly string[]> = new Map(sameTitles.flatMap((group) => group.map((t) => [t, group.filter((o) => o !== t)] as const)));

/** A role of a chief executive, which gives the title "CEO" ("CEO Osterberg"), as "CEO" itself does. */
const chiefExecutive = /\bchief\s+executive\b/i;

/** For each fact base, the titles each person's roles give them: person id → "Minister" for "Minister for Digital Affairs". */
const roleTitleTables = new WeakMap<FactIndex, ReadonlyMap<string, ReadonlySet<string>>>();

/**
 * The titles of address a person's roles hold, capitalised as a role writes them and among the
 * titles that stand before a family name ("Minister for Digital Affairs" → "Minister", "U.S.
 * Secretary of Defense" → "Secretary"; "Head of …" gives none), by person id.
 */
function roleTitleTable(factIndex: FactIndex): ReadonlyMap<string, ReadonlySet<string>> {
  let table = roleTitleTables.get(factIndex);
  if (table) return table;
  const out = new Map<string, Set<string>>();
  for (const e of factIndex.factBase.entities) {
    if (e.kind !== 'person') continue;
    for (const role of e.roles ?? []) {
      const words = role.split(/[^\p{L}]+/u).filter((word) => titles.has(word) && !notAddressed.has(word));
      if (chiefExecutive.test(role)) words.push('CEO');
      for (const word of words) {
        let own = out.get(e.id);
        if (!own) out.set(e.id, (own = new Set()));
        own.add(word);
        for (const same of sameTitle.get(word) ?? []) own.add(same);
      }
    }
  }
  roleTitleTables.set(factIndex, (table = out));
  return table;
}

/** Whether a capitalised word follows the family name, making it part of another name: "Graham Allison", "Lovelace Street". */
function capitalisedAfter(mask: string, end: number): boolean {
  const next = end < mask.length && (mask[end] === ' ' || mask[end] === '\u00a0') ? mask[end + 1] : undefined;
  return next !== undefined && /\p{Lu}/u.test(next);
}

/** Length of a possessive ('s, ’s) right after a name, or 0. */
function possessive(mask: string, end: number): number {
  return (mask[end] === "'" || mask[end] === '’') && mask[end + 1] === 's' && !isWordChar(mask[end + 2]) ? 2 : 0;
}

/**
 * `entities` with the mentions of people by family name alone ("Amodei told Hadley: “…”")
 * after the document named them in full ("Dario Amodei"): news copy and hearing notes give
 * the full name once, then the family name. A name two people of the fact base share, or
 * next to another capitalised name ("Lindsey Graham", "Graham Allison"), is left alone, and so
 * is every one after another person of that name was named ("Graham the senator"). Before the full
 * name, the family name stands for them after a title their role in the fact base gives them
 * ("Minister Reyes-Holm" for the Minister for Digital Affairs; not "Senator Graham" for the head
 * of a red team). Returns `entities`
 * itself when there is none to add. Reads the prose `mask`, as the other mentions were found.
 * Example: "Dario Amodei spoke. Amodei said …" → a mention of dario-amodei at "Amodei".
 */
export function withSurnameMentions(mask: string, entities: readonly EntityMention[], factIndex: FactIndex, index: LineIndex): readonly EntityMention[] {
  const table = surnameTable(factIndex);
  if (!table.size) return entities;
  // Where each person's family name starts standing for them: after their first full mention.
  const from = new Map<string, number>();
  for (const e of entities) {
    const surname = e.kind === 'person' ? table.get(e.id) : undefined;
    if (surname !== undefined && !from.has(e.id) && e.text.includes(surname)) from.set(e.id, e.span.end);
  }
  const added: EntityMention[] = [];
  const known = thingNameWords(factIndex);
  const roleTitles = roleTitleTable(factIndex);
  // A title the person's role gives them names them before the full name too: "Minister Reyes-Holm said …".
  const people = new Set(from.keys());
  for (const id of roleTitles.keys()) if (table.has(id)) people.add(id);
  for (const id of people) {
    const start = from.get(id) ?? Infinity;
    const surname = table.get(id)!;
    const own = ownNameWords(factIndex, id);
    const ownTitles = roleTitles.get(id);
    // Once another person of that family name is named ("Senator Lindsey Graham"), it stands for neither.
    let otherNamed = false;
    for (let at = mask.indexOf(surname); at >= 0; at = mask.indexOf(surname, at + surname.length)) {
      const nameEnd = at + surname.length;
      if (isWordChar(mask[at - 1]) || isWordChar(mask[nameEnd])) continue;
      const before = wordBefore(mask, at);
      if (before && isGivenNameBefore(mask, before, own, known)) {
        if (!inTitleCase(mask, at)) otherNamed = true;
        continue;
      }
      if (otherNamed || capitalisedAfter(mask, nameEnd)) continue;
      if (at < start && !(before !== undefined && ownTitles?.has(before.word))) continue;
      const end = nameEnd + possessive(mask, nameEnd);
      // Inside a name already found ("Logan Graham" after "Logan Graham" was named): that mention stands.
      const i = firstAtOrAfter(entities, end, (e) => e.span.start) - 1;
      if (i >= 0 && entities[i].span.end > at) continue;
      added.push({ id, kind: 'person', text: mask.slice(at, end), range: index.range(at, end), span: { start: at, end } });
    }
  }
  if (!added.length) return entities;
  return [...entities, ...added].sort((a, b) => a.span.start - b.span.start);
}
