import { monthNumber } from '../claims/numbers';
import { isWhiteSpace } from '../text/words';
import type { MarkerHit } from './markers';
import { isSoftGap, joinSoftBreaks } from './softBreaks';
import type { ReferenceSection } from '../markdown/structure';

/**
 * Author-year citations, as the Chicago, APA and Harvard styles write them: "(Anthropic
 * 2026a)", "(Smith et al. 2020, p. 4)", "(see Fortune 2026b; CNN 2026)", or after the name in
 * the sentence, "Anthropic (2026a) reports …". They resolve against the entries of a
 * References or Bibliography list that begin with their authors and year ("Anthropic. 2026a.
 * …", "Amodei, D. (2026). …"). A document is read this way only when such a list has entries:
 * elsewhere "(Mythos 2026)" is just a bracket.
 */

/** The words of a name in lower case: "Department of Defense", "van der Berg", "Smith et al.", "Smith and Jones". */
const nameConnectors = new Set('and et al of the for on de van von der den du la le da di del y und'.split(' '));
/** What may open an author-year citation before the names: "(see Smith 2020, 4)", "(cf. Smith 2020)". */
const citationLeads = new Set('see cf e.g also'.split(' '));
/** Prepositions that open a bracket about a time, not a citation: "(Since 2019)", "(As of 2026)". */
const notANameLead = new Set('since in on by of from after before until till during through circa around about over under for with to at as up'.split(' '));
/** Words that open a bracket about a time or a period, not an author: "(Spring 2026)", "(FY 2026)", "(Q2 2026)". */
const periodWords = new Set('spring summer autumn fall winter fy q1 q2 q3 q4 h1 h2 mid early late end'.split(' '));
const spacesRe = /\s+/;
const digitRe = /\d/;
/** Marks around a cited name: emphasis and quotation marks, and after it a comma, full stop or colon too. */
const nameOpeningMarks = '*_"“”‘’\'';
const nameClosingMarks = '*_"“”‘’\',.:';

/** `word` without the marks around it ("*Fortune*," → "Fortune", "al." → "al"). */
function trimNameMarks(word: string): string {
  let s = 0;
  let e = word.length;
  while (s < e && nameOpeningMarks.includes(word[s])) s++;
  while (e > s && nameClosingMarks.includes(word[e - 1])) e--;
  return word.slice(s, e);
}

/**
 * Whether `names` (no longer than 80 characters) names authors: capitalised words, and the
 * connectors of names between them ("Smith et al.", "Smith & Jones", "Department of Defense"),
 * perhaps after "see" or "cf.".
 */
/** An ellipsis standing for authors left out: "…", "...". */
const ellipsisWordRe = /^(?:…|\.\.\.)$/;

export function isCitedNames(names: string): boolean {
  if (names.length > 80 || digitRe.test(names)) return false;
  const words = names.split(spacesRe);
  let first = true;
  for (const raw of words) {
    const word = trimNameMarks(raw);
    if (word === '' || word === '&') continue;
    // APA 7's ellipsis before the last of 21 or more authors: "Bengio, Y., … Dafoe, A." (never the first word).
    if (!first && ellipsisWordRe.test(word)) continue;
    const lower = word.toLowerCase();
    if (first && citationLeads.has(lower)) continue;
    const upper = word[0] !== lower[0];
    if (first && (!upper || notANameLead.has(lower) || periodWords.has(lower) || monthNumber(word) !== undefined)) return false;
    if (!upper && !nameConnectors.has(lower)) return false;
    first = false;
  }
  return !first;
}

/** The keys a name list answers to: all of it ("mayer brown"), and its first author ("smith" for "Smith, J., & Lee, K."). */
export interface AuthorKeys {
  readonly whole: string;
  readonly first: string;
}

