// Whose each figure is of the pairs "a against b on Bench" a comparison of two names sets out, and a
// pair before its benchmark's name read as one after it (blind QA round 21, tester C items 1.1 and
// 3.1, tester T item 3.1).
import * as assert from 'node:assert/strict';
import { bundledAnalyzer, findingTexts, valueOnRecordFixes } from './support/findingTexts';

const pl006 = (text: string): string[] => findingTexts('PL006', text);
// On record: CyberGym 83.1% (Mythos Preview), 66.6% (Opus 4.6); SWE-bench Verified 93.9%, 80.8%;
// SWE-bench Pro 77.8%, 53.4%.
const cite = (s: string) => `${s}[1]\n\n[1]: https://www.anthropic.com/glasswing "Project Glasswing"\n`;

describe('the pairs of figures of a comparison of two names', () => {
  const ahead = (pro: string) => cite(`On published benchmarks Mythos Preview is well ahead of Opus 4.6: 83.1% against 66.6% on CyberGym and 77.8% against ${pro} on SWE-bench Pro.`);

  it("give each pair's first figure to the subject and its second to the comparand", () => {
    // Not the right 83.1% mended to Opus 4.6's SWE-bench Pro score: the wrong 58.4% is.
    assert.deepEqual(pl006(ahead('58.4%')), ['58.4%']);
    assert.deepEqual(valueOnRecordFixes(ahead('58.4%')), ['53.4%']);
    const right = bundledAnalyzer.analyze(ahead('53.4%'));
    assert.deepEqual(right.findings.filter((f) => f.code === 'PL006'), []);
    assert.deepEqual([...right.claims[0].facts].sort(), ['cybergym-mythos-preview', 'cybergym-opus-4-6', 'swe-bench-pro-mythos-preview', 'swe-bench-pro-opus-4-6']);
  });

  it('follow the order of the comparison, whichever name comes first', () => {
    assert.deepEqual(pl006(cite('Opus 4.6 trails Mythos Preview: 66.6% against 83.1% on CyberGym.')), []);
    assert.deepEqual(pl006(cite('Compared with Opus 4.6, Mythos Preview scores 83.1% against 66.6% on CyberGym.')), []);
    assert.deepEqual(pl006(cite('Mythos Preview beats Opus 4.6 on CyberGym, 83.1% vs. 60.6%.')), ['60.6%']);
    // Swapped: both contradicted.
    assert.deepEqual(pl006(cite('Mythos Preview is ahead of Opus 4.6: 66.6% against 83.1% on CyberGym.')), ['66.6%', '83.1%']);
  });

  it('leave a figure "for" a name, and "respectively" pairs, to those', () => {
    assert.deepEqual(pl006(cite('Mythos Preview is well ahead of Opus 4.6: 83.1% on CyberGym against 66.6% for Opus 4.6.')), []);
    assert.deepEqual(pl006(cite('Mythos Preview scores 83.1% against 66.6% for Opus 4.6 on CyberGym, and 77.8% against 58.4% on SWE-bench Pro.')), ['58.4%']);
    assert.deepEqual(pl006(cite('On SWE-bench Pro, Mythos Preview and Opus 4.6 reach 77.8% and 58.4%, respectively.')), ['58.4%']);
  });
});

describe('a pair "a against b" before the name of its benchmark', () => {
  it('holds the second figure against the other model on record, as "(up from b)" after the name', () => {
    const text = 'Mythos Preview scored 77.8% against 55.4% on SWE-bench Pro (Anthropic, 2026a).\n\n## References\n\n- Anthropic (2026a) *Project Glasswing*.\n';
    assert.deepEqual(pl006(text), ['55.4%']);
    assert.deepEqual(valueOnRecordFixes(text), ['53.4%']);
    assert.deepEqual(pl006(cite('Mythos Preview scored 93.9% against 82.8% on SWE-bench Verified, and 77.8% against 53.4% on SWE-bench Pro.')), ['82.8%']);
    assert.deepEqual(pl006(cite('Mythos Preview scored 93.9% against 80.8% on SWE-bench Verified, and 77.8% against 53.4% on SWE-bench Pro.')), []);
  });

  it('leaves the second figure alone when the benchmark after it is not the first one\'s', () => {
    // The 58.4% is no baseline of the 93.9%: not held against Opus 4.6's SWE-bench Pro or Verified score.
    const fixes = valueOnRecordFixes(cite('Mythos Preview scores 93.9% on SWE-bench Verified, against 58.4% on SWE-bench Pro.'));
    assert.ok(!fixes.includes('53.4%') && !fixes.includes('80.8%'), fixes.join());
    assert.deepEqual(pl006(cite('Mythos Preview scores 93.9% on SWE-bench Verified, compared with 72% in 2025.')), []);
  });

  // Found reading the merge: a pair set against a model the fact base does not know was held against Opus 4.6.
  it("leave the second figure unchecked when the comparand is another model than the record's", () => {
    for (const s of [
      'Mythos Preview is ahead of GPT-5: 83.1% against 70.0% on CyberGym.',
      'Mythos Preview beats Gemini 3 Pro: 83.1% against 70.0% on CyberGym.',
      'Mythos Preview is ahead of GPT-5: 83.1% on CyberGym, against 70.0%.',
      'Mythos Preview is ahead of GPT-5.3-Codex: 83.1% against 70.0% on CyberGym.',
    ]) assert.deepEqual(pl006(cite(s)), [], s);
    // Counter-examples: no name, or the record's own comparand, keep the check.
    assert.deepEqual(pl006(cite('Mythos Preview scored 83.1% against 70.0% on CyberGym.')), ['70.0%']);
    assert.deepEqual(pl006(cite('Mythos Preview is ahead of Opus 4.6: 83.1% against 70.0% on CyberGym.')), ['70.0%']);
  });
});
