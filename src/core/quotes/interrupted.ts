import type { Quotation, QuotationPart } from '../types';
import { holdsVerbOfSaying } from '../factcheck/verbCredits';

/** The longest attribution that may interrupt a quotation: '…,” Logan Graham, who leads the company's frontier red team, told CNN, “…'. */
const maxAttribution = 160;

/** Marks that may not stand in an attribution: another quotation, or a clause of its own. */
const notInAttribution = /["“”„«»‹›;:!?]/;

/** Whether `c` is white space (the mask keeps line breaks). */
function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
}

/**
 * Whether quotation `b` takes up the words of quotation `a`, the attribution between them
 * (`mask` offsets): '“We did not feel comfortable,” Graham said, “releasing this generally.”'.
 * The first piece ends with a comma, inside its closing mark or right after it (British
 * style); the words between hold a verb of saying and no other mark of a clause or a
 * quotation, and end with a comma. '“…,” and “…”' (a list of phrases) and '“….” Graham
 * said, “…”' (two sentences) are no interrupted quotation.
 */
function resumes(mask: string, a: Quotation, b: Quotation): boolean {
  const gapStart = a.span.end;
  const gapEnd = b.span.start;
  if (gapEnd - gapStart > maxAttribution || gapEnd - gapStart < 3) return false;
  let inner = a.span.end - 2;
  while (inner > a.span.start && isBlank(mask.charCodeAt(inner))) inner--;
  let from = gapStart;
  while (from < gapEnd && isBlank(mask.charCodeAt(from))) from++;
  if (mask[inner] !== ',' && mask[from] !== ',') return false;
  let to = gapEnd;
  while (to > from && isBlank(mask.charCodeAt(to - 1))) to--;
  if (mask[to - 1] !== ',') return false;
  const attribution = mask.slice(from, to);
  return !notInAttribution.test(attribution) && holdsVerbOfSaying(attribution);
}

/** One quotation of the pieces `run` (two or more, in order): their words joined, their span from the first mark to the last. */
function joined(run: readonly Quotation[]): Quotation {
  const first = run[0];
  const last = run[run.length - 1];
  // A piece that is itself made of pieces (the last paragraph of a quotation of several) brings them.
  const parts: QuotationPart[] = run.flatMap((q) => q.parts ?? [{ text: q.text, range: q.range, span: q.span }]);
  let wordCount = 0;
  for (const q of run) wordCount += q.wordCount;
  // The pieces stand in one sentence, whose markers source them alike.
  return {
    ...first,
    sourced: run.some((q) => q.sourced),
    citations: [...new Set(run.flatMap((q) => q.citations))],
    text: parts.map((p) => p.text).join(' '),
    range: { start: first.range.start, end: last.range.end },
    span: { start: first.span.start, end: last.span.end },
    wordCount,
    parts,
  };
}

/**
 * The inline quotations `quotes` (in document order) with each quotation its attribution
 * interrupts made one (see `Quotation.parts`): its pieces are matched against the record
 * together, and it is one finding, with one citation fix. Pieces stand in one sentence
 * (`sentenceIndex`); a run of them ('“…,” he said, “…,” he added, “…”') is one quotation.
 * `terms` are too short to be quotations, or names: left out alone, but a piece of a run
 * that holds a quotation ('“…releasing,” he said, “this generally.”'); two terms make none
 * ('“Yes,” she said, “it is.”'). One pass; each pair of neighbours reads at most
 * `maxAttribution` characters between them.
 */
export function joinInterrupted(quotes: readonly Quotation[], mask: string, terms: ReadonlySet<Quotation>): Quotation[] {
  const out: Quotation[] = [];
  let run: Quotation[] = [];
  const flush = () => {
    if (run.some((q) => !terms.has(q))) out.push(run.length === 1 ? run[0] : joined(run));
    run = [];
  };
  for (const q of quotes) {
    const previous = run[run.length - 1];
    if (!previous || q.kind !== 'inline' || previous.kind !== 'inline' || previous.sentenceIndex !== q.sentenceIndex || !resumes(mask, previous, q)) flush();
    run.push(q);
  }
  flush();
  return out;
}
