import type { Citation, Fix, ReferenceInfo } from '../types';
import type { Scan } from '../pipeline';
import { listName } from '../markdown/structure';
import { appendEntry } from '../fixes/appendEntry';
import { referenceWriter, type PlannedEntry, type ReferenceWriter } from '../fixes/referenceWriter';

/**
 * Quick fixes for dangling markers: add a stub reference a marker resolves to, in the style
 * the document already uses (a References-list item, a `[n]: <> "…"` definition, a
 * footnote definition after the other notes), or a new References section at the end, one edit
 * shared with every other fix that adds to it (`planned`: the entries the citation fixes add). What
 * every fix needs from the document is looked up once; `citedByFixes`: the references the
 * citation fixes cite, which choose the list as they do for those fixes (see entryList); the returned function makes one fix per marker.
 */
export function referenceStubber(
  scan: Scan,
  citations: readonly Citation[],
  references: readonly { readonly info: ReferenceInfo }[],
  planned: readonly PlannedEntry[],
  citedByFixes: readonly ReferenceInfo[] = [],
): (citation: Citation) => Fix | undefined {
  let writer: ReferenceWriter | undefined;
  // Looked up once: a search per marker would read a long first line again for each.
  let eol: string | undefined;
  const eolOf = () => (eol ??= /\r\n|\n|\r/.exec(scan.text)?.[0] ?? '\n');
  return (citation) => stubFix(scan, citation, () => (writer ??= referenceWriter(scan.text, scan.index, scan.structure, citations, references.map((r) => r.info), citedByFixes)), eolOf, planned);
}

function stubFix(scan: Scan, citation: Citation, writerOf: () => ReferenceWriter, eolOf: () => string, planned: readonly PlannedEntry[]): Fix | undefined {
  const { index, structure } = scan;
  if (citation.kind === 'footnote') {
    return { title: `Add a footnote definition for [${citation.label}]`, edits: writerOf().add({ label: citation.label }, []) };
  }
  const section = writerOf().list;
  if (citation.kind === 'author-year') {
    // A dangling author-year citation: an entry for it at the end of the bibliography.
    if (!section) return undefined;
    const eol = eolOf();
    const cut = citation.label.lastIndexOf(' ');
    const names = citation.label.slice(0, cut);
    const body = `${writerOf().authorYear.head(names, citation.label.slice(cut + 1))} TODO: title.`;
    return { title: `Add ${citation.label} to the ${listName(section)}`, edits: [appendEntry(section, index, eol, body, 0, names)] };
  }
  if (citation.kind !== 'numeric') return undefined;
  const n = citation.label;
  const edits = writerOf().add({ label: n }, planned);
  if (section) return { title: `Add reference ${n} to the ${listName(section)}`, edits };
  if (structure.linkDefinitions.some((d) => /^\d+$/.test(d.label.trim()))) return { title: `Add a reference definition [${n}]`, edits };
  // The new section is shared by every fix that adds to it: its title says what else it lists.
  if (!edits.length) return undefined;
  return { title: `Add a References section with reference ${n}${writerOf().alsoInNewSection(n, planned)}`, edits };
}
