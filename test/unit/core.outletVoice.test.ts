// An outlet that published words on record is their reporter, not their speaker, unless it is made to say the record's first person.
import * as assert from 'node:assert/strict';
import { createAnalyzer } from '../../src/core/index';
import { bundledFactBase } from '../../src/core/factbase/bundled';

const analyzer = createAnalyzer({ factBase: bundledFactBase() });

describe('an outlet made the speaker of first-person words on record', () => {
  const fortune = '\n\n## Sources\n\n1. Anthropic Accidentally Leaked Details of a New AI Model That Poses Unprecedented Cybersecurity Risks - Fortune\n';
  const pl005 = (text: string) => analyzer.analyze(text + fortune).findings.filter((f) => f.code === 'PL005').length;
  it('reports Fortune credited in its own voice with Anthropic’s “we”', () => {
    assert.equal(pl005('Fortune described the model as "by far the most powerful AI model we\'ve ever developed".[1]'), 1);
    assert.equal(pl005('Fortune said: "by far the most powerful AI model we\'ve ever developed".[1]'), 1);
  });

  it('still takes Fortune for the reporter in a reporting frame, or of words not in the first person', () => {
    assert.equal(pl005('According to Fortune, it is "by far the most powerful AI model we\'ve ever developed".[1]'), 0);
    assert.equal(pl005('Fortune reported that it is "by far the most powerful AI model we\'ve ever developed".[1]'), 0);
    assert.equal(pl005('Fortune: "by far the most powerful AI model we\'ve ever developed".[1]'), 0);
    assert.equal(pl005('Fortune wrote that the model was "by far the most powerful AI model we\'ve ever developed".[1]'), 0);
    assert.equal(pl005('Fortune called the model "currently far ahead of any other AI model in cyber capabilities".[1]'), 0);
    assert.equal(pl005('Fortune called it "the most powerful AI model" the company had developed.[1]'), 0);
  });
});
