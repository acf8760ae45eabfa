import type { Citation, ReferenceInfo } from '../types';
import { md } from './escape';
import { plural } from './format';

/**
 * Hover card for a reference (list item, definition or footnote): where it is cited, or, for a
 * second `[^1]:`, that its markers go to the first ("⚠ A second definition of [^1]: … on line 3.").
 */
export function referenceCard(reference: ReferenceInfo, referenceIndex: number, citations: readonly Citation[]): string {
  const citing = citations.filter((c) => c.referenceIndex === referenceIndex);
  const head = `**Reference ${md(reference.label)}**`;
  const first = reference.firstDefinition;
  if (citing.length === 0 && first) return `${head}\n\n⚠ A second definition of ${md(`[${reference.label}]`)}: its markers resolve to the first definition, on line ${first.start.line + 1}.`;
  if (citing.length === 0) return `${head}\n\n⚠ Not cited anywhere in this document.`;
  const lines = [...new Set(citing.map((c) => c.range.start.line + 1))];
  const shown = lines.slice(0, 20).join(', ');
  const more = lines.length > 20 ? `, and ${lines.length - 20} more` : '';
  return `${head}\n\nCited ${md(plural(citing.length, 'time'))}: ${lines.length === 1 ? 'line' : 'lines'} ${md(shown + more)}.`;
}
