import * as assert from 'node:assert/strict';
import { createAnalyzer } from '../../src/core/index';
import { bundledFactBase } from '../../src/core/factbase/bundled';

describe('unbalanced quotation marks (PL008)', () => {
  const analyzer = createAnalyzer({ factBase: bundledFactBase() });

  it('reports at most the first 20 unbalanced quotation marks of a paragraph (PL008)', () => {
    const text = `Intro with one "open mark.\n\n${'„'.repeat(100)}\n`;
    const pl008 = analyzer.analyze(text).findings.filter((f) => f.code === 'PL008');
    const second = text.indexOf('„');
    assert.equal(pl008.length, 21);
    assert.equal(pl008[0].span.start, text.indexOf('"'));
    assert.deepEqual(pl008.slice(1).map((f) => f.span.start), Array.from({ length: 20 }, (_, i) => second + i));
  });
});
