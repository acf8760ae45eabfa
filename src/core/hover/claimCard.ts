import { markerText } from '../citations/markerText';
import { linksText } from '../citations/links';
import type { FactIndex } from '../factbase/factIndex';
import { figuresWithoutCheck } from '../factcheck/uncheckedFigures';
import type { Claim } from '../types';
import { md, mdClip } from './escape';
import { formatFactValue } from './format';
import { sourcesText, type SourceMarker } from './sources';

const statusText: Record<Claim['status'], string> = {
  confirmed: '✓ agrees with the fact base',
  contradicted: '✗ contradicts the fact base',
  unverified: 'not matched to a fact on record',
};
/** An unverified claim with a check: a figure agrees (or was judged), another is on no record. */
const partlyMatchedText = 'partly matched: not every figure is on record';

/**
 * Hover card for a claim: its kinds, status, and the facts it matches with agree/contradict;
 * `markerOf` gives the document's marker for a fact's source (none when it lists no reference for it).
 */
export function claimCard(index: FactIndex, claim: Claim, maxFacts = 6, markerOf?: SourceMarker): string {
  const kinds = claim.kinds.map((k) => md(k.replace(/-/g, ' '))).join(', ');
  const partly = claim.status === 'unverified' && claim.checks.length > 0;
  const lines = [`**Claim** · _${kinds || 'checkable statement'}_ · ${md(partly ? partlyMatchedText : statusText[claim.status])}`];
  if (claim.citations.length) lines.push('', `Cited: ${claim.citations.map((c) => md(markerText(c))).join(' ')}`);
  else if (claim.links?.length) lines.push('', `Cited by ${md(linksText(claim.links))}`);
  else if (claim.values.length) lines.push('', 'No citation in this sentence.');

  const shown = claim.facts.slice(0, maxFacts);
  if (shown.length) lines.push('', '**Facts on record**', '');
  for (const factId of shown) {
    const fact = index.fact(factId);
    const checks = claim.checks.filter((c) => c.factId === factId);
    const statement = fact ? mdClip(fact.statement) : md(factId);
    const value = fact?.value ? ` — **${md(formatFactValue(fact.value))}**` : '';
    lines.push(`- ${statement}${value}  `);
    for (const check of checks) {
      const written = claim.values[check.valueIndex]?.text;
      const verdict =
        check.verdict === 'agrees'
          ? `✓ ${written ? `“${md(written)}” agrees` : 'agrees'}`
          : `✗ ${written ? `“${md(written)}”` : 'the text'} contradicts the record: **${md(check.recordText)}**`;
      lines.push(`  ${verdict}  `);
    }
    if (fact) lines.push(`  ${sourcesText(index, fact.sources, 2, markerOf)}`);
  }
  if (claim.facts.length > maxFacts) lines.push(`- _and ${claim.facts.length - maxFacts} more_`);
  const left = partly ? figuresWithoutCheck(claim) : [];
  if (left.length) lines.push('', `No fact on record checks ${left.map((t) => `“${md(t)}”`).join(', ')}.`);
  return lines.join('\n');
}
