import type { EntityMention } from '../types';
import type { LineIndex } from '../text/lineIndex';
import { firstAtOrAfter } from '../util/search';
import { escapeRegExp } from '../util/regExp';
import { wordBefore } from './nameContext';

/**
 * Short names a document defines for a name of the fact base, in a bracket right after it, as
 * legal and policy writing does: `the Department of Defense (the "Department")`, `Defendant U.S.
 * Department of Defense (the "Department" or "the Government")`, `Anthropic PBC ("Anthropic")`.
 * From the definition on, the short name stands for that entity wherever the document uses it
 * ("In its 45-page opposition, the Department did not …" names the Department of Defense), with
 * "the" before it when the definition has one ("the Department"; not "Department" alone, nor
 * "Government officials" for a "the Government").
 */

/** How far after a name its defining bracket is read. */
const bracketReach = 160;

/**
 * A bracket right after a name that defines one to three short names for it, each capitalised
 * words in quotation marks, "the" before or inside the marks, joined by a comma, "or" or "and":
 * ` (the "Department" or "the Government")`, ` ("DOD")`, ` (hereinafter the "Agency")`.
 */
const definingBracketRe =
  /^[ \t]*\((?:hereinafter|collectively|together|jointly)?[ \t,]*(?:(?:the[ \t]+)?[*_]{0,2}["“](?:the[ \t]+)?\p{Lu}[\p{L}\p{N}'’&.-]*(?:[ \t]\p{Lu}[\p{L}\p{N}'’&.-]*){0,3}["”][*_]{0,2}(?:[ \t]*(?:,|or|and)[ \t]*|[ \t]*(?=\))))+\)/u;

/** One short name of such a bracket: whether "the" goes with it, and its words (`the "Department"` → "the", "Department"). */
const definedTermRe = /(the[ \t]+)?[*_]{0,2}["“](the[ \t]+)?(\p{Lu}[\p{L}\p{N}'’&.-]*(?:[ \t]\p{Lu}[\p{L}\p{N}'’&.-]*){0,3})["”]/gu;

/** A capitalised word: one right before a defined name without "the" makes it the end of a longer name. */
const capitalised = /^\p{Lu}/u;

/** A short name the document defines: from where it stands for `id`. */
interface Definition {
  readonly from: number;
  readonly id: string;
  readonly kind: EntityMention['kind'];
  /** Whether it is used after "the" ("the Department"), as defined. */
  readonly withThe: boolean;
}

/** Whether `mask` has a possessive "'s" at `end` (the Department's): its length. */
function possessive(mask: string, end: number): number {
  return (mask[end] === "'" || mask[end] === '’') && mask[end + 1] === 's' && !/[\p{L}\p{N}]/u.test(mask[end + 2] ?? '') ? 2 : 0;
}

/**
 * `entities` with a mention of each short name the document defines for one of them, after its
 * definition (see above); `entities` itself when it defines none. Reads the prose `mask` once,
 * as the other mentions were found, and a bounded bracket after each mention.
 * Example: `the Department of Defense (the "Department") … the Department did not` → a mention
 * of the Department of Defense at the second "Department".
 */
export function withDefinedNameMentions(mask: string, entities: readonly EntityMention[], index: LineIndex): readonly EntityMention[] {
  const byTerm = new Map<string, Definition[]>();
  let firstFrom = Infinity;
  for (const e of entities) {
    // The bracket opens right after the name, past spaces and tabs: most mentions are read no further than that.
    let at = e.span.end;
    while (mask[at] === ' ' || mask[at] === '\t') at++;
    if (mask[at] !== '(') continue;
    const after = mask.slice(e.span.end, e.span.end + bracketReach);
    const bracket = definingBracketRe.exec(after);
    if (!bracket) continue;
    const from = e.span.end + bracket[0].length;
    definedTermRe.lastIndex = 0;
    for (let m; (m = definedTermRe.exec(bracket[0])); ) {
      const term = m[3];
      let list = byTerm.get(term);
      if (!list) byTerm.set(term, (list = []));
      list.push({ from, id: e.id, kind: e.kind, withThe: Boolean(m[1] || m[2]) });
      firstFrom = Math.min(firstFrom, from);
    }
  }
  if (!byTerm.size) return entities;
  const terms = [...byTerm.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  // "the" (or "The") and a defined name, whole words, not the start of a longer name ("the Department
  // of Justice", "the Government Accountability Office"): one pass over the text after the first definition.
  const usedRe = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:([Tt]he)[ \t]+)?(${terms.join('|')})(?![\p{L}\p{N}]|[ \t]+(?:(?:of|for)[ \t]+)?\p{Lu})`, 'gu');
  usedRe.lastIndex = firstFrom;
  const added: EntityMention[] = [];
  for (let m; (m = usedRe.exec(mask)); ) {
    const start = m.index + (m[1] ? m[0].length - m[2].length : 0);
    // The definition in force here: the last one before it.
    const defs = byTerm.get(m[2])!;
    let def: Definition | undefined;
    for (const d of defs) if (d.from <= start) def = d;
    // Without "the", not the end of a longer name ("the Justice Department" for a "Department").
    if (!def || (def.withThe && !m[1]) || (!m[1] && capitalised.test(wordBefore(mask, start)?.word ?? ''))) continue;
    const end = start + m[2].length + possessive(mask, start + m[2].length);
    // Inside a name already found ("the Department of Defense" again): that mention stands.
    const i = firstAtOrAfter(entities, end, (e) => e.span.start) - 1;
    if (i >= 0 && entities[i].span.end > start) continue;
    added.push({ id: def.id, kind: def.kind, text: mask.slice(start, end), range: index.range(start, end), span: { start, end } });
  }
  if (!added.length) return entities;
  return [...entities, ...added].sort((a, b) => a.span.start - b.span.start);
}
