import type { Citation, ReferenceInfo } from '../types';
import { md, mdClip, mdLink } from './escape';

const kindNames: Record<Citation['kind'], string> = {
  numeric: 'numbered citation',
  footnote: 'footnote',
  pandoc: 'Pandoc citation',
  'author-year': 'author-year citation',
};

const referenceKinds: Record<ReferenceInfo['kind'], string> = {
  definition: 'link reference definition',
  footnote: 'footnote',
  'list-item': 'References list',
  bibliography: 'bibliography',
};

function where(reference: ReferenceInfo): string {
  if (reference.kind === 'bibliography') return reference.file ? `bibliography file ${md(reference.file)}` : 'bibliography';
  const line = reference.range ? `, line ${reference.range.start.line + 1}` : '';
  return `${md(referenceKinds[reference.kind])}${md(line)}`;
}

const wordRe = /[\p{L}\p{N}]+/gu;

/**
 * Whether a reference's text says more than its title, publisher and link, which the card shows
 * already: `Anthropic, "Project Glasswing: …."` says nothing more, `… Anthropic, 7 April 2026.` does.
 */
function addsToTitle(reference: ReferenceInfo): boolean {
  const shown = new Set(`${reference.title} ${reference.publisher ?? ''} ${reference.url ?? ''}`.toLowerCase().match(wordRe) ?? []);
  return (reference.text.toLowerCase().match(wordRe) ?? []).some((w) => !shown.has(w));
}

/** Hover card for a citation marker: the reference it resolves to, or why it resolves to nothing. */
export function citationCard(citation: Citation, references: readonly ReferenceInfo[]): string {
  const label = md(citation.kind === 'author-year' ? `(${citation.label})` : citation.label);
  const head = `**${md(kindNames[citation.kind])} ${label}**${citation.locator ? ` · ${md(citation.locator)}` : ''}`;
  const reference = citation.referenceIndex !== undefined ? references[citation.referenceIndex] : undefined;
  if (!citation.resolved || !reference) {
    const reason = citation.unresolvedReason ?? 'No reference with this label is defined in this document.';
    return [head, '', `⚠ Resolves to no reference: ${mdClip(reason)}`].join('\n');
  }
  const lines = [head, '', `**${mdLink(reference.title || reference.text, reference.url)}**`];
  if (reference.publisher) lines.push('', md(reference.publisher));
  if (reference.url) {
    const href = mdLink(reference.url, reference.url);
    if (href !== md(reference.url)) lines.push('', href);
  }
  if (reference.text && addsToTitle(reference)) lines.push('', `_${mdClip(reference.text, 300)}_`);
  lines.push('', `From the ${where(reference)}.`);
  return lines.join('\n');
}
