// Single guillemets ‹…› (and ›…‹) are quotation marks, read as « » and » « are.
import * as assert from 'node:assert/strict';
import { createAnalyzer } from '../../src/core/index';
import { bundledFactBase } from '../../src/core/factbase/bundled';

const analyzer = createAnalyzer({ factBase: bundledFactBase() });
const sources = '\n\n## Sources\n\n1. CNN piece - CNN\n';
const codes = (text: string) => analyzer.analyze(text + sources).findings.map((f) => f.code);

describe('single guillemets', () => {
  it('reads ‹…› and ›…‹ as a quotation, checked against the record', () => {
    const text = 'Logan Graham said ‹We did not feel comfortable releasing this generally›.';
    const [quote] = analyzer.analyze(text).quotes;
    assert.equal(quote?.text, 'We did not feel comfortable releasing this generally');
    assert.equal(quote.onRecord, 'not-comfortable-releasing');
    assert.deepEqual(codes(text), ['PL001', 'PL003']);
    assert.deepEqual(codes('Dario Amodei said ›We did not feel comfortable releasing this generally‹.[1]'), ['PL005']);
    assert.deepEqual(codes('Logan Graham said ‹We did not feel comfortable releasing it widely›.[1]'), ['PL004']);
  });

  it('reports an unclosed single guillemet (PL008), and takes none between spaces for a mark', () => {
    assert.ok(codes('Logan Graham said ‹We did not feel comfortable releasing this generally.[1]').includes('PL008'));
    assert.deepEqual(analyzer.analyze('Open Settings › Privacy › Reports to see them.').quotes, []);
    assert.deepEqual(analyzer.analyze('Open Settings › Privacy › Reports to see them.').findings, []);
  });
});
