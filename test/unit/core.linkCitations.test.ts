import * as assert from 'assert';
import { createAnalyzer, type Finding } from '../../src/core';
import { bundledFactBase } from '../../src/core/factbase/bundled';
import { applyFix } from './core.fixes.test';

/**
 * `policyLens.citations.links`: op-eds, blog posts and news copy cite by linking. With the setting
 * on, an inline link or a reference-style link to a web page sources the quotations and cites the
 * figures of its sentence as a resolved marker would; off (the default), a marker is needed, and the
 * PL001 or PL007 of a sentence that holds such a link says how to make links count.
 */

const factBase = bundledFactBase();
const off = createAnalyzer({ factBase });
const on = createAnalyzer({ factBase, settings: { 'citations.links': true } });
const codes = (findings: readonly Finding[]) => findings.map((f) => f.code);
const note = /\(a link is no citation unless policyLens\.citations\.links is on\)$/;

const inline = '"We did not feel comfortable releasing this generally," Logan Graham told [CNN](https://www.cnn.com/2026/04/07/tech/x).';
const figure = 'The [Claude Mythos Preview system card](https://www.anthropic.com/claude-mythos-preview-system-card.pdf) runs to 244 pages.';
const referenceStyle =
  'The verdict, from its [Alignment Risk Update][aru]: "very low, but higher than for previous models."\n\n[aru]: https://www.anthropic.com/aru.pdf "Alignment Risk Update: Claude Mythos Preview"\n';

