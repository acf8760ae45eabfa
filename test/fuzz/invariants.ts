/**
 * Invariants every analysis must satisfy, whatever the text: ranges inside the document,
 * spans consistent with ranges (checked against an independent line counter), lists in
 * document order, indexes that point at something. Shared by the fuzz, ReDoS and
 * robustness tests. Throws an Error that names the first broken invariant.
 */
import type { Analysis, Position, Range, Span } from '../../src/core/types';
import { isKnown } from './knownBugs';

/** Line starts as VS Code counts them (\r\n, \n and \r end a line), computed without LineIndex. */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

export class DocumentOracle {
  readonly starts: number[];
  constructor(readonly text: string) {
    this.starts = lineStartsOf(text);
  }
  get lineCount(): number {
    return this.starts.length;
  }
  /** Length of a line without its line break. */
  lineLength(line: number): number {
    const start = this.starts[line];
    if (line + 1 >= this.starts.length) return this.text.length - start;
    const next = this.starts[line + 1];
    const crlf = this.text.charCodeAt(next - 2) === 13 && this.text.charCodeAt(next - 1) === 10;
    return next - start - (crlf ? 2 : 1);
  }
  position(offset: number): Position {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: Math.min(offset - this.starts[lo], this.lineLength(lo)) };
  }
}

function fail(what: string, detail: unknown): never {
  const json = JSON.stringify(detail, (_k, v: unknown) => (typeof v === 'string' && v.length > 120 ? `${v.slice(0, 100)}…(${v.length} chars)` : v));
  throw new Error(`${what}: ${json}`);
}

const cmp = (a: Position, b: Position) => a.line - b.line || a.character - b.character;

export function checkRange(doc: DocumentOracle, r: Range, where: string): void {
  for (const p of [r.start, r.end]) {
    if (!Number.isInteger(p.line) || !Number.isInteger(p.character)) fail(`${where}: non-integer position`, r);
    if (p.line < 0 || p.line >= doc.lineCount) fail(`${where}: line outside the document (${doc.lineCount} lines)`, r);
    if (p.character < 0 || p.character > doc.lineLength(p.line)) fail(`${where}: character outside its line (length ${doc.lineLength(p.line)})`, r);
  }
  if (cmp(r.start, r.end) > 0) fail(`${where}: start after end`, r);
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

export function checkSpan(doc: DocumentOracle, s: Span, r: Range | undefined, where: string): void {
  const { text } = doc;
  if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.end > text.length || s.start > s.end) fail(`${where}: bad span (text length ${text.length})`, s);
  for (const o of [s.start, s.end]) {
    // A boundary never splits a CRLF or a surrogate pair.
    if (text.charCodeAt(o - 1) === 13 && text.charCodeAt(o) === 10) fail(`${where}: span boundary inside a CRLF`, s);
    if (isHigh(text.charCodeAt(o - 1)) && isLow(text.charCodeAt(o))) fail(`${where}: span boundary inside a surrogate pair`, s);
  }
  if (r) {
    const want: Range = { start: doc.position(s.start), end: doc.position(s.end) };
    if (cmp(want.start, r.start) !== 0 || cmp(want.end, r.end) !== 0) fail(`${where}: range does not match span`, { span: s, range: r, expected: want });
  }
}

function checkSorted(items: readonly { span: Span }[], where: string): void {
  for (let i = 1; i < items.length; i++) {
    if (items[i].span.start < items[i - 1].span.start) fail(`${where}: not in document order at ${i}`, [items[i - 1].span, items[i].span]);
  }
}

