import type { Claim, ClaimValue } from '../types';

/** What a column's header makes of the bare numbers under it. */
export interface HeaderUnit {
  readonly kind: 'percentage' | 'duration' | 'age' | 'money';
  /** "%", a time unit ("day", "year"), or a currency's code ("USD"). */
  readonly unit: string;
  /** For money, what one of a cell's units is worth: "USD m" → 1,000,000 (1 when the header gives no scale). */
  readonly scale?: number;
}

/** A percentage column: "Score (%)", "CyberGym, percent", "Share per cent"; not "percentage points", a difference. */
const percentHeader = /%|\bper\s?cent\b|\bpercent(?:age)?\b/i;
const pointsHeader = /\bpoints?\b|\bpp\b/i;
/** A duration column: a plural unit ("Days after application", "Weeks to fix") or one in brackets ("Delay (days)"). */
const durationHeader = /\b(day|week|month|year)s\b|\((day|week|month|year)s?\)/i;
/** An age column: "Age (years)", "Years old". */
const ageHeader = /\bage\b|\bold\b/i;
/**
 * A money column: a currency's sign or code ("USD m", "Amount (USD million)", "$bn", "€ thousands",
 * "Cost ($)"). Not "pounds", which weighs as often as it pays.
 */
const currencyHeader = /(?:US)?\$|€|£|¥|\b(?:USD|EUR|GBP|JPY)\b|\b(?:dollars?|euros?)\b/i;
/** A scale in words or their short forms, anywhere in a money header: "Amount (USD million)", "USD, mn", "(millions of dollars)". */
const scaleWordHeader = /(?<!\bper\s|\d\s?|\/\s?)\b(thousands?|millions?|billions?|trillions?|mn|mln|bn|tn)\b/i;
/** A scale's one letter, only right next to the currency: "USD m", "$M", "m USD"; not the "M" of "1M tokens". */
const scaleLetterHeader = /(?:(?:US)?\$|€|£|¥|\b(?:USD|EUR|GBP|JPY))[\s,]{0,2}([kmb])\b|(?<![\p{L}\p{N}])([kmb])[\s,]{0,2}(?:(?:US)?\$|€|£|¥|(?:USD|EUR|GBP|JPY)\b)/iu;
const letterScale: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9 };
const wordScale: Record<string, number> = { thousand: 1e3, million: 1e6, mn: 1e6, mln: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12, tn: 1e12 };

/** The currency of a money header, by its sign or code. */
function headerCurrency(sign: string): string {
  const s = sign.toUpperCase();
  return s.includes('€') || s.startsWith('EUR') ? 'EUR' : s.includes('£') || s === 'GBP' ? 'GBP' : s.includes('¥') || s === 'JPY' ? 'JPY' : 'USD';
}

/**
 * The unit of a money column's bare numbers: its currency, and the scale the header writes once
 * for every cell ("USD m": "| Usage credits | 100 |" is $100 million). Undefined for a header
 * that names no currency.
 */
function moneyHeader(headerText: string): HeaderUnit | undefined {
  const currency = currencyHeader.exec(headerText);
  if (!currency) return undefined;
  const word = scaleWordHeader.exec(headerText);
  const letter = word ? null : scaleLetterHeader.exec(headerText);
  const scale = word ? wordScale[word[1].toLowerCase().replace(/s$/, '')] : letter ? letterScale[(letter[1] ?? letter[2]).toLowerCase()] : 1;
  return { kind: 'money', unit: headerCurrency(currency[0]), scale };
}

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
  if (!d) return moneyHeader(headerText);
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
 * A unit in brackets closing a table's caption or its label column's header, past emphasis and a
 * full stop or colon: "**Table 1. Reported benchmark scores (%)**", "Funding (USD m).", "Benchmark (%)".
 */
const closingUnit = /\(([^()]{1,24})\)[\s*_.:]*$/;

/**
 * The unit a table gives all its bare numbers at once, written where it names the whole table:
 * in brackets at the end of its caption ("**Table 1. Reported benchmark scores (%)**", "Table 3.
 * Time to patch (days)", "Table 2. Commitments (USD m)") or of its label column's header
 * ("| Benchmark (%) | Mythos Preview | Opus 4.6 |"). A unit elsewhere in a caption ("Table 4. Share
 * of the 40% tier by partner") is about what the table shows, not a unit of its cells.
 */
