/**
 * Property-based tests of the analysis core (fast-check): 3,000 cases in all in `npm test`,
 * shared among the properties; how `npm run fuzz` changes that is in test/fuzz/budget.ts.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { createAnalysisCache, createAnalyzer } from '../../src/core/index';
import { bundledFactBase } from '../../src/core/factbase/bundled';
import type { Analysis } from '../../src/core/types';
import { checkAnalysis } from '../fuzz/invariants';
import { markdownDoc, markdownish, type Doc } from '../fuzz/arbitraries';
import { isKnown } from '../fuzz/knownBugs';
import { fuzzLong as long, fuzzParams } from '../fuzz/budget';

const total = 3000;
/** Share of the total run budget for one property (the shares add up to 1). */
const params = (share: number): fc.Parameters<unknown> => fuzzParams(Math.max(20, Math.ceil(total * share)), share);

const analyzer = createAnalyzer({ factBase: bundledFactBase(), settings: {} });
const analyze = (text: string): Analysis => analyzer.analyze(text);

/** Plain data, so deep equality compares values and nothing else. */
const plain = (a: Analysis): unknown => JSON.parse(JSON.stringify(a));

function insideCode(doc: Doc, start: number, end: number): [number, number] | undefined {
  return doc.code.find(([a, b]) => start < b && end > a && end > start);
}

