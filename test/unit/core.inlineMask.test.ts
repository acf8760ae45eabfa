import * as assert from 'node:assert/strict';
import { createAnalyzer } from '../../src/core/index';
import { bundledFactBase } from '../../src/core/factbase/bundled';
import { buildStructure } from '../../src/core/markdown/structure';
import { LineIndex } from '../../src/core/text/lineIndex';

const maskOf = (text: string) => buildStructure(text, new LineIndex(text)).mask;
const blank = (s: string) => s.replace(/[^\r\n]/g, ' ');

describe('template tags are not prose', () => {
  const analyzer = createAnalyzer({ factBase: bundledFactBase() });

  it('blanks Hugo shortcodes, Liquid tags and template expressions, alone or inside a paragraph', () => {
    const tags = ['{{< tweet user="AnthropicAI" id="1909234567890123456" >}}', '{{% note %}}', '{% include figure.html caption="Mythos Preview scores 83.1% on CyberGym" %}', '{{ page.title }}'];
    for (const tag of tags) {
      assert.equal(maskOf(`${tag}\n`), `${blank(tag)}\n`);
      assert.equal(maskOf(`See ${tag} here.\n`), `See ${blank(tag)} here.\n`);
    }
  });

  it('raises no finding on what a template tag holds', () => {
    const text = [
      '{{< tweet user="AnthropicAI" id="1909234567890123456" >}}',
      '',
      '{% include pullquote.html text="we did not feel comfortable releasing this model" %}',
      '',
      'The title is {{ page.title }} and the figure {{< figure alt="a chart of 12 founding partners" >}} stays.',
      '',
    ].join('\n');
    assert.deepEqual(analyzer.analyze(text).findings, []);
  });

  it('leaves code, braces that span lines and lone braces alone', () => {
    assert.equal(maskOf('Use `{{ page.title }}` there.\n'), 'Use                    there.\n');
    assert.equal(maskOf('A {{ tag that\ngoes on }} here.\n'), 'A {{ tag that\ngoes on }} here.\n');
    assert.equal(maskOf('Sets {a, b} and {% not closed and 50% more.\n'), 'Sets {a, b} and {% not closed and 50% more.\n');
  });
});

describe('image alt text is prose, as link text is', () => {
  const analyzer = createAnalyzer({ factBase: bundledFactBase() });

  it('blanks the "!" and the destination of an image, and keeps its alt text', () => {
    assert.equal(maskOf('See ![a chart of scores](/img/c.png "Title") here.\n'), `See  [a chart of scores]${blank('(/img/c.png "Title")')} here.\n`);
    assert.equal(maskOf('[![Build status](https://b.example/x.svg)](https://ci.example)\n'), `[ [Build status]${blank('(https://b.example/x.svg)')}]${blank('(https://ci.example)')}\n`);
  });

  it('checks the quotations and figures of alt text', () => {
    const text = '![Slide: "the most psychologically settled model we have trained"; Mythos Preview scores 95.1% on CyberGym](/img/chart.png)\n';
    const codes = analyzer.analyze(text).findings.map((f) => f.code);
    assert.ok(codes.includes('PL001'));
    assert.ok(codes.includes('PL006'));
  });

  it('reads no alt text as a citation marker', () => {
    const analysis = analyzer.analyze('A chart ![1](/img/c.png) of the results.\n\n[1]: https://example.com\n');
    assert.deepEqual(analysis.citations, []);
  });
});
