import type { DiagnosticCode, Finding, Fix, Position } from '../types';
import { readFrontMatter } from '../markdown/frontMatter';

/**
 * Suppression fixes for a finding: "for this line" and "for this file". Several codes in
 * one comment are separated by spaces.
 *
 * A comment on a line of its own is an HTML block, and an HTML block interrupts a
 * paragraph: put before a continuation line of a paragraph or list item, it would split
 * the block (and could part a quotation from its citation marker), and before a list item
 * it could end the list. So the line fix inserts `<!-- policy-lens-disable-next-line PLxxx -->`
 * before the finding's line only when that line starts a block at top level; anywhere
 * else it appends `<!-- policy-lens-disable-line PLxxx -->` to the finding's line.
 *
 * In MDX an HTML comment is a syntax error: there the comments are `{/* … *\/}` (see
 * `commentStyleFor`), which MDX drops and Policy Lens reads the same way.
 */

/** How a suppression comment is written: `<!-- … -->` (Markdown) or `{/* … *\/}` (MDX). */
export type CommentStyle = 'html' | 'mdx';

const wrap: Record<CommentStyle, (body: string) => string> = {
  html: (body) => `<!-- ${body} -->`,
  mdx: (body) => `{/* ${body} */}`,
};

/**
 * The comment style of a document: MDX for a `.mdx` file, and for a document that already
 * writes its suppression comments the MDX way (Docusaurus reads `.md` files as MDX too).
 */
export function commentStyleFor(fileName: string, text: string): CommentStyle {
  if (/\.mdx$/i.test(fileName)) return 'mdx';
  return /\{\/\*[ \t]*policy-lens-/.test(text) ? 'mdx' : 'html';
}

function positionAt(text: string, offset: number): Position {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: Math.min(offset, text.length) - lineStart };
}

function eolOf(text: string): string {
  const m = /\r\n|\n|\r/.exec(text);
  return m ? m[0] : '\n';
}

/** Offset of the start of the line holding `offset`. */
function lineStartBefore(text: string, offset: number): number {
  let i = Math.min(offset, text.length);
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}

function lineAt(text: string, start: number): string {
  const m = /[^\r\n]*/.exec(text.slice(start, start + 100_000));
  return m ? m[0] : '';
}

