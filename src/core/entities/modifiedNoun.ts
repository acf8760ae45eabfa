import { wordAfter, wordBefore, type NearWord } from './nameContext';

/**
 * Whether a name is used as the modifier of a noun right after it ("Glasswing butterflies",
 * "Anthropic reasoning", "the Glasswing program"), not as the subject of a verb ("Anthropic
 * says", "Glasswing launched") or alone. Read from the words around it, without a dictionary:
 * closed word classes and word endings, and for a word in -s, which may be a plural noun or a
 * verb ("partners", "says"), the word after it or the one before the name.
 */

/** Words after a name that are not nouns: auxiliaries, adverbs, prepositions, conjunctions, determiners, pronouns. */
const notNouns: ReadonlySet<string> = new Set(
  (
    'is are was were be been being am do does did have has had will would can could may might must shall should not ' +
    'also still now then never always often ever once twice just already again soon later first earlier last next yesterday today tomorrow tonight instead indeed too alone itself themselves together overall however though therefore meanwhile yet even only ' +
    'in on at by of from to with without about against among amongst amid between during for into onto over under through throughout toward towards upon via within across around behind beyond beside besides alongside along past beneath underneath above below inside outside atop despite except like unlike near per since following including according regarding concerning after before as than ' +
    'anywhere everywhere somewhere nowhere here there away ahead ' +
    'and or but nor so if when while because although unless until whereas whether where which who whom whose that what how why ' +
    'the a an this these those its their his her our my your it them they he she we us i you one some any each every all both either neither no none another other ' +
    'v vs re et'
  ).split(' '),
);

/** Verbs in the past tense that do not end in -ed ("Anthropic said", "Glasswing began"). */
const irregularPast: ReadonlySet<string> = new Set(
  (
    'said told found made took gave began became built ran won led sent set put paid sold held kept left met brought bought thought wrote spoke chose drew grew knew saw went came got cut hit let quit spent lost shut ' +
    'struck stood understood sought taught caught fought broke forgot hid rose shook threw woke wore withdrew overtook undertook undercut beat bid dealt drove fell fed felt fled flew forgave froze hung heard laid lay lit meant ' +
    'mistook overcame oversaw read rode rang sang sank sat shot slept slid spun split spread sprang stole stuck swore swept swung tore upheld upset wept withheld withstood'
  ).split(' '),
);

/** Words after a plural noun that show it is one ("butterflies are", "stories were", "partners have"). */
const afterSubject: ReadonlySet<string> = new Set('are were is was have had has do did will would can could may might must shall should'.split(' '));

/**
 * Prepositions before a name: a noun phrase follows, and a word in -s after the name is its
 * noun ("in Anthropic documents"). Not determiners: a name may take "the" itself ("The
 * Pentagon claims …").
 */
const prepositions: ReadonlySet<string> = new Set(
  'of in on at by from with without about against among between during for into onto over under through toward towards upon via within across around behind beyond despite except near per including'.split(' '),
);

/** Words before a name after which a bare verb follows it ("did Anthropic publish", "will Glasswing include", "let Anthropic keep"). */
const beforeBareVerb: ReadonlySet<string> = new Set('do does did will would can could may might must should shall let lets make makes made help helps helped have has had see saw watch hear heard'.split(' '));

export function isPastTense(lower: string): boolean {
  return (lower.length > 3 && lower.endsWith('ed')) || irregularPast.has(lower);
}

/** A word in -s that may be a plural noun or a verb: not "-ss", "-us", "-is" ("access", "status", "analysis"). */
function isPluralOrVerb(lower: string): boolean {
  return lower.length > 3 && lower.endsWith('s') && !/(?:ss|us|is)$/.test(lower);
}

/**
 * The noun that the name in [start, end) modifies, or undefined when the word after it is no
 * noun. Examples: "Glasswing butterflies are monitored" → "butterflies"; "The Anthropic
 * principle was" → "principle"; "Anthropic reasoning" → "reasoning" (a word in -ing after a
 * name is no verb of it); "in Glasswing documents" → "documents"; "Anthropic says",
 * "Glasswing launched", "Anthropic also" → undefined. A word in -s with neither sign is left
 * undecided ("found Glasswing butterflies in" reads as "found Anthropic relies on").
 */
export function modifiedNoun(mask: string, start: number, end: number): NearWord | undefined {
  const w = wordAfter(mask, end);
  // A word, not a number or a citation's year ("Anthropic 2026a"), and not one in capitals ("Anthropic CEO").
  if (!w || !/^\p{L}/u.test(w.word) || !/\p{Ll}/u.test(w.word)) return undefined;
  const lower = w.word.toLowerCase();
  if (notNouns.has(lower) || isPastTense(lower) || (lower.length > 3 && lower.endsWith('ly'))) return undefined;
  if (lower.length > 4 && lower.endsWith('ing')) return w;
  const before = wordBefore(mask, start);
  const beforeLower = before?.word.toLowerCase();
  if (isPluralOrVerb(lower)) {
    const next = wordAfter(mask, w.end)?.word.toLowerCase();
    if (next !== undefined && (afterSubject.has(next) || isPastTense(next))) return w;
    if (before && (before.possessive || /^\d/.test(before.word) || prepositions.has(beforeLower!))) return w;
    return undefined;
  }
  return beforeLower !== undefined && !before!.possessive && beforeBareVerb.has(beforeLower) ? undefined : w;
}