export function tableUnit(text: string): HeaderUnit | undefined {
  const m = closingUnit.exec(text);
  if (!m) return undefined;
  const unit = headerUnit(`(${m[1]})`);
  // "Table 5. Age of the flaws found (years)": years of age, as "Age (years)" over a column.
  return unit?.kind === 'duration' && unit.unit === 'year' && ageHeader.test(text) ? { kind: 'age', unit: 'year' } : unit;
}

/**
 * A column that counts or numbers, whatever unit the table gives the rest ("Rank", "n", "Year",
 * "Number of partners"): a table-wide unit is not its cells'.
 */
const countColumn = /^[\s*_]*(?:(?:n|rank(?:ing)?|count|year|number|no\.)[\s*_.:]*|(?:number|no\.)\s+of\s.*)$/i;

/**
 * The claim with each figure written as bare digits (a count with no unit) read in the unit its
 * column's header gives, or else its row's label (see `rowLabelUnit`), or else the table's (see
 * `tableUnit`), or the claim itself when none gives one or no figure is bare:
 * `withHeaderUnit(claim of "| Mythos Preview | 88.1 |", "CyberGym score (%)")` reads 88.1%.
 */
export function withHeaderUnit(claim: Claim, headerText: string | undefined, rowLabelText?: string, table?: HeaderUnit): Claim {
  if (headerText === undefined && rowLabelText === undefined) return claim;
  const unit = cellUnit(headerText, rowLabelText, table);
  if (!unit || !claim.values.some(isBare)) return claim;
  const scale = unit.scale ?? 1;
  return {
    ...claim,
    values: claim.values.map((v) => (isBare(v) ? { ...v, kind: unit.kind, unit: unit.unit, ...(scale !== 1 && v.number !== undefined ? { number: v.number * scale } : {}) } : v)),
  };
}

/** The unit a cell's bare numbers take: its column's header's, else its row label's, else the table's unless its column counts (see `withHeaderUnit`). */
export function cellUnit(headerText: string | undefined, rowLabelText?: string, table?: HeaderUnit): HeaderUnit | undefined {
  return (
    (headerText === undefined ? undefined : headerUnit(headerText)) ??
    (rowLabelText === undefined ? undefined : rowLabelUnit(rowLabelText)) ??
    (table && !(headerText !== undefined && countColumn.test(headerText)) ? table : undefined)
  );
}

/**
 * Whether a value is a figure written as bare digits, qualified or not: "5,000,000", and "up to
 * 5,000,000" under "Commitment (USD)", a cap of $5 million as "up to $5,000,000" would be.
 */
function isBare(v: ClaimValue): boolean {
  return v.kind === 'count' && v.unit === undefined && bareDigits.test(v.text);
}

const cellFigureFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

/** The words that qualify a figure, before it: "up to ", "about ", "more than " (and a currency's sign, dropped). */
const qualifierBefore = /^((?:[a-z]+ ){1,3})(?:US\$|[$€£¥])?(?=\d)/i;

/**
 * The figure alone of a value on record written with its unit ("83.1%" → "83.1", "11 days" →
 * "11"), for a cell whose header gives the unit; an amount of money in the header's scale
 * ("$100,000,000" under "USD m" → "100"). The words that qualify it stay: "up to $100,000,000"
 * under "Commitment (USD)" → "up to 100,000,000".
 */
export function figureOnly(replacement: string, unit?: HeaderUnit): string {
  const q = qualifierBefore.exec(replacement);
  const words = q ? q[1] : '';
  const rest = q ? replacement.slice(q[0].length) : replacement;
  if (unit?.kind === 'money') {
    const digits = /\d[\d,]*(?:\.\d+)?/.exec(rest);
    if (!digits) return replacement;
    return words + cellFigureFormat.format(Number(digits[0].replace(/,/g, '')) / (unit.scale ?? 1));
  }
  const m = /^\d[\d,]*(?:\.\d+)?/.exec(rest);
  return m ? words + m[0] : replacement;
}