const possessiveRe = /['’]s$/;
/** "et al." at the end of names whose words are joined by single spaces, its full stop trimmed. */
const etAlRe = / et al$/i;
const firstAuthorEndRe = /,|\s(?:and|&)\s/;

/** The keys of `names` as written in a citation or at the head of an entry. */
export function authorKeys(names: string): AuthorKeys {
  let words = names.trim().split(spacesRe).map(trimNameMarks).filter((w) => w !== '');
  // Drop "see", "cf." before the names.
  while (words.length > 1 && citationLeads.has(words[0].toLowerCase())) words = words.slice(1);
  const joined = words.join(' ').replace(possessiveRe, '').replace(etAlRe, '');
  const whole = joined.toLowerCase();
  const cut = firstAuthorEndRe.exec(names);
  let first = whole;
  if (cut) {
    const head = names.slice(0, cut.index).trim().split(spacesRe).map(trimNameMarks).filter((w) => w !== '');
    while (head.length > 1 && citationLeads.has(head[0].toLowerCase())) head.shift();
    first = head.join(' ').replace(possessiveRe, '').toLowerCase();
  }
  return { whole, first };
}

/** A year that dates a work: 1600–2099, with a letter telling two works of one year apart. */
const yearRe = /(?<![\w.])(?:1[6-9]|20)\d{2}[a-z]?(?![\w])|(?<![\w.])n\.d\./;
/** What may follow the years of a citation: a page or other locator, "3", "p. 4", "pp. 4–5", ": 12", "ch. 2". */
const locatorRe = /^[,:]\s?(?:(?:pp?|ch|chap|sec|para|paras|fig|n|no|vol)\.\s?)?\d{1,5}(?:\s?[-–]\s?\d{1,5})?$/i;
/** What introduces the work a secondary citation was found in: "as cited in", "cited in", "quoted in". */
const citedInRe = /(?:^|\s)(?:as\s)?(?:cited|quoted)\sin\s/i;
const nextYearRe = /^,\s?((?:1[6-9]|20)\d{2}[a-z]?|n\.d\.)(?![\w])/;
/** An abbreviation in square brackets after a corporate author's name: " [NIST]", " [WHO]". */
const abbreviationAfterNamesRe = /\s\[\p{Lu}[\p{L}&.]{0,15}\]$/u;

/** Whether the last word of `names` is a month or a period ("Project Glasswing, April"): a date, not an author. */
function endsWithPeriod(names: string): boolean {
  const last = trimNameMarks(names.slice(names.lastIndexOf(' ') + 1));
  return monthNumber(last) !== undefined || periodWords.has(last.toLowerCase());
}

/** One citation of a bracket: its names (perhaps empty), its years and where each is, and its locator. */
export interface CitationPiece {
  readonly names: string;
  readonly years: readonly { readonly year: string; readonly at: number; readonly end: number }[];
  readonly locator?: string;
}

/**
 * Reads one citation, "Anthropic 2026a, 3", "Smith et al. 2020, 2021", "2026a, p. 4" (the
 * years of a narrative citation), or nothing when it is not one. Offsets are in `piece`.
 */
export function parseCitationPiece(piece: string): CitationPiece | undefined {
  const m = yearRe.exec(piece);
  if (!m) return undefined;
  let names = piece.slice(0, m.index).trim().replace(/,$/, '').trim();
  // A secondary citation cites the work it was found in: "(Graham, as cited in CNN, 2026)".
  const secondary = citedInRe.exec(names);
  if (secondary) names = names.slice(secondary.index + secondary[0].length).trim();
  // APA's first citation of a corporate author gives its abbreviation: "(National Institute of Standards and Technology [NIST], 2024)".
  const abbreviation = abbreviationAfterNamesRe.exec(names);
  if (abbreviation) names = names.slice(0, abbreviation.index);
  if (names !== '' && (!isCitedNames(names) || endsWithPeriod(names))) return undefined;
  const years = [{ year: m[0], at: m.index, end: m.index + m[0].length }];
  let at = m.index + m[0].length;
  for (let n; (n = nextYearRe.exec(piece.slice(at))); ) {
    const s = at + n[0].length - n[1].length;
    years.push({ year: n[1], at: s, end: s + n[1].length });
    at = s + n[1].length;
  }
  const rest = piece.slice(at).trim();
  if (rest === '') return { names, years };
  if (!locatorRe.test(rest)) return undefined;
  return { names, years, locator: rest.replace(/^[,:]\s?/, '') };
}

/** The authors a document's author-year entries answer to. */
export interface AuthorYearIndex {
  /** Author keys (whole and first) of every entry. */
  readonly authors: ReadonlySet<string>;
  /** A short signature of the index, for cache keys. */
  readonly signature: string;
}

/** An entry of a reference list that opens with its authors and year. */
export interface AuthorYearEntry {
  readonly names: string;
  readonly keys: AuthorKeys;
  readonly year: string;
  /** The title after the year: in quotation marks, in emphasis, or the first sentence ("" when none). */
  readonly title: string;
  /**
   * The key of the other name of a corporate author written with its abbreviation or expansion
   * in brackets, "OMB (Office of Management and Budget)": citations may use either.
   */
  readonly aliasKey?: string;
}

/**
 * The year of an entry: in brackets after the authors ("Amodei, D. (2026).", "(2026a, April
 * 7)") or set off by full stops or commas ("Anthropic. 2026a.", "Smith, J., 2025,").
 */
const entryYearRe = /(?:\(|[.,]\s)((?:1[6-9]|20)\d{2}[a-z]?|n\.d\.)(?=[).,:])/;
/** APA 7's ellipsis before the last author, after the others' initials: "Bengio, Y., … Dafoe, A.". */
const apaEllipsisRe = /\.,? (?:…|\.\.\.) \p{Lu}/u;
/** Marks that end an entry's names: a title in quotation marks or after a colon came first. */
const notInNamesRe = /["“”:?!]/;

/**
 * Reads the head of a reference entry, "Anthropic. 2026a. …", "Amodei, D. (2026). …",
 * "Mayer Brown (2026) …", or nothing when the entry does not open with names and a year (a
 * title in quotation marks first, a URL, a number).
 */
export function parseAuthorYearEntry(text: string): AuthorYearEntry | undefined {
  // APA 7 lists up to 20 authors, then "…" and the last one: such a head may run to 400 characters.
  const head = text.slice(0, 400);
  const m = entryYearRe.exec(head);
  if (!m || m.index === 0) return undefined;
  const written = head.slice(0, m.index + (m[0][0] === '(' ? 0 : 1)).trim().replace(/[.,]$/, '').trim();
  const { names, alias } = splitAlias(written);
  if (names === '' || names.length > (apaEllipsisRe.test(names) ? 400 : 160) || notInNamesRe.test(names)) return undefined;
  // Long author lists: the first 80 characters, cut at a space, decide.
  const probe = names.length <= 80 ? names : names.slice(0, names.lastIndexOf(' ', 80));
  if (!isCitedNames(probe) || (alias !== undefined && !isCitedNames(alias))) return undefined;
  // After the year: past the bracket's date ("(2026b, April 7). ") or the year's full stop.
  let rest = m.index + m[0].length;
  if (m[0][0] === '(') rest = text.indexOf(')', rest) + 1 || rest;
  const entry = { names, keys: authorKeys(names), year: m[1], title: titleIn(text.slice(rest)) };
  return alias === undefined ? entry : { ...entry, aliasKey: authorKeys(alias).whole };
}

/** An editor's, compiler's or translator's mark after the names: "Smith, J. (Ed.)", "(eds.)". */
const roleRe = /^(?:eds?|comp|comps|trans|tr|dir|coord)\.?$/i;

/**
 * The names of an entry's head and the other name in brackets after them, as a corporate
 * author is written with its abbreviation or expansion: "OMB (Office of Management and
 * Budget)", "Office of Management and Budget (OMB)", and APA's "National Institute of Standards
 * and Technology [NIST]". An editor's mark, "(Ed.)", names no one.
 */
function splitAlias(written: string): { names: string; alias?: string } {
  const close = written[written.length - 1];
  if (close !== ')' && close !== ']') return { names: written };
  const opener = close === ')' ? '(' : '[';
  const open = written.lastIndexOf(opener);
  if (open < 1 || written[open - 1] !== ' ' || written.indexOf(opener) !== open) return { names: written };
  const names = written.slice(0, open).trim();
  const alias = written.slice(open + 1, -1).trim();
  return alias === '' || roleRe.test(alias) ? { names } : { names, alias };
}

const titleLeadRe = /^[\s.,:;)]+/;
/** `text` without the white space and stops (. , : ;) at its end; a loop, as `/[\s.,:;]+$/` would retry from every stop. */
function trimTitleEnd(text: string): string {
  let e = text.length;
  while (e > 0 && ' \t\n\r.,:;'.includes(text[e - 1])) e--;
  return text.slice(0, e);
}

/**
 * The title at the start of an entry's text after its year: `"Project Glasswing." April 7…`,
 * `*Defensive deployment*. Available at…`, or the first sentence, `Gated release as governance.
 * Policy Review…` (an article's title, not its journal's).
 */
function titleIn(after: string): string {
  const text = after.replace(titleLeadRe, '');
  const open = text[0];
  const closer = open === '"' ? '"' : open === '“' ? '”' : open === '*' || open === '_' ? open : undefined;
  if (closer) {
    const marks = open === '*' && text[1] === '*' ? 2 : 1;
    const close = text.indexOf(closer.repeat(marks), marks);
    if (close > marks) return trimTitleEnd(text.slice(marks, close));
  }
  const stop = text.search(/\.\s|\.$/);
  return trimTitleEnd((stop < 0 ? text : text.slice(0, stop)).replace(/[*_]/g, '')).trim();
}

/**
 * How the text cites an entry: an organization by its name ("Mayer Brown 2026"), people by the
 * family name of the first ("Amodei, D. (2026)" → "Amodei 2026"; "Smith, J., & Lee, K." →
 * "Smith et al. 2025"), and the year.
 */
export function citeAs(entry: AuthorYearEntry): string {
  const names = entry.names.replace(/[*_]/g, '');
  const comma = names.indexOf(',');
  if (comma < 0) return `${names.trim()} ${entry.year}`;
  const first = names.slice(0, comma).trim();
  // The last author after "and" or "&": "Lee, K." (family name first) or "Kate Lee" (last word).
  const cut = /,?\s(?:and|&)\s/.exec(names);
  // APA's "…" before the last author stands for authors left out: many of them.
  if (!cut) return apaEllipsisRe.test(names) ? `${first} et al. ${entry.year}` : `${first} ${entry.year}`;
  const last = names.slice(cut.index + cut[0].length).trim();
  const lastFamily = last.includes(',') ? last.slice(0, last.indexOf(',')).trim() : (last.split(spacesRe).pop() ?? last).replace(/\.$/, '');
  // Before the last author, each person is "Family, Given" or the first is "Family, Given" and the rest "Given Family".
  const before = names.slice(0, cut.index).split(',').map((p) => p.trim()).filter((p) => p !== '');
  const familyFirst = last.includes(',');
  const authors = (familyFirst ? Math.ceil(before.length / 2) : 1 + Math.max(0, before.length - 2)) + 1;
  return authors === 2 ? `${first} and ${lastFamily} ${entry.year}` : `${first} et al. ${entry.year}`;
}

/** FNV-1a, 32 bits: a short, stable digest of a string. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The authors of a document's author-year entries, or nothing when its reference lists have none. */
export function authorYearIndexOf(sections: readonly ReferenceSection[]): AuthorYearIndex | undefined {
  const authors = new Set<string>();
  for (const section of sections) {
    for (const item of section.items) {
      const e = item.authorYear;
      if (!e) continue;
      authors.add(e.keys.whole);
      authors.add(e.keys.first);
      if (e.aliasKey) authors.add(e.aliasKey);
    }
  }
  if (!authors.size) return undefined;
  // Every block's cache key holds the signature: a hash of the authors, not their list (a long bibliography would copy it per block).
  return { authors, signature: `${authors.size}:${fnv1a([...authors].sort().join('|')).toString(36)}` };
}

/** Whether the bibliography has a work by `names` (all of them, or the first author). */
export function knowsAuthor(index: AuthorYearIndex, names: string): boolean {
  const keys = authorKeys(names);
  return index.authors.has(keys.whole) || index.authors.has(keys.first);
}

/** A bracket, on one line or broken across the lines of a paragraph ("(Anthropic" / "2026a)"). */
const bracketRe = /\(([^()]{1,300})\)/g;

/**
 * Author-year markers in a masked block: each citation of a bracket "(A 2026; B 2025, 3)" is
 * a marker labelled "A 2026" (several years give several markers). A bracket of years alone
 * after names the bibliography knows ("Anthropic (2026a)", "Smith et al.'s (2020)") is a
 * narrative citation: the bracket is the marker, the names stay prose. A bracket whose names
 * the bibliography does not know is still a marker (it dangles); names and a bracket of years
 * are a citation only when the names are known ("Project Glasswing (2026)" is not). A line
 * break in a hard-wrapped paragraph reads as a space, inside the bracket and before it.
 */
export function findAuthorYearMarkers(mask: string, start: number, end: number, index: AuthorYearIndex, out: MarkerHit[]): void {
  const block = mask.slice(start, end);
  if (!block.includes('(')) return;
  bracketRe.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = bracketRe.exec(block))) {
    if (!yearRe.test(m[1])) continue;
    const line = joinSoftBreaks(m[1]);
    if (!line) continue;
    const inner = line.text;
    const s = start + m.index;
    const e = s + m[0].length;
    // Offsets in the bracket read as one line, placed in the mask.
    const at = (offset: number) => s + 1 + line.original(offset);
    const pieces = readBracket(inner);
    if (!pieces) continue;
    if (pieces[0].names === '') {
      // Narrative: the names before the bracket.
      if (pieces.length > 1) continue;
      const names = namesBefore(mask, s, start, index);
      if (!names) continue;
      const single = pieces[0].years.length === 1;
      for (const y of pieces[0].years) out.push(marker(`${names} ${y.year}`, single ? s : at(pieces[0].at + y.at), single ? e : at(pieces[0].at + y.end), pieces[0].locator));
      continue;
    }
    pushCitations(pieces, s, e, at, out);
  }
}

