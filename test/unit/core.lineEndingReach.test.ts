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
});
