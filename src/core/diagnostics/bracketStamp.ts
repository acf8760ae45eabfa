import type { Claim } from '../types';
import { isEmphasisLine, lineOfValues } from './titleBlockLine';

/**
 * The words of a stamp in brackets, before its date: when a question, a comment or an issue of the
 * document came in or went out ("(received 30 April 2026)", "(answered on 6 May 2026)").
 */
const bracketStampRe =
  /^\([ \t]*(?:(?:first|last)[ \t]+)?(?:received|submitted|asked|answered|published|updated|revised|issued|posted|lodged|raised|replied|responded|amended)(?:[ \t]+on)?[ \t]+$/i;

/**
 * A label that opens a line of a log or a register and names its entry, read with its spaces,
 * emphasis and points taken out: "Q1", "**Q12.**", "CR-12", "#17"; "Question 4", "Item 3.2".
 */
const entryCodeRe = /^(?:[A-Z]{1,4}-?\d{1,6}|#\d{1,6})$/;
const entryWordRe = /^(?:question|query|item|comment|clarification|request|entry|submission|response|answer|ticket|issue)(?:no)?[A-Z]?\d{1,6}$/i;

/** A stamp sentence of a line set in emphasis: "Published 19 May 2026.", "Updated: 3 May". */
const stampSentenceRe = /(?:^|[.;:][ \t]+)(?:published|updated|revised|issued|posted|circulated|released)\b[^.]{0,12}\d/i;

/** Emphasis marks, spaces and the punctuation that closes a label or a line. */
const dressingRe = /[*_ \t\u00a0.:;,]/g;

/**
 * Whether the claim's figures are all dates, each a stamp in brackets ("(received 30 April 2026)"),
 * on a line that is nothing but that stamp and the label of the entry it stamps ("**Q1** (received
 * 30 April 2026)", "(submitted 2 May 2026)"), or on a line set in emphasis as a whole that is a
 * stamp, one of whose sentences before the claim stamps the document and which names no party of the
 * fact base ("*Addendum 2. Published 19 May 2026. This log supersedes Addendum 1 (published 11 May
 * 2026).*"). Such a date says when the entry or the document came in or went out: no source says so.
 * Not "Anthropic's system card (published 7 April 2026) found …", prose about another's document.
 */
export function isBracketStamp(claim: Claim, mask: string, namesEntity: (from: number, to: number) => boolean): boolean {
  const { values } = claim;
  if (!values.length || values.some((v) => v.kind !== 'date')) return false;
  const line = lineOfValues(claim, mask);
  if (!line) return false;
  const opens: number[] = [];
  const closes: number[] = [];
  // Brackets are looked for on the line only: a search past it would read to the file's ends for every claim.
  const text = mask.slice(line.start, line.end);
  for (const v of values) {
    const openAt = text.lastIndexOf('(', v.span.start - line.start);
    const closeAt = text.indexOf(')', v.span.end - line.start);
    if (openAt < 0 || closeAt < 0) return false;
    const open = line.start + openAt;
    const close = line.start + closeAt;
    if (!bracketStampRe.test(mask.slice(open, v.span.start)) || mask.slice(v.span.end, close).trim()) return false;
    opens.push(open);
    closes.push(close);
  }
  // Between the brackets, nothing but what sets them apart.
  for (let k = 1; k < values.length; k++) if (mask.slice(closes[k - 1] + 1, opens[k]).replace(dressingRe, '')) return false;
  const before = mask.slice(line.start, opens[0]).replace(dressingRe, '');
  const after = mask.slice(closes[closes.length - 1] + 1, line.end).replace(dressingRe, '');
  if (!after && (!before || entryCodeRe.test(before) || entryWordRe.test(before))) return true;
  return (
    isEmphasisLine(mask, line.start, line.end) &&
    claim.span.start > line.start &&
    stampSentenceRe.test(mask.slice(line.start, claim.span.start).replace(/^[\s*_]+/, '')) &&
    !namesEntity(line.start, line.end)
  );
}
