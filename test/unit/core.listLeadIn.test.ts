import * as assert from 'node:assert/strict';
import { createAnalyzer } from '../../src/core/index';
import { bundledFactBase } from '../../src/core/factbase/bundled';

const analyzer = createAnalyzer({ factBase: bundledFactBase() });
const refs = '\n\n[1]: https://anthropic.example "System card"\n';
const codes = (text: string) => analyzer.analyze(text + refs).findings.filter((f) => f.code !== 'PL003').map((f) => `${f.code}@${f.range.start.line}`);

describe('a list lead-in that ends with a colon and cites a source', () => {
  const items = '- 83.1% on CyberGym for Mythos Preview.\n- 93.9% on SWE-bench Verified.\n  - 77.8% on SWE-bench Pro.\n- Jared Kaplan said it will "reshape how the industry handles bugs".';

  it('cites for the claims and quotations of its items and sub-items', () => {
    for (const lead of ['The system card reports the following [1]:', 'The system card reports:[1]', 'The system card reports: [1]', 'According to the system card [1], the scores were:', 'The system card reports<sup>[1]</sup>:', '**The system card reports [1]:**', 'Its results are summarized below.[1]', 'The scores are as follows [1].', 'The card lists the following.[1]']) {
      assert.deepEqual(codes(`${lead}\n\n${items}`), [], lead);
      assert.deepEqual(codes(`${lead}\n${items}`), [], lead);
    }
    const analysis = analyzer.analyze(`The system card reports [1]:\n\n${items}${refs}`);
    assert.deepEqual(analysis.claims.map((c) => c.citations), [['1'], ['1'], ['1'], ['1'], ['1']]);
    assert.deepEqual(analysis.quotes.map((q) => [q.sourced, q.citations]), [[true, ['1']]]);
  });

  it('does not cite without the colon, without a marker, with a dangling marker, or past a heading or another block', () => {
    assert.deepEqual(codes(`The system card reports these scores [1].\n\n${items}`), ['PL007@2', 'PL007@3', 'PL007@4', 'PL001@5']);
    assert.deepEqual(codes(`The scores came in below expectations [1].\n\n${items}`), ['PL007@2', 'PL007@3', 'PL007@4', 'PL001@5']);
    assert.deepEqual(codes(`The system card reports the following:\n\n${items}`), ['PL007@2', 'PL007@3', 'PL007@4', 'PL001@5']);
    assert.deepEqual(codes(`The system card reports the following [7]:\n\n${items}`), ['PL002@0', 'PL007@2', 'PL007@3', 'PL007@4', 'PL001@5']);
    assert.deepEqual(codes(`The system card reports [1]:\n\n## Scores\n\n${items}`), ['PL007@4', 'PL007@5', 'PL007@6', 'PL001@7']);
    assert.deepEqual(codes(`The system card reports [1]:\n\n> An aside.\n\n${items}`), ['PL007@4', 'PL007@5', 'PL007@6', 'PL001@7']);
  });

  it('gives way to an item that cites for itself, and covers only its own list', () => {
    const analysis = analyzer.analyze(`Scores [1]:\n\n- 83.1% on CyberGym [2].\n\nA later list:\n\n- 93.9% on SWE-bench Verified.${refs}[2]: https://cnn.example\n`);
    assert.deepEqual(analysis.claims.map((c) => c.citations), [['2'], []]);
  });
});
