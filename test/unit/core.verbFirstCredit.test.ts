// A sentence that opens with its verb of saying credits the name right after it: "Told Dario Amodei to CNN: «…»".
import * as assert from 'node:assert/strict';
import { createAnalyzer } from '../../src/core/index';
import { bundledFactBase } from '../../src/core/factbase/bundled';

const analyzer = createAnalyzer({ factBase: bundledFactBase() });
const sources = '\n\n## Sources\n\n1. Anthropic Releases Its Most Powerful - and Dangerous - AI Model to Select Partners - CNN\n';
const codes = (text: string) => analyzer.analyze(text + sources).findings.filter((f) => f.code === 'PL005' || f.code === 'PL004').map((f) => f.code);

describe('verb-first attribution', () => {
  it('credits the name after a verb that opens the sentence', () => {
    assert.deepEqual(codes('Told Dario Amodei to CNN: «We did not feel comfortable releasing this generally.» [1]'), ['PL005']);
    assert.deepEqual(codes('3.5 Told Dario Amodei to CNN: «We did not feel comfortable releasing this generally.» [1]'), ['PL005']);
    assert.deepEqual(codes('Said Dario Amodei: “We did not feel comfortable releasing this generally.” [1]'), ['PL005']);
    assert.deepEqual(codes('Said Logan Graham: “We did not feel comfortable releasing this generally.” [1]'), []);
  });

  it('credits no one when the capitalised word is no verb of this sentence’s speaker', () => {
    assert.deepEqual(codes('Added to the page by Dario Amodei’s team, a banner read “We did not feel comfortable releasing this generally.” [1]'), []);
  });
});
