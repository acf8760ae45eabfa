import * as nodePath from 'node:path';
import { pathToFileURL } from 'node:url';
import { diagnosticCodes, type Fix, type Range, type Severity } from '../../core';
import type { CheckRun } from '../check';
import type { Notice } from '../notice';
import { displayPath } from '../io';
import { reportedFixes } from './fixes';
import { oneLineMessage, sortedFindings } from './order';
import { newlineSequences, sarifRegions, type SarifRegion } from './sarifRegion';

export type { SarifRegion } from './sarifRegion';

/**
 * `--format sarif`: a SARIF 2.1.0 log with one run, the diagnostic code table as the
 * driver's rules, one result per finding, and a notification per file that could not
 * be checked. Regions are 1-based, columns in UTF-16 code units, end column exclusive; the
 * run declares the line breaks counted ("\r\n", "\n" and a lone "\r", as the editor counts).
 * A result's quick fixes are its `fixes`. Only the properties written here are typed; see the
 * OASIS SARIF 2.1.0 standard.
 */

export const sarifSchemaUri = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

export type SarifLevel = 'error' | 'warning' | 'note' | 'none';

export interface SarifArtifactLocation {
  uri: string;
  uriBaseId?: string;
}

export interface SarifLocation {
  id?: number;
  message?: { text: string };
  physicalLocation: { artifactLocation: SarifArtifactLocation; region?: SarifRegion };
}

export interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string };
  defaultConfiguration: { level: SarifLevel };
  properties?: Record<string, unknown>;
}

/** A quick fix: the replacements in the result's own file, each region in the unedited text. */
export interface SarifFix {
  description: { text: string };
  artifactChanges: {
    artifactLocation: SarifArtifactLocation;
    replacements: { deletedRegion: SarifRegion; insertedContent?: { text: string } }[];
  }[];
  properties?: { isPreferred: true };
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: { text: string };
  locations: SarifLocation[];
  relatedLocations?: SarifLocation[];
  fixes?: SarifFix[];
  properties?: Record<string, unknown>;
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: {
    tool: { driver: { name: string; version: string; semanticVersion: string; rules: SarifRule[] } };
    originalUriBaseIds: Record<string, { uri: string }>;
    columnKind: 'utf16CodeUnits';
    newlineSequences: string[];
    invocations: {
      executionSuccessful: boolean;
      toolExecutionNotifications: { level: SarifLevel; message: { text: string }; locations?: SarifLocation[] }[];
    }[];
    results: SarifResult[];
  }[];
}

export function sarifLevel(severity: Severity): SarifLevel {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

/** "quotation without a source" → "QuotationWithoutASource". */
function ruleName(title: string): string {
  return title
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
}

const baseId = '%SRCROOT%';

/** Paths under cwd are relative to SRCROOT; anything else gets an absolute file URI. */
function artifactLocation(path: string, cwd: string): SarifArtifactLocation {
  const absolute = nodePath.resolve(cwd, path);
  const relative = displayPath(absolute, cwd);
  if (relative.startsWith('../') || relative === '..' || nodePath.isAbsolute(relative)) return { uri: pathToFileURL(absolute).href };
  return { uri: relative.split('/').map(encodeURIComponent).join('/'), uriBaseId: baseId };
}

/** A fix as SARIF writes it: one artifact change (the file checked), a replacement per edit, in the edits' order. */
function sarifFix(fix: Fix, artifact: SarifArtifactLocation, region: (r: Range) => SarifRegion): SarifFix {
  return {
    description: { text: fix.title },
    artifactChanges: [
      {
        artifactLocation: artifact,
        replacements: fix.edits.map((e) => ({ deletedRegion: region(e.range), ...(e.newText ? { insertedContent: { text: e.newText } } : {}) })),
      },
    ],
    ...(fix.isPreferred ? { properties: { isPreferred: true as const } } : {}),
  };
}

function notification(n: Notice, cwd: string) {
  const region: SarifRegion | undefined = n.position ? { startLine: n.position.line, startColumn: n.position.column } : undefined;
  return {
    level: 'error' as const,
    message: { text: n.message },
    locations: [{ physicalLocation: { artifactLocation: artifactLocation(n.path, cwd), ...(region ? { region } : {}) } }],
  };
}

export function sarifLog(run: CheckRun, cwd: string, toolVersion: string): SarifLog {
  const rules: SarifRule[] = diagnosticCodes.map((c) => ({
    id: c.code,
    name: ruleName(c.title),
    shortDescription: { text: c.title },
    fullDescription: { text: c.summary },
    help: { text: `${c.summary} Documentation: ${c.docs}` },
    defaultConfiguration: { level: sarifLevel(c.defaultSeverity) },
    ...(c.retired ? { properties: { retired: true } } : {}),
  }));
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));

  const results: SarifResult[] = [];
  for (const file of run.files) {
    const artifact = artifactLocation(file.absolutePath, cwd);
    const region = sarifRegions(file.text);
    for (const d of sortedFindings(file.analysis.findings)) {
      const result: SarifResult = {
        ruleId: d.code,
        ruleIndex: ruleIndex.get(d.code) ?? -1,
        level: sarifLevel(d.severity),
        message: { text: oneLineMessage(d.message) },
        locations: [{ physicalLocation: { artifactLocation: artifact, region: region(d.range) } }],
      };
      if (d.severity === 'information' || d.severity === 'hint') result.properties = { severity: d.severity };
      if (d.related.length) {
        result.relatedLocations = d.related.map((r, i) => ({
          id: i,
          message: { text: oneLineMessage(r.message) },
          physicalLocation: { artifactLocation: artifact, region: region(r.range) },
        }));
      }
      const fixes = reportedFixes(d);
      if (fixes.length) result.fixes = fixes.map((f) => sarifFix(f, artifact, region));
      results.push(result);
    }
  }

  return {
    $schema: sarifSchemaUri,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'policy-lens', version: toolVersion, semanticVersion: toolVersion, rules } },
        originalUriBaseIds: { [baseId]: { uri: pathToFileURL(cwd.endsWith(nodePath.sep) ? cwd : cwd + nodePath.sep).href } },
        columnKind: 'utf16CodeUnits',
        newlineSequences: [...newlineSequences],
        invocations: [
          {
            executionSuccessful: run.notices.length === 0,
            toolExecutionNotifications: run.notices.map((n) => notification(n, cwd)),
          },
        ],
        results,
      },
    ],
  };
}

export function formatSarif(run: CheckRun, cwd: string, toolVersion: string): string {
  return JSON.stringify(sarifLog(run, cwd, toolVersion), null, 2) + '\n';
}