const nextLineComment = /^[ \t]*(?:>[ \t]?)*(?:<!--|\{\/\*)[ \t]*policy-lens-disable-next-line\b((?:[ \t]+PL\d{3})*)[ \t]*(?:-->|\*\/\})[ \t]*$/;
const lineComment = /(?:<!--|\{\/\*)[ \t]*policy-lens-disable-line\b((?:[ \t]+PL\d{3})*)[ \t]*(?:-->|\*\/\})$/;
/** Offset of a comment's closing `-->` or `*\/}` in a line that ends with it (spaces allowed after). */
function closeOf(line: string): number {
  const end = line.trimEnd();
  return end.length - 3;
}
/** A line that is (or may be) a list item, a block quote or a table row: never preceded by a comment line. */
const containerLine = /^(?:[-+*](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|>)|\|/;

/** Add `code` to the codes of a suppression comment ending at `close` (its `-->` or `*\/}`), unless it covers it already. */
function addCode(text: string, codes: string, close: number, code: DiagnosticCode, title: string): Fix {
  const list = codes.trim().split(/\s+/).filter(Boolean);
  if (list.length === 0 || list.includes(code)) return { title, edits: [] };
  const pos = positionAt(text, close);
  const before = text[close - 1] === ' ' || text[close - 1] === '\t' ? '' : ' ';
  return { title, edits: [{ range: { start: pos, end: pos }, newText: `${before}${code} ` }] };
}

/** The previous line, when the line starting at `start` has one. */
function previousLine(text: string, start: number): { start: number; text: string } | undefined {
  if (start === 0) return undefined;
  const prevEnd = start - (text.slice(start - 2, start) === '\r\n' ? 2 : 1);
  const prevStart = lineStartBefore(text, prevEnd);
  return { start: prevStart, text: lineAt(text, prevStart) };
}

/** Whether the line starting at `start` begins a block at top level (a comment line before it changes nothing else). */
function startsTopLevelBlock(text: string, start: number, line: string): boolean {
  const prev = previousLine(text, start);
  if (prev && prev.text.trim() !== '') return false;
  return /^\S/.test(line) && !containerLine.test(line);
}

/** Index where the run of spaces and tabs ending at `end` starts. */
function blanksBefore(line: string, end: number): number {
  let i = end;
  while (i > 0 && (line[i - 1] === ' ' || line[i - 1] === '\t')) i--;
  return i;
}

/**
 * Where on the line a `disable-line` comment goes: before a table row's closing pipe, and
 * before trailing spaces or a backslash that make a hard line break; else at the end.
 */
function lineCommentOffset(line: string): number {
  const end = blanksBefore(line, line.length);
  if (line.trimStart().startsWith('|') && line[end - 1] === '|' && line[end - 2] !== '\\') {
    const beforePipe = blanksBefore(line, end - 1);
    if (line.slice(0, beforePipe).trim() !== '|') return beforePipe;
  }
  if (line[end - 1] === '\\' && end === line.length) return blanksBefore(line, end - 1);
  return end;
}

export function disableLineFix(text: string, finding: Pick<Finding, 'code' | 'span'>, style: CommentStyle = 'html'): Fix {
  const code = finding.code;
  const title = `Disable ${code} for this line`;
  const start = lineStartBefore(text, finding.span.start);
  const line = lineAt(text, start);

  const prev = previousLine(text, start);
  const prevComment = prev && nextLineComment.exec(prev.text);
  if (prev && prevComment) return addCode(text, prevComment[1], prev.start + closeOf(prev.text), code, title);

  const at = lineCommentOffset(line);
  const existing = lineComment.exec(line.slice(0, at).trimEnd());
  if (existing) return addCode(text, existing[1], start + line.slice(0, at).trimEnd().length - 3, code, title);

  if (startsTopLevelBlock(text, start, line)) {
    const pos = positionAt(text, start);
    return { title, edits: [{ range: { start: pos, end: pos }, newText: `${wrap[style](`policy-lens-disable-next-line ${code}`)}${eolOf(text)}` }] };
  }
  const pos = positionAt(text, start + at);
  const space = at > 0 && !/[ \t]/.test(line[at - 1]) ? ' ' : '';
  return { title, edits: [{ range: { start: pos, end: pos }, newText: `${space}${wrap[style](`policy-lens-disable-line ${code}`)}` }] };
}

export function disableFileFix(text: string, code: DiagnosticCode, style: CommentStyle = 'html'): Fix {
  const title = `Disable ${code} for this file`;
  const frontMatter = readFrontMatter(text);
  const eol = eolOf(text);
  const offset = frontMatter.end;
  const pos = positionAt(text, offset);
  const atEndWithoutBreak = offset > 0 && offset === text.length && !/[\r\n]$/.test(text);
  // MDX reads an expression line followed by `import …` or text as one construct less surely than HTML: a blank line parts them.
  const after = style === 'mdx' && !/^(?:\r\n|\n|\r|$)/.test(text.slice(offset, offset + 2)) ? eol : '';
  const newText = `${atEndWithoutBreak ? eol : ''}${wrap[style](`policy-lens-disable ${code}`)}${eol}${after}`;
  return { title, edits: [{ range: { start: pos, end: pos }, newText }] };
}

/** Both suppression fixes for a finding (the line fix is omitted when a comment already covers it). */
export function suppressionFixes(text: string, finding: Pick<Finding, 'code' | 'span'>, style: CommentStyle = 'html'): Fix[] {
  const line = disableLineFix(text, finding, style);
  return [...(line.edits.length ? [line] : []), disableFileFix(text, finding.code, style)];
}
