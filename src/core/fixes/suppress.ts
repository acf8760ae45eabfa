import type { DiagnosticCode, Finding, Fix, Position } from '../types';
import { readFrontMatter } from '../markdown/frontMatter';

/**
 * Suppression fixes for a finding: a `<!-- policy-lens-disable-next-line PLxxx -->`
 * comment on the line before it, or a `<!-- policy-lens-disable PLxxx -->` comment at the
 * top of the file (after front matter). Several codes in one comment are separated by spaces.
 */

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

/** Offsets of the start of the line holding `offset` and of the line before it. */
function lineStartBefore(text: string, offset: number): number {
  let i = Math.min(offset, text.length);
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}

function lineAt(text: string, start: number): string {
  const m = /[^\r\n]*/.exec(text.slice(start, start + 100_000));
  return m ? m[0] : '';
}

const nextLineComment = /^([ \t]*(?:>[ \t]?)*)<!--[ \t]*policy-lens-disable-next-line\b((?:[ \t]+PL\d{3})*)[ \t]*-->[ \t]*$/;

export function disableNextLineFix(text: string, finding: Pick<Finding, 'code' | 'span'>): Fix {
  const code = finding.code;
  const start = lineStartBefore(text, finding.span.start);
  const line = lineAt(text, start);
  // Keep the line's indentation and block-quote markers, so the comment stays in the same block.
  const prefix = /^[ \t]*(?:>[ \t]?)*/.exec(line)?.[0] ?? '';
  const title = `Disable ${code} for this line`;

  if (start > 0) {
    const prevEnd = start - (text.slice(start - 2, start) === '\r\n' ? 2 : 1);
    const prevStart = lineStartBefore(text, prevEnd);
    const prev = lineAt(text, prevStart);
    const m = nextLineComment.exec(prev);
    if (m) {
      const codes = m[2].trim().split(/\s+/).filter(Boolean);
      if (codes.length === 0 || codes.includes(code)) return { title, edits: [] };
      const at = prevStart + prev.lastIndexOf('-->');
      const pos = positionAt(text, at);
      const before = text[at - 1] === ' ' ? '' : ' ';
      return { title, edits: [{ range: { start: pos, end: pos }, newText: `${before}${code} ` }] };
    }
  }
  const pos = positionAt(text, start);
  return {
    title,
    edits: [{ range: { start: pos, end: pos }, newText: `${prefix}<!-- policy-lens-disable-next-line ${code} -->${eolOf(text)}` }],
  };
}

export function disableFileFix(text: string, code: DiagnosticCode): Fix {
  const title = `Disable ${code} for this file`;
  const frontMatter = readFrontMatter(text);
  const eol = eolOf(text);
  const offset = frontMatter.end;
  const pos = positionAt(text, offset);
  const atEndWithoutBreak = offset > 0 && offset === text.length && !/[\r\n]$/.test(text);
  const newText = `${atEndWithoutBreak ? eol : ''}<!-- policy-lens-disable ${code} -->${eol}`;
  return { title, edits: [{ range: { start: pos, end: pos }, newText }] };
}

/** Both suppression fixes for a finding (the line fix is omitted when a comment already covers it). */
export function suppressionFixes(text: string, finding: Pick<Finding, 'code' | 'span'>): Fix[] {
  const line = disableNextLineFix(text, finding);
  return [...(line.edits.length ? [line] : []), disableFileFix(text, finding.code)];
}
