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

describe('the text inside an HTML block is prose', () => {
  it('checks the text between the tags of a <div>, with no blank lines around it', () => {
    assert.deepEqual(found('<div class="note">\nMythos Preview scores 85.1% on CyberGym.\n</div>\n'), ['PL006@1:22', 'PL007@1:22']);
    // As it does with blank lines around it.
    assert.deepEqual(found('<div class="note">\n\nMythos Preview scores 85.1% on CyberGym.\n\n</div>\n'), ['PL006@2:22', 'PL007@2:22']);
  });

  it('checks the text of MDX components, indented or not, and of <details>', () => {
    const callout = '<Callout type="info" title="Why 83.1% matters">\n  The leaked draft warned of an "upcoming wave of models that can exploit vulnerabilities".\n</Callout>\n';
    assert.deepEqual(found(callout), ['PL001@1:32']);
    const tabs = 'Anthropic backs Glasswing with usage credits.[1]\n\n<Tabs>\n  <TabItem value="credits" label="Credits ($100M)">\n    Up to $150 million in usage credits.[1]\n  </TabItem>\n</Tabs>\n\n[1]: https://www.anthropic.com/glasswing "Project Glasswing"\n';
    // The finding covers the figure with its qualifier: "Up to $150 million".
    assert.deepEqual(found(tabs), ['PL006@4:4']);
    const details = '<details><summary>Quote</summary>\nLogan Graham told CNN: "We did not feel comfortable releasing this widely."[1]\n</details>\n\n[1]: https://cnn.example\n';
    assert.deepEqual(found(details), ['PL004@1:23']);
  });

  it('makes a tag line, a block-level tag or a component at a line edge a sentence boundary, and a phrasing tag none', () => {
    const text = '<details><summary>Quote</summary>\nLogan Graham spoke\n</details>\n';
    assert.deepEqual(sentences(text), ['Quote', 'Logan Graham spoke']);
    assert.deepEqual(sentences('<div>\nOne claim<div>Another claim</div>\n</div>\n'), ['One claim', 'Another claim']);
    assert.deepEqual(sentences('<div>\nMythos Preview scores <b>83.1%</b> on <Term>CyberGym</Term> today\n</div>\n'), ['Mythos Preview scores <b>83.1%</b> on <Term>CyberGym</Term> today']);
    assert.deepEqual(sentences('<Tabs>\n  <TabItem value="a">\n    First tab\n  </TabItem><TabItem value="b">\n    Second tab\n  </TabItem>\n</Tabs>\n'), ['First tab', 'Second tab']);
  });

  it('leaves out tags and their attributes, comments and the content of raw elements', () => {
    const text = [
      '<div title="Mythos Preview scores 99% on CyberGym" data-x=\'a > 12 partners\'>',
      '<script>const s = "Mythos Preview scores 99% on CyberGym";</script>',
      '<style>',
      '.a::after { content: "Mythos Preview scores 99% on CyberGym" }',
      '</style>',
      '<pre>',
      'Mythos Preview scores 99% on CyberGym',
      '</pre>',
      '<textarea>Mythos Preview scores 99% on CyberGym</textarea>',
      '<STYLE>p::after { content: "Mythos Preview scores 99% on CyberGym" }</STYLE>',
      'Run <code>Mythos Preview scores 99%</code> here.',
      '<!-- Mythos Preview scores 99% on CyberGym -->',
      '<Tabs values={[{ label: "99% > 12", value: \'a\' }]} onClick={() => go("Mythos Preview scores 99%")}>',
      '</Tabs>',
      '</div>',
      '',
    ].join('\n');
    assert.deepEqual(found(text), []);
    const mask = maskOf(text);
    assert.equal(mask.replace(/\s+/g, ' ').trim(), 'Run here.');
  });

  it('reads a "<" that opens no tag as text', () => {
    assert.deepEqual(sentences('<div>\nIf a <b then c\n</div>\n'), ['If a <b then c']);
  });

  it('reads the HTML block inside a block quote or a list item, markers aside', () => {
    // (A block quote is a quotation: one with no marker wants one, and its PL001 covers its figures.)
    assert.deepEqual(found('> <div>\n> Mythos Preview scores 85.1% on CyberGym.\n> </div>\n'), ['PL001@1:2', 'PL006@1:24']);
    assert.deepEqual(found('- <details>\n  Mythos Preview scores 85.1% on CyberGym.\n  </details>\n'), ['PL006@1:24', 'PL007@1:24']);
  });

  it('keeps suppression comments inside the block working', () => {
    assert.deepEqual(found('<div>\n<!-- policy-lens-disable-next-line -->\nMythos Preview scores 85.1% on CyberGym.\n</div>\n'), []);
    assert.deepEqual(found('<div>\n{/* policy-lens-disable-next-line */}\nMythos Preview scores 85.1% on CyberGym.\n</div>\n'), []);
  });

  it('reads text full of "<" that open no tag in linear time', () => {
    const text = `<div>\n${'<a {x '.repeat(40000)}\n</div>\n`;
    const t0 = Date.now();
    maskOf(text);
    assert.ok(Date.now() - t0 < 2000, `${Date.now() - t0} ms`);
  });
});

