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

/**
 * The claim with each figure written as bare digits (a count with no unit) read in the unit its
 * column's header gives, or the claim itself when the header gives none or no figure is bare:
 * `withHeaderUnit(claim of "| Mythos Preview | 88.1 |", "CyberGym score (%)")` reads 88.1%.
 */
export function withHeaderUnit(claim: Claim, headerText: string | undefined): Claim {
  if (headerText === undefined) return claim;
  const unit = headerUnit(headerText);
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
