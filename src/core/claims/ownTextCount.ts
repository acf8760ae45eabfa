import { isWhiteSpace, isWordChar } from '../text/words';

/**
 * Number words that count the writer's own text, not a fact: "Two words are wrong there.",
 * "Three phrases from Anthropic's own documents frame the debate:", "**A:** Three.". No source
 * could support such a count, and no fact is about it.
 */

/**
 * After a number word: the next three words, the first of which may be an adjective of the second
 * ("three key points"), or an adverb of an adjective of the third ("two genuinely different theories").
 */
const wordsAfter = /^[ \t]+(\p{L}+)(?:[ \t]+(\p{L}+)(?:[ \t]+(\p{L}+))?)?/u;

/** A consonant and "y" at the end of a noun, whose plural ends in "ies" ("theory", "priority"; not "way"). */
const consonantYRe = /[^aeiou]y$/;

/** Both numbers of each noun in `words`. */
const withPlurals = (words: string) =>
  new Set(words.split(' ').flatMap((w) => [w, w.endsWith('s') ? `${w}es` : consonantYRe.test(w) ? `${w.slice(0, -1)}ies` : `${w}s`]));

/**
 * Units that exist only in what is written or said: counted at the start of a sentence ("Two
 * words are wrong there.", "Three things stand out.") or in a lead-in, they count the writer's text.
 */
const discourseUnits = withPlurals(
  'word phrase sentence paragraph point question answer quote quotation lesson takeaway remark observation caveat tip idea reason thing assumption premise consideration implication',
);
/**
 * Units that may also be things in the world ("ten items were leaked"): the writer's own only in a
 * lead-in that ends with a colon ("Two steps follow:", "These are two genuinely different theories:", "Keep three
 * distinctions in mind throughout:", "Three effects on the book:"),
 * or counted at the start of a sentence that proposes them ("Three steps would help.").
 */
const leadInUnits = withPlurals(
  'item way respect step option rule example principle argument objection theory approach view reading interpretation explanation scenario possibility distinction difference effect consequence factor feature theme issue',
);

/**
 * After a count of lead-in units that opens its sentence: a verb that proposes them or announces
 * what follows ("Three steps would help.", "Two options remain.", "Three steps follow."), so the
 * units are the writer's. "Ten items were leaked." reports things in the world.
 */
const proposingVerbs: ReadonlySet<string> = new Set('would could should might can must follow remain suggest'.split(' '));
/** Items, the lead-in units most often things in the world ("Ten items could be leaked."): the writer's own only in a colon lead-in. */
const itemUnits: ReadonlySet<string> = new Set(['item', 'items']);

/**
 * The parts a document divides its own argument into: counted by the document itself ("This paper
 * asks three questions.") or set out in it ("three conditions set out in Section 4"), they count
 * the writer's text. Things in the world ("models", "partners", "incidents") are not among them.
 */
const structureUnits = new Set([
  ...withPlurals(
    'part section chapter recommendation proposal condition option question point argument theme issue lesson finding principle objective goal priority claim observation contribution step reason area pillar element stage phase test',
  ),
  'criterion',
  'criteria',
]);

/**
 * The present document or one of its parts, named as the writer's own: "This paper", "Our response", "the present section";
 * or its writers, "We", "I" ("We set out six recommendations in Section 8."), who count only their own parts (see `structureUnits`).
 */
const ownDocumentRe =
  /(?:^|[^\p{L}])(?:(?:[Tt]his|[Oo]ur|[Tt]he present)\s+(?:paper|report|brief|response|submission|section|chapter|part|note|memo|article|essay|document|annex|appendix|study|review|analysis|post|piece|letter|testimony|statement|guide|explainer|primer|briefing|newsletter|digest|backgrounder|factsheet|handout|deck|presentation)|[Ww]e|I)\s+(?:\p{Ll}+\s+){1,3}$/u;

/** After a counted part: "set out", "listed", "described"… below, above, or in a numbered part of this document not followed by "of" ("in Section 4"). */
const setOutInOwnPartRe =
  /^\s+(?:set\s+out|listed|described|discussed|detailed|outlined|summari[sz]ed|given|proposed|explained|identified)\s+(?:below|above|here|later|earlier|in\s+(?:this\s+(?:paper|report|brief|response|submission|document|section|chapter)|(?:[Ss]ection|[Pp]art|[Cc]hapter|[Aa]nnex|[Aa]ppendix|[Pp]aragraph)\s+[\w.]+(?![\w.]|\s+of\b)))/;

/** After a number word: a structure unit, perhaps after one adjective, and where it ends ("three key questions"). */
const structureUnitAfter = /^[ \t]+(?:(\p{Ll}+)[ \t]+)?(\p{Ll}+)/u;

