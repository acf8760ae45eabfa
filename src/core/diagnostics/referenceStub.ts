import type { Citation, Fix, Position } from '../types';
import type { Scan } from '../pipeline';
import { sectionName } from '../markdown/structure';
import { appendEntry } from '../fixes/appendEntry';

function eolOf(text: string): string {
  const m = /\r\n|\n|\r/.exec(text);
  return m ? m[0] : '\n';
}

/**
 * Quick fixes for dangling markers: add a stub reference a marker resolves to, in the style
 * the document already uses (a References-list item, a `[n]: <> "…"` definition, a
 * footnote definition), or a new References section at the end. What every fix needs from
 * the document is looked up once; the returned function makes one fix per marker.
 */
export function referenceStubber(scan: Scan): (citation: Citation) => Fix | undefined {
  const { text, index, structure } = scan;
  const eol = eolOf(text);
  const end = index.position(text.length);
  const needsBreak = text.length > 0 && !(text.endsWith('\n') || text.endsWith('\r'));
  const atEnd = () => ({ range: { start: end, end }, prefix: needsBreak ? eol : '' });
  const section = [...structure.referenceSections].reverse().find((s) => s.items.length);
  const defs = structure.linkDefinitions.filter((d) => /^\d+$/.test(d.label.trim()));
  return (citation) => stubFix(scan, citation, eol, atEnd, section, defs);
}

function stubFix(
  scan: Scan,
  citation: Citation,
  eol: string,
  atEnd: () => { range: { start: Position; end: Position }; prefix: string },
  section: Scan['structure']['referenceSections'][number] | undefined,
  defs: Scan['structure']['linkDefinitions'],
): Fix | undefined {
  const { index } = scan;
  if (citation.kind === 'footnote') {
    const { range, prefix } = atEnd();
    return {
      title: `Add a footnote definition for [${citation.label}]`,
      edits: [{ range, newText: `${prefix}${eol}[${citation.label}]: TODO: source${eol}` }],
    };
  }
  if (citation.kind === 'author-year') {
    // A dangling author-year citation: an entry for it at the end of the bibliography.
    if (!section) return undefined;
    const cut = citation.label.lastIndexOf(' ');
    const body = `${citation.label.slice(0, cut)}. ${citation.label.slice(cut + 1)}. TODO: title.`;
    return { title: `Add ${citation.label} to the ${sectionName(section)} list`, edits: [appendEntry(section, index, eol, body)] };
  }
  if (citation.kind !== 'numeric') return undefined;
  const n = citation.label;
  if (section) {
    const last = section.items[section.items.length - 1];
    const lastLine = index.lineOf(last.end);
    const lineText = index.lineText(index.lineOf(last.start));
    const ordered = /^\s*\d+[.)]\s/.exec(lineText);
    const bullet = /^(\s*[-*+]\s+)/.exec(lineText);
    const indent = /^\s*/.exec(lineText)![0];
    const item = ordered ? `${indent}${n}${ordered[0].trim().slice(-1)} TODO: source for [${n}]` : `${bullet ? bullet[1] : indent}[${n}] TODO: source for [${n}]`;
    const pos = { line: lastLine, character: index.lineEnd(lastLine) - index.lineStarts[lastLine] };
    return { title: `Add reference ${n} to the ${sectionName(section)} list`, edits: [{ range: { start: pos, end: pos }, newText: `${eol}${item}` }] };
  }
  if (defs.length) {
    const lastLine = index.lineOf(defs[defs.length - 1].end);
    const pos = { line: lastLine, character: index.lineEnd(lastLine) - index.lineStarts[lastLine] };
    return { title: `Add a reference definition [${n}]`, edits: [{ range: { start: pos, end: pos }, newText: `${eol}[${n}]: <> "TODO: source for [${n}]"` }] };
  }
  const { range, prefix } = atEnd();
  return {
    title: `Add a References section with reference ${n}`,
    edits: [{ range, newText: `${prefix}${eol}## References${eol}${eol}${n}. TODO: source for [${n}]${eol}` }],
  };
}
