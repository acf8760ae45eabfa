import type { Analysis, Fix, Range } from '../../core';
import type { CheckRun } from '../check';
import { reportedFixes } from './fixes';
import { sortedFindings } from './order';

/** The `--format json` document: the shape in PRODUCT.md, "The command-line checker", and each diagnostic's quick fixes. */
export interface JsonReport {
  readonly version: 1;
  readonly files: readonly JsonFile[];
}

export interface JsonFile {
  readonly path: string;
  readonly entities: readonly { id: string; kind: string; text: string; range: Range }[];
  readonly citations: readonly {
    label: string;
    kind: string;
    range: Range;
    resolved: boolean;
    reference: { title: string; url: string | null } | null;
  }[];
  /** `links`: with `--citation-links`, the web addresses of the links that source a quotation no marker sources. */
  readonly quotes: readonly { text: string; range: Range; sourced: boolean; citations: readonly string[]; links?: readonly string[]; onRecord: string | null }[];
  readonly claims: readonly { text: string; range: Range; kinds: readonly string[]; status: string; facts: readonly string[]; links?: readonly string[] }[];
  readonly diagnostics: readonly {
    code: string;
    severity: string;
    message: string;
    range: Range;
    related?: readonly { message: string; range: Range }[];
    fixes?: readonly JsonFix[];
  }[];
}

/**
 * A quick fix as the editor offers it: edits in the coordinates of the file as it was checked,
 * non-overlapping, every range relative to the unedited text (apply them last to first).
 */
export interface JsonFix {
  readonly title: string;
  readonly edits: readonly { range: Range; newText: string }[];
  /** Present (true) on the fix the editor marks as preferred. */
  readonly isPreferred?: true;
}

/** Copy a range so no extra properties of the core's objects leak into the output. */
function range(r: Range): Range {
  return { start: { line: r.start.line, character: r.start.character }, end: { line: r.end.line, character: r.end.character } };
}

function jsonFix(f: Fix): JsonFix {
  return {
    title: f.title,
    edits: f.edits.map((e) => ({ range: range(e.range), newText: e.newText })),
    ...(f.isPreferred ? { isPreferred: true as const } : {}),
  };
}

export function jsonFile(path: string, a: Analysis): JsonFile {
  return {
    path,
    entities: a.entities.map((e) => ({ id: e.id, kind: e.kind, text: e.text, range: range(e.range) })),
    citations: a.citations.map((c) => {
      const ref = c.resolved && c.referenceIndex !== undefined ? a.references[c.referenceIndex] : undefined;
      return {
        label: c.label,
        kind: c.kind,
        range: range(c.range),
        resolved: c.resolved,
        reference: ref ? { title: ref.title, url: ref.url ?? null } : null,
      };
    }),
    quotes: a.quotes.map((q) => ({ text: q.text, range: range(q.range), sourced: q.sourced, citations: [...q.citations], ...(q.links?.length ? { links: [...q.links] } : {}), onRecord: q.onRecord })),
    claims: a.claims.map((c) => ({ text: c.text, range: range(c.range), kinds: [...c.kinds], status: c.status, facts: [...c.facts], ...(c.links?.length ? { links: [...c.links] } : {}) })),
    diagnostics: sortedFindings(a.findings).map((d) => {
      const fixes = reportedFixes(d);
      return {
        code: d.code,
        severity: d.severity,
        message: d.message,
        range: range(d.range),
        ...(d.related.length ? { related: d.related.map((r) => ({ message: r.message, range: range(r.range) })) } : {}),
        ...(fixes.length ? { fixes: fixes.map(jsonFix) } : {}),
      };
    }),
  };
}

export function jsonReport(run: CheckRun): JsonReport {
  return { version: 1, files: run.files.map((f) => jsonFile(f.path, f.analysis)) };
}

export function formatJson(run: CheckRun): string {
  return JSON.stringify(jsonReport(run), null, 2) + '\n';
}
