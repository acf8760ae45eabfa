import { parseBlocks, type Token } from './parser';
import { readFrontMatter } from './frontMatter';
import { collectDirectives, maskInline, type Directive } from './inlineMask';
import type { LineIndex } from '../text/lineIndex';

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
}

export interface ReferenceItem {
  /** The explicit number written at its start (`3.` in a consistently numbered list, `[3]`), if any. */
  readonly explicitNumber?: number;
  /** 1-based position among the items of its section. */
  readonly position: number;
  readonly start: number;
  readonly end: number;
  /** Its text without the number prefix. */
  readonly text: string;
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
  /** The attribution line (`— Name, Outlet [3]`), inside as a lazy line or directly after. */
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
}

const referenceHeading = /^(references|sources|notes|bibliography|citations|footnotes|works cited|endnotes|source notes)\s*:?$/i;
const footnoteDefRe = /^ {0,3}\[\^([^\]\s]+)\]:[ \t]*/;
const linkDefRe = /^ {0,3}\[((?:[^\]\\]|\\.){1,999})\]:[ \t]*(<[^>\r\n]*>|\S+)(?:[ \t]+("[^"]*"|'[^']*'|\([^)]*\)))?[ \t]*$/;
const explicitItemNumber = /^(?:\[(\d{1,4})\]|(\d{1,4})[.)])\s+/;
const attributionRe = /^(?:—|―|–|--)\s*\S/;

function blank(s: string): string {
  return s.replace(/[^\r\n]/g, ' ');
}

/** Where each line's content starts, for a block whose inline `content` markdown-it gives us. */
function contentStarts(index: LineIndex, startLine: number, content: string): number[] {
  const lines = content.split('\n');
  const starts: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = startLine + i;
    if (line >= index.lineCount) break;
    const lineStart = index.lineStarts[line];
    const raw = index.text.slice(lineStart, index.lineEnd(line));
    const want = lines[i].trimEnd();
    const have = raw.trimEnd();
    let col: number;
    if (want.length === 0) col = have.length;
    else if (have.endsWith(want)) col = have.length - want.length;
    else {
      // Tabs in indentation are expanded by the parser: fall back to skipping container markers.
      const m = /^(?:[ \t]*(?:>|[-*+]|\d{1,9}[.)])(?=[ \t]|$))*[ \t]*/.exec(raw);
      col = m ? m[0].length : 0;
    }
    starts.push(lineStart + col);
  }
  return starts;
}

interface Builder {
  pieces: string[];
  cursor: number;
}

function emitBlank(b: Builder, text: string, upTo: number): void {
  if (upTo > b.cursor) {
    b.pieces.push(blank(text.slice(b.cursor, upTo)));
    b.cursor = upTo;
  }
}

