import { markerText } from '../citations/markerText';
import type { FactIndex } from '../factbase/factIndex';
import type { Quotation } from '../types';
import { md, mdBlockQuote } from './escape';
import { formatDate, plural } from './format';
import { entityName, sourcesText } from './sources';

function labels(list: readonly string[]): string {
  return list.map((l) => md(markerText(l))).join(' ');
}

/** Hover card for a quotation: sourced or not; the quotation on record it matches, if any. */
export function quoteCard(index: FactIndex, quote: Quotation): string {
  const kind = quote.kind === 'block' ? 'Block quotation' : 'Quotation';
  const lines = [`**${kind}** · ${md(plural(quote.wordCount, 'word'))}`, ''];
  if (quote.sourced) {
    lines.push(`✓ Sourced by ${labels(quote.citations)}`);
  } else if (quote.unresolvedCitations.length) {
    lines.push(`⚠ Not sourced: ${labels(quote.unresolvedCitations)} resolves to no reference`);
  } else {
    lines.push('⚠ Not sourced: no citation marker in its sentence');
  }

  const record = quote.onRecord ? index.quotation(quote.onRecord) : undefined;
  if (record) {
    const date = record.date ? `, ${md(formatDate(record.date))}` : '';
    const document = record.document ? ` (in **${entityName(index, record.document)}**)` : '';
    lines.push('');
    if (quote.recordMatch === 'near') {
      lines.push('**Nearly matches a quotation on record.** The exact words on record:', '', mdBlockQuote(record.text), '');
    } else if (quote.recordMatch === 'reordered') {
      lines.push('**Has the words on record in another order.** The words on record:', '', mdBlockQuote(record.text), '');
    } else if (quote.recordMatch === 'contains') {
      lines.push('**Holds words on record:**', '', mdBlockQuote(record.text), '');
    } else {
      lines.push('**On record.** ');
    }
    lines.push(`Said by **${entityName(index, record.speaker)}**, ${md(record.where)}${date}${document}  `);
    lines.push(sourcesText(index, record.sources));
  } else if (quote.onRecord) {
    lines.push('', `On record as ${md(quote.onRecord)}.`);
  }
  return lines.join('\n');
}