/**
 * The markers of a bracket's citations: one alone spans [s, e); each of several spans its
 * names and year, `at` placing an offset of the bracket's text.
 */
function pushCitations(pieces: readonly PlacedPiece[], s: number, e: number, at: (offset: number) => number, out: MarkerHit[]): void {
  const single = pieces.length === 1 && pieces[0].years.length === 1;
  for (const p of pieces) {
    for (let y = 0; y < p.years.length; y++) {
      const from = p.at + (y === 0 ? p.namesAt : p.years[y].at);
      const to = p.at + (y === p.years.length - 1 ? p.end : p.years[y].end);
      out.push(marker(`${authorLabel(p.names)} ${p.years[y].year}`, single ? s : at(from), single ? e : at(to), p.locator));
    }
  }
}

/**
 * The author-year citations of a text that holds nothing else, written without brackets as a
 * table's source column writes them ("Anthropic 2026a", "Anthropic 2026a; CNN 2026",
 * "Anthropic 2026b, p. 88"), placed from `start` on; or nothing when the text is anything else.
 */
export function bareAuthorYearMarkers(text: string, start: number): MarkerHit[] | undefined {
  if (text.length > 300 || text.includes('(') || text.includes('\n') || !yearRe.test(text)) return undefined;
  const pieces = readBracket(text);
  if (!pieces || pieces[0].names === '') return undefined;
  const out: MarkerHit[] = [];
  pushCitations(pieces, start, start + text.length, (offset) => start + offset, out);
  return out;
}

