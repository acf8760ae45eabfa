import type { ReferenceSection } from '../markdown/structure';
import type { LineIndex } from '../text/lineIndex';
import type { TextEdit } from '../types';

/**
 * An edit that adds `body` as a new entry after the last one of a reference list, written like
 * that entry: "4. " after "3. …" (the next number), "- " after a bullet, nothing before a
 * paragraph line, and a blank line first when the entries are paragraphs apart. `later` counts the
 * entries other fixes add to the list before this one: in an ordered list, this one takes the number after theirs.
 */
export function appendEntry(section: ReferenceSection, index: LineIndex, eol: string, body: string, later = 0): TextEdit {
  const last = section.items[section.items.length - 1];
  const lastLine = index.lineOf(last.end);
  const firstLine = index.lineOf(last.start);
  const lineText = index.lineText(firstLine);
  const ordered = /^(\s*)\d+([.)])\s/.exec(lineText);
  const next = Math.max(0, ...section.items.map((i) => i.explicitNumber ?? i.position)) + 1 + later;
  const prefix = ordered ? `${ordered[1]}${next}${ordered[2]} ` : (/^(\s*[-*+]\s+)/.exec(lineText)?.[1] ?? '');
  const apart = last.unnumbered === true && firstLine > 0 && index.lineText(firstLine - 1).trim() === '';
  const pos = { line: lastLine, character: index.lineEnd(lastLine) - index.lineStarts[lastLine] };
  return { range: { start: pos, end: pos }, newText: `${eol}${apart ? eol : ''}${prefix}${body}` };
}
