import * as assert from 'assert';
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { createAnalyzer } from '../../src/core';
import { bundledFactBase } from '../../src/core/factbase/bundled';

/**
 * Fixture drafts with their expected findings written inline:
 *   <!-- expect PL001 -->                 a PL001 starts on this line
 *   <!-- expect PL003 on "some text" -->  a PL003 starts on the line holding "some text"
 *   <!-- check: PL001 PL008 -->           compare only these codes (default: all)
 * Every other line must have no finding of the checked codes.
 */
export const fixtureDir = join(__dirname, '../../../test/fixtures/core');

export interface Expectation {
  readonly line: number;
  readonly code: string;
}

export function readExpectations(text: string): { expected: Expectation[]; checked: Set<string> | undefined } {
  const lines = text.split(/\r\n|\n|\r/);
  const expected: Expectation[] = [];
  let checked: Set<string> | undefined;
  lines.forEach((line, i) => {
    for (const m of line.matchAll(/<!--\s*expect((?:\s+PL\d{3})+)(?:\s+on\s+"([^"]+)")?\s*-->/g)) {
      let target = i;
      if (m[2]) {
        target = lines.findIndex((l) => l.includes(m[2]) && !l.includes('<!-- expect'));
        assert.ok(target >= 0, `anchor "${m[2]}" not found`);
      }
      for (const code of m[1].trim().split(/\s+/)) expected.push({ line: target, code });
    }
    const c = /<!--\s*check:((?:\s+PL\d{3})+)\s*-->/.exec(line);
    if (c) checked = new Set(c[1].trim().split(/\s+/));
  });
  return { expected, checked };
}

const key = (e: Expectation) => `${e.line + 1}:${e.code}`;

describe('fixture drafts report exactly the findings marked in them', () => {
  const analyzer = createAnalyzer({ factBase: bundledFactBase(), settings: { 'severity.PL003': 'information', 'severity.PL007': 'hint' } });
  for (const name of readdirSync(fixtureDir).filter((f) => f.endsWith('.md'))) {
    it(name, () => {
      const text = readFileSync(join(fixtureDir, name), 'utf8');
      const { expected, checked } = readExpectations(text);
      const found = analyzer
        .analyze(text)
        .findings.filter((f) => !checked || checked.has(f.code))
        .map((f) => ({ line: f.range.start.line, code: f.code, message: f.message }));
      const want = expected.map(key).sort();
      const got = found.map(key).sort();
      assert.deepStrictEqual(got, want, `findings:\n${found.map((f) => `  ${f.line + 1} ${f.code} ${f.message}`).join('\n')}`);
    });
  }
});
