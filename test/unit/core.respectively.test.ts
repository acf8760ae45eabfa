// Whose figure is whose when a sentence pairs a list of subjects with a list of figures
// (blind QA X, items 1 and 2): "X and Y scored A and B, respectively".
import * as assert from 'node:assert/strict';
import { bundledAnalyzer, findingTexts } from './support/findingTexts';

const pl006 = (text: string): string[] => findingTexts('PL006', text);
// On record: SWE-bench Pro, Mythos Preview 77.8%, Opus 4.6 53.4%; CyberGym 83.1% and 66.6%.

describe('"respectively" pairs the k-th subject with the k-th figure', () => {
  it('flags the wrong figure of its own subject, not the right figure of another, wherever the measure stands', () => {
    assert.deepEqual(pl006('On SWE-bench Pro, Mythos Preview and Opus 4.6 reach 77.8% and 55.4%, respectively.[1]'), ['55.4%']);
    assert.deepEqual(pl006('Mythos Preview and Opus 4.6 scored, respectively, 77.8% and 55.4% on SWE-bench Pro.[1]'), ['55.4%']);
    // "respectively" binds before "for": the 55.4% is Opus 4.6's, not Mythos Preview's.
    assert.deepEqual(pl006('On SWE-bench Pro the scores were 77.8% and 55.4% for Mythos Preview and Opus 4.6, respectively.[1]'), ['55.4%']);
    assert.deepEqual(pl006('On SWE-bench Pro, Mythos Preview and Opus 4.6 reach 77.8% and 53.4%, respectively.[1]'), []);
  });

  it("offers the figure on record of the figure's own subject as the fix", () => {
    const text = 'On SWE-bench Pro, Mythos Preview and Opus 4.6 reach 77.8% and 55.4%, respectively.[1]';
    const [finding] = bundledAnalyzer.analyze(text).findings.filter((f) => f.code === 'PL006');
    assert.equal(text.slice(finding.span.start, finding.span.end), '55.4%');
    assert.match(finding.message, /Opus 4\.6 scores 53\.4%/);
    assert.equal(finding.fixes[0].edits[0].newText, '53.4%');
  });

  it('contradicts both swapped figures', () => {
    assert.deepEqual(pl006('Opus 4.6 and Mythos Preview scored 83.1% and 66.6% respectively on CyberGym.[1]'), ['83.1%', '66.6%']);
    assert.deepEqual(pl006('Mythos Preview and Opus 4.6 scored 53.4% and 77.8% on SWE-bench Pro, respectively, according to one summary.[1]'), ['53.4%', '77.8%']);
    assert.deepEqual(pl006('The CyberGym scores of Mythos Preview and Opus 4.6 are 66.6% and 83.1% respectively.[1]'), ['66.6%', '83.1%']);
  });

  it('pairs lists of three, with or without a comma before "and", and lists of benchmarks', () => {
    // GPT-5.3-Codex has no CyberGym score on record: its figure is left alone.
    assert.deepEqual(pl006('Mythos Preview, GPT-5.3-Codex and Opus 4.6 scored 83.1%, 70% and 60.6% on CyberGym, respectively.[1]'), ['60.6%']);
    assert.deepEqual(pl006('Mythos Preview, Opus 4.6, and GPT-5.3-Codex scored 66.6%, 83.1%, and 70% respectively on CyberGym.[1]'), ['66.6%', '83.1%']);
    assert.deepEqual(pl006('Mythos Preview, Opus 4.6, and GPT-5.3-Codex scored 83.1%, 66.6%, and 70% respectively on CyberGym.[1]'), []);
    // On record: Mythos Preview scores 93.9% on SWE-bench Verified.
    assert.deepEqual(pl006('Mythos Preview scores 93.9% and 77.8% on SWE-bench Verified and SWE-bench Pro, respectively.[1]'), []);
    assert.deepEqual(pl006('Mythos Preview scores 77.8% and 93.9% on SWE-bench Verified and SWE-bench Pro, respectively.[1]'), ['77.8%', '93.9%']);
    // Two lists of figures, each paired with the same list of models.
    const twice = 'Mythos Preview and Opus 4.6 reached 77.8% and 53.4% on SWE-bench Pro and 83.1% and 66.6% on CyberGym, respectively.[1]';
    assert.deepEqual(pl006(twice), []);
    assert.deepEqual(pl006(twice.replace('83.1% and 66.6%', '66.6% and 83.1%')), ['66.6%', '83.1%']);
  });

  it('never flags a figure right for one of the listed subjects when the lists cannot be paired', () => {
    // Three figures, two subjects the fact base knows ("Opus 4.5" is none): no pairing, and the 77.8% stays Mythos Preview's.
    assert.deepEqual(pl006('On SWE-bench Pro, Mythos Preview, Opus 4.6 and Opus 4.5 reach 77.8%, 55.4% and 40% respectively.[1]'), ['55.4%']);
    assert.deepEqual(pl006('On SWE-bench Pro, Mythos Preview and Opus 4.6 reach 77.8%, 53.4% and 40% respectively.[1]'), []);
  });

  it('leaves a figure outside the lists to the subject nearest it', () => {
    // 80.8% is Opus 4.6's SWE-bench Verified score, written for Mythos Preview (93.9% on record).
    const text = 'Mythos Preview and Opus 4.6 reach 77.8% and 53.4% on SWE-bench Pro respectively, while Mythos Preview scores 80.8% on SWE-bench Verified.[1]';
    assert.deepEqual(pl006(text), ['80.8%']);
  });
});

describe('figures "for" other subjects', () => {
  it('contradicts both figures swapped between the subjects they are "for"', () => {
    assert.deepEqual(pl006('On CyberGym, the scores were 83.1% for Opus 4.6 and 66.6% for Mythos Preview.[1]'), ['83.1%', '66.6%']);
    assert.deepEqual(pl006('On CyberGym, the scores were 83.1% for Mythos Preview and 66.6% for Opus 4.6.[1]'), []);
  });
});
