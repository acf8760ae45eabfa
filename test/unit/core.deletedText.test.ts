import * as assert from 'node:assert/strict';
import { createAnalysisCache, createAnalyzer } from '../../src/core/index';
import { bundledFactBase } from '../../src/core/factbase/bundled';
import { buildStructure } from '../../src/core/markdown/structure';
import { LineIndex } from '../../src/core/text/lineIndex';
import { generateDraft } from '../../scripts/bench/generate';
import { applyFix } from './core.fixes.test';

/**
 * Deleted text and reviewers' notes in a draft under revision (strikethrough, `<del>`, `<s>`,
 * `<strike>`, CriticMarkup) are no prose, as an HTML comment is not: nothing in them is an
 * entity, a claim, a quotation, a quotation mark or a citation, and no fix edits them.
 */

const analyzer = createAnalyzer({ factBase: bundledFactBase() });
const maskOf = (text: string) => buildStructure(text, new LineIndex(text)).mask;
const blank = (s: string) => s.replace(/[^\r\n]/g, ' ');
const glasswing = '\n\n## References\n\n1. Anthropic, "Project Glasswing".\n';
const cnn = '\n\n## References\n\n1. CNN, "Anthropic Releases".\n';
const twoSources = '\n\n## References\n\n1. Fortune, "Leak".\n2. CNN, "Other".\n';
/** Findings as `CODE@line:character`. */
const found = (text: string) => analyzer.analyze(text).findings.map((f) => `${f.code}@${f.range.start.line}:${f.range.start.character}`);

describe('deleted text: GFM strikethrough', () => {
  it('blanks ~~struck words~~ with their tildes, within a paragraph', () => {
    assert.equal(maskOf('It has ~~ten~~ twelve partners.\n'), `It has ${blank('~~ten~~')} twelve partners.\n`);
    assert.equal(maskOf('~~Anthropic announced Mythos Preview on April 9, 2026.~~\n'), `${blank('~~Anthropic announced Mythos Preview on April 9, 2026.~~')}\n`);
    // Across the lines of one paragraph, and struck inside a word.
    assert.equal(maskOf('It has ~~ten\nfounding~~ partners, un~~der~~done.\n'), `It has ${blank('~~ten')}\n${blank('founding~~')} partners, un${blank('~~der~~')}done.\n`);
  });

  it('raises nothing on a struck date, figure or sentence (no PL006, no PL007)', () => {
    assert.deepEqual(found(`Anthropic leaked details of Mythos on ~~March 3, 2026~~.[1]${twoSources}`).filter((f) => f.startsWith('PL006')), []);
    assert.deepEqual(found('~~Anthropic announced Mythos Preview on April 9, 2026.~~\n\nNothing else.\n'), []);
    assert.deepEqual(found(`Mythos Preview found a ~~17-year-old~~ flaw in OpenBSD.[1]${glasswing}`), []);
  });

  it('reads the live figure beside a struck one as it stands, with no tilde of the strikethrough as "about"', () => {
    const text = `The model found a ~~sixteen~~ 61-year-old bug in FFmpeg.[1]${glasswing}`;
    const finding = analyzer.analyze(text).findings.find((f) => f.code === 'PL006');
    assert.ok(finding);
    assert.match(finding.message, /^“61-year-old” contradicts/);
    assert.deepEqual([finding.range.start.character, finding.range.end.character], [30, 41]);
    assert.deepEqual(
      finding.fixes.flatMap((f) => f.edits.map((e) => e.newText)),
      ['16-year-old'],
    );
  });

  it('leaves one tilde, three, a run that neither opens nor closes and one left unclosed as text', () => {
    for (const text of [
      'Mythos Preview reaches ~94% on SWE-bench Verified and ~77.8% on SWE-bench Pro.\n',
      'It has ~~~ten~~~ partners.\n',
      'It has ~~ ten ~~ partners.\n',
      'It has ~~ten partners.\n',
      'It has ~ten~ partners.\n',
    ]) {
      assert.equal(maskOf(text), text, text);
    }
  });

  it('leaves tildes inside code spans, link destinations and URLs to them', () => {
    assert.equal(maskOf('Run `a ~~b~~ c` and see [it](https://x.org/~~a~~) now.\n'), `Run ${blank('`a ~~b~~ c`')} and see [it]${blank('(https://x.org/~~a~~)')} now.\n`);
  });

  it('does not read a struck quotation mark as unbalanced (no PL008)', () => {
    assert.deepEqual(found(`~~Zemlin called it "a lifeline for maintainers~~ Jim Zemlin praised the initiative.[1]${glasswing}`), []);
  });

  it('does not cite with a struck marker: its reference is never cited (PL003)', () => {
    assert.deepEqual(found(`The leak came on March 26, 2026.[1] ~~Fortune confirmed it.[2]~~${twoSources}`), ['PL003@5:3']);
  });
});