describe('an HTML <blockquote> is a block quote', () => {
  const refs = '\n## References\n\n1. Anthropic Releases Its Most Powerful - and Dangerous - AI Model to Select Partners - CNN\n';
  const quotes = (text: string) => analyzer.analyze(text).quotes.map((q) => `${q.kind} ${q.sourced} ${q.onRecord ?? '-'} ${q.text}`);
  const codes = (text: string) => analyzer.analyze(text).findings.map((f) => f.code);

  it('needs a source, as a > quote does', () => {
    const text = `Logan Graham spoke about the release.\n\n<blockquote>\nWe did not feel comfortable releasing this generally.\n</blockquote>\n${refs}`;
    assert.deepEqual(quotes(text), ['block false not-comfortable-releasing We did not feel comfortable releasing this generally.']);
    assert.deepEqual(codes(text), ['PL001', 'PL003']);
  });

  it('is sourced by a <footer> attribution inside it, which is not quoted words', () => {
    const text = `<blockquote>\n<p>We did not feel comfortable releasing this generally.</p>\n<footer>— Logan Graham, <cite>CNN</cite> [1]</footer>\n</blockquote>\n${refs}`;
    assert.deepEqual(quotes(text), ['block true not-comfortable-releasing We did not feel comfortable releasing this generally.']);
    assert.deepEqual(codes(text), []);
  });

  it('holds the Markdown paragraphs between its tags, and takes an attribution line after it', () => {
    const text = `<blockquote>\n\nWe did not feel comfortable releasing this generally.\n\nIt is a second paragraph of the same quote.\n\n</blockquote>\n\n— Logan Graham, CNN [1]\n${refs}`;
    assert.deepEqual(quotes(text), ['block true not-comfortable-releasing We did not feel comfortable releasing this generally. It is a second paragraph of the same quote.']);
    assert.deepEqual(codes(text), []);
  });

  it('is checked against the record', () => {
    const text = `<blockquote>We did not feel happy releasing this generally. [1]</blockquote>\n${refs}`;
    assert.deepEqual(codes(text), ['PL004']);
  });

  it('leaves a <div> and the text after the element as prose', () => {
    const text = `<div>\nWe did not feel comfortable releasing this generally.\n</div>\n\n<blockquote>Words quoted from someone here. [1]</blockquote>\nThe rest of the block is prose again.\n${refs}`;
    // (A marker ending the quote stays in its text, as in a `>` quote.)
    assert.deepEqual(quotes(text), ['block true - Words quoted from someone here. [1]']);
  });
});

describe('an HTML table is read as a Markdown table is', () => {
  const refs = '\n## References\n\n1. Project Glasswing: Securing Critical Software for the AI Era - Anthropic\n';

  it('lets a marker in any cell of a <tr> cite the row, on one line or many', () => {
    const oneLine = `<table>\n<tr><th>Benchmark</th><th>Score</th><th>Source</th></tr>\n<tr><td>CyberGym</td><td>83.1%</td><td>[1]</td></tr>\n<tr><td>SWE-bench Pro</td><td>77.8%</td><td></td></tr>\n</table>\n${refs}`;
    assert.deepEqual(found(oneLine), ['PL007@3:30']);
    const manyLines = `<table>\n  <tr>\n    <td>CyberGym</td>\n    <td>83.1%</td>\n    <td>[1]</td>\n  </tr>\n  <tr>\n    <td>SWE-bench Pro</td>\n    <td>77.8% in April 2026</td>\n  </tr>\n</table>\n${refs}`;
    assert.deepEqual(found(manyLines), ['PL007@8:8']);
  });

  it('takes the unit from a <th> header and the subject from the row', () => {
    const text = `<table>\n<thead>\n<tr><th>Model</th><th>CyberGym (%)</th><th>Source</th></tr>\n</thead>\n<tbody>\n<tr><td>Mythos Preview</td><td>85.1</td><td>[1]</td></tr>\n<tr><td>Opus 4.6</td><td>66.6</td><td>[1]</td></tr>\n</tbody>\n</table>\n${refs}`;
    const findings = analyzer.analyze(text).findings;
    assert.deepEqual(findings.map((f) => `${f.code} ${text.slice(f.span.start, f.span.end)}`), ['PL006 85.1']);
  });
});

