import { markerText } from '../citations/markerText';
import { linksText } from '../citations/links';
import type { FactIndex } from '../factbase/factIndex';
import type { QuotationOnRecord, Source } from '../factbase/schema';
import type { Quotation } from '../types';
import type { DocumentSources } from './documentSources';
import { md, mdBlockQuote, mdLink } from './escape';
import { formatDate, plural } from './format';
import { entityName, sourcesText } from './sources';

function labels(list: readonly string[]): string {
  return list.map((l) => md(markerText(l))).join(' ');
}

const wordRe = /[\p{L}\p{N}]+/gu;

/**
 * Whether the context a quotation was said in already names the document it is in: every word
 * of four letters or more of the document's name is in it ("in a leaked draft blog post" names
 * the "Leaked draft blog post", "in a federal court filing" the "DOD court filing").
 */
function namesDocument(where: string, documentName: string): boolean {
  const words = new Set(where.toLowerCase().match(wordRe) ?? []);
  const named = (documentName.toLowerCase().match(wordRe) ?? []).filter((w) => w.length >= 4);
  return named.length > 0 && named.every((w) => words.has(w));
}

/**
 * The record's sources, when the quotation cites none of them but another: a reference the
 * document's list identifies as another fact-base source, or a numbered reference while the
 * document lists the record's source under another marker (a footnote may be a note quoting
 * the words, so only a source it is identified as counts). Empty when nothing shows a mismatch.
 */
function otherSourceCited(quote: Quotation, record: QuotationOnRecord, index: FactIndex, sources: DocumentSources): Source[] {
  const cited = quote.citations.map((l) => sources.referenceOf(l)).filter((r) => r !== undefined);
  if (!quote.sourced || cited.length === 0) return [];
  const recordSources = record.sources.map((id) => index.source(id)).filter((s): s is Source => s !== undefined);
  const listed = new Set(recordSources.map((s) => sources.referenceFor(s)).filter((r) => r !== undefined));
  const isRecords = (r: (typeof cited)[number]) => {
    const source = sources.sourceOf(r);
    return listed.has(r) || (source !== undefined && recordSources.includes(source));
  };
  if (cited.some(isRecords)) return [];
  const mismatch = cited.some((r) => sources.sourceOf(r) !== undefined || (listed.size > 0 && r.kind !== 'footnote'));
  return mismatch ? recordSources : [];
}

/** Hover card for a quotation: sourced or not; the quotation on record it matches, if any. */
export function quoteCard(index: FactIndex, quote: Quotation, sources?: DocumentSources): string {
  const kind = quote.kind === 'block' ? 'Block quotation' : 'Quotation';
  const lines = [`**${kind}** · ${md(plural(quote.wordCount, 'word'))}`, ''];
  if (quote.sourced) {
    lines.push(`✓ Sourced by ${quote.citations.length ? labels(quote.citations) : quote.links?.length ? md(linksText(quote.links)) : 'its attribution line'}`);
  } else if (quote.unresolvedCitations.length) {
    lines.push(`⚠ Not sourced: ${labels(quote.unresolvedCitations)} resolves to no reference`);
  } else {
    lines.push('⚠ Not sourced: no citation marker in its sentence');
  }

  const record = quote.onRecord ? index.quotation(quote.onRecord) : undefined;
  if (record) {
    const elsewhere = sources ? otherSourceCited(quote, record, index, sources) : [];
    if (elsewhere.length) {
      const titles = elsewhere.slice(0, 2).map((s) => {
        const marker = sources?.markerOf(s);
        return `${mdLink(s.title, s.url)}${marker ? ` ${md(marker)}` : ''}`;
      });
      lines.push('', `⚠ Cited ${labels(quote.citations)}; on record in ${titles.join(' and ')}`);
    }
    const date = record.date ? `, ${md(formatDate(record.date))}` : '';
    // The document the words are in, unless the context already names it ("in a leaked draft blog post").
    const documentName = record.document ? (index.entity(record.document)?.name ?? record.document) : undefined;
    const document = documentName !== undefined && !namesDocument(record.where, documentName) ? ` (in **${md(documentName)}**)` : '';
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
    lines.push(sourcesText(index, record.sources, 3, sources?.markerOf));
  } else if (quote.onRecord) {
    lines.push('', `On record as ${md(quote.onRecord)}.`);
  }
  return lines.join('\n');
}