describe('links as citations (policyLens.citations.links)', () => {
  it('off by default: a quotation with a link in its sentence is PL001, and the message names the setting', () => {
    const found = off.analyze(inline).findings;
    assert.deepStrictEqual(codes(found), ['PL001']);
    assert.match(found[0].message, note);
    const hint = off.analyze(figure).findings.find((f) => f.code === 'PL007');
    assert.ok(hint, 'PL007');
    assert.match(hint.message, /“244 pages” \(a link is no citation/);
  });

  it('off: a PL001 with no link in its sentence says nothing of links', () => {
    const found = off.analyze(`Graham told CNN: "We did not feel comfortable releasing this generally." See [CNN](https://www.cnn.com/x).`).findings;
    assert.deepStrictEqual(codes(found), ['PL001']);
    assert.doesNotMatch(found[0].message, /link/);
  });

  it('on: an inline link sources the quotation of its sentence, and the quotation lists it', () => {
    const a = on.analyze(inline);
    assert.deepStrictEqual(codes(a.findings), []);
    assert.strictEqual(a.quotes[0].sourced, true);
    assert.deepStrictEqual(a.quotes[0].citations, []);
    assert.deepStrictEqual(a.quotes[0].links, ['https://www.cnn.com/2026/04/07/tech/x']);
  });

  it('on: a link cites the figures of its sentence (no PL007), and a wrong figure is still contradicted (PL006)', () => {
    const right = on.analyze(figure);
    assert.deepStrictEqual(codes(right.findings), []);
    assert.deepStrictEqual(right.claims[0].links, ['https://www.anthropic.com/claude-mythos-preview-system-card.pdf']);
    assert.deepStrictEqual(codes(on.analyze(figure.replace('244', '144')).findings), ['PL006']);
  });

  it('on: a reference-style link whose definition is a web address sources its sentence, in all three forms', () => {
    assert.deepStrictEqual(codes(on.analyze(referenceStyle).findings), []);
    const def = '\n\n[the alignment risk update]: https://www.anthropic.com/aru.pdf\n';
    assert.deepStrictEqual(codes(on.analyze(`From [The Alignment Risk Update][]: "very low, but higher than for previous models."${def}`).findings), []);
    assert.deepStrictEqual(codes(on.analyze(`From [the Alignment Risk Update]: "very low, but higher than for previous models."${def}`).findings), []);
  });

  it('on: a link does not reach another sentence, and images, links within the document and undefined labels cite nothing', () => {
    const quote = '"We did not feel comfortable releasing this generally," Logan Graham said';
    for (const text of [
      `${quote}. He said it to [CNN](https://www.cnn.com/x).`,
      `${quote} ![CNN logo](https://www.cnn.com/logo.png).`,
      `${quote} (see [below](#sources)).`,
      `${quote} (see [the notes](./notes.md)).`,
      `${quote} to [CNN][cnn].`,
      `${quote} to \`[CNN](https://www.cnn.com/x)\`.`,
    ]) {
      assert.deepStrictEqual(codes(on.analyze(text).findings), ['PL001'], text);
    }
  });

  it('on: a link in a table row cites the row, as a marker in its Source cell would', () => {
    const table = '| Benchmark | Mythos Preview | Source |\n|---|---|---|\n| CyberGym | 83.1% | [Anthropic](https://www.anthropic.com/glasswing) |\n| SWE-bench Pro | 77.8% | |\n';
    assert.deepStrictEqual(codes(on.analyze(table).findings), ['PL007']);
    assert.strictEqual(on.analyze(table).findings[0].range.start.line, 3);
    assert.deepStrictEqual(codes(off.analyze(table).findings), ['PL007', 'PL007']);
  });

  it('on: a link in a block quote\'s attribution line, or ending the sentence that introduces it, sources it', () => {
    const quoted = '> "We did not feel comfortable releasing this generally."';
    const a = on.analyze(`${quoted}\n>\n> — Logan Graham, [to CNN](https://www.cnn.com/x)\n`);
    assert.deepStrictEqual(codes(a.findings), []);
    assert.deepStrictEqual(a.quotes[0].links, ['https://www.cnn.com/x']);
    assert.deepStrictEqual(codes(on.analyze(`As Graham told [CNN](https://www.cnn.com/x):\n\n${quoted}\n`).findings), []);
    assert.deepStrictEqual(codes(off.analyze(`As Graham told [CNN](https://www.cnn.com/x):\n\n${quoted}\n`).findings), ['PL001']);
  });

  it('on: a list lead-in with a link cites its items, as one with a marker does', () => {
    const text = 'The [announcement](https://www.anthropic.com/glasswing) gives the scores:\n\n- 83.1% on CyberGym\n- 77.8% on SWE-bench Pro\n';
    assert.deepStrictEqual(codes(on.analyze(text).findings), []);
    assert.deepStrictEqual(codes(off.analyze(text).findings), ['PL007', 'PL007']);
    for (const f of off.analyze(text).findings) assert.match(f.message, note);
  });
});

describe('citation fixes beside a named link definition', () => {
  it('do not define a source a second time that the draft defines under a name already', () => {
    const found = off.analyze(referenceStyle).findings;
    assert.deepStrictEqual(codes(found), ['PL001']);
    assert.match(found[0].message, note);
    for (const fix of found[0].fixes) {
      const fixed = applyFix(referenceStyle, fix);
      assert.doesNotMatch(fixed, /\]: <> "Alignment Risk Update/, fix.title);
    }
  });

  it('still add a source the draft has no definition of', () => {
    const text = `${inline}\n\n[aru]: https://www.anthropic.com/aru.pdf "Alignment Risk Update: Claude Mythos Preview"\n`;
    const fix = off.analyze(text).findings.find((f) => f.code === 'PL001')?.fixes[0];
    assert.ok(fix);
    const fixed = applyFix(text, fix);
    assert.strictEqual((fixed.match(/Anthropic Releases Its Most Powerful/g) ?? []).length, 1, fixed);
    assert.deepStrictEqual(codes(off.analyze(fixed).findings), []);
  });
});

describe('links as citations: autolinks, bare URLs and HTML anchors count as inline links do', () => {
  const quote = '"We did not feel comfortable releasing this generally,"';
  const forms = [
    `${quote} Logan Graham told CNN <https://www.cnn.com/2026/04/07/tech/x>.`,
    `${quote} Logan Graham told CNN (https://www.cnn.com/2026/04/07/tech/x).`,
    `${quote} Logan Graham told CNN, www.cnn.com/2026/04/07/tech/x, in April.`,
    `${quote} Logan Graham told <a href="https://www.cnn.com/2026/04/07/tech/x">CNN</a>.`,
    `<a href='https://www.cnn.com/x'>CNN</a> quoted Logan Graham: ${quote.replace(',"', '."')}`,
    `Logan Graham told CNN: ${quote.replace(',"', '."')} https://www.cnn.com/x`,
  ];

  it('on: each sources the quotation of its sentence, and the quotation lists its address', () => {
    for (const text of forms) {
      const a = on.analyze(text);
      assert.deepStrictEqual(codes(a.findings), [], text);
      assert.match(a.quotes[0].links?.[0] ?? '', /^(?:https:\/\/)?www\.cnn\.com\//, text);
    }
  });

  it('off: the PL001 beside each says a link is no citation', () => {
    for (const text of forms) {
      const found = off.analyze(text).findings;
      assert.deepStrictEqual(codes(found), ['PL001'], text);
      assert.match(found[0].message, note, text);
    }
  });

  it('on: a bare URL after a figure’s sentence, with no full stop, cites it', () => {
    assert.deepStrictEqual(codes(on.analyze('The system card runs to 244 pages, see <https://www.anthropic.com/card.pdf>').findings), []);
    assert.deepStrictEqual(codes(on.analyze('The system card runs to 244 pages. https://www.anthropic.com/card.pdf').findings), []);
  });

  it('on: mailto, #anchors, files, addresses in code and in another paragraph cite nothing, and say nothing off', () => {
    for (const text of [
      `${quote} Logan Graham said <mailto:press@cnn.com>.`,
      `${quote} Logan Graham said <a href="#sources">below</a>.`,
      `${quote} Logan Graham said <a href="./notes.md">in my notes</a>.`,
      `${quote} Logan Graham said \`https://www.cnn.com/x\`.`,
      `${quote} Logan Graham said.\n\nhttps://www.cnn.com/x`,
      `${quote} Logan Graham said. Another sentence follows https://www.cnn.com/x here.`,
    ]) {
      assert.deepStrictEqual(codes(on.analyze(text).findings), ['PL001'], text);
      assert.doesNotMatch(off.analyze(text).findings[0].message, /link/, text);
    }
  });

  it('on: an anchor in an HTML block sources its sentence too, one in deleted text does not', () => {
    for (const text of [
      `<p>${quote} Logan Graham told <a href="https://www.cnn.com/x">CNN</a>.</p>\n`,
      `<div class="note">\n${quote} Logan Graham told <a href="https://www.cnn.com/x">CNN</a>.\n</div>\n`,
    ]) {
      assert.deepStrictEqual(codes(on.analyze(text).findings), [], text);
      assert.match(off.analyze(text).findings[0].message, note, text);
    }
    assert.deepStrictEqual(codes(on.analyze(`<p>${quote} Logan Graham said. <del>He told <a href="https://www.cnn.com/x">CNN</a>.</del></p>\n`).findings), ['PL001']);
  });

  it('on: an address written as a link’s text is one link', () => {
    const a = on.analyze(`${quote} Logan Graham told [https://www.cnn.com/x](https://www.cnn.com/x).`);
    assert.deepStrictEqual(codes(a.findings), []);
    assert.deepStrictEqual(a.quotes[0].links, ['https://www.cnn.com/x']);
  });

  it('reads an address after a paragraph or on the next line alike whatever the line endings (a blank line in CRLF or CR text ends the paragraph too)', () => {
    const docs = [
      'Anthropic said "we are far ahead".\n\nhttps://example.org/x\n',
      'It scored 83.1% on CyberGym.\n\nwww.example.org\n\nMore.\n',
      'Anthropic said "we are far ahead".\nhttps://example.org/x\n',
      'It scored 83.1% on CyberGym.\n  <https://example.org/x>\n',
    ];
    const found = (text: string) => on.analyze(text).findings.map((f) => `${f.code} ${f.range.start.line}:${f.range.start.character}`);
    for (const doc of docs) {
      const lf = found(doc);
      assert.deepStrictEqual(found(doc.replace(/\n/g, '\r\n')), lf, JSON.stringify(doc));
      assert.deepStrictEqual(found(doc.replace(/\n/g, '\r')), lf, JSON.stringify(doc));
    }
    // After a blank line the address sources nothing above it; on the next line it does.
    assert.deepStrictEqual(found(docs[0]), ['PL001 0:15']);
    assert.deepStrictEqual(found(docs[2]), []);
  });
});
