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

describe('a table’s source line set above it', () => {
  const src = 'Source: Anthropic, *Project Glasswing*, 7 April 2026[^4]';
  const cited = (text: string) => {
    const a = analyzer.analyze(text);
    assert.deepStrictEqual(codes(a.findings), [], text);
    for (const c of a.claims) assert.deepStrictEqual(c.citations, ['^4'], c.text);
  };

  it('cites every row between a caption and the table, one blank line or none apart', () => {
    cited(`Table 1: Selected benchmark results (per cent)\n\n${src}\n\n${table}${note}`);
    cited(`**Table 1. Selected benchmark results (%)**\n\n**Source:** Anthropic, 7 April 2026.[^4]\n${table}${note}`);
    cited(`The model did well.\n\n${src}\n${table}${note}`);
  });

  it('cites every row between a heading and the table, and as the last line of the caption’s paragraph', () => {
    cited(`### Selected benchmark results\n\n${src}\n\n${table}${note}`);
    cited(`${src}\n\n${table}${note}`);
    cited(`*Table 1. Selected benchmark results (per cent)*\n${src}\n\n${table}${note}`);
  });

  it('does not take the line under an earlier table, or one set after prose, apart from the table', () => {
    const first = '| Model | Partners |\n|---|---:|\n| Project Glasswing | 12 |\n';
    const a = analyzer.analyze(`${first}\n${src}\n\n${table}${note}`);
    assert.deepStrictEqual(codes(a.findings), ['PL007', 'PL007']);
    assert.ok(a.findings.every((f) => f.range.start.line > 4), JSON.stringify(a.findings.map((f) => f.range)));
    assert.deepStrictEqual(codes(analyzer.analyze(`Mythos Preview scored higher than any model before it.\n\n${src}\n\n${table}${note}`).findings), ['PL007', 'PL007']);
    assert.deepStrictEqual(codes(analyzer.analyze(`The scores are in.\nSource: Anthropic[^4]\n\n${table}${note}`).findings), ['PL007', 'PL007']);
  });

  it('a line that does not open on a Source label, or is two blank lines away, cites no row', () => {
    assert.deepStrictEqual(codes(analyzer.analyze(`As Anthropic reports.[^4]\n\n${table}${note}`).findings), ['PL007', 'PL007']);
    assert.deepStrictEqual(codes(analyzer.analyze(`${src}\n\n\n${table}${note}`).findings), ['PL007', 'PL007']);
  });
});