describe('a tag that spans lines', () => {
  it('leaves out the attributes of a tag that spans lines, also where it opens a paragraph', () => {
    // `<Callout` alone on its line opens no HTML block: CommonMark reads a paragraph with raw HTML in it.
    const text = '<Callout\n  type="warning"\n  title="Mythos Preview scores 99% on CyberGym">\nMythos Preview scores 83.1% on CyberGym.[1]\n</Callout>\n\n[1]: https://www.anthropic.com/glasswing\n';
    assert.deepEqual(found(text), []);
    assert.deepEqual(sentences(text), ['Mythos Preview scores 83.1% on CyberGym.[1]']);
  });
});

describe('MDX import and export statements are code', () => {
  const esm = [
    "import Callout from '@site/src/components/Callout';",
    'import Quote from "@site/src/components/Quote";',
    "import { Tabs, TabItem } from '@theme/Tabs';",
    "import * as Stats from './stats';",
    'export const stats = { cybergym: "85.1%", partners: 10, quote: "releasing this widely today" };',
  ].join('\n');

  it('raises nothing on them, in front of the prose or after a heading', () => {
    assert.deepEqual(found(`${esm}\n\n# Title\n\nPlain prose.\n`), []);
    assert.deepEqual(found(`---\nid: x\n---\n\n${esm}\n`), []);
    assert.equal(maskOf(`${esm}\n`), `${blank(esm)}\n`);
    assert.equal(maskOf('export default function Chart() {\n  return "12 partners";\n}\n').trim(), '');
  });

  it('reads a sentence that opens with the word as prose', () => {
    for (const text of ['Import controls were discussed.\n', 'import duties rose by 12% in 2026.\n', 'export controls on chips tightened in 2026.\n']) {
      assert.equal(maskOf(text), text);
    }
    // Inside a list a line is no statement of MDX's.
    assert.equal(maskOf("- import X from 'y';\n").trim(), "import X from 'y';");
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

describe('Obsidian comments', () => {
  it('reads nothing between %% and %% within a paragraph', () => {
    const text = 'Anthropic launched the program in 2026. %% TODO: Mythos scored 99% on CyberGym, "check this quote" [7] %%\n\n%%\nDraft: the card runs to 12 pages.\n%%\n';
    assert.equal(maskOf(text), `Anthropic launched the program in 2026. ${blank(text.slice(text.indexOf('%%'), text.indexOf('\n')))}\n\n${blank('%%')}\n${blank('Draft: the card runs to 12 pages.')}\n${blank('%%')}\n`);
    const analysis = analyzer.analyze(text);
    assert.deepEqual(analysis.citations, []);
    assert.deepEqual(analysis.quotes, []);
    assert.deepEqual(analysis.entities.map((e) => e.text), ['Anthropic']);
  });

  it('reads nothing in a %% comment or an MDX comment that spans paragraphs, outside fenced code', () => {
    const text = 'Intro.\n\n%%\nDraft: Mythos scored 99% on CyberGym.\n\nMore hidden "quoted words from someone" [7].\n%%\n\n{/*\nHidden: the card runs to 12 pages.\n\nStill hidden.\n*/}\n\n```matlab\n%% Section 1\nx = 1;\n```\n\nIt grew 40% in 2025.\n\n%%\nunclosed, so shown: 30%.\n';
    assert.deepEqual(found(text), ['PL007@19:8', 'PL007@22:20']);
    const hidden = text.slice(text.indexOf('%%'), text.indexOf('*/}') + 3);
    assert.equal(maskOf(text).slice(text.indexOf('%%'), text.indexOf('*/}') + 3), blank(hidden));
  });

  it('takes the suppression comment that an MDX comment across paragraphs holds', () => {
    assert.deepEqual(found('{/* policy-lens-disable PL007\n\nuntil the end of the file */}\n\nIt grew 40% in 2025.\n'), []);
  });

  it('leaves a lone %% and percent signs alone', () => {
    assert.equal(maskOf('It rose 50%% in a typo, then 77.8%.\n'), 'It rose 50%% in a typo, then 77.8%.\n');
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
