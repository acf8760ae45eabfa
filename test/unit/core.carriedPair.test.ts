// Blind QA round 19, tester F item 3.1: "the figures were 77.8% and 56.4%" after "Mythos Preview scored 93.9%
// against 80.8% for Opus 4.6" are the same two models' scores, in that order; the 56.4% (53.4% on record) passed.
import * as assert from 'node:assert/strict';
import { analyzer, sources } from './support/sentenceFigures';

const analyzed = (paragraph: string) => analyzer.analyze(`${paragraph}${sources}`);
const contradicted = (paragraph: string) => {
  const a = analyzed(paragraph);
  return a.findings.filter((f) => f.code === 'PL006').map((f) => a.claims.length && `${paragraph}${sources}`.slice(f.span.start, f.span.end));
};

describe('a bare pair of scores after a sentence that compares two subjects', () => {
  const compared = 'Mythos Preview scored 93.9% against 80.8% for Opus 4.6 on SWE-bench Verified.[1]';

  it('gives its two scores to the two subjects of the comparison before it', () => {
    assert.deepEqual(contradicted(`${compared} On the harder SWE-bench Pro, the figures were 77.8% and 56.4%.[1]`), ['56.4%']);
    const right = analyzed(`${compared} On the harder SWE-bench Pro, the figures were 77.8% and 53.4%.[1]`).claims[1];
    assert.equal(right.status, 'confirmed');
    assert.deepEqual([...right.facts].sort(), ['swe-bench-pro-mythos-preview', 'swe-bench-pro-opus-4-6']);
  });

  it('carries no pair from a sentence that compares none, nor into one that names its own model', () => {
    assert.deepEqual(contradicted('Mythos Preview scored 93.9% on SWE-bench Verified.[1] On SWE-bench Pro, the figures were 77.8% and 56.4%.[1]'), []);
    assert.deepEqual(contradicted(`${compared} On SWE-bench Pro, GPT-5.3-Codex and GPT-5 were at 77.8% and 56.4%.[1]`), []);
    // Nor across paragraphs.
    assert.deepEqual(contradicted(`${compared}\n\nOn the harder SWE-bench Pro, the figures were 77.8% and 56.4%.[1]`), []);
  });
});