export function buildStructure(text: string, index: LineIndex): Structure {
  const front = readFrontMatter(text);
  // markdown-it must not see front matter (a `---` line would become a rule or a setext heading).
  const parsedText = front.lineCount ? blank(text.slice(0, front.end)) + text.slice(front.end) : text;
  const tokens = parseBlocks(parsedText);

  const builder: Builder = { pieces: [], cursor: 0 };
  const blocks: Block[] = [];
  const blockQuotes: BlockQuote[] = [];
  const referenceSections: ReferenceSection[] = [];
  const linkDefinitions: LinkDefinition[] = [];
  const footnoteDefinitions: FootnoteDefinition[] = [];
  const directives: Directive[] = [];
  const covered = new Uint8Array(index.lineCount);

  let section: { level: number; data: ReferenceSection } | undefined;
  let quoteDepth = 0;
  let currentQuote = -1;
  let quoteFirstBlock = 0;
  let listDepth = 0;
  // Ordered-list numbering of the current top-level reference list.
  // Open lists; an ordered list's numbers are explicit only when they strictly increase.
  const listStack: { ordered: boolean; explicit: boolean }[] = [];
  let pendingItemNumber: number | undefined;
  let pendingItemIsRef = false;

  // First pass over ordered lists: numbers are explicit only when they strictly increase.
  const increasing = new Map<Token, boolean>();
  {
    const open: { token: Token; last: number; ok: boolean }[] = [];
    for (const t of tokens) {
      if (t.type === 'ordered_list_open') open.push({ token: t, last: -Infinity, ok: true });
      else if (t.type === 'ordered_list_close') {
        const o = open.pop();
        if (o) increasing.set(o.token, o.ok);
      } else if (t.type === 'list_item_open' && t.markup !== '-' && t.markup !== '*' && t.markup !== '+' && open.length) {
        const o = open[open.length - 1];
        const n = Number(t.info);
        if (!(n > o.last)) o.ok = false;
        o.last = n;
      }
    }
  }

  const addBlock = (kind: BlockKind, startLine: number, endLine: number, content: string, extra: Partial<Block> = {}) => {
    const starts = contentStarts(index, startLine, content);
    if (!starts.length) return;
    const start = starts[0];
    const lastLine = startLine + starts.length - 1;
    const end = Math.max(start, index.lineEnd(lastLine));
    for (let l = startLine; l < endLine; l++) covered[l] = 1;
    let isReference = extra.isReference ?? false;
    let kindOut = kind;
    // Footnote definitions that markdown-it took for a paragraph: each line that starts
    // with `[^label]:` begins one; its label is not prose.
    const labelEnds = new Map<number, number>();
    if (kind === 'paragraph' && footnoteDefRe.test(text.slice(starts[0], starts[0] + 200))) {
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
        labelEnds.set(k, current.bodyStart);
      }
      close(end);
      isReference = true;
      kindOut = 'footnote-definition';
    }
    emitBlank(builder, text, start);
    // Blank the container prefixes of continuation lines, then the inline non-prose.
    let slice = '';
    let pos = start;
    const firstLabelEnd = labelEnds.get(0);
    if (firstLabelEnd !== undefined) {
      slice = blank(text.slice(start, firstLabelEnd));
      pos = firstLabelEnd;
    }
    for (let i = 1; i < starts.length; i++) {
      const lineStart = index.lineStarts[startLine + i];
      const contentStart = labelEnds.get(i) ?? starts[i];
      slice += text.slice(pos, lineStart) + blank(text.slice(lineStart, contentStart));
      pos = contentStart;
    }
    slice += text.slice(pos, end);
    const masked = maskInline(slice, start, directives);
    builder.pieces.push(masked);
    builder.cursor = end;
    blocks.push({
      kind: kindOut,
      start,
      end,
      startLine,
      endLine,
      isReference: isReference || (section !== undefined && kind !== 'heading'),
      ...(currentQuote >= 0 ? { blockQuote: currentQuote } : {}),
      ...(extra.headingLevel ? { headingLevel: extra.headingLevel } : {}),
    });
    return { start, end };
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    switch (t.type) {
      case 'heading_open': {
        const inline = tokens[i + 1];
        const level = Number(t.tag.slice(1));
        if (section && level <= section.level) section = undefined;
        if (inline?.map) {
          const content = inline.content;
          const startLine = inline.map[0];
          let hs: number;
          let he: number;
          if (t.markup.startsWith('#')) {
            const line = index.lineText(startLine);
            const col = Math.max(0, line.lastIndexOf(content, line.length));
            hs = index.lineStarts[startLine] + col;
            he = hs + content.length;
            for (let l = t.map![0]; l < t.map![1]; l++) covered[l] = 1;
            emitBlank(builder, text, hs);
            builder.pieces.push(maskInline(text.slice(hs, he), hs, directives));
            builder.cursor = he;
            blocks.push({ kind: 'heading', start: hs, end: he, startLine, endLine: startLine + 1, isReference: false, headingLevel: level, ...(currentQuote >= 0 ? { blockQuote: currentQuote } : {}) });
          } else {
            const span = addBlock('heading', startLine, t.map![1], content, { headingLevel: level, isReference: false });
            hs = span?.start ?? index.lineStarts[startLine];
            he = span?.end ?? hs;
          }
          if (referenceHeading.test(content.replace(/[*_`#]/g, '').trim())) {
            const data: ReferenceSection = { heading: content.trim(), headingStart: hs, headingEnd: he, items: [] };
            referenceSections.push(data);
            section = { level, data };
          }
        }
        i += 2;
        break;
      }
      case 'blockquote_open':
        if (quoteDepth++ === 0 && t.map) {
          currentQuote = blockQuotes.length;
          quoteFirstBlock = blocks.length;
          const intro = blocks.length && blocks[blocks.length - 1].endLine >= t.map[0] - 1 ? blocks.length - 1 : undefined;
          blockQuotes.push({ start: -1, end: -1, startLine: t.map[0], endLine: t.map[1], ...(intro !== undefined ? { introBlock: intro } : {}) });
        }
        break;
      case 'blockquote_close':
        if (--quoteDepth === 0) {
          finishBlockQuote(currentQuote, blocks.slice(quoteFirstBlock));
          currentQuote = -1;
        }
        break;
      case 'bullet_list_open':
      case 'ordered_list_open':
        listDepth++;
        listStack.push({ ordered: t.type === 'ordered_list_open', explicit: t.type === 'ordered_list_open' && (increasing.get(t) ?? false) });
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
        break;
      }
      case 'paragraph_open': {
        const inline = tokens[i + 1];
        if (inline?.map) {
          const isItem = pendingItemIsRef;
          const explicit = pendingItemNumber;
          pendingItemIsRef = false;
          pendingItemNumber = undefined;
          const span = addBlock('paragraph', inline.map[0], inline.map[1], inline.content);
          if (span && section) {
            if (isItem) addReferenceItem(section.data, span.start, span.end, explicit);
            else if (listDepth === 0) addParagraphReferences(section.data, inline.map[0], inline.content);
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
          collectDirectives(t.content, index.lineStarts[t.map[0]], directives);
        }
        break;
      case 'fence':
      case 'code_block':
      case 'hr':
        if (t.map) for (let l = t.map[0]; l < t.map[1]; l++) covered[l] = 1;
        break;
      default:
        break;
    }
  }
  emitBlank(builder, text, text.length);

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
    mask: builder.pieces.join(''),
    blocks,
    blockQuotes,
    referenceSections,
    linkDefinitions,
    footnoteDefinitions,
    directives,
    bibliographyFiles: front.bibliography,
  };

  function addReferenceItem(data: ReferenceSection, start: number, end: number, explicit: number | undefined) {
    const raw = text.slice(start, end);
    const m = explicitItemNumber.exec(raw);
    const number = explicit ?? (m ? Number(m[1] ?? m[2]) : undefined);
    const body = m ? raw.slice(m[0].length) : raw;
    data.items.push({ ...(number !== undefined ? { explicitNumber: number } : {}), position: data.items.length + 1, start, end, text: body.replace(/\s+/g, ' ').trim() });
  }

  /** Paragraph lines in a References section that start with `[3]` or `3.` are items too. */
  function addParagraphReferences(data: ReferenceSection, startLine: number, content: string) {
    const lines = content.split('\n');
    for (let k = 0; k < lines.length; k++) {
      const m = explicitItemNumber.exec(lines[k].trim());
      if (!m) continue;
      const line = startLine + k;
      const raw = index.lineText(line);
      const ls = index.lineStarts[line] + (raw.length - raw.trimStart().length);
      data.items.push({ explicitNumber: Number(m[1] ?? m[2]), position: data.items.length + 1, start: ls, end: index.lineStarts[line] + raw.trimEnd().length, text: lines[k].trim().slice(m[0].length).trim() });
    }
  }

  function addTableCells(line: number) {
    const raw = index.lineText(line);
    const lineStart = index.lineStarts[line];
    if (/^[\s|:-]*$/.test(raw)) return; // the delimiter row
    let cellStart = 0;
    for (let k = 0; k <= raw.length; k++) {
      const c = raw.charCodeAt(k);
      if (k < raw.length && (c !== 124 /* | */ || raw.charCodeAt(k - 1) === 92 /* \ */)) continue;
      const cell = raw.slice(cellStart, k);
      const content = cell.trim();
      if (content) {
        const cs = lineStart + cellStart + (cell.length - cell.trimStart().length);
        const ce = cs + content.length;
        emitBlank(builder, text, cs);
        builder.pieces.push(maskInline(text.slice(cs, ce), cs, directives));
        builder.cursor = ce;
        blocks.push({ kind: 'table-cell', start: cs, end: ce, startLine: line, endLine: line + 1, isReference: section !== undefined, ...(currentQuote >= 0 ? { blockQuote: currentQuote } : {}) });
      }
      cellStart = k + 1;
    }
  }

  function finishBlockQuote(idx: number, inside: readonly Block[]) {
    const q = blockQuotes[idx];
    if (!inside.length) return;
    let end = inside[inside.length - 1].end;
    let attribution: { start: number; end: number } | undefined;
    // A lazy last line inside the quote that is an attribution line.
    const last = inside[inside.length - 1];
    if (last.endLine - last.startLine > 1 || inside.length > 1) {
      const lastLine = last.endLine - 1;
      const raw = index.lineText(lastLine);
      const trimmed = raw.replace(/^[ \t>]*/, '');
      if (attributionRe.test(trimmed)) {
        const ls = index.lineStarts[lastLine] + (raw.length - trimmed.length);
        attribution = { start: ls, end: index.lineStarts[lastLine] + raw.trimEnd().length };
        end = index.lineEnd(lastLine - 1);
      }
    }
    if (!attribution && q.endLine < index.lineCount) {
      const raw = index.lineText(q.endLine);
      const trimmed = raw.trimStart();
      if (attributionRe.test(trimmed)) {
        const ls = index.lineStarts[q.endLine] + (raw.length - trimmed.length);
        attribution = { start: ls, end: index.lineStarts[q.endLine] + raw.trimEnd().length };
      }
    }
    blockQuotes[idx] = { ...q, start: inside[0].start, end: Math.max(inside[0].start, end), ...(attribution ? { attribution } : {}) };
  }
}
