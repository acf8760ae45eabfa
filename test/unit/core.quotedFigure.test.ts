import * as assert from 'node:assert/strict';
import { createAnalyzer } from '../../src/core/index';
import { bundledFactBase } from '../../src/core/factbase/bundled';

const analyzer = createAnalyzer({ factBase: bundledFactBase() });
const findings = (text: string) => analyzer.analyze(`# Brief\n\n${text}\n`).findings;
const hints = (text: string) => findings(text).filter((f) => f.code === 'PL007').map((f) => f.message.slice(f.message.indexOf('“')));

describe('a figure set alone in quotation marks', () => {
  it('is a term the sentence mentions: it needs no citation', () => {
    assert.deepEqual(hints('- Use `83.1%` in tables and "83.1 percent" in running text.'), []);
    assert.deepEqual(hints('Write “$100 million”, not “$100M”.'), []);
  });

  it('still wants a citation when the sentence reports it as said, or when the quotation holds more than the figure', () => {
    assert.deepEqual(hints('Anthropic said "$100 million" was the sum.'), ['“$100 million”']);
    assert.deepEqual(hints('It named "about 40" partners.'), ['“about 40”']);
  });

  it('is still checked against the record', () => {
    const pl006 = findings('Claude Mythos Preview scored "93.1%" on CyberGym.').filter((f) => f.code === 'PL006');
    assert.equal(pl006.length, 1);
  });
});