/** One citation of a bracket, placed in it: `at` where its piece starts, `namesAt` and `end` relative to it. */
interface PlacedPiece extends CitationPiece {
  readonly at: number;
  readonly namesAt: number;
  readonly end: number;
}

/**
 * The citations of a bracket's text, or nothing when one part of it is no citation. Citations
 * part at semicolons, "(Anthropic 2026a; CNN 2026)", or, as writers slip, at a comma before the
 * next name, "(Fortune 2026b, CNN 2026)". A part of years alone after a citation with names is
 * that author's ("(Anthropic 2026a; 2026b)"); a first part of years alone is a narrative
 * citation's bracket, "Anthropic (2026a, 4)".
 */
function readBracket(inner: string): PlacedPiece[] | undefined {
  const out: PlacedPiece[] = [];
  for (const [a, b] of splitPieces(inner)) {
    const text = inner.slice(a, b);
    const whole = parseCitationPiece(text);
    const parts = whole ? [{ piece: whole, at: a, text }] : splitAtNames(text, a);
    if (!parts) return undefined;
    for (const { piece, at, text: partText } of parts) {
      let names = piece.names;
      if (names === '' && out.length) names = out[out.length - 1].names;
      out.push({ ...piece, names, at, namesAt: piece.names === '' ? piece.years[0].at : leadingLength(partText), end: trimmedEnd(partText) });
    }
  }
  return out;
}

