import { parseAuthorYearEntry, type AuthorYearEntry } from '../citations/authorYear';
import { parseBlocks, type Token } from './parser';
import { readFrontMatter } from './frontMatter';
import { hideComments } from './hiddenComments';
import { forEachMerged } from '../util/mergedRanges';
import { collectDirectives, inlineCuts, unionOf, type Directive } from './inlineMask';
import { deletionCloseIn, htmlBlockText } from './htmlBlockText';
import { HtmlElements, type HtmlCell } from './htmlElements';
import { isEsmParagraph } from './mdxEsm';
import { calloutHead, type CalloutHead } from './callout';
import { distinctlyNumberedLists } from './listNumbers';
import type { LineIndex } from '../text/lineIndex';
import { isWhiteSpace } from '../text/words';
import { plainHyphens } from '../text/invisibles';
import type { Mutable } from '../util/mutable';

/**
 * The document's structure in source offsets, and its *prose mask*: a copy of the text
 * of the same length in which everything that is not prose (front matter, code, HTML,
 * comments, link destinations, URLs, math, block markers) is replaced by spaces, line
 * breaks kept. Every detector scans the mask, so offsets in it are offsets in the text.
 */

export type BlockKind = 'paragraph' | 'heading' | 'table-cell' | 'footnote-definition';

export interface Block {
  readonly kind: BlockKind;
  /** Offsets of the block's prose in the text (and the mask). */
  readonly start: number;
  readonly end: number;
  readonly startLine: number;
  /** Exclusive. */
  readonly endLine: number;
  /** Inside a References-style section, a footnote definition or a reference item: no quotes, claims or markers. */
  readonly isReference: boolean;
  /** Index into `Structure.blockQuotes` when inside a block quote. */
  readonly blockQuote?: number;
  readonly headingLevel?: number;
  /**
   * For the first paragraph of an item in a nested list, the block of its parent item's first
   * paragraph: the sub-list's lead-in ("- Chinese state-sponsored group" over "  - ~40 targets").
   */
  readonly parentItem?: number;
  /**
   * For the first paragraph of a top-level list item, the paragraph directly before its list:
   * the list's lead-in, which may cite for its items ("The system card reports [1]:").
   */
  readonly leadIn?: number;
  /** For a table cell of an HTML table (`<td>`, `<th>`), its table and row. */
  readonly htmlCell?: HtmlCell;
  /**
   * For the first paragraph of an item of a list under a Notes or Endnotes heading: an endnote,
   * whose discursive sentences are claims, as a footnote definition's are (see `notesHeading`).
   */
  readonly endnote?: boolean;
}

export interface ReferenceItem {
  /** The explicit number written at its start (`3.` in a list whose items have distinct numbers, `[3]`), if any. */
  readonly explicitNumber?: number;
  /** 1-based position among the items of its section. */
  readonly position: number;
  readonly start: number;
  readonly end: number;
  /** Its text without the number prefix. */
  readonly text: string;
  /** An author-year entry written as a paragraph line: numeric markers do not count it. */
  readonly unnumbered?: boolean;
  /** Its authors, year and title when it opens with them ("Anthropic. 2026a. …"), read once here. */
  readonly authorYear?: AuthorYearEntry;
}

/**
 * A reference list's heading as messages name it: "References", without Markdown marks, a colon
 * or the numbering before it ("5. References", "Annex 1: Further reading").
 */
export function sectionName(section: ReferenceSection): string {
  return headingName(section.heading).replace(/:/g, '').trim();
}

/** A reference section named as a list, for a message: "References list", "Bibliography list"; "Reading list" as it is (not "Reading list list"). */
export function listName(section: ReferenceSection): string {
  const name = sectionName(section);
  return /\blist$/i.test(name) ? name : `${name} list`;
}

/**
 * The numbering before a heading's name, as reports and briefings number their back matter: a
 * section number ("5.", "5", "2.3", "A.", "IV."), or an annex or appendix with its number or
 * letter ("Annex 1:", "Appendix B –", "Annexe C", "Anexo II").
 */
const headingNumberingRe =
  /^(?:(?:[Aa]nnexe?|ANNEXE?|[Aa]ppendix|APPENDIX|[Aa]nexo|[Aa]nhang|[Aa]llegato)(?:[ \t]+(?:\d{1,3}(?:\.\d{1,3}){0,3}|[A-Z]|[IVX]{1,6}))?|\d{1,3}(?:\.\d{1,3}){0,3}\.?|[A-Z]\.|[IVX]{1,6}\.)[ \t]*(?:[.:)–—-][ \t]*)?/;

