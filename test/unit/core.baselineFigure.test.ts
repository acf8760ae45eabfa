// A bare baseline, "93.9% on SWE-bench Verified (up from 80.6%)", is the same measure's figure
// for another subject (blind QA X, item 8): held against the one other subject's figure on record.
import * as assert from 'node:assert/strict';
import { bundledAnalyzer, findingTexts } from './support/findingTexts';

const pl006 = (text: string): string[] => findingTexts('PL006', text);
// On record: SWE-bench Verified, Mythos Preview 93.9%, Opus 4.6 80.8%; CyberGym 83.1% and 66.6%.

describe('a bare baseline figure', () => {
  it("is held against the other subject's figure of the same measure, never the subject's own", () => {
    const text = 'Mythos Preview scores 83.1% on CyberGym and 93.9% on SWE-bench Verified (up from 80.6%).[1]';
    assert.deepEqual(pl006(text), ['80.6%']);
    const [finding] = bundledAnalyzer.analyze(text).findings.filter((f) => f.code === 'PL006');
    assert.match(finding.message, /Opus 4\.6 scores 80\.8% on SWE-bench Verified/);
    assert.equal(finding.fixes[0].edits[0].newText, '80.8%');
    assert.deepEqual(pl006(text.replace('80.6%', '80.8%')), []);
    assert.deepEqual(bundledAnalyzer.analyze(text.replace('80.6%', '80.8%')).claims[0].facts.includes('swe-bench-verified-opus-4-6'), true);
    // Its own figure is no baseline of itself: "up from 93.9%" is left alone.
    assert.deepEqual(pl006('Mythos Preview scores 93.9% on SWE-bench Verified (up from 93.9%).[1]'), []);
  });

  it('reads "against", "vs." and "compared with" as well, with a subject from the paragraph', () => {
    assert.deepEqual(pl006('Mythos Preview scores 93.9% on SWE-bench Verified, against 80.6%.[1]'), ['80.6%']);
    assert.deepEqual(pl006('Mythos Preview scores 83.1% on CyberGym vs. 60.6%.[1]'), ['60.6%']);
    const x2 = 'Mythos Preview is the new model. The model scores 83.1% on CyberGym (up from 66.6% for Opus 4.6) and 93.9% on SWE-bench Verified (up from 80.6%).[1]';
    assert.deepEqual(pl006(x2), ['80.6%']);
  });

  it('is the subject another baseline of the sentence is "for", as the other side of a comparison repeats it', () => {
    // The model is not named: the 93.9% has no subject, but both baselines are Opus 4.6's.
    const text = 'It is a large step up. The model scores 83.1% on CyberGym (up from 66.6% for Opus 4.6) and 93.9% on SWE-bench Verified (up from 80.6%).[1]';
    assert.deepEqual(pl006(text), ['80.6%']);
    assert.deepEqual(pl006(text.replace('80.6%', '80.8%')), []);
  });

  it('is left alone when its phrase names a time, a subject or a measure, or goes the wrong way', () => {
    assert.deepEqual(pl006('Mythos Preview scores 93.9% on SWE-bench Verified, compared with 80.6% a year ago.[1]'), []);
    assert.deepEqual(pl006('Mythos Preview scores 93.9% on SWE-bench Verified (up from 80.6% for GPT-5.3-Codex).[1]'), []);
    // "down from" a figure below: not the other model's 80.8%.
    assert.deepEqual(pl006('Mythos Preview scores 93.9% on SWE-bench Verified, down from 80.6%.[1]'), []);
    // Opus 4.6 rose "up from" a figure below its own: Mythos Preview's 93.9% is no such figure.
    assert.deepEqual(pl006('Opus 4.6 scores 80.8% on SWE-bench Verified (up from 70.1%).[1]'), []);
  });

  it('is left alone when the fact base has no other subject with a figure of that measure', () => {
    // The founding partners are counted once on record, for Project Glasswing alone.
    assert.deepEqual(pl006('Project Glasswing has 12 founding partners (up from 8).[1]'), []);
  });
});