describe('deleted text in a quotation', () => {
  it('reads the quoted words without the struck ones: no PL004 for "We did not feel ~~entirely~~ comfortable…"', () => {
    const text = `Logan Graham told CNN: "We did not feel ~~entirely~~ comfortable releasing this generally."[1]${cnn}`;
    const analysis = analyzer.analyze(text);
    assert.deepEqual(analysis.findings, []);
    assert.equal(analysis.quotes[0].text, 'We did not feel comfortable releasing this generally.');
  });

  it('reads no reviewer’s note as quoted words: CriticMarkup, MDX and Obsidian comments', () => {
    for (const inside of ['{==comfortable==}{>>sure?<<}', '{~~happy~>comfortable~~}', '{/* MK: check */} comfortable', '%% MK: check %% comfortable', '{--entirely--} comfortable']) {
      const text = `Logan Graham told CNN: "We did not feel ${inside} releasing this generally."[1]${cnn}`;
      assert.deepEqual(found(text), [], inside);
    }
  });

  it('restores the words on record around struck words and comments, never editing or splitting them', () => {
    const fixed = (quote: string) => {
      const text = `Logan Graham told CNN: "${quote}"[1]${cnn}`;
      const finding = analyzer.analyze(text).findings.find((f) => f.code === 'PL004');
      assert.ok(finding, quote);
      const fix = finding.fixes.find((f) => f.title === 'Restore the words on record');
      return fix ? applyFix(text, fix).slice('Logan Graham told CNN: "'.length, -`"[1]${cnn}`.length) : undefined;
    };
    assert.equal(fixed('We did not feel really ~~entirely~~ comfortable releasing this generally.'), 'We did not feel ~~entirely~~ comfortable releasing this generally.');
    assert.equal(fixed('We did not feel so ~~x~~ glad releasing this generally.'), 'We did not feel ~~x~~ comfortable releasing this generally.');
    assert.equal(fixed('We did not feel really <!-- x --> comfortable releasing this generally.'), 'We did not feel <!-- x --> comfortable releasing this generally.');
    assert.equal(fixed('We did not ~~entirely~~ feel comfortable releasing this widely.'), 'We did not ~~entirely~~ feel comfortable releasing this generally.');
  });
});

describe('deleted text: <del>, <s> and <strike>', () => {
  it('blanks the element with its content, inline', () => {
    assert.equal(maskOf('A <del>17-year-old</del> flaw, <s>95%</s> and <STRIKE >ten</STRIKE > more.\n'), `A ${blank('<del>17-year-old</del>')} flaw, ${blank('<s>95%</s>')} and ${blank('<STRIKE >ten</STRIKE >')} more.\n`);
    // An element left open runs to the end of its paragraph, as a browser closes it there.
    assert.equal(maskOf('Kept <del>gone 40 pages.\n\nKept 40 pages.\n'), `Kept ${blank('<del>gone 40 pages.')}\n\nKept 40 pages.\n`);
  });

  it('raises nothing on what they hold, inline and in HTML blocks', () => {
    assert.deepEqual(found(`Mythos Preview found a <del>17-year-old</del> flaw in OpenBSD.[1]${glasswing}`), []);
    assert.deepEqual(found('<del>It will be generally available by the summer of 2026.</del>\n\n<s>Now Mythos beats the best humans 9 times in 10.</s>\n'), []);
    assert.deepEqual(found(`<div>\nProject Glasswing has <strike>ten</strike> twelve founding partners.[1]\n</div>${glasswing}`), []);
  });

  it('reads the paragraphs between an HTML block that opens one and the block that closes it as deleted', () => {
    const text = '<del>\n\nAnthropic announced Mythos Preview on April 9, 2026.\n\n## It has eleven partners\n\n</del>\n\nIt grew 40% in 2025.\n';
    assert.deepEqual(found(text), ['PL007@8:8']);
    const deleted = text.slice(0, text.indexOf('</del>') + 6);
    assert.equal(maskOf(text).slice(0, deleted.length), blank(deleted));
    // Closed inside a paragraph: the paragraph is read from the closing tag on.
    const closedInside = '<del>\n\nOld paragraph, 40 pages.</del> It grew 40% in 2025.\n\nIt grew 30% in 2024.\n';
    assert.deepEqual(found(closedInside), ['PL007@2:39', 'PL007@4:8']);
    assert.equal(maskOf(closedInside).split('\n')[2], `${blank('Old paragraph, 40 pages.</del>')} It grew 40% in 2025.`);
  });
});

