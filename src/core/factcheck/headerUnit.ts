import type { Claim, ClaimValue } from '../types';

/** What a column's header makes of the bare numbers under it. */
export interface HeaderUnit {
  readonly kind: 'percentage' | 'duration' | 'age';
  readonly unit: string;
}

/** A percentage column: "Score (%)", "CyberGym, percent", "Share per cent"; not "percentage points", a difference. */
const percentHeader = /%|\bper\s?cent\b|\bpercent(?:age)?\b/i;
const pointsHeader = /\bpoints?\b|\bpp\b/i;
/** A duration column: a plural unit ("Days after application", "Weeks to fix") or one in brackets ("Delay (days)"). */
const durationHeader = /\b(day|week|month|year)s\b|\((day|week|month|year)s?\)/i;
/** An age column: "Age (years)", "Years old". */
const ageHeader = /\bage\b|\bold\b/i;
/** A cell's figure written as bare digits: "76", "88.1", "3,000". */
const bareDigits = /^\d[\d,]*(?:\.\d+)?$/;

/**
 * The unit a table column's header gives the bare numbers of its cells: "Days after
 * application" → days, "CyberGym score (%)" → percent, "Age (years)" → years of age. A writer
 * puts the unit in the header once and not in every cell, and the cell "76" under "Days after
 * application" states 76 days as plainly as the sentence "76 days after the application" does.
 */
export function headerUnit(headerText: string): HeaderUnit | undefined {
  if (percentHeader.test(headerText)) return pointsHeader.test(headerText) ? undefined : { kind: 'percentage', unit: '%' };
  const d = durationHeader.exec(headerText);
  if (!d) return undefined;
  const unit = (d[1] ?? d[2]).toLowerCase();
  if (ageHeader.test(headerText)) return unit === 'year' ? { kind: 'age', unit } : undefined;
  return { kind: 'duration', unit };
}

/** A number that carries the unit word after it: "First 30 days", "above 50%". */
const ownNumberUnit = /\d\s?(?:%|per\s?cent\b|percent\b|(?:day|week|month|year)s?\b)/i;

/**
 * The unit a row's label (its first cell) gives the bare numbers of the row, as a column's
 * header gives its column's: a table with the measures as rows and the subjects as columns
 * ("| SWE-bench Pro (%) | 77.8 | 53.4 |" under "| Benchmark | Mythos Preview | Opus 4.6 |")
 * writes the unit once, in the row's label. A label whose unit belongs to a number of its own
 * ("First 30 days", "Share above 50%") names a period or a threshold, not the cells' unit.
 */
export function rowLabelUnit(labelText: string): HeaderUnit | undefined {
  return ownNumberUnit.test(labelText) ? undefined : headerUnit(labelText);
}

/**
 * The claim with each figure written as bare digits (a count with no unit) read in the unit its
 * column's header gives, or else its row's label (see `rowLabelUnit`), or the claim itself when
 * neither gives one or no figure is bare:
 * `withHeaderUnit(claim of "| Mythos Preview | 88.1 |", "CyberGym score (%)")` reads 88.1%.
 */
export function withHeaderUnit(claim: Claim, headerText: string | undefined, rowLabelText?: string): Claim {
  if (headerText === undefined && rowLabelText === undefined) return claim;
  const unit = (headerText === undefined ? undefined : headerUnit(headerText)) ?? (rowLabelText === undefined ? undefined : rowLabelUnit(rowLabelText));
  if (!unit || !claim.values.some(isBare)) return claim;
  return { ...claim, values: claim.values.map((v) => (isBare(v) ? { ...v, kind: unit.kind, unit: unit.unit } : v)) };
}

function isBare(v: ClaimValue): boolean {
  return v.kind === 'count' && v.unit === undefined && v.approx === undefined && bareDigits.test(v.text);
}

/** The figure alone of a value on record written with its unit ("83.1%" → "83.1", "11 days" → "11"), for a cell whose header gives the unit. */
export function figureOnly(replacement: string): string {
  const m = /^\d[\d,]*(?:\.\d+)?/.exec(replacement);
  return m ? m[0] : replacement;
}