/** A part that holds several citations parted by commas ("Fortune 2026b, CNN 2026"), each with names, or nothing. */
function splitAtNames(text: string, base: number): { piece: CitationPiece; at: number; text: string }[] | undefined {
  const parts: { piece: CitationPiece; at: number; text: string }[] = [];
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !(text.charCodeAt(i) === 44 /* , */ && /^\s\p{Lu}/u.test(text.slice(i + 1, i + 3)))) continue;
    const part = text.slice(from, i);
    const piece = parseCitationPiece(part);
    // A comma inside one citation's names ("Smith, J.") is no parting: read on to the next comma.
    if (!piece || piece.names === '') {
      if (i === text.length) return undefined;
      continue;
    }
    parts.push({ piece, at: base + from, text: part });
    from = i + 1;
  }
  return parts.length > 1 ? parts : undefined;
}

function marker(label: string, start: number, end: number, locator: string | undefined): MarkerHit {
  return locator === undefined ? { label, kind: 'author-year', start, end } : { label, kind: 'author-year', start, end, locator };
}

/** The pieces of a bracket's text, split at semicolons, as [start, end) offsets. */
function splitPieces(inner: string): [number, number][] {
  const pieces: [number, number][] = [];
  let from = 0;
  for (let i = 0; i <= inner.length; i++) {
    if (i === inner.length || inner.charCodeAt(i) === 59 /* ; */) {
      pieces.push([from, i]);
      from = i + 1;
    }
  }
  return pieces;
}