describe('CriticMarkup', () => {
  it('blanks deletions, comments and a substitution’s old side; keeps additions’, highlights’ and the new side’s words', () => {
    const text = 'It has {--ten--} {~~ten~>eleven~~} {++twelve++} {==founding==}{>>JL: check "the words"<<} partners.\n';
    assert.equal(maskOf(text), `It has ${blank('{--ten--}')} ${blank('{~~ten~>')}eleven${blank('~~}')} ${blank('{++')}twelve${blank('++}')} ${blank('{==')}founding${blank('==}{>>JL: check "the words"<<}')} partners.\n`);
  });

  it('checks the new words and nothing deleted: PL006 on the substitution’s new side only, its fix writing there', () => {
    assert.deepEqual(found(`Project Glasswing has {--ten--} founding partners.[1]${glasswing}`), []);
    const text = `Project Glasswing has {~~ten~>eleven~~} founding partners.[1]${glasswing}`;
    const finding = analyzer.analyze(text).findings.find((f) => f.code === 'PL006');
    assert.ok(finding);
    assert.equal(text.slice(finding.span.start, finding.span.end), 'eleven');
    assert.equal(applyFix(text, finding.fixes[0]).split('\n')[0], 'Project Glasswing has {~~ten~>twelve~~} founding partners.[1]');
  });

  it('reads no quotation in a reviewer’s comment (no PL001), and does not count it sourced by the sentence’s marker', () => {
    const text = `On SWE-bench Pro, Mythos Preview scores 77.8%.[1]{>>JL: Anthropic called it "a step change in coding" somewhere, find it<<}${glasswing}`;
    const analysis = analyzer.analyze(text);
    assert.deepEqual(analysis.quotes, []);
    assert.deepEqual(analysis.findings, []);
  });

  it('hides a deletion or a comment that spans paragraphs, and the marks of one that adds them', () => {
    const text = '{--\n\nGlasswing has ten founding partners.\n\n--}\n\n{>> JL: "the most capable model we have built"\n\ncheck 44 pages <<}\n\n{~~Anthropic announced it on April 9, 2026.\n\nOld.~>Anthropic is great.~~}\n\nIt grew 40% in 2025.\n';
    assert.deepEqual(found(text), ['PL007@14:8']);
    const hidden = text.slice(0, text.indexOf('~>') + 2);
    assert.equal(maskOf(text).slice(0, hidden.length), blank(hidden));
    assert.equal(maskOf(text).slice(hidden.length, text.indexOf('It grew')), `Anthropic is great.${blank('~~}')}\n\n`);
  });

  it('reads the text after one that closes in mid-line, as it reads it after a %% comment', () => {
    assert.deepEqual(found('{--\nold words\n\nold--} It grew 40% in 2025.\n'), ['PL007@3:15']);
    assert.deepEqual(found('%%\nhidden\n\nhid %% It grew 40% in 2025.\n'), ['PL007@3:15']);
    assert.equal(maskOf('%%\nhidden\n\nhid %% It grew.\n'), `${blank('%%\nhidden\n\nhid %%')} It grew.\n`);
  });

  it('leaves a mark that does not close as text', () => {
    assert.equal(maskOf('Sets {--a and {>>b.\n'), 'Sets {--a and {>>b.\n');
  });
});

describe('deleted text and the document cache', () => {
  it('gives the same result as a fresh analysis when an edit strikes, unstrikes or types inside struck text', () => {
    const base = `# Draft\n\nThe leak came on March 26, 2026.[1]\n\nProject Glasswing has ~~ten~~ founding partners.[1]\n\nMythos Preview found a <del>17-year-old</del> flaw in OpenBSD.[1]\n${glasswing}`;
    // In the middle of a long draft too, whose other sections and blocks the cache keeps.
    const draft = generateDraft(30 * 1024, 5);
    const middle = draft.indexOf('\n\n#', draft.length / 2) + 2;
    const inDraft = (text: string) => `${draft.slice(0, middle)}${text.slice(0, text.indexOf('\n\n## References'))}\n\n${draft.slice(middle)}`;
    const edits = [
      base.replace('~~ten~~', '~~ten and 40 more~~'),
      base.replace('~~ten~~', '~~ten'),
      base.replace('~~ten~~ founding', '~~ten~~ founding~~'),
      base.replace('</del>', ''),
      base.replace('found a <del>', 'found a {--').replace('</del>', '--}'),
    ];
    const plain = (x: unknown): unknown => JSON.parse(JSON.stringify(x));
    for (const edited of edits) {
      for (const [before, after] of [
        [base, edited],
        [inDraft(base), inDraft(edited)],
      ]) {
        const cache = createAnalysisCache();
        analyzer.analyze(before, { cache });
        assert.deepEqual(plain(analyzer.analyze(after, { cache })), plain(analyzer.analyze(after)), edited);
      }
    }
    // Unstruck, the figure is read again.
    assert.deepEqual(found(base).filter((f) => f.startsWith('PL006')), []);
    assert.ok(found(base.replace('~~ten~~', '~~ten')).some((f) => f.startsWith('PL006')));
  });
});
