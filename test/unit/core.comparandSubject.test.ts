// The name a figure is set against is the comparand, not its subject (QA round 21, tester O, item 2; round 13, B item 4).
import * as assert from 'node:assert/strict';
import { contradictions } from './support/sentenceFigures';

describe('a figure set against another model, with "it" as its subject', () => {
  // On record: Mythos Preview scores 83.1% on CyberGym, 77.8% on SWE-bench Pro; Opus 4.6 scores 53.4% on SWE-bench Pro.
  const before = 'By Anthropic\'s account, Mythos Preview found a 27-year-old flaw in OpenBSD [1]. ';

  it('takes the subject from the sentence before, as it does without the comparison', () => {
    assert.deepEqual(contradictions(`${before}On the company's CyberGym benchmark it scores 81.3%, about 16 points ahead of Claude Opus 4.6 [1].`), [['81.3%', '83.1%']]);
    assert.deepEqual(contradictions(`${before}On CyberGym it scores 81.3%, well above Claude Opus 4.6 [1].`), [['81.3%', '83.1%']]);
    assert.deepEqual(contradictions(`${before}On CyberGym it scores 83.1%, about 16 points ahead of Claude Opus 4.6 [1].`), []);
  });

  it('contradicts both figures of a swapped pair after "up from … for"', () => {
    assert.deepEqual(contradictions('Mythos Preview is strong [1]. On SWE-bench Pro it scores 53.4%, up from 77.8% for Opus 4.6 [1].'), [
      ['53.4%', '77.8%'],
      ['77.8%', '53.4%'],
    ]);
    assert.deepEqual(contradictions('Mythos Preview is strong [1]. On SWE-bench Pro it scores 77.8%, up from 53.4% for Opus 4.6 [1].'), []);
  });
});
