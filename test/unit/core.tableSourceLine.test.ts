import * as assert from 'assert';
import { createAnalyzer, type Finding } from '../../src/core';
import { bundledFactBase } from '../../src/core/factbase/bundled';
import { applyFix } from './core.fixes.test';

/**
 * A table with the usual "Source: …[^4]" line set under it: the line's resolving markers cite every
 * row that cites nothing itself, and a citation fix in a table row never puts its marker against a
 * figure in a cell of numbers.
 */

const analyzer = createAnalyzer({ factBase: bundledFactBase() });
const codes = (findings: readonly Finding[]) => findings.map((f) => f.code);
const table = '| Benchmark | Mythos Preview | Opus 4.6 |\n|---|---:|---:|\n| CyberGym | 83.1 | 66.6 |\n| SWE-bench Pro | 77.8 | 53.4 |\n';
const note = '\n[^4]: Anthropic, "Project Glasswing: Securing Critical Software for the AI Era," April 7, 2026.\n';

describe('a table’s source line', () => {
  for (const line of ['Source: Anthropic, *Project Glasswing*, 7 April 2026[^4]', '**Source:** Anthropic, 7 April 2026.[^4]', '*Sources: Anthropic, 7 April 2026[^4]*']) {
    it(`cites every row: ${line}`, () => {
      const a = analyzer.analyze(`Table 1: Selected benchmark results (per cent)\n\n${table}\n${line}\n${note}`);
      assert.deepStrictEqual(codes(a.findings), []);
      for (const c of a.claims) assert.deepStrictEqual(c.citations, ['^4'], c.text);
    });
  }

  it('keeps a row’s own marker, and cites only the rows that cite nothing', () => {
    const own = table.replace('| 77.8 | 53.4 |', '| 77.8 | 53.4 [^5] |');
    const a = analyzer.analyze(`${own}\nSource: Anthropic[^4]\n${note}[^5]: Anthropic, "Claude Mythos Preview System Card," April 7, 2026.\n`);
    assert.deepStrictEqual(codes(a.findings), []);
    assert.deepStrictEqual(a.claims.filter((c) => c.text.includes('83.1')).map((c) => c.citations), [['^4']]);
    assert.deepStrictEqual(a.claims.filter((c) => c.text.includes('77.8')).map((c) => c.citations), [['^5']]);
  });

  it('does not cite from a line that is not directly under the table, or does not open on a Source label', () => {
    assert.deepStrictEqual(codes(analyzer.analyze(`${table}\nThe scores are high.\n\nSource: Anthropic[^4]\n${note}`).findings), ['PL007', 'PL007']);
    assert.deepStrictEqual(codes(analyzer.analyze(`${table}\nAs Anthropic reports.[^4]\n${note}`).findings), ['PL007', 'PL007']);
  });

  it('a marker that resolves to nothing cites no row', () => {
    const found = analyzer.analyze(`${table}\nSource: Anthropic[^9]\n${note}`).findings;
    assert.deepStrictEqual(codes(found), ['PL007', 'PL007', 'PL002', 'PL003']);
  });
});

describe('a citation fix in a table row', () => {
  it('puts the marker at the end of the row’s label, not against a figure', () => {
    const text = `Table 1: Selected benchmark results, Claude Mythos Preview and Claude Opus 4.6 (per cent)\n\n${table}${note}`;
    const hint = analyzer.analyze(text).findings.find((f) => f.code === 'PL007');
    assert.ok(hint?.fixes.length, 'PL007 offers a fix');
    const fixed = applyFix(text, hint.fixes[0]);
    assert.match(fixed, /\| CyberGym\[\^4\] \| 83\.1 \| 66\.6 \|/);
    assert.deepStrictEqual(codes(analyzer.analyze(fixed).findings).filter((c) => c !== 'PL007'), []);
    assert.doesNotMatch(fixed, /\d\[\^/);
  });
});
