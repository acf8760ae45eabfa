import type { Claim, Span } from '../types';
import type { Block } from '../markdown/structure';
import type { FactFinding } from '../diagnostics/buildFindings';
import type { Mutable } from '../util/mutable';

/**
 * A paragraph's bold run-in label that names the claim the paragraph rebuts: "**The 40-year-old
 * OpenBSD bug.** The flaw Mythos Preview found in OpenBSD was 27 years old.[1]" A figure in the
 * label that contradicts a fact is not held against the record when the same paragraph states the
 * value on record for that fact: the label names what the paragraph sets right. Not "**The
 * 40-year-old OpenBSD bug.** It was found by Mythos Preview.[1]", whose paragraph gives no age:
 * the label states the age, and it is wrong.
 */

/** A bold run-in label at a block's start, up to 120 characters on one line: "**The 40-year-old OpenBSD bug.**", "__$40 million to Linux.__". */
const boldLabel = /[ \t]{0,3}(?:\*\*[^*\r\n]{1,120}\*\*|__[^_\r\n]{1,120}__)/y;

/**
 * The span of the bold run-in label that opens a paragraph at `start` (before `end`), when text
 * follows it: "**April Fools.** Anthropic announced …" gives the span of "**April Fools.**".
 * Undefined for a paragraph that is all bold, or opens on plain words.
 */
export function runInLabelSpan(text: string, start: number, end: number): Span | undefined {
  boldLabel.lastIndex = start;
  if (!boldLabel.exec(text) || boldLabel.lastIndex >= end) return undefined;
  const labelEnd = boldLabel.lastIndex;
  // Some text after it in the paragraph: the label runs into it.
  let at = labelEnd;
  while (at < end && (text[at] === ' ' || text[at] === '\t' || text[at] === '\n' || text[at] === '\r')) at++;
  if (at >= end) return undefined;
  return { start, end: labelEnd };
}

/**
 * The facts that a paragraph's run-in label (`label`) contradicts and the paragraph's own claims
 * (`claims`, those inside the paragraph) agree with: the label's figures for those facts name the
 * claim the paragraph rebuts. "**The 40-year-old OpenBSD bug.** … was 27 years old" gives the
 * OpenBSD bug's age fact; with no "27 years old" in the paragraph, none.
 */
export function rebuttedFacts(label: Span, claims: readonly Claim[]): ReadonlySet<string> {
  const contradicted = new Set<string>();
  const agreed = new Set<string>();
  for (const claim of claims) {
    for (const c of claim.checks) {
      const v = claim.values[c.valueIndex];
      if (c.verdict === 'contradicts' && v && v.span.start >= label.start && v.span.end <= label.end) contradicted.add(c.factId);
      else if (c.verdict === 'agrees') agreed.add(c.factId);
    }
  }
  const out = new Set<string>();
  for (const id of contradicted) if (agreed.has(id)) out.add(id);
  return out;
}

/** A PL006 finding on a figure of a paragraph's run-in label: its claim, figure and fact. */
export interface LabelFinding {
  readonly finding: FactFinding;
  readonly ci: number;
  readonly valueIndex: number;
  readonly factId: string;
}

/**
 * Takes back the PL006 findings on the figures of a paragraph's run-in label that its paragraph
 * rebuts (see `rebuttedFacts`), and the label's contradicting checks with them: "**The
 * 40-year-old OpenBSD bug.** The flaw … was 27 years old.[1]". Reads only the claims of each
 * such paragraph, from its first claim with a finding in the label.
 */
export function withoutRebuttedLabels(
  claims: readonly Claim[],
  inLabels: ReadonlyMap<number, { readonly first: number; readonly found: readonly LabelFinding[] }>,
  labels: ReadonlyMap<number, Span | undefined>,
  blocks: readonly Block[],
  findings: FactFinding[],
): void {
  const taken: LabelFinding[] = [];
  for (const [bi, { first, found }] of inLabels) {
    const block = blocks[bi];
    let last = first;
    while (last < claims.length && claims[last].span.start < block.end) last++;
    const rebutted = rebuttedFacts(labels.get(bi)!, claims.slice(first, last));
    for (const f of found) if (rebutted.has(f.factId)) taken.push(f);
  }
  takeBack(claims, taken, findings);
}

/**
 * Takes back PL006 findings (`taken`) from `findings`, and their contradicting checks from their
 * claims, whose facts and status follow.
 */
export function takeBack(claims: readonly Claim[], taken: readonly LabelFinding[], findings: FactFinding[]): void {
  if (!taken.length) return;
  const dropped = new Set<FactFinding>();
  for (const { finding, ci, valueIndex, factId } of taken) {
    dropped.add(finding);
    const filled = claims[ci] as Mutable<Claim>;
    filled.checks = filled.checks.filter((c) => c.valueIndex !== valueIndex || c.factId !== factId);
    filled.facts = [...new Set(filled.checks.map((c) => c.factId))];
    filled.status = filled.checks.some((c) => c.verdict === 'contradicts') ? 'contradicted' : filled.checks.length ? 'confirmed' : 'unverified';
  }
  let kept = 0;
  for (const f of findings) if (!dropped.has(f)) findings[kept++] = f;
  findings.length = kept;
}
