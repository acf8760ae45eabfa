import type { DiagnosticCode, Severity } from '../types';

/**
 * The one table of diagnostic codes. Codes are never reused: a retired code stays here
 * with `retired: true`. Each code has a page in docs/diagnostics/<code>.md and at least
 * one fixture in test/fixtures that expects it (a test checks both).
 */
export interface DiagnosticCodeInfo {
  readonly code: DiagnosticCode;
  readonly title: string;
  readonly defaultSeverity: Severity;
  /** One-paragraph explanation, shown in the README table and the docs page. */
  readonly summary: string;
  /** Path of the documentation page, relative to the repository root. */
  readonly docs: string;
  readonly retired?: boolean;
}

const docs = (code: DiagnosticCode) => `docs/diagnostics/${code}.md`;

export const diagnosticCodes: readonly DiagnosticCodeInfo[] = [
  {
    code: 'PL001',
    title: 'quotation without a source',
    defaultSeverity: 'warning',
    summary:
      'A quotation of at least `policyLens.quotes.minWords` words has no resolving citation marker in its sentence (or, for a block quote, inside it, on its attribution line, or at the end of the sentence that introduces it).',
    docs: docs('PL001'),
  },
  {
    code: 'PL002',
    title: 'citation marker that resolves to no reference',
    defaultSeverity: 'warning',
    summary:
      'A numeric, footnote or Pandoc marker points at no reference definition, footnote definition, References-style list item or bibliography entry, or at one that is still a placeholder ("TODO: source").',
    docs: docs('PL002'),
  },
  {
    code: 'PL003',
    title: 'reference that no marker cites',
    defaultSeverity: 'information',
    summary: 'A reference definition, footnote or References-list item is never cited in the text.',
    docs: docs('PL003'),
  },
  {
    code: 'PL004',
    title: 'misquotation',
    defaultSeverity: 'warning',
    summary: 'A quotation nearly matches a quotation on record but differs in wording.',
    docs: docs('PL004'),
  },
  {
    code: 'PL005',
    title: 'misattributed quotation',
    defaultSeverity: 'warning',
    summary: 'A quotation on record is credited in its sentence to someone other than who said it on record.',
    docs: docs('PL005'),
  },
  {
    code: 'PL006',
    title: 'figure or date contradicts the fact base',
    defaultSeverity: 'warning',
    summary: 'A claim states a figure or date for an entity and measure that the fact base records with a different value.',
    docs: docs('PL006'),
  },
  {
    code: 'PL007',
    title: 'claim with a figure or date but no citation',
    defaultSeverity: 'hint',
    summary: 'A sentence states a figure or date and has no resolving citation marker.',
    docs: docs('PL007'),
  },
  {
    code: 'PL008',
    title: 'unbalanced quotation mark',
    defaultSeverity: 'warning',
    summary: 'A paragraph opens a quotation mark it never closes, or closes one it never opened.',
    docs: docs('PL008'),
  },
];

const byCode = new Map(diagnosticCodes.map((c) => [c.code, c]));

export function codeInfo(code: DiagnosticCode): DiagnosticCodeInfo {
  const info = byCode.get(code);
  if (!info) throw new Error(`unknown diagnostic code ${code}`);
  return info;
}

export function isDiagnosticCode(value: string): value is DiagnosticCode {
  return byCode.has(value as DiagnosticCode);
}
