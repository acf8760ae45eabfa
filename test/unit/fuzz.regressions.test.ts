/**
 * Counterexamples the property-based tests found, minimised, kept as plain tests. A test of a
 * bug still listed in test/fuzz/knownBugs.ts is pending: delete the entry once it is fixed.
 */
import * as assert from 'node:assert/strict';
import { createAnalysisCache, createAnalyzer } from '../../src/core/index';
import { bundledFactBase } from '../../src/core/factbase/bundled';
import { checkAnalysis } from '../fuzz/invariants';
import { isKnown, knownBugs } from '../fuzz/knownBugs';

const analyzer = createAnalyzer({ factBase: bundledFactBase(), settings: {} });
const analyze = (text: string) => {
  const a = analyzer.analyze(text);
  checkAnalysis(text, a);
  return a;
};
const unless = (bug: string) => (isKnown(bug) ? it.skip : it);

describe('fuzz regressions', () => {
  it('places a heading that holds a NUL (which markdown-it reads as U+FFFD) where it stands, not across an emoji', () => {
    // '# "🚀\0' gave a sentence [0, 4], which ends inside the emoji's surrogate pair.
    assert.deepEqual(
      analyze('# "🚀\u0000').sentences.map((s) => [s.span.start, s.span.end]),
      [[2, 6]],
    );
    assert.deepEqual(
      analyze('## Mythos Preview scored 88.1% on CyberGym\u0000').sentences.map((s) => [s.span.start, s.span.end]),
      [[3, 43]],
    );
  });

  it('keeps citation markers in document order when a block mixes bracketed markers and in-text Pandoc keys', () => {
    const a = analyze('---\nbibliography: refs.bib\n---\n\n@smith2020 says so [1].\n');
    assert.deepEqual(
      a.citations.map((c) => c.label),
      ['@smith2020', '1'],
    );
  });

  it('reads the same author of a narrative author-year citation whatever the line endings, without a quotation mark', () => {
    const doc = (eol: string) => `"${eol}${eol}Anthropic (2026a) says so.${eol}${eol}## References${eol}${eol}1. Anthropic. 2026a. "Project Glasswing."${eol}`;
    for (const eol of ['\n', '\r\n', '\r']) {
      assert.deepEqual(
        analyze(doc(eol)).citations.map((c) => [c.label, c.resolved]),
        [['Anthropic 2026a', true]],
        JSON.stringify(eol),
      );
    }
    assert.deepEqual(analyze(`It said " Anthropic (2026a) so.\n\n## References\n\n- Anthropic. 2026a. X.\n`).citations.map((c) => c.label), ['Anthropic 2026a']);
  });

  it('reads a title of address before a name on the next line the same whatever the line endings', () => {
    const doc = (eol: string) => `Dr.${eol}SWE-bench Verified${eol} ![Anthropic chart [1]](https://x.org/a.png "Mythos") `;
    const ids = (eol: string) => analyze(doc(eol)).entities.map((e) => [e.id, e.range]);
    for (const eol of ['\r\n', '\r']) assert.deepEqual(ids(eol), ids('\n'), JSON.stringify(eol));
    const named = (eol: string) => analyze(`He met Ms.${eol}Claude Fontaine there.`).entities.map((e) => e.id);
    for (const eol of ['\n', '\r\n', '\r']) assert.deepEqual(named(eol), [], JSON.stringify(eol));
  });

  it('finds the same claims whatever the line endings: a number at the start of a line after a name', () => {
    const lf = analyze('Anthropic\n40 organizations');
    for (const eol of ['\r\n', '\r']) {
      const other = analyze(`Anthropic${eol}40 organizations`);
      assert.deepEqual(
        other.claims.map((c) => [c.kinds, c.range]),
        lf.claims.map((c) => [c.kinds, c.range]),
        JSON.stringify(eol),
      );
    }
  });

  it('reads figures split by a CRLF line break as it reads them split by LF', () => {
    for (const text of ['It cost $\n5 million.', 'The 27\nyear-old flaw.', 'It took 11\ndays.', 'About 300\npages long.', 'It scored 83\n% on the test.']) {
      const lf = analyze(text).claims.flatMap((c) => c.values.map((v) => [v.kind, v.number, v.range]));
      const crlf = analyze(text.replace(/\n/g, '\r\n')).claims.flatMap((c) => c.values.map((v) => [v.kind, v.number, v.range]));
      assert.deepEqual(crlf, lf, text);
    }
  });

  it('sees the same words before a superlative or a figure whatever the line endings (a look-back of fixed width)', () => {
    // Found by `npm run fuzz` (seed 1145947047): the 60 characters looked back from "first"
    // reached "the" with LF but not with CRLF, one character longer.
    const text = 'the apple\n <span title="Anthropic [1] “quoted text here”">  first don\'t 83.1%\nthe';
    const lf = analyze(text).claims.map((c) => [c.kinds, c.range]);
    assert.deepEqual(lf[0][0], ['percentage', 'superlative']);
    for (const eol of ['\r\n', '\r']) assert.deepEqual(analyze(text.replace(/\n/g, eol)).claims.map((c) => [c.kinds, c.range]), lf, JSON.stringify(eol));
  });

  it('holds a fact against the same figure whatever the line endings', () => {
    // Found by `npm run fuzz` (seed -1480898243): of two figures contradicting one fact, the
    // nearer was measured in UTF-16 offsets, and each CRLF made the next line one further.
    const text = '> > 66.6 percent most 27-year-old . swe-bench verified\n> > [μῦθος ~50% the](https://example.org/Anthropic/[1]) Anthropic\n> > Mythos Anthropic μῦθος';
    const held = (t: string) => analyze(t).findings.filter((f) => f.code === 'PL006').map((f) => [f.range.start.line, f.message]);
    assert.equal(held(text).length, 1);
    for (const eol of ['\r\n', '\r']) assert.deepEqual(held(text.replace(/\n/g, eol)), held(text), JSON.stringify(eol));
  });

  it('takes no paragraph after a list for the text of a References item that has none', () => {
    // Found by `npm run fuzz` (seed -933830430): an item holding only an HTML comment left its
    // "next paragraph is my text" flag set, so the paragraph after the list became item 2.
    const text = '> [2-4] .\n\n## References\n\n1. "Project Glasswing" - Anthropic\n\n-  <!-- a comment [3] -->\n\nA closing paragraph with plain words only.\n';
    const a = analyze(text);
    assert.deepEqual(a.references.map((r) => r.text), ['"Project Glasswing" - Anthropic']);
    assert.deepEqual(a.citations.map((c) => [c.label, c.resolved]), [['2', false], ['3', false], ['4', false]]);
  });

  it('gives a figure too long for a number no number rather than Infinity', () => {
    const a = analyze(`Claude Mythos Preview scored ${'9'.repeat(400)}% on CyberGym.`);
    const values = a.claims.flatMap((c) => c.values);
    assert.ok(values.length > 0);
    for (const v of values) assert.ok(v.number === undefined || Number.isFinite(v.number), String(v.number));
  });

  it('judges afresh a one-sentence paragraph whose paragraph before became prose (it was a heading): cached equals fresh', () => {
    // The kept verdict had not read the heading before it, but whether it goes on from the paragraph before turns on what that is.
    const cache = createAnalysisCache();
    const before = '# [1]\r\n\r\n16-year-old the Anthropic モデル\r\n[1]';
    const after = `FFmpeg Anthropic${before}`;
    analyzer.analyze(before, { cache });
    const cached = analyzer.analyze(after, { cache });
    assert.deepEqual(JSON.parse(JSON.stringify(cached)), JSON.parse(JSON.stringify(analyzer.analyze(after))));
    assert.equal(cached.claims[0].status, 'confirmed');
  });

  it('judges afresh a one-sentence paragraph that had no sentence before it and now has one: cached equals fresh (the long fuzz run\'s counterexample)', () => {
    // With "<!--" typed at the start, the first lines became a comment and the count's sentence the first of the draft:
    // its verdict read nothing before it and was kept without that key, so it stood when the comment went and a
    // sentence naming Project Glasswing (more than 50 organizations on record) came back before it.
    const cache = createAnalysisCache();
    const text = 'Project Glasswing the  `Anthropic [1] "quoted words in code"` \n <!-- Anthropic said "this is hidden from view" [3] -->  "40 organizations Anthropic\n[83.1%](https://example.org/Anthropic/[1])';
    analyzer.analyze(text, { cache });
    analyzer.analyze(`<!--${text}`, { cache });
    const cached = analyzer.analyze(text, { cache });
    assert.deepEqual(JSON.parse(JSON.stringify(cached)), JSON.parse(JSON.stringify(analyzer.analyze(text))));
    assert.equal(cached.claims[0].status, 'contradicted');
  });

  it('reads a date alone on its line as the draft\'s date whatever the line endings, a lone "\\r" too (the long fuzz run\'s counterexample)', () => {
    const text = '[2026-04-07](https://example.org/Anthropic/[1])\n\\"\n\n> the';
    const found = (t: string) => analyzer.analyze(t).findings.map((f) => `${f.code} ${f.range.start.line}:${f.range.start.character}`);
    assert.deepEqual(found(text.replace(/\n/g, '\r')), found(text));
    assert.deepEqual(found(text.replace(/\n/g, '\r\n')), found(text));
  });

  it('places an HTML block\'s text right on a line that holds a NUL, which markdown-it reads as U+FFFD (the long fuzz run\'s counterexample)', () => {
    // The line's content did not match the source at the NUL, so its start was guessed past the indentation: one
    // character late, which split the emoji after the comment (a sentence starting inside a surrogate pair) and blanked "a".
    const text = ' <!-- Anthropic said "this is hidden from view" [3] --> 🚀 the\u0000';
    const a = analyze(text);
    assert.deepEqual(a.sentences.map((s) => s.span), [{ start: 56, end: 63 }]);
    assert.equal(analyze(' <!-- x --> Anthropic said it.\u0000').entities[0]?.text, 'Anthropic');
  });

  it('reads a metadata-style row of a table with a party in its header the same whatever the line endings (the long fuzz run\'s counterexample)', () => {
    // The rows of a table were found adjacent by splitting on "\n" alone: with "\r" line endings the "risk" row stood alone,
    // named no party, and its rating lost its hint as the document's own.
    const text = '| Anthropic |  |  |\n| --- | --- | --- |\n| risk | 83.1% |  |';
    const found = (t: string) => analyzer.analyze(t).findings.map((f) => `${f.code} ${f.range.start.line}:${f.range.start.character}`);
    assert.deepEqual(found(text), ['PL007 2:9']);
    assert.deepEqual(found(text.replace(/\n/g, '\r')), found(text));
    assert.deepEqual(found(text.replace(/\n/g, '\r\n')), found(text));
  });

  it('reads a quoted title before the URL that ends a list item the same whatever the line endings (the long fuzz run\'s counterexample)', () => {
    // The item's line start and the URL's start were found after "\n" alone: with "\r" line endings the item was no list
    // item, its quoted words a quotation (PL001) rather than a title (whose figure is hinted, PL007).
    const text = '> "\n\n- ‚ 83.1% the partners’  https://www.anthropic.com/glasswing?ref=[1] \n- don\'t';
    const found = (t: string) => analyzer.analyze(t).findings.map((f) => `${f.code} ${f.range.start.line}:${f.range.start.character}`);
    assert.deepEqual(found(text.replace(/\n/g, '\r')), found(text));
    assert.deepEqual(found(text.replace(/\n/g, '\r\n')), found(text));
    assert.ok(!found(text).some((f) => f.startsWith('PL001')), found(text).join(', '));
  });

  unless('value-spans-masked')(`never reads a claim value across code, comments or math (${knownBugs['value-spans-masked']?.file ?? 'fixed'})`, () => {
    for (const text of ['It cost $5 <!-- x --> million in total.', 'It shipped on 3 `code` March 2026 to partners.', 'No. 3 $x_1 = [2]$ March 2026 it was.']) {
      const a = analyze(text);
      for (const c of a.claims) {
        for (const v of c.values) assert.ok(!/`|<!--|\$x/.test(v.text), `${JSON.stringify(v.text)} in ${JSON.stringify(text)}`);
      }
    }
  });
});