/**
 * Whether the number word on [a, b) counts parts of the writer's own document: the document is
 * its subject ("This paper asks three questions.", "Our response makes two recommendations"), or
 * the parts are set out in it ("on three conditions set out in Section 4", "the two options
 * listed below"). "This paper examines three models" and "three conditions set out in Section 4
 * of the Act" are figures.
 */
function countsOwnStructure(text: string, a: number, b: number): boolean {
  const m = structureUnitAfter.exec(text.slice(b, b + 40));
  if (!m) return false;
  // "three key questions": the unit is the second word when the first is no unit itself.
  const first = m[1] !== undefined && structureUnits.has(m[1]);
  const unit = first ? m[1] : m[2];
  if (!structureUnits.has(unit)) return false;
  // Up to three lower-case words stand between the document and the count: a verb phrase ("asks", "sets out", "is organised around").
  if (ownDocumentRe.test(text.slice(Math.max(0, a - 80), a))) return true;
  const unitEnd = b + (first ? m[0].indexOf(unit) + unit.length : m[0].length);
  return setOutInOwnPartRe.test(text.slice(unitEnd, unitEnd + 80));
}

/** A determiner a count that opens its sentence may follow: "These three words…", "Our two questions…". */
const openingDeterminers = new Set(['the', 'these', 'those', 'our', 'my', 'its', 'his', 'her', 'their']);

/** Characters before a sentence's first word that are marks, not words: emphasis, brackets, bullets, quotation marks. */
function skipMarks(text: string, i: number, end: number): number {
  while (i < end && !isWordChar(text[i])) i++;
  return i;
}

/** How a number word stands at the start of its sentence: not there, there, or there after a speaker label. */
type Opening = 'none' | 'first' | 'after-label';

/**
 * Whether text[0, a) holds nothing but marks, a speaker label ending in a colon ("**A:**",
 * "Q:", "SOLHEIM:") and a determiner: the number word at `a` opens its sentence.
 */
function openingOf(text: string, a: number): Opening {
  if (a > 60) return 'none';
  let i = skipMarks(text, 0, a);
  let opening: Opening = 'first';
  let colon = i;
  while (colon < a && text.charCodeAt(colon) !== 58) colon++;
  if (colon < a) {
    const label = text.slice(i, colon);
    if (!isSpeakerLabel(label, i > 0 && text.slice(0, i).includes('**'))) return 'none';
    i = skipMarks(text, colon + 1, a);
    opening = 'after-label';
  }
  if (i === a) return opening;
  let k = i;
  while (k < a && isWordChar(text[k])) k++;
  const determiner = openingDeterminers.has(text.slice(i, k).toLowerCase()) && skipMarks(text, k, a) === a && isWhiteSpace(text.charCodeAt(a - 1));
  return determiner ? opening : 'none';
}

