import { markerText } from '../citations/markerText';
import { linksText } from '../citations/links';
import type { FactIndex } from '../factbase/factIndex';
import { describeValue } from '../factcheck/formatValue';
import { figuresWithoutCheck } from '../factcheck/uncheckedFigures';
import type { Analysis, Citation, Claim, Quotation, Range } from '../types';

/**
 * The claims ledger: a document's claims, quotations and citation markers in three groups,
 * each item with its status, worst first, and the range to reveal. Plain data: the host
 * draws it (a tree view in VS Code). Text is flattened to one line and never interpreted.
 */

/** A codicon id for the item's status. */
export type LedgerIcon = 'error' | 'warning' | 'pass' | 'question' | 'quote';
/** How the status reads; the host picks a theme colour for it. */
export type LedgerTone = 'bad' | 'warn' | 'good' | 'neutral';

export type ClaimLedgerStatus = Claim['status'];
export type QuotationLedgerStatus = 'unsourced' | 'misquoted' | 'misattributed' | 'on-record' | 'other';
export type CitationLedgerStatus = 'unresolved' | 'resolved';

export interface LedgerItem {
  readonly status: string;
  readonly icon: LedgerIcon;
  readonly tone: LedgerTone;
  readonly label: string;
  readonly description: string;
  /** Plain text, several lines; worked out when first read (a draft can hold thousands of items). */
  readonly tooltip: string;
  readonly range: Range;
}

/** What each group builds for an item: everything but its status style, the tooltip deferred. */
interface ItemParts {
  readonly label: string;
  readonly description: string;
  readonly tooltip: () => string;
  readonly range: Range;
}

export interface LedgerCount {
  readonly status: string;
  readonly count: number;
}

export interface LedgerGroup {
  readonly kind: 'claims' | 'quotations' | 'citations';
  /** "Claims — 3 contradicted, 16 confirmed, 24 unverified" */
  readonly label: string;
  /** Every status of the group, in display order, zero counts included. */
  readonly counts: readonly LedgerCount[];
  readonly items: readonly LedgerItem[];
}

export interface Ledger {
  readonly groups: readonly LedgerGroup[];
}

/** What the ledger reads from the fact base, when there is one. */
export type LedgerFacts = Pick<FactIndex, 'fact' | 'quotation' | 'entity'>;

interface StatusStyle {
  readonly status: string;
  /** How the status is named in the group label. */
  readonly words: string;
  readonly icon: LedgerIcon;
  readonly tone: LedgerTone;
}

const claimStatuses: readonly StatusStyle[] = [
  { status: 'contradicted', words: 'contradicted', icon: 'error', tone: 'bad' },
  { status: 'confirmed', words: 'confirmed', icon: 'pass', tone: 'good' },
  { status: 'unverified', words: 'unverified', icon: 'question', tone: 'neutral' },
];
const quotationStatuses: readonly StatusStyle[] = [
  { status: 'unsourced', words: 'unsourced', icon: 'warning', tone: 'warn' },
  { status: 'misquoted', words: 'misquoted', icon: 'error', tone: 'bad' },
  { status: 'misattributed', words: 'misattributed', icon: 'error', tone: 'bad' },
  { status: 'on-record', words: 'on record', icon: 'pass', tone: 'good' },
  { status: 'other', words: 'other', icon: 'quote', tone: 'neutral' },
];
const citationStatuses: readonly StatusStyle[] = [
  { status: 'unresolved', words: 'unresolved', icon: 'warning', tone: 'warn' },
  { status: 'resolved', words: 'resolved', icon: 'pass', tone: 'good' },
];

