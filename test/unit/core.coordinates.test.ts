import * as assert from 'assert';
import { createAnalyzer, type Range } from '../../src/core';
import { bundledFactBase } from '../../src/core/factbase/bundled';

const analyzer = createAnalyzer({ factBase: bundledFactBase() });

/** The text a range covers, cut the way VS Code would: by line, then UTF-16 character. */
function textAt(text: string, r: Range): string {
  const lines = text.split(/\r\n|\n|\r/);
  if (r.start.line === r.end.line) return lines[r.start.line].slice(r.start.character, r.end.character);
  const parts = [lines[r.start.line].slice(r.start.character)];
  for (let l = r.start.line + 1; l < r.end.line; l++) parts.push(lines[l]);
  parts.push(lines[r.end.line].slice(0, r.end.character));
  return parts.join('\n');
}

describe('positions are line and UTF-16 character of the original text', () => {
  const body = 'Intro line.\n\nAnthropic\u2019s model said "we did not feel comfortable releasing this" today.[1]\n\n## Sources\n\n1. A source - Publisher\n';
  const variants: Record<string, string> = {
    LF: body,
    CRLF: body.replace(/\n/g, '\r\n'),
    CR: body.replace(/\n/g, '\r'),
    tabs: body.replace('model said', 'model\t\tsaid').replace('Intro line.', '\tIntro\tline.'),
    emoji: body.replace('Intro line.', 'Intro 🚀🧪 line.').replace('Anthropic', '🛡️ Anthropic'),
    'non-Latin': body.replace('Intro line.', 'Введение. 导言。').replace('model said', 'модель model said'),
  };
  for (const [name, text] of Object.entries(variants)) {
    it(`keeps ranges exact with ${name}`, () => {
      const a = analyzer.analyze(text);
      const quote = a.quotes[0];
      assert.ok(quote, 'the quotation is found');
      assert.strictEqual(textAt(text, quote.range), '"we did not feel comfortable releasing this"');
      assert.strictEqual(text.slice(quote.span.start, quote.span.end), '"we did not feel comfortable releasing this"');
      const marker = a.citations[0];
      assert.strictEqual(textAt(text, marker.range), '[1]');
      assert.ok(marker.resolved);
      const anthropic = a.entities.find((e) => e.id === 'anthropic');
      assert.ok(anthropic, 'Anthropic is mentioned');
      assert.strictEqual(textAt(text, anthropic.range), 'Anthropic\u2019s');
    });
  }

  it('reports a finding on the right line after CRLF endings', () => {
    const text = 'First.\r\n\r\nSecond "an unsourced quotation right here".\r\n';
    const f = analyzer.analyze(text).findings.find((x) => x.code === 'PL001');
    assert.ok(f);
    assert.deepStrictEqual(f.range, { start: { line: 2, character: 7 }, end: { line: 2, character: 42 } });
  });
});
