// Whose figure is whose in a pair "X% against Y% for Name" and beside a bracketed label
// "(Name: Y%)" (blind QA round 17, report D items 1 and 2).
import * as assert from 'node:assert/strict';
import { bundledAnalyzer, findingTexts } from './support/findingTexts';

const pl006 = (text: string): string[] => findingTexts('PL006', text);
// On record: CyberGym 83.1% (Mythos Preview), 66.6% (Opus 4.6); SWE-bench Verified 93.9%, 80.8%;
// SWE-bench Pro 77.8%, 53.4%.
const cite = (s: string) => `${s}[1]\n\n[1]: https://www.anthropic.com/glasswing "Project Glasswing"\n`;

describe('a name another figure is "for" tells nothing of whose a free figure of its clause is', () => {
  it('gives the free figure of "on SWE-bench Pro 77.8% against 53.4% for Opus 4.6" to the subject', () => {
    assert.deepEqual(pl006(cite('Mythos Preview reaches 93.9% on SWE-bench Verified, and on SWE-bench Pro 77.8% against 53.4% for Opus 4.6.')), []);
    // So a wrong score of the subject's is checked as the subject's.
    assert.deepEqual(pl006(cite('Mythos Preview reaches 93.9% on SWE-bench Verified, and on SWE-bench Pro 79.8% against 53.4% for Opus 4.6.')), ['79.8%']);
  });
});

describe('a name that labels a figure in brackets is that figure\'s subject only', () => {
  const sentence = (pro: string, other: string) =>
    cite(`Mythos Preview reaches 83.1% on CyberGym (Opus 4.6: 66.6%), 93.9% on SWE-bench Verified, and on SWE-bench Pro ${pro} against ${other} for Opus 4.6.`);

  it('does not hold the later figures against the labelled name', () => {
    assert.deepEqual(pl006(sentence('77.8%', '53.4%')), []);
    assert.deepEqual(pl006(cite('Mythos Preview reaches 83.1% on CyberGym (Opus 4.6: 66.6%) and 93.9% on SWE-bench Verified.')), []);
    // The labelled name's score on record for the benchmark is no score of the subject's.
    assert.deepEqual(pl006(cite('Mythos Preview reaches 83.1% on CyberGym (Opus 4.6: 66.6%) and 80.8% on SWE-bench Verified.')), ['80.8%']);
  });

  it("checks the subject's figures as the subject's, and the labelled figure as the name's", () => {
    const [finding] = bundledAnalyzer.analyze(sentence('79.8%', '53.4%')).findings.filter((f) => f.code === 'PL006');
    assert.match(finding.message, /Mythos Preview scores 77\.8% on SWE-bench Pro/);
    assert.deepEqual(pl006(cite('Mythos Preview reaches 83.1% on CyberGym (Opus 4.6: 60.6%), and 93.9% on SWE-bench Verified.')), ['60.6%']);
    assert.deepEqual(pl006(cite('Mythos Preview reaches 83.1% on CyberGym (vs. Opus 4.6 60.6%).')), ['60.6%']);
  });
});

describe('the benchmark named before a pair governs both its figures', () => {
  it('holds the "for" figure against the named benchmark\'s score of that name, with its fix', () => {
    const text = cite('Mythos Preview reaches 93.9% on SWE-bench Verified, and on SWE-bench Pro 77.8% against 55.4% for Opus 4.6.');
    const found = bundledAnalyzer.analyze(text).findings.filter((f) => f.code === 'PL006');
    assert.deepEqual(
      found.map((f) => text.slice(f.span.start, f.span.end)),
      ['55.4%'],
    );
    assert.match(found[0].message, /Opus 4\.6 scores 53\.4% on SWE-bench Pro/);
    assert.equal(found[0].fixes[0].edits[0].newText, '53.4%');
  });

  it('does so wherever the other benchmark stands', () => {
    const text = cite('On SWE-bench Pro Mythos Preview reaches 77.8% against 55.4% for Opus 4.6, and 93.9% on SWE-bench Verified.');
    const [finding] = bundledAnalyzer.analyze(text).findings.filter((f) => f.code === 'PL006');
    assert.match(finding.message, /Opus 4\.6 scores 53\.4% on SWE-bench Pro/);
  });
});