// Line breaks, control characters, bidirectional overrides and zero-width characters.
// eslint-disable-next-line no-control-regex
const unprintable = /[\u0000-\u001f\u007f\u0085\u2028\u2029\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** Text on one line, at most `max` characters (cut on a word boundary when possible). */
export function oneLine(text: string, max = Infinity): string {
  const flat = text.replace(unprintable, ' ').replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

function line(range: Range): string {
  return `line ${range.start.line + 1}`;
}

function group<T extends { readonly span: { readonly start: number } }>(
  kind: LedgerGroup['kind'],
  title: string,
  styles: readonly StatusStyle[],
  things: readonly T[],
  statusOf: (thing: T) => string,
  item: (thing: T) => ItemParts,
): LedgerGroup {
  const order = new Map(styles.map((s, i) => [s.status, i]));
  const sorted = things
    .map((thing) => ({ thing, status: statusOf(thing) }))
    .sort((a, b) => (order.get(a.status) ?? 0) - (order.get(b.status) ?? 0) || a.thing.span.start - b.thing.span.start);
  const items = sorted.map(({ thing, status }) => {
    const style = styles[order.get(status) ?? 0];
    const parts = item(thing);
    let tooltip: string | undefined;
    return {
      status,
      icon: style.icon,
      tone: style.tone,
      label: parts.label,
      description: parts.description,
      range: parts.range,
      get tooltip() {
        return (tooltip ??= parts.tooltip());
      },
    };
  });
  const counts = styles.map((s) => ({ status: s.status, count: items.filter((i) => i.status === s.status).length }));
  const shown = counts.filter((c) => c.count > 0).map((c) => `${c.count} ${styles[order.get(c.status)!].words}`);
  return { kind, label: `${title} — ${shown.length ? shown.join(', ') : 'none'}`, counts, items };
}

function claimTooltip(claim: Claim, facts: LedgerFacts | undefined): string {
  const lines = [
    claim.status === 'contradicted'
      ? 'Contradicts the fact base.'
      : claim.status === 'confirmed'
        ? 'Agrees with the fact base.'
        : claim.checks.length
          ? 'Partly matched: not every figure is on record.'
          : 'Not matched to a fact on record.',
  ];
  for (const factId of claim.facts) {
    const fact = facts?.fact(factId);
    const statement = oneLine(fact?.statement ?? factId, 300);
    const described = fact?.value ? describeValue(fact.value) : '';
    const value = described && !statement.includes(described) ? ` (${described})` : '';
    lines.push(`On record: ${statement}${value}`);
    for (const check of claim.checks.filter((c) => c.factId === factId)) {
      const written = claim.values[check.valueIndex]?.text;
      const what = written ? `“${oneLine(written, 40)}”` : 'The text';
      lines.push(check.verdict === 'agrees' ? `  ✓ ${what} agrees.` : `  ✗ ${what} contradicts the record: ${oneLine(check.recordText, 80)}.`);
    }
  }
  const left = claim.status === 'unverified' && claim.checks.length ? figuresWithoutCheck(claim) : [];
  if (left.length) lines.push(`No fact on record checks ${left.map((t) => `“${oneLine(t, 40)}”`).join(', ')}.`);
  lines.push(claim.citations.length ? `Cited: ${claim.citations.map(markerText).join(' ')}` : claim.links?.length ? `Cited by ${linksText(claim.links)}.` : 'No citation in its sentence.');
  lines.push('', oneLine(claim.text, 500));
  return lines.join('\n');
}

function claimItem(claim: Claim, facts: LedgerFacts | undefined): ItemParts {
  const figures = claim.values.map((v) => oneLine(v.text, 40));
  const what = figures.length ? figures.join(', ') : claim.kinds.map((k) => k.replace(/-/g, ' ')).join(', ');
  return {
    label: oneLine(claim.text, 80),
    description: [what, line(claim.range)].filter(Boolean).join(' · '),
    tooltip: () => claimTooltip(claim, facts),
    range: claim.range,
  };
}

/**
 * The PL005 messages of an analysis, by the start of the quotation they are on: a quotation
 * credited to another speaker than the record's is misattributed, not "on record".
 */
function misattributions(analysis: Analysis): ReadonlyMap<number, string> {
  const found = new Map<number, string>();
  for (const f of analysis.findings) if (f.code === 'PL005' && !found.has(f.span.start)) found.set(f.span.start, f.message);
  return found;
}

function quotationStatus(quote: Quotation, misattributed: ReadonlyMap<number, string>): QuotationLedgerStatus {
  if (!quote.sourced) return 'unsourced';
  if (quote.onRecord && (quote.recordMatch === 'near' || quote.recordMatch === 'reordered')) return 'misquoted';
  if (quote.onRecord && misattributed.has(quote.span.start)) return 'misattributed';
  if (quote.onRecord) return 'on-record';
  return 'other';
}

const markers = (labels: readonly string[]) => labels.map(markerText).join(' ');

function quotationItem(quote: Quotation, facts: LedgerFacts | undefined, misattribution: string | undefined): ItemParts {
  const record = quote.onRecord ? facts?.quotation(quote.onRecord) : undefined;
  const speaker = record ? oneLine(facts?.entity(record.speaker)?.name ?? record.speaker, 60) : undefined;
  const tooltip = () => {
    const lines = [quote.kind === 'block' ? 'Block quotation' : 'Quotation'];
    if (quote.sourced) lines.push(`Sourced by ${quote.citations.length ? markers(quote.citations) : quote.links?.length ? linksText(quote.links) : 'its attribution line'}.`);
    else if (quote.unresolvedCitations.length) lines.push(`Not sourced: ${markers(quote.unresolvedCitations)} resolves to no reference.`);
    else lines.push('Not sourced: no citation marker in its sentence.');
    if (quote.onRecord) {
      lines.push(quote.recordMatch === 'near' ? 'Differs from the words on record:' : quote.recordMatch === 'reordered' ? 'Has the words on record in another order:' : 'On record:');
      if (record) lines.push(`  “${oneLine(record.text, 500)}”`, `  — ${speaker}, ${oneLine(record.where, 120)}`);
      else lines.push(`  ${quote.onRecord}`);
    }
    if (misattribution) lines.push(oneLine(misattribution, 300));
    return lines.join('\n');
  };
  return {
    label: `“${oneLine(quote.text, 70)}”`,
    description: [quote.sourced ? markers(quote.citations) || (quote.links?.length ? linksText(quote.links) : '') : 'no source', speaker, line(quote.range)].filter(Boolean).join(' · '),
    tooltip,
    range: quote.range,
  };
}

function citationItem(citation: Citation, analysis: Analysis): ItemParts {
  const marker = markerText(citation.label);
  const reference = citation.referenceIndex === undefined ? undefined : analysis.references[citation.referenceIndex];
  if (!citation.resolved || !reference) {
    const reason = citation.unresolvedReason;
    return {
      label: `${marker} → no reference`,
      description: line(citation.range),
      tooltip: () => (reason ? oneLine(reason, 300) : `${marker} resolves to no reference.`),
      range: citation.range,
    };
  }
  const tooltip = () => {
    const lines = [`${marker} → ${oneLine(reference.text || reference.title, 300)}`];
    if (reference.publisher) lines.push(`Publisher: ${oneLine(reference.publisher, 120)}`);
    if (reference.url) lines.push(oneLine(reference.url, 300));
    if (reference.file) lines.push(`From ${oneLine(reference.file, 120)}`);
    return lines.join('\n');
  };
  return { label: `${marker} → ${oneLine(reference.title || reference.text, 70)}`, description: line(citation.range), tooltip, range: citation.range };
}

/** The ledger of an analysis; `facts` (the analyzer's fact index) adds the facts and quotations on record. */
export function buildLedger(analysis: Analysis, facts?: LedgerFacts): Ledger {
  const misattributed = misattributions(analysis);
  return {
    groups: [
      group('claims', 'Claims', claimStatuses, analysis.claims, (c) => c.status, (c) => claimItem(c, facts)),
      group('quotations', 'Quotations', quotationStatuses, analysis.quotes, (q) => quotationStatus(q, misattributed), (q) => quotationItem(q, facts, misattributed.get(q.span.start))),
      group('citations', 'Citations', citationStatuses, analysis.citations, (c) => (c.resolved ? 'resolved' : 'unresolved'), (c) => citationItem(c, analysis)),
    ],
  };
}