/** Every invariant of an analysis of `text`. */
export function checkAnalysis(text: string, a: Analysis): void {
  const doc = new DocumentOracle(text);
  if (a.version !== 1) fail('version', a.version);
  a.entities.forEach((e, i) => {
    const w = `entities[${i}]`;
    checkRange(doc, e.range, w);
    checkSpan(doc, e.span, e.range, w);
    if (e.text !== text.slice(e.span.start, e.span.end)) fail(`${w}: text is not the text at its span`, { text: e.text, at: text.slice(e.span.start, e.span.end) });
    if (!e.id || !e.kind) fail(`${w}: no id or kind`, e);
    if (i > 0 && e.span.start < a.entities[i - 1].span.end) fail(`${w}: overlaps the previous mention`, [a.entities[i - 1].span, e.span]);
  });
  checkSorted(a.entities, 'entities');
  a.citations.forEach((c, i) => {
    const w = `citations[${i}]`;
    checkRange(doc, c.range, w);
    checkSpan(doc, c.span, c.range, w);
    if (c.span.end <= c.span.start) fail(`${w}: empty marker`, c.span);
    if (c.resolved) {
      if (c.referenceIndex === undefined || c.referenceIndex < 0 || c.referenceIndex >= a.references.length) fail(`${w}: resolved to a reference that does not exist`, c);
    } else if (!c.unresolvedReason) fail(`${w}: unresolved without a reason`, c);
  });
  if (!isKnown('citation-order')) checkSorted(a.citations, 'citations');
  a.references.forEach((r, i) => {
    if (r.range) checkRange(doc, r.range, `references[${i}]`);
  });
  a.sentences.forEach((s, i) => {
    const w = `sentences[${i}]`;
    checkRange(doc, s.range, w);
    checkSpan(doc, s.span, s.range, w);
    if (i > 0 && s.span.start < a.sentences[i - 1].span.end) fail(`${w}: overlaps the previous sentence`, [a.sentences[i - 1].span, s.span]);
  });
  a.quotes.forEach((q, i) => {
    const w = `quotes[${i}]`;
    checkRange(doc, q.range, w);
    checkSpan(doc, q.span, q.range, w);
    if (q.sentenceIndex < -1 || q.sentenceIndex >= a.sentences.length) fail(`${w}: sentenceIndex out of bounds`, q.sentenceIndex);
    if (q.sourced !== (q.citations.length > 0) && q.kind === 'inline') fail(`${w}: sourced disagrees with its citations`, q);
    if (!Number.isInteger(q.wordCount) || q.wordCount < 0) fail(`${w}: bad word count`, q.wordCount);
  });
  checkSorted(a.quotes, 'quotes');
  a.claims.forEach((c, i) => {
    const w = `claims[${i}]`;
    checkRange(doc, c.range, w);
    checkSpan(doc, c.span, c.range, w);
    if (c.sentenceIndex < 0 || c.sentenceIndex >= a.sentences.length) fail(`${w}: sentenceIndex out of bounds`, c.sentenceIndex);
    const s = a.sentences[c.sentenceIndex];
    if (s.span.start !== c.span.start || s.span.end !== c.span.end) fail(`${w}: not the span of its sentence`, { claim: c.span, sentence: s.span });
    if (!c.kinds.length) fail(`${w}: a claim with no kind`, c);
    c.values.forEach((v, k) => {
      checkRange(doc, v.range, `${w}.values[${k}]`);
      checkSpan(doc, v.span, v.range, `${w}.values[${k}]`);
      if (v.span.start < c.span.start || v.span.end > c.span.end) fail(`${w}.values[${k}]: outside its claim`, { value: v.span, claim: c.span });
      if (v.text !== text.slice(v.span.start, v.span.end)) fail(`${w}.values[${k}]: text is not the text at its span`, v);
      if (v.number !== undefined && !Number.isFinite(v.number)) fail(`${w}.values[${k}]: number not finite`, v);
    });
    for (const ch of c.checks) if (ch.valueIndex < 0 || ch.valueIndex >= c.values.length) fail(`${w}: check for a value that does not exist`, ch);
  });
  checkSorted(a.claims, 'claims');
  a.findings.forEach((f, i) => {
    const w = `findings[${i}] ${f.code}`;
    checkRange(doc, f.range, w);
    checkSpan(doc, f.span, f.range, w);
    if (!/^PL00[1-8]$/.test(f.code)) fail(`${w}: unknown code`, f.code);
    if (!f.message) fail(`${w}: no message`, f);
    f.related.forEach((r, k) => checkRange(doc, r.range, `${w}.related[${k}]`));
    f.fixes.forEach((fix, k) => fix.edits.forEach((e, j) => checkRange(doc, e.range, `${w}.fixes[${k}].edits[${j}]`)));
  });
  checkSorted(a.findings, 'findings');
}