/** A heading's words without Markdown marks and without the numbering before its name. */
function headingName(heading: string): string {
  const plain = heading.replace(/[*_`#]/g, '').trim();
  const numbering = headingNumberingRe.exec(plain);
  return numbering && numbering[0].length < plain.length ? plain.slice(numbering[0].length).trim() : plain;
}

/**
 * Of the reference headings, those over a reading list: works the reader may turn to, which the
 * text is not expected to cite (no PL003 for them).
 */
const readingListHeading = /^(?:(?:further|additional|suggested|recommended)\s+reading|reading\s+list)\s*:?$/iu;

/** Whether a reference list is a reading list ("Further reading", "Annex 1: Reading list"), whose works need no citation. */
export function isReadingList(section: ReferenceSection): boolean {
  return readingListHeading.test(sectionName(section));
}

export interface ReferenceSection {
  readonly heading: string;
  readonly headingStart: number;
  readonly headingEnd: number;
  readonly items: ReferenceItem[];
}

export interface LinkDefinition {
  readonly label: string;
  readonly url: string;
  readonly title?: string;
  readonly start: number;
  readonly end: number;
}

export interface FootnoteDefinition {
  readonly label: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export interface BlockQuote {
  /** Offsets of the quoted prose (first content character to the end of the last quoted line). */
  readonly start: number;
  readonly end: number;
  readonly startLine: number;
  readonly endLine: number;
  /**
   * The attribution line (`— Name, Outlet [3]`), inside as a lazy line or after it (directly, or
   * as a paragraph past blank lines), else the title of a quote callout (`> [!QUOTE] Name, Outlet`).
   */
  readonly attribution?: { readonly start: number; readonly end: number };
  /** Index of the block that introduces it (the block just before), if any. */
  readonly introBlock?: number;
}

export interface Structure {
  readonly mask: string;
  readonly blocks: Block[];
  readonly blockQuotes: BlockQuote[];
  readonly referenceSections: ReferenceSection[];
  readonly linkDefinitions: LinkDefinition[];
  readonly footnoteDefinitions: FootnoteDefinition[];
  readonly directives: Directive[];
  readonly bibliographyFiles: readonly string[];
  /**
   * The prose's autolinks, bare URLs and HTML anchors' opening tags, flat `[start, end, …]`, as the
   * inline scan and the HTML block reader cut them from the prose (see inlineCuts, htmlBlockText;
   * read by links.ts). In document order but within an HTML block, whose anchors come before the
   * addresses of its text.
   */
  readonly urlCuts: readonly number[];
}

/**
 * A heading over a reference list, in English and in the languages of European policy drafts
 * (Spanish, Portuguese, French, German, Italian): "## Fuentes" numbers its items as "## Sources" does.
 */
const referenceHeading =
  /^(references|reference list|list of references|references cited|literature cited|further reading|additional reading|suggested reading|recommended reading|reading list|sources|notes|bibliography|citations|footnotes|works cited|endnotes|source notes|fuentes|referencias|bibliografía|notas|fontes|referências|bibliografia|références|bibliographie|quellen|literatur|literaturverzeichnis|quellenverzeichnis|fußnoten|fussnoten|anmerkungen|fonti|riferimenti)\s*:?$/iu;
/**
 * Of those, the headings over notes rather than a bibliography: their items may say something of
 * their own after the source they name ("2. Anthropic, *System Card*, 7 April 2026. The card reports …").
 */
const notesHeading = /^(?:notes|endnotes|footnotes|source notes|notas|anmerkungen|fußnoten|fussnoten)\s*:?$/iu;
/**
 * A brief's Table of Authorities ("## Table of Authorities", "Authorities cited", "Index of
 * Authorities"): its rows list the cases, statutes and other works the brief relies on, with the
 * pages that cite them, so they are source entries (no claims, no quotations), as a References
 * list's are; but its entries are no numbered sources, which markers cite or PL003 asks about.
 */
const authoritiesHeading = /^(?:table of authorities|index of authorities|list of authorities|authorities cited|authorities relied (?:up)?on)\s*:?$/iu;
/** The headings that divide a Table of Authorities, at its own level too: "Cases", "Statutes and Regulations", "Other Authorities". */
const authoritiesPartHeading =
  /^(?:cases|statutes|regulations|rules|statutes(?:,)? (?:and|&) regulations|statutes(?:,)? rules(?:,)? (?:and|&) regulations|constitutional provisions|treatises|secondary sources|other authorities|miscellaneous)\s*:?$/iu;
const footnoteDefRe = /^ {0,3}\[\^([^\]\s]+)\]:[ \t]*/;
const linkDefRe = /^ {0,3}\[((?:[^\]\\]|\\.){1,999})\]:[ \t]*(<[^>\r\n]*>|\S+)(?:[ \t]+("[^"]*"|'[^']*'|\([^)]*\)))?[ \t]*$/;
/** A NUL, which markdown-it reads as U+FFFD. */
const nulRe = /\0/g;
const explicitItemNumber = /^(?:\[(\d{1,4})\]|(\d{1,4})[.)])\s+/;
/**
 * An attribution line: a dash and a name, in emphasis or not (`— Name, Outlet [3]`,
 * `*— Name, Outlet [3]*`), or a source label (`Source: Name, Outlet [3]`, `*Via: CNN [3]*`).
 */
const attributionRe = /^(?:\*{1,3}|_{1,3})?(?:—|―|–|--|(?:Source|Sources|Via|Credit|Attribution)\s?:)\s*\S/;

/** End of `s.slice(from, to).trimEnd()`, as an offset in `s`. */
function trimmedEnd(s: string, from: number, to: number): number {
  while (to > from && isWhiteSpace(s.charCodeAt(to - 1))) to--;
  return to;
}

/**
 * Whether `a.slice(aFrom, aTo)` (markdown-it's content) equals `b.slice(bFrom, bFrom + aTo - aFrom)`
 * (the source): markdown-it writes U+FFFD for each NUL of the source, which is the same character here.
 */
function sameRun(a: string, aFrom: number, aTo: number, b: string, bFrom: number): boolean {
  for (let k = aTo - aFrom - 1; k >= 0; k--) {
    const c = a.charCodeAt(aFrom + k);
    const d = b.charCodeAt(bFrom + k);
    if (c !== d && !(c === 0xfffd && d === 0)) return false;
  }
  return true;
}

/**
 * Where each line's content starts, for a block whose inline `content` markdown-it gives us:
 * the content line, trailing white space aside, ends the source line. Compared in place,
 * without slicing either line.
 */
function contentStarts(index: LineIndex, startLine: number, content: string): number[] {
  const text = index.text;
  const starts: number[] = [];
  for (let line = startLine, from = 0; line < index.lineCount; line++) {
    let to = content.indexOf('\n', from);
    if (to < 0) to = content.length;
    const lineStart = index.lineStarts[line];
    const lineEnd = index.lineEnd(line);
    const haveEnd = trimmedEnd(text, lineStart, lineEnd);
    const wantLength = trimmedEnd(content, from, to) - from;
    let col: number;
    if (wantLength === 0) col = haveEnd - lineStart;
    else if (wantLength <= haveEnd - lineStart && sameRun(content, from, from + wantLength, text, haveEnd - wantLength)) col = haveEnd - wantLength - lineStart;
    else {
      // Tabs in indentation are expanded by the parser: fall back to skipping container markers.
      const m = /^(?:[ \t]*(?:>|[-*+]|\d{1,9}[.)])(?=[ \t]|$))*[ \t]*/.exec(text.slice(lineStart, lineEnd));
      col = m ? m[0].length : 0;
    }
    starts.push(lineStart + col);
    if (to === content.length) break;
    from = to + 1;
  }
  return starts;
}

/**
 * A run of `n` spaces: sliced from one kept run when short (most are), made afresh when
 * longer (a long code line), so that no run as long as the longest line ever blanked stays
 * in memory after the document is closed.
 */
const spaceRun = ' '.repeat(1024);
function spaces(n: number): string {
  return n <= spaceRun.length ? spaceRun.slice(0, n) : ' '.repeat(n);
}

/** Pushes `text.slice(from, to)` blanked: spaces, line breaks kept. */
function pushBlank(out: string[], text: string, from: number, to: number): void {
  let run = from;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    if (i > run) out.push(spaces(i - run));
    out.push(c === 10 ? '\n' : '\r');
    run = i + 1;
  }
  if (to > run) out.push(spaces(to - run));
}

/**
 * Pushes `text.slice(from, to)` with the ranges of `first` and `second` blanked: each a flat
 * `[start, end, ...]` list in order; ranges of one may overlap those of the other.
 */
function pushMasked(out: string[], text: string, from: number, to: number, first: readonly number[], second: readonly number[]): void {
  let pos = from;
  forEachMerged(first, second, (a, b) => {
    if (b <= pos) return;
    if (a > pos) out.push(text.slice(pos, a));
    pushBlank(out, text, Math.max(a, pos), b);
    pos = b;
  });
  if (to > pos) out.push(text.slice(pos, to));
}

const none: readonly number[] = [];

/**
 * The mask, written left to right as pieces joined once at the end: slices of the text
 * (which share its memory) and runs of spaces, never concatenated on the way.
 */
class MaskWriter {
  private readonly pieces: string[] = [];
  /** Offset in the text up to which the mask is written. */
  cursor = 0;

  constructor(private readonly text: string) {}

  /** Blanks what lies between the cursor and `upTo` (non-prose between blocks). */
  blankTo(upTo: number): void {
    if (upTo > this.cursor) {
      pushBlank(this.pieces, this.text, this.cursor, upTo);
      this.cursor = upTo;
    }
  }

  /** Writes the prose `text.slice(from, to)` with the ranges of `cuts` (and `more`) blanked. */
  prose(from: number, to: number, cuts: readonly number[], more: readonly number[] = none): void {
    pushMasked(this.pieces, this.text, from, to, cuts, more);
    this.cursor = to;
  }

  toString(): string {
    return this.pieces.join('');
  }
}

/** `text.slice(from, to)` with the ranges of `cuts` blanked. */
function masked(text: string, from: number, to: number, cuts: readonly number[]): string {
  const out: string[] = [];
  pushMasked(out, text, from, to, cuts, none);
  return out.join('');
}

/** Whether `text` at `at` can start a footnote definition: up to 3 spaces, then `[^`. */
function mayStartFootnote(text: string, at: number): boolean {
  let p = at;
  while (p < at + 3 && text.charCodeAt(p) === 32) p++;
  return text.charCodeAt(p) === 91 && text.charCodeAt(p + 1) === 94;
}

/**
 * `parse` gives the block tokens of a text that starts at line `firstLine` of the document:
 * markdown-it's parse by default, or the analysis cache's section by section.
 */
export function buildStructure(original: string, index: LineIndex, parse: (text: string, firstLine: number) => Token[] = parseBlocks): Structure {
  // Comments that span paragraphs are blanked before anything reads the text (their suppression
  // comments still count); the parser sees the rest of a line that one closes in (see HiddenComments).
  const hidden = hideComments(original);
  const text = hidden ? hidden.text : original;
  const front = readFrontMatter(text);
  // markdown-it must not see front matter (a `---` line would become a rule or a setext
  // heading): it parses the rest, a slice that shares the text's memory.
  const parseText = hidden ? hidden.parseText : text;
  const tokens = front.lineCount ? parse(parseText.slice(front.end), front.lineCount) : parse(parseText, 0);

  const mask = new MaskWriter(text);
  const blocks: Block[] = [];
  const blockQuotes: BlockQuote[] = [];
  const referenceSections: ReferenceSection[] = [];
  const linkDefinitions: LinkDefinition[] = [];
  const footnoteDefinitions: FootnoteDefinition[] = [];
  const directives: Directive[] = [];
  const urlCuts: number[] = [];
  if (hidden) for (let k = 0; k < hidden.ranges.length; k += 2) collectDirectives(original.slice(hidden.ranges[k], hidden.ranges[k + 1]), hidden.ranges[k], directives);
  const covered = new Uint8Array(index.lineCount);

  let section: { level: number; data: ReferenceSection; authorities?: boolean } | undefined;
  let quoteDepth = 0;
  let currentQuote = -1;
  let quoteFirstBlock = 0;
  // The elements of HTML blocks (`<blockquote>`, table cells), and the block quote a `<blockquote>` opened (-1: none open).
  const htmlElements = new HtmlElements();
  let htmlQuote = -1;
  // Where deleted text an HTML block left open ends inside the next block read (its closing tag's end), if it does.
  let deletedUntil = -1;
  // Whether each open `>` container counts as a block quote: a callout that quotes nobody
  // (`> [!NOTE]`) does not, and its text is prose like any other.
  const quoteCounts: boolean[] = [];
  // The first paragraph of a callout, whose first line is the callout's head, and whether its
  // title is the attribution of the block quote it opens (`> [!QUOTE] Logan Graham, CNN`).
  let calloutParagraph: Token | undefined;
  let titleAttributes = false;
  let quoteTitle: { start: number; end: number } | undefined;
  let listDepth = 0;
  // Open lists; an ordered list's numbers are explicit only when no two of its items share one.
  const listStack: { ordered: boolean; explicit: boolean }[] = [];
  let pendingItemNumber: number | undefined;
  let pendingItemIsRef = false;
  const distinct = distinctlyNumberedLists(tokens);
  // The open list items, each with the block of its first paragraph (-1 until it has one).
  const itemBlocks: number[] = [];
  // The block of the last paragraph and the index of its closing token, and the lead-in of the open top-level list.
  let lastParagraph = { close: -1, block: -1 };
  let listLeadIn = -1;

  /**
   * Whether the last non-blank line before `line` is a one-line footnote definition that no
   * block holds (see the `code_block` case); if so it is taken as that note, here and now.
   */
  const takeOneLineNote = (line: number): boolean => {
    let l = line - 1;
    while (l >= front.lineCount && !covered[l] && index.lineText(l).trim() === '') l--;
    if (l < front.lineCount || covered[l]) return false;
    const raw = index.lineText(l);
    const fm = footnoteDefRe.exec(raw);
    if (!fm) return false;
    const start = index.lineStarts[l];
    footnoteDefinitions.push({ label: fm[1], text: raw.slice(fm[0].length).trim(), start: start + raw.indexOf('['), end: start + raw.length });
    covered[l] = 1;
    return true;
  };

  /** Adds a block, in the block quote it stands in (if any). */
  const pushBlock = (block: Mutable<Block>): Block => {
    if (currentQuote >= 0) block.blockQuote = currentQuote;
    blocks.push(block);
    return block;
  };

  /**
   * Makes the block its list item's first paragraph, if the item has none yet, and ties it to its
   * parent item's: in an outline the item above a sub-list is what it speaks of ("- Glasswing
   * partners" over "  - 12 founding members").
   */
  const noteListItem = (block: Mutable<Block>) => {
    const k = itemBlocks.length - 1;
    if (k < 0 || itemBlocks[k] >= 0) return;
    itemBlocks[k] = blocks.length - 1;
    if (k > 0 && itemBlocks[k - 1] >= 0) block.parentItem = itemBlocks[k - 1];
    else if (k === 0 && listLeadIn >= 0) block.leadIn = listLeadIn;
  };

  const addBlock = (kind: BlockKind, startLine: number, endLine: number, content: string, headingLevel?: number) => {
    const starts = contentStarts(index, startLine, content);
    if (!starts.length) return;
    const start = starts[0];
    const lastLine = startLine + starts.length - 1;
    const end = Math.max(start, index.lineEnd(lastLine));
    for (let l = startLine; l < endLine; l++) covered[l] = 1;
    let isReference = false;
    let kindOut = kind;
    // Footnote definitions that markdown-it took for a paragraph: each line that starts
    // with `[^label]:` begins one; its label is not prose.
    let labelEnds: Map<number, number> | undefined;
    if (kind === 'paragraph' && mayStartFootnote(text, start) && footnoteDefRe.test(text.slice(starts[0], starts[0] + 200))) {
      let current: { label: string; start: number; bodyStart: number } | undefined;
      const close = (endOffset: number) => {
        if (current) footnoteDefinitions.push({ label: current.label, text: text.slice(current.bodyStart, endOffset).replace(/\s+/g, ' ').trim(), start: current.start, end: endOffset });
      };
      for (let k = 0; k < starts.length; k++) {
        const fm = footnoteDefRe.exec(text.slice(starts[k], index.lineEnd(startLine + k)));
        if (!fm) continue;
        close(index.lineEnd(startLine + k - 1));
        const labelStart = starts[k] + fm[0].indexOf('[');
        current = { label: fm[1], start: labelStart, bodyStart: starts[k] + fm[0].length };
        (labelEnds ??= new Map()).set(k, current.bodyStart);
      }
      close(end);
      isReference = true;
      kindOut = 'footnote-definition';
    }
    mask.blankTo(start);
    // Blank the container prefixes of continuation lines (and footnote labels), then the
    // inline non-prose, which is scanned with those prefixes already blanked.
    const prefixes: number[] = [];
    const firstLabelEnd = labelEnds?.get(0);
    if (firstLabelEnd !== undefined) prefixes.push(start, firstLabelEnd);
    for (let i = 1; i < starts.length; i++) {
      const lineStart = index.lineStarts[startLine + i];
      const contentStart = labelEnds?.get(i) ?? starts[i];
      if (contentStart > lineStart) prefixes.push(lineStart, contentStart);
    }
    const prose = prefixes.length ? masked(text, start, end, prefixes) : text.slice(start, end);
    const cuts = inlineCuts(prose, start, directives, urlCuts);
    mask.prose(start, end, deletedUntil > start ? unionOf(cuts, [start, deletedUntil]) : cuts, prefixes);
    deletedUntil = -1;
    const block: Mutable<Block> = { kind: kindOut, start, end, startLine, endLine, isReference: isReference || (section !== undefined && kind !== 'heading') };
    if (headingLevel) block.headingLevel = headingLevel;
    return pushBlock(block);
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // Blocks inside deleted text an HTML block left open (`<del>`, a blank line, paragraphs,
    // `</del>`) are no prose: their lines are covered, nothing of them is read. A paragraph that
    // closes it (`Old words.</del> New words.`) is read from the closing tag on.
    if (htmlElements.deleted !== undefined && (t.type === 'paragraph_open' || t.type === 'heading_open' || t.type === 'tr_open')) {
      const close = t.type === 'paragraph_open' && t.map ? deletionCloseIn(text, index.lineStarts[t.map[0]], index.lineEnd(t.map[1] - 1), htmlElements.deleted) : -1;
      if (close >= 0) {
        htmlElements.deleted = undefined;
        deletedUntil = close;
      } else {
        if (t.map) for (let l = t.map[0]; l < t.map[1]; l++) covered[l] = 1;
        if (t.type !== 'tr_open') i += 2;
        continue;
      }
    }
    switch (t.type) {
      case 'heading_open': {
        const inline = tokens[i + 1];
        const level = Number(t.tag.slice(1));
        // A part of a Table of Authorities ("## Cases" after "## Table of Authorities") goes on with it.
        if (section && level <= section.level && !(section.authorities && inline?.map && authoritiesPartHeading.test(headingName(inline.content)))) section = undefined;
        if (inline?.map) {
          const content = inline.content;
          const startLine = inline.map[0];
          let hs: number;
          let he: number;
          if (t.markup.startsWith('#')) {
            // markdown-it's content has U+FFFD for each NUL (same length): find it in the line read the same way.
            const raw = index.lineText(startLine);
            const line = raw.includes('\0') ? raw.replace(nulRe, '\uFFFD') : raw;
            const col = Math.max(0, line.lastIndexOf(content, line.length));
            hs = index.lineStarts[startLine] + col;
            he = hs + content.length;
            for (let l = t.map![0]; l < t.map![1]; l++) covered[l] = 1;
            mask.blankTo(hs);
            mask.prose(hs, he, inlineCuts(text.slice(hs, he), hs, directives, urlCuts));
            pushBlock({ kind: 'heading', start: hs, end: he, startLine, endLine: startLine + 1, isReference: false, headingLevel: level });
          } else {
            const span = addBlock('heading', startLine, t.map![1], content, level);
            hs = span?.start ?? index.lineStarts[startLine];
            he = span?.end ?? hs;
          }
          if (referenceHeading.test(headingName(content))) {
            const data: ReferenceSection = { heading: content.trim(), headingStart: hs, headingEnd: he, items: [] };
            referenceSections.push(data);
            section = { level, data };
          } else if (!section && authoritiesHeading.test(headingName(content))) {
            // Its entries are source entries, but it lists no numbered sources: kept out of referenceSections.
            section = { level, data: { heading: content.trim(), headingStart: hs, headingEnd: he, items: [] }, authorities: true };
          }
        }
        i += 2;
        break;
      }
      case 'blockquote_open': {
        // A `>` quote inside an HTML `<blockquote>` ends that one here (quotes do not nest).
        if (htmlQuote >= 0) finishHtmlQuote(t.map ? t.map[0] : index.lineCount);
        const head = calloutAt(i);
        if (head) calloutParagraph = tokens[i + 1];
        quoteCounts.push(!head || head.quoting);
        if (head && !head.quoting) break;
        if (quoteDepth++ === 0 && t.map) {
          currentQuote = blockQuotes.length;
          quoteFirstBlock = blocks.length;
          titleAttributes = head !== undefined;
          quoteTitle = undefined;
          // The paragraph just before introduces the quote; a block of an earlier quote (its
          // attribution line with its marker, inside it or after it) introduces nothing.
          const before = blocks[blocks.length - 1];
          const after = blockQuotes[blockQuotes.length - 1]?.attribution;
          const intro = before && before.endLine >= t.map[0] - 1 && before.blockQuote === undefined && after?.start !== before.start ? blocks.length - 1 : undefined;
          blockQuotes.push({ start: -1, end: -1, startLine: t.map[0], endLine: t.map[1], ...(intro !== undefined ? { introBlock: intro } : {}) });
        }
        break;
      }
      case 'blockquote_close':
        if (quoteCounts.pop() === false) break;
        if (--quoteDepth === 0) {
          finishBlockQuote(currentQuote, blocks.slice(quoteFirstBlock), attributionParagraphAfter(i, blockQuotes[currentQuote].endLine), quoteTitle);
          currentQuote = -1;
          titleAttributes = false;
        }
        break;
      case 'bullet_list_open':
      case 'ordered_list_open':
        if (listDepth === 0) listLeadIn = lastParagraph.close === i - 1 ? lastParagraph.block : -1;
        listDepth++;
        listStack.push({ ordered: t.type === 'ordered_list_open', explicit: t.type === 'ordered_list_open' && (distinct.get(t) ?? false) });
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        listDepth--;
        listStack.pop();
        break;
      case 'list_item_open': {
        const top = listStack[listStack.length - 1];
        pendingItemIsRef = section !== undefined && listDepth === 1;
        pendingItemNumber = top?.ordered && top.explicit ? Number(t.info) : undefined;
        itemBlocks.push(-1);
        break;
      }
      case 'list_item_close':
        // An item with no paragraph (only an HTML comment, a fence) is no reference, and the
        // paragraph after its list is not its text.
        pendingItemIsRef = false;
        pendingItemNumber = undefined;
        itemBlocks.pop();
        break;
      case 'paragraph_open': {
        const inline = tokens[i + 1];
        if (inline?.map && quoteCounts.length === 0 && listDepth === 0 && isEsmParagraph(inline.content)) {
          // MDX's `import …` / `export …` at the top level: code.
          for (let l = inline.map[0]; l < inline.map[1]; l++) covered[l] = 1;
        } else if (inline?.map) {
          const isItem = pendingItemIsRef;
          const explicit = pendingItemNumber;
          pendingItemIsRef = false;
          pendingItemNumber = undefined;
          let startLine = inline.map[0];
          let content = inline.content;
          if (t === calloutParagraph) {
            // The callout's head line: `[!TYPE]` is no prose, its title is a block of its own.
            calloutParagraph = undefined;
            const nl = content.indexOf('\n');
            const headLine = nl < 0 ? content : content.slice(0, nl);
            const title = headLine.slice(calloutHead(headLine)?.titleStart ?? 0).trim();
            const titleBlock = title ? addBlock('paragraph', startLine, startLine + 1, title) : undefined;
            if (titleAttributes && quoteDepth === 1) {
              quoteFirstBlock = blocks.length;
              if (titleBlock) quoteTitle = { start: titleBlock.start, end: titleBlock.end };
            }
            startLine++;
            content = nl < 0 ? '' : content.slice(nl + 1);
          }
          const span = content ? addBlock('paragraph', startLine, inline.map[1], content) : undefined;
          if (span) noteListItem(span as Mutable<Block>);
          lastParagraph = { close: i + 2, block: span && listDepth === 0 ? blocks.length - 1 : -1 };
          if (span && section) {
            if (isItem && notesHeading.test(sectionName(section.data))) (span as Mutable<Block>).endnote = true;
            if (isItem) addReferenceItem(section.data, span.start, span.end, explicit);
            else if (listDepth === 0) addParagraphReferences(section.data, startLine, content);
          }
        }
        i += 2;
        break;
      }
      case 'tr_open': {
        if (t.map) {
          const line = t.map[0];
          covered[line] = 1;
          addTableCells(line);
        }
        break;
      }
      case 'html_block':
        if (t.map) {
          for (let l = t.map[0]; l < t.map[1]; l++) covered[l] = 1;
          addHtmlBlock(t.map[0], t.content);
        }
        break;
      case 'code_block': {
        // An indented paragraph right after a footnote definition goes on with the note (GFM and
        // Pandoc footnotes): "[^a]: First.\n\n    Second, see [2]." cites [2] from the note.
        const note = lastParagraph.close === i - 1 && lastParagraph.block >= 0 ? blocks[lastParagraph.block] : undefined;
        // A note whose first paragraph is one word ("[^a]: First.") is a link reference definition
        // to markdown-it (label "^a"), which leaves no token: its indented paragraphs go on with it too.
        if (t.map && ((note?.kind === 'footnote-definition' && footnoteDefinitions.length) || takeOneLineNote(t.map[0]))) {
          let content = t.content;
          while (content.endsWith('\n')) content = content.slice(0, -1);
          const block = content ? (addBlock('paragraph', t.map[0], t.map[1], content) as Mutable<Block> | undefined) : undefined;
          if (block) {
            block.kind = 'footnote-definition';
            block.isReference = true;
            const def = footnoteDefinitions[footnoteDefinitions.length - 1];
            footnoteDefinitions[footnoteDefinitions.length - 1] = { ...def, text: `${def.text} ${content.replace(/\s+/g, ' ').trim()}`, end: block.end };
            lastParagraph = { close: i, block: blocks.length - 1 };
            break;
          }
        }
        if (t.map) for (let l = t.map[0]; l < t.map[1]; l++) covered[l] = 1;
        break;
      }
      case 'fence':
      case 'hr':
        if (t.map) for (let l = t.map[0]; l < t.map[1]; l++) covered[l] = 1;
        break;
      default:
        break;
    }
  }
  if (htmlQuote >= 0) finishHtmlQuote(index.lineCount);
  mask.blankTo(text.length);

  // Lines no block covers: link reference and footnote definitions live there.
  for (let line = front.lineCount; line < index.lineCount; line++) {
    if (covered[line]) continue;
    const raw = index.lineText(line);
    if (!raw.includes(']:')) continue;
    const start = index.lineStarts[line];
    const fm = footnoteDefRe.exec(raw);
    if (fm) {
      footnoteDefinitions.push({ label: fm[1], text: raw.slice(fm[0].length).trim(), start: start + raw.indexOf('['), end: start + raw.length });
      continue;
    }
    const lm = linkDefRe.exec(raw);
    if (lm) {
      const url = lm[2].replace(/^<|>$/g, '');
      const title = lm[3] ? lm[3].slice(1, -1) : undefined;
      linkDefinitions.push({ label: lm[1], url, ...(title !== undefined ? { title } : {}), start: start + raw.indexOf('['), end: start + raw.trimEnd().length });
    }
  }

  return {
    // Hyphens written as U+2010 or U+2011 read as "-" ("17\u2011year\u2011old"): same length, offsets stay.
    mask: plainHyphens(mask.toString()),
    blocks,
    blockQuotes,
    referenceSections,
    linkDefinitions,
    footnoteDefinitions,
    directives,
    bibliographyFiles: front.bibliography,
    urlCuts,
  };

  /**
   * The prose of an HTML block that starts at line `startLine` (markdown-it's `content`, container
   * markers aside): each piece of text between its tags a paragraph (see htmlBlockText).
   */
  function addHtmlBlock(startLine: number, content: string) {
    const starts = contentStarts(index, startLine, content);
    // Where each line of `content` starts in it.
    const lineOffsets = [0];
    for (let nl = content.indexOf('\n'); nl >= 0 && lineOffsets.length < starts.length; nl = content.indexOf('\n', nl + 1)) lineOffsets.push(nl + 1);
    /** The text offset of `at` in `content`. */
    const toText = (at: number): number => {
      let lo = 0;
      let hi = lineOffsets.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (lineOffsets[mid] <= at) lo = mid;
        else hi = mid - 1;
      }
      return Math.min(starts[lo] + at - lineOffsets[lo], index.lineEnd(startLine + lo));
    };
    // Suppression comments, placed where they stand in the text (on their own line in a block quote too).
    const own: Directive[] = [];
    collectDirectives(content, 0, own);
    for (const d of own) directives.push({ ...d, offset: toText(d.offset) });
    // Outside a `>` quote, the text of a `<blockquote>` element is a block quote too.
    const elements = quoteDepth === 0 ? htmlElements : new HtmlElements();
    const pieces = htmlBlockText(content, directives, toText, elements, urlCuts);
    let first = true;
    for (const piece of pieces) {
      if (elements === htmlElements && Boolean(piece.quoted) !== htmlQuote >= 0) {
        if (htmlQuote >= 0) finishHtmlQuote(index.lineOf(toText(piece[0])));
        else openHtmlQuote(startLine);
      }
      const runs: number[] = [];
      for (let k = 0; k < piece.length; k += 2) {
        const a = toText(piece[k]);
        const b = toText(piece[k + 1]);
        if (b > a && a >= (runs.length ? runs[runs.length - 1] : mask.cursor)) runs.push(a, b);
      }
      if (!runs.length) continue;
      const start = runs[0];
      const end = runs[runs.length - 1];
      const gaps: number[] = [];
      for (let k = 1; k + 1 < runs.length; k += 2) if (runs[k + 1] > runs[k]) gaps.push(runs[k], runs[k + 1]);
      mask.blankTo(start);
      const prose = gaps.length ? masked(text, start, end, gaps) : text.slice(start, end);
      mask.prose(start, end, inlineCuts(prose, start, directives, urlCuts), gaps);
      const block = pushBlock({
        kind: piece.cell ? 'table-cell' : 'paragraph',
        start,
        end,
        startLine: index.lineOf(start),
        endLine: index.lineOf(end - 1) + 1,
        isReference: section !== undefined,
        ...(piece.cell ? { htmlCell: piece.cell } : {}),
      });
      if (first) noteListItem(block as Mutable<Block>);
      first = false;
    }
    if (elements !== htmlElements) return;
    if (htmlQuote >= 0 && htmlElements.quoteDepth === 0) {
      const closed = htmlElements.closedAt === undefined ? startLine + starts.length : index.lineOf(toText(htmlElements.closedAt - 1)) + 1;
      finishHtmlQuote(closed);
    } else if (htmlQuote < 0 && htmlElements.quoteDepth > 0) {
      // `<blockquote>` alone, with Markdown paragraphs after a blank line: they are its text.
      openHtmlQuote(startLine);
    }
  }

  /**
   * An attribution line right after a `<blockquote>` element that closed before line `line`, or
   * after blank lines as a paragraph of one line (as after a `>` quote).
   */
  function attributionAfterHtmlQuote(line: number): { start: number; end: number } | undefined {
    let l = line;
    while (l < index.lineCount && index.lineText(l).trim() === '') l++;
    if (l >= index.lineCount) return undefined;
    if (l > line && l + 1 < index.lineCount && index.lineText(l + 1).trim() !== '') return undefined;
    return attributionOn(l);
  }

  /** Opens the block quote of a `<blockquote>` element in the HTML block at `startLine`. */
  function openHtmlQuote(startLine: number) {
    const before = blocks[blocks.length - 1];
    const intro = before && before.endLine >= startLine - 1 && before.blockQuote === undefined ? blocks.length - 1 : undefined;
    htmlQuote = currentQuote = blockQuotes.length;
    quoteFirstBlock = blocks.length;
    blockQuotes.push({ start: -1, end: -1, startLine, endLine: startLine + 1, ...(intro !== undefined ? { introBlock: intro } : {}) });
  }

  /**
   * Closes the block quote of a `<blockquote>` element whose closing tag ends before line
   * `endLine`. Its attribution is its last block when that is an attribution line (`<footer>—
   * Logan Graham, <cite>CNN</cite> [1]</footer>`), else the line right after the element.
   */
  function finishHtmlQuote(endLine: number) {
    const idx = htmlQuote;
    htmlQuote = currentQuote = -1;
    htmlElements.quoteDepth = 0;
    const inside = blocks.slice(quoteFirstBlock);
    if (!inside.length) return;
    const q = blockQuotes[idx];
    const last = inside[inside.length - 1];
    const lastIsAttribution = inside.length > 1 && attributionRe.test(text.slice(last.start, last.end));
    const after = lastIsAttribution ? undefined : attributionAfterHtmlQuote(endLine);
    const attribution = lastIsAttribution ? { start: last.start, end: last.end } : after;
    const end = lastIsAttribution ? inside[inside.length - 2].end : last.end;
    blockQuotes[idx] = { ...q, start: inside[0].start, end, endLine, ...(attribution ? { attribution } : {}) };
  }

  function addReferenceItem(data: ReferenceSection, start: number, end: number, explicit: number | undefined) {
    const raw = text.slice(start, end);
    const m = explicitItemNumber.exec(raw);
    const number = explicit ?? (m ? Number(m[1] ?? m[2]) : undefined);
    const body = m ? raw.slice(m[0].length) : raw;
    const itemText = body.replace(/\s+/g, ' ').trim();
    const authorYear = parseAuthorYearEntry(itemText);
    data.items.push({ ...(number !== undefined ? { explicitNumber: number } : {}), position: data.items.length + 1, start, end, text: itemText, ...(authorYear ? { authorYear } : {}) });
  }

  /**
   * Paragraph lines in a References section that start with `[3]` or `3.` are items too, and so
   * are lines that open with authors and a year ("Anthropic. 2026a. …"): an author-year entry
   * runs to the next entry or the paragraph's end, and has no position a numeric marker counts.
   */
  function addParagraphReferences(data: ReferenceSection, startLine: number, content: string) {
    const lines = content.split('\n');
    let open: { start: number; line: number; text: string[]; entry: AuthorYearEntry } | undefined;
    const lineStart = (line: number) => {
      const raw = index.lineText(line);
      return index.lineStarts[line] + (raw.length - raw.trimStart().length);
    };
    const lineEnd = (line: number) => index.lineStarts[line] + index.lineText(line).trimEnd().length;
    const close = () => {
      if (!open) return;
      const itemText = open.text.join(' ').replace(/\s+/g, ' ').trim();
      data.items.push({ position: data.items.length + 1, start: open.start, end: lineEnd(open.line), text: itemText, unnumbered: true, authorYear: open.entry });
      open = undefined;
    };
    let entry: AuthorYearEntry | undefined;
    for (let k = 0; k < lines.length; k++) {
      const trimmed = lines[k].trim();
      const line = startLine + k;
      const m = explicitItemNumber.exec(trimmed);
      if (m) {
        close();
        data.items.push({ explicitNumber: Number(m[1] ?? m[2]), position: data.items.length + 1, start: lineStart(line), end: lineEnd(line), text: trimmed.slice(m[0].length).trim() });
      } else if ((entry = parseAuthorYearEntry(trimmed))) {
        close();
        open = { start: lineStart(line), line, text: [trimmed], entry };
      } else if (open) {
        open.line = line;
        open.text.push(trimmed);
      }
    }
    close();
  }

  /** Whether the line is a table's delimiter row: only `|`, `:`, `-` and white space. */
  function isDelimiterRow(from: number, to: number): boolean {
    for (let k = from; k < to; k++) {
      const c = text.charCodeAt(k);
      if (c !== 124 /* | */ && c !== 58 /* : */ && c !== 45 /* - */ && !isWhiteSpace(c)) return false;
    }
    return true;
  }

  /** Each cell of a table row is a block: its text between `|`s (escaped ones aside), trimmed. */
  function addTableCells(line: number) {
    const lineStart = index.lineStarts[line];
    const lineEnd = index.lineEnd(line);
    if (isDelimiterRow(lineStart, lineEnd)) return;
    let cellStart = lineStart;
    for (let k = lineStart; k <= lineEnd; k++) {
      if (k < lineEnd && (text.charCodeAt(k) !== 124 /* | */ || (k > lineStart && text.charCodeAt(k - 1) === 92) /* \ */)) continue;
      let cs = cellStart;
      while (cs < k && isWhiteSpace(text.charCodeAt(cs))) cs++;
      const ce = trimmedEnd(text, cs, k);
      if (ce > cs) {
        mask.blankTo(cs);
        mask.prose(cs, ce, inlineCuts(text.slice(cs, ce), cs, directives, urlCuts));
        pushBlock({ kind: 'table-cell', start: cs, end: ce, startLine: line, endLine: line + 1, isReference: section !== undefined });
      }
      cellStart = k + 1;
    }
  }

  /**
   * The callout head of the block quote opened at token `open`, read on the first line of its
   * first paragraph (`> [!WARNING]`, `> [!quote]- Logan Graham, CNN`), if it has one.
   */
  function calloutAt(open: number): CalloutHead | undefined {
    if (tokens[open + 1]?.type !== 'paragraph_open') return undefined;
    const content = tokens[open + 2]?.content;
    if (!content || content.charCodeAt(0) !== 91 /* [ */) return undefined;
    const nl = content.indexOf('\n');
    return calloutHead(nl < 0 ? content : content.slice(0, nl));
  }

  /** The range of the attribution line `line` (`— Name, Outlet [3]`), container markers aside, if it is one. */
  function attributionOn(line: number): { start: number; end: number } | undefined {
    const raw = index.lineText(line);
    const trimmed = raw.replace(/^[ \t>]*/, '');
    if (!attributionRe.test(trimmed)) return undefined;
    return { start: index.lineStarts[line] + (raw.length - trimmed.length), end: index.lineStarts[line] + raw.trimEnd().length };
  }

  /**
   * The line of a one-line paragraph that follows the block quote closed at token `close` after
   * blank lines only: the one way to write an attribution line outside the quote, since a line
   * right after a `>` line is a lazy part of the quote. Whether it is an attribution line is
   * left to the caller. (`> Words.` / blank / `— Dario Amodei, CNN [3]` gives that last line.)
   */
  function attributionParagraphAfter(close: number, quoteEndLine: number): number | undefined {
    const next = tokens[close + 1];
    if (next?.type !== 'paragraph_open' || !next.map || next.map[1] - next.map[0] !== 1 || next.map[0] <= quoteEndLine) return undefined;
    for (let l = quoteEndLine; l < next.map[0]; l++) if (index.lineText(l).trim() !== '') return undefined;
    return next.map[0];
  }

  function finishBlockQuote(idx: number, inside: readonly Block[], separateLine: number | undefined, title: { start: number; end: number } | undefined) {
    const q = blockQuotes[idx];
    if (!inside.length) return;
    let end = inside[inside.length - 1].end;
    let attribution: { start: number; end: number } | undefined;
    // A lazy last line inside the quote that is an attribution line.
    const last = inside[inside.length - 1];
    if (last.endLine - last.startLine > 1 || inside.length > 1) {
      const lastLine = last.endLine - 1;
      attribution = attributionOn(lastLine);
      if (attribution) end = index.lineEnd(lastLine - 1);
    }
    // Directly after the quote (past a closing empty `>` line), or a paragraph of its own after blank lines.
    if (!attribution && q.endLine < index.lineCount) attribution = attributionOn(q.endLine);
    if (!attribution && separateLine !== undefined) attribution = attributionOn(separateLine);
    // A quote callout's title names whom it quotes.
    if (!attribution && title) attribution = title;
    blockQuotes[idx] = { ...q, start: inside[0].start, end: Math.max(inside[0].start, end), ...(attribution ? { attribution } : {}) };
  }
}
