// How far a comparison word may stand from a figure is counted with a CRLF as one character, so
// a file gives the same findings with either line ending (found by `npm run fuzz`, seed 738166520).
import * as assert from 'node:assert/strict';
import { bundledAnalyzer } from './support/findingTexts';

const codes = (text: string) => bundledAnalyzer.analyze(text).findings.map((f) => `${f.code} ${f.range.start.line}:${f.range.start.character}`);

describe('reaches measured the same with LF and CRLF', () => {
  it('sets a name against a figure at the same distance whatever the line endings', () => {
    // The fuzz counterexample, and quotations of every length around the reach.
    const texts = ['> > 40 organizations NVIDIA\n> > "μῦθος ß 🚀" risk vs. Claude Mythos Preview\n> > \\\''];
    for (let n = 1; n <= 16; n++) texts.push(`> > 40 organizations NVIDIA\n> > "${'a'.repeat(n)}" risk vs. Claude Mythos Preview`);
    for (const lf of texts) assert.deepEqual(codes(lf.replace(/\n/g, '\r\n')), codes(lf), JSON.stringify(lf));
  });

  it('counts the words of a short question the same whatever the line endings (fuzz seed -1931719272)', () => {
    const claims = (text: string) => bundledAnalyzer.analyze(text).claims.map((c) => `${c.kinds.join()} ${c.range.start.line}:${c.range.start.character}`);
    const lf = 'the  <!-- policy-lens-disable-line PL007 -->  \t\nonly the  ![Anthropic chart [1]](https://x.org/a.png "Mythos")  ? Anthropic don\'t\nAnthropic';
    assert.deepEqual(claims(lf), []);
    for (const eol of ['\r\n', '\r']) assert.deepEqual(claims(lf.replace(/\n/g, eol)), claims(lf));
    const short = 'Priya: so the first one was\n$40 million?';
    for (const eol of ['\r\n', '\r']) assert.deepEqual(claims(short.replace(/\n/g, eol)), claims(short));
  });
});
