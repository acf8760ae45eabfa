import * as assert from 'node:assert/strict';
import { createAnalyzer } from '../../src/core/index';
import { bundledFactBase } from '../../src/core/factbase/bundled';
import { buildStructure } from '../../src/core/markdown/structure';
import { LineIndex } from '../../src/core/text/lineIndex';

const analyzer = createAnalyzer({ factBase: bundledFactBase() });
const maskOf = (text: string) => buildStructure(text, new LineIndex(text)).mask;
const blank = (s: string) => s.replace(/[^\r\n]/g, ' ');
/** Findings as `CODE@line:character`, PL003 (uncited references) aside. */
const found = (text: string) =>
  analyzer
    .analyze(text)
    .findings.filter((f) => f.code !== 'PL003')
    .map((f) => `${f.code}@${f.range.start.line}:${f.range.start.character}`);
const sentences = (text: string) => analyzer.analyze(text).sentences.map((s) => text.slice(s.span.start, s.span.end));

describe('a tag that spans lines', () => {
  it('leaves out the attributes of a tag that spans lines, also where it opens a paragraph', () => {
    // `<Callout` alone on its line opens no HTML block: CommonMark reads a paragraph with raw HTML in it.
    const text = '<Callout\n  type="warning"\n  title="Mythos Preview scores 99% on CyberGym">\nMythos Preview scores 83.1% on CyberGym.[1]\n</Callout>\n\n[1]: https://www.anthropic.com/glasswing\n';
    assert.deepEqual(found(text), []);
    assert.deepEqual(sentences(text), ['Mythos Preview scores 83.1% on CyberGym.[1]']);
  });
});

describe('MDX comments are comments', () => {
  it('blanks {/* … */}, alone on a line or inside a sentence, and reads nothing in it', () => {
    const comment = '{/* TODO(ana): was it 10 or 12 partners? "We did not feel comfortable" — cite [15] */}';
    assert.deepEqual(found(`${comment}\n\nPlain prose.\n`), []);
    assert.equal(maskOf(`${comment}\n`), `${blank(comment)}\n`);
    assert.equal(maskOf('Text {/* 12 partners */} here.\n'), `Text ${blank('{/* 12 partners */}')} here.\n`);
  });

  it('takes policy-lens suppression comments in MDX form', () => {
    const text = '{/* policy-lens-disable-next-line PL007 */}\nMythos Preview scores 83.1% on CyberGym.\n';
    assert.deepEqual(found(text), []);
    assert.deepEqual(found('Mythos Preview scores 83.1% on CyberGym. {/* policy-lens-disable-line */}\n'), []);
  });

  it('leaves a "{/*" that does not close in its block as text', () => {
    assert.equal(maskOf('Globs such as {/*.md} stay.\n'), 'Globs such as {/*.md} stay.\n');
  });
});

describe('wikilinks and embeds', () => {
  it('reads no marker, claim or entity in a link target', () => {
    const text = 'Related: [[Project Glasswing]], [[Logan Graham]], [[2026-04-07]].\n\n![[Glasswing launch 2026-04-07.png]]\n\n![[cybergym-chart.png|400]]\n\n## Sources\n\n1. A - B\n2. C - D\n';
    const analysis = analyzer.analyze(text);
    assert.deepEqual(analysis.citations, []);
    assert.deepEqual(analysis.claims, []);
    assert.deepEqual(analysis.entities, []);
    assert.deepEqual(
      analysis.findings.map((f) => f.code),
      ['PL003', 'PL003'],
    );
  });

  it('keeps the alias of [[Page|alias]] as the visible text', () => {
    const link = '[[Claude Mythos Preview|Mythos]]';
    assert.equal(maskOf(`See ${link} now.\n`), `See ${blank('[[Claude Mythos Preview|')}Mythos${blank(']]')} now.\n`);
    const [entity] = analyzer.analyze(`See ${link} now.\n`).entities;
    assert.equal(entity.text, 'Mythos');
  });

  it('leaves a link whose text is a bracketed number alone', () => {
    assert.equal(maskOf('As shown [[1]](#ref-1).\n'), `As shown [[1]]${blank('(#ref-1)')}.\n`);
  });
});

describe('Marp image directives', () => {
  it('reads no alt text made only of Marp keywords', () => {
    for (const image of ['![bg right:40% 80%](img/chart.png)', '![bg](a.png)', '![w:320 h:50% sepia blur:4px](a.png)', '![bg left:33% contain brightness:0.8](a.png)']) {
      assert.deepEqual(found(`${image}\n`), [], image);
      assert.equal(maskOf(`${image}\n`).trim(), '', image);
    }
  });

  it('still reads alt text with words', () => {
    assert.deepEqual(found('![Mythos Preview scores 85.1% on CyberGym](chart.png)\n'), ['PL006@0:24', 'PL007@0:24']);
    assert.deepEqual(found('![bg scores 85.1% on CyberGym for Mythos Preview](chart.png)\n').length, 2);
    assert.equal(maskOf('![50%](a.png)\n'), ` [50%]${blank('(a.png)')}\n`);
  });
});