const spaceRunRe = /[ \t]+/;
const digitRe = /\p{N}/u;
const capitalRe = /^\p{Lu}/u;
const allCapsRe = /^\p{Lu}[\p{Lu}.'’-]*$/u;

/**
 * Whether the text before a colon names who speaks: one capitalised word ("A", "Q", "Answer",
 * "Amodei", "SOLHEIM"), words in capitals ("SEN. HARTWELL"), or a name in bold ("**Dario
 * Amodei:**"); at most four words, no digits. A field's label ("Founding partners: ten.") is no
 * speaker: its number is the field's value.
 */
function isSpeakerLabel(label: string, bold: boolean): boolean {
  const words = label.trim().split(spaceRunRe);
  if (words.length > 4 || digitRe.test(label)) return false;
  if (words.length === 1) return capitalRe.test(words[0]);
  return words.every((w) => allCapsRe.test(w)) || (bold && words.every((w) => capitalRe.test(w)));
}

/** Whether `text` ends, past emphasis, spaces and citation markers, in a colon: a lead-in to what follows ("… frame the debate:"). */
function endsInColon(text: string): boolean {
  let i = text.length;
  for (;;) {
    while (i > 0 && (isWhiteSpace(text.charCodeAt(i - 1)) || text.charCodeAt(i - 1) === 42 || text.charCodeAt(i - 1) === 95)) i--;
    if (text.charCodeAt(i - 1) !== 93 /* ] */) break;
    const open = text.lastIndexOf('[', i - 1);
    if (open < 0 || i - open > 80) break;
    i = open;
  }
  return text.charCodeAt(i - 1) === 58;
}

/**
 * The unit noun counted by the number word ending at `b`, directly, after one lower-case adjective
 * ("three key points") or after an adverb in -ly and its adjective ("two genuinely different
 * theories"), lower-cased.
 */
function unitAfter(text: string, b: number): string | undefined {
  const m = wordsAfter.exec(text.slice(b, b + 48));
  if (!m) return undefined;
  const first = m[1].toLowerCase();
  if (discourseUnits.has(first) || leadInUnits.has(first) || m[2] === undefined || first !== m[1]) return first;
  const second = m[2].toLowerCase();
  if (m[3] !== undefined && first.endsWith('ly') && second === m[2] && !isUnit(second)) {
    const third = m[3].toLowerCase();
    if (isUnit(third)) return third;
  }
  return second;
}

function isUnit(word: string): boolean {
  return discourseUnits.has(word) || leadInUnits.has(word);
}

/** The lower-case word after the unit noun `unit` that follows the number word ending at `b` ("would" of "Three steps would help"), or "". */
function wordAfterUnit(text: string, b: number, unit: string): string {
  const head = text.slice(b, b + 60);
  const at = head.toLowerCase().indexOf(unit);
  if (at < 0) return '';
  const m = nextWordRe.exec(head.slice(at + unit.length));
  return m ? m[1] : '';
}
const nextWordRe = /^[ \t]+(\p{Ll}+)/u;

/** Whether nothing but marks follows `b` in `text`: the number word is all its sentence says. */
function standsAlone(text: string, b: number): boolean {
  for (let i = b; i < text.length; i++) if (isWordChar(text[i])) return false;
  return true;
}

/**
 * Whether the number word on [a, b) of the sentence `text` counts the writer's own text: it is
 * all a speaker's answer says ("**A:** Three."), or it counts units of discourse (words, phrases,
 * points, questions, reasons, lessons…) and opens the sentence ("Two words are wrong there.") or
 * the sentence leads in with a colon ("Three phrases from Anthropic's own documents frame the
 * debate:", "The filing gives two reasons:"), or it counts items, steps, ways, rules… in such a
 * lead-in ("Two steps follow:"; "Ten items were leaked." is a figure), or such units listed after a colon
 * ("We look at three things: the framework, …"); `leadsIn`: the next sentence opens on the first of
 * what the sentence counts ("The case matters in two ways. First, …"), as a colon would. A count of anything else ("three founding
 * partners"), a number word alone in a table cell ("| Founding partners | ten |") and a measure in
 * digits ("244 pages") are figures.
 */
export function countsOwnText(text: string, a: number, b: number, leadsIn = false): boolean {
  if (standsAlone(text, b)) return openingOf(text, a) === 'after-label';
  if (countsOwnStructure(text, a, b)) return true;
  const unit = unitAfter(text, b);
  if (unit === undefined) return false;
  if (!discourseUnits.has(unit) && !leadInUnits.has(unit)) return false;
  // "We look at three things: the framework, the red teams and the bounties." counts what it lists.
  if (colonAfterUnit(text, b, unit)) return true;
  if (discourseUnits.has(unit)) return openingOf(text, a) !== 'none' || leadsIn || endsInColon(text);
  // "Three steps would help.": lead-in units the sentence opens on and proposes ("Ten items could be leaked" counts things).
  if (!itemUnits.has(unit) && openingOf(text, a) !== 'none' && proposingVerbs.has(wordAfterUnit(text, b, unit))) return true;
  return leadsIn || endsInColon(text);
}

/**
 * The opening of a sentence that starts to enumerate what the sentence before counted: "First,
 * …", "**Firstly**: …", "First of all, …", "The first is …", "One is …". The sentence before then
 * leads in as one ending with a colon does ("The case matters for the UK in two ways. First, …").
 */
const enumerationOpeningRe = /^[^\p{L}\n]{0,6}(?:first(?:ly)?(?:[ \t]+of[ \t]+all)?[*_]{0,2}[ \t]*[,:—–]|the[ \t]+first[ \t]+(?:is|was|of[ \t]+these|one)[ \t]|one[ \t]+is[ \t])/iu;

/** Whether [s, e) of `mask` opens on an enumeration's first item (see enumerationOpeningRe). */
export function opensEnumeration(mask: string, s: number, e: number): boolean {
  return enumerationOpeningRe.test(mask.slice(s, Math.min(e, s + 40)));
}

/**
 * Whether the unit noun after the number word ending at `b` is followed by a colon that opens a
 * list of them ("three things: …"), directly or past a relative clause on them ("three assumptions
 * that no one has yet tested: that …").
 */
function colonAfterUnit(text: string, b: number, unit: string): boolean {
  const head = text.slice(b, b + 120);
  const at = head.toLowerCase().indexOf(unit);
  if (at < 0) return false;
  let i = at + unit.length;
  const relative = relativeClauseRe.exec(head.slice(i));
  if (relative) i += relative[0].length;
  while (i < head.length && (head.charCodeAt(i) === 42 || head.charCodeAt(i) === 95)) i++;
  return head.charCodeAt(i) === 58 && i + 1 < head.length && isWhiteSpace(head.charCodeAt(i + 1));
}

/** A relative clause on the counted units, up to a colon: " that no one has yet tested" (no punctuation, at most 60 characters). */
const relativeClauseRe = /^[ \t]+(?:that|which)[ \t][^.,;:!?()\r\n]{1,60}(?=:)/;