describe('fuzz: analysis core properties', function () {
  this.timeout(long ? 0 : 120000);

  it('never throws and keeps every invariant on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ maxLength: 300 }), markdownish), (text) => {
        checkAnalysis(text, analyze(text));
      }),
      params(0.15),
    );
  });

  it('never throws and keeps every invariant on generated Markdown (LF, CRLF, CR)', () => {
    fc.assert(
      fc.property(markdownDoc(), (doc) => {
        checkAnalysis(doc.text, analyze(doc.text));
      }),
      params(0.2),
    );
  });

  it('finds nothing in code, comments, front matter, link destinations or HTML', () => {
    fc.assert(
      fc.property(markdownDoc(), (doc) => {
        const a = analyze(doc.text);
        for (const e of a.entities) assert.equal(insideCode(doc, e.span.start, e.span.end), undefined, `entity ${JSON.stringify(e.text)} at ${e.span.start} in non-prose`);
        for (const c of a.citations) assert.equal(insideCode(doc, c.span.start, c.span.end), undefined, `citation ${c.label} at ${c.span.start} in non-prose`);
        for (const q of a.quotes) {
          if (q.kind !== 'inline') continue;
          assert.equal(insideCode(doc, q.span.start, q.span.start + 1), undefined, `opening mark of ${JSON.stringify(q.text)} in non-prose`);
          assert.equal(insideCode(doc, q.span.end - 1, q.span.end), undefined, `closing mark of ${JSON.stringify(q.text)} in non-prose`);
        }
        for (const c of a.claims) {
          for (const v of c.values) {
            // While value-spans-masked is open, only the value's own first and last characters are checked.
            const inside = isKnown('value-spans-masked') ? insideCode(doc, v.span.start, v.span.start + 1) ?? insideCode(doc, v.span.end - 1, v.span.end) : insideCode(doc, v.span.start, v.span.end);
            assert.equal(inside, undefined, `claim value ${JSON.stringify(v.text)} in non-prose`);
          }
        }
      }),
      params(0.15),
    );
  });

  it('is deterministic: the same text, analysed twice or by a fresh analyzer, gives the same result', () => {
    fc.assert(
      fc.property(markdownDoc(), (doc) => {
        const first = plain(analyze(doc.text));
        assert.deepEqual(plain(analyze(doc.text)), first);
        // A no-op edit: the same text rebuilt from its pieces (a different string object).
        const rebuilt = doc.text.split(doc.eol).join(doc.eol);
        assert.deepEqual(plain(analyze(rebuilt)), first);
        assert.deepEqual(plain(createAnalyzer({ factBase: bundledFactBase() }).analyze([...doc.text].join(''))), first);
      }),
      params(0.1),
    );
  });

  it('keeps citations, entities and quotations when an unrelated paragraph is appended', () => {
    const tail = 'An unrelated closing paragraph with plain words only';
    fc.assert(
      fc.property(markdownDoc(), (doc) => {
        const before = analyze(doc.text);
        const sep = /(\r\n|\n|\r)$/.test(doc.text) || doc.text === '' ? doc.eol : doc.eol + doc.eol;
        const after = analyze(`${doc.text}${sep}${tail}${doc.eol}`);
        const cite = (a: Analysis) => a.citations.map((c) => ({ label: c.label, kind: c.kind, span: c.span, resolved: c.resolved }));
        assert.deepEqual(cite(after), cite(before));
        assert.deepEqual(after.entities, before.entities);
        assert.deepEqual(
          after.quotes.map((q) => ({ span: q.span, sourced: q.sourced, onRecord: q.onRecord })),
          before.quotes.map((q) => ({ span: q.span, sourced: q.sourced, onRecord: q.onRecord })),
        );
      }),
      params(0.15),
    );
  });

  it('reports the same lines and characters whatever the line endings', () => {
    fc.assert(
      fc.property(markdownDoc({ eols: ['\n'] }), fc.constantFrom('\r\n', '\r'), (doc, eol) => {
        const lf = analyze(doc.text);
        const other = doc.text.replace(/\n/g, eol);
        const crlf = analyze(other);
        const ranges = (a: Analysis) => ({
          entities: a.entities.map((e) => [e.id, e.range]),
          citations: a.citations.map((c) => [c.label, c.resolved, c.range]),
          quotes: a.quotes.map((q) => [q.kind, q.sourced, q.range]),
          claims: a.claims.map((c) => [c.kinds, c.range]),
          findings: a.findings.map((f) => [f.code, f.range]),
        });
        assert.deepEqual(ranges(crlf), ranges(lf));
        // And the texts reported do not change either (line breaks inside them are folded).
        assert.deepEqual(
          crlf.quotes.map((q) => q.text),
          lf.quotes.map((q) => q.text),
        );
      }),
      params(0.15),
    );
  });

  /** An edit of a document: replace [start, end) (positions as fractions of its length) with `insert`. */
  const edit = fc.record({
    from: fc.double({ min: 0, max: 1, noNaN: true }),
    length: fc.double({ min: 0, max: 0.3, noNaN: true }),
    insert: fc.oneof(fc.constant(''), markdownish, fc.string({ maxLength: 40 }), fc.constantFrom('\n\n', '"', '[1]', ' 12%', '> ', '<!--', '```\n')),
  });
  const applyEdit = (text: string, e: { from: number; length: number; insert: string }) => {
    const start = Math.floor(e.from * text.length);
    const end = Math.min(text.length, start + Math.floor(e.length * text.length));
    return text.slice(0, start) + e.insert + text.slice(end);
  };

  it('gives the same analysis with the document cache as without it, after any series of edits', () => {
    fc.assert(
      fc.property(markdownDoc(), fc.array(edit, { minLength: 1, maxLength: 4 }), (doc, edits) => {
        const cache = createAnalysisCache();
        let text = doc.text;
        assert.deepEqual(plain(analyzer.analyze(text, { cache })), plain(analyze(text)));
        for (const e of edits) {
          text = applyEdit(text, e);
          assert.deepEqual(plain(analyzer.analyze(text, { cache })), plain(analyze(text)), `after replacing with ${JSON.stringify(e.insert)}`);
        }
        // And back to the start: what the cache dropped is scanned again.
        assert.deepEqual(plain(analyzer.analyze(doc.text, { cache })), plain(analyze(doc.text)));
      }),
      params(0.1),
    );
  });
});