/** The length of the white space and leads ("see also", "e.g.,") before a piece's names. */
function leadingLength(piece: string): number {
  let i = 0;
  for (;;) {
    while (i < piece.length && (piece[i] === ' ' || piece[i] === '\t')) i++;
    const word = /^[\w.]+,?/.exec(piece.slice(i));
    if (!word || !citationLeads.has(trimNameMarks(word[0]).toLowerCase())) return i;
    i += word[0].length;
  }
}

/** The offset after the last character of `piece` that is not white space. */
function trimmedEnd(piece: string): number {
  let e = piece.length;
  while (e > 0 && (piece[e - 1] === ' ' || piece[e - 1] === '\t')) e--;
  return e;
}

/** A citation's names as its label shows them: without "see", emphasis and a trailing comma. */
function authorLabel(names: string): string {
  // Marks alone ('"' before a name at a paragraph's start) are no words of the names.
  const words = names.split(spacesRe).filter((w) => trimNameMarks(w) !== '' || w === '&');
  while (words.length > 1 && citationLeads.has(trimNameMarks(words[0]).toLowerCase())) words.shift();
  return words.join(' ').replace(/[*_]/g, '').replace(/,$/, '');
}

/**
 * The names just before a narrative citation's bracket at `open` that the bibliography
 * knows: the longest run of up to six name words ending one space (or one line break) before
 * it ("Smith et al.", "Mayer Brown's", "Hadley and" / "Osei (2025)"), from the block's `start`
 * on, or nothing.
 */
function namesBefore(mask: string, open: number, start: number, index: AuthorYearIndex): string | undefined {
  const words: string[] = [];
  const floor = Math.max(start, open - 100);
  let k = open;
  while (words.length < 6 && k > floor) {
    let gap = k;
    while (gap > floor && isWhiteSpace(mask.charCodeAt(gap - 1))) gap--;
    if (gap === k || !isSoftGap(mask, gap, k)) break;
    let w = gap;
    // Any white space ends a word (a line break of any style too: the same names whatever the line endings).
    while (w > floor && !isWhiteSpace(mask.charCodeAt(w - 1))) w--;
    if (w === gap) break;
    words.unshift(mask.slice(w, gap));
    k = w;
  }
  for (let i = 0; i < words.length; i++) {
    const names = words.slice(i).join(' ');
    if (!isCitedNames(names)) continue;
    if (knowsAuthor(index, names)) return authorLabel(names).replace(possessiveRe, '');
  }
  return undefined;
}
