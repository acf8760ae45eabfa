// A range written with a dash is one figure in the hint that asks for its citation (QA round 21, G item 12):
// "within 12–18 months" lists “12–18 months”, not “12”, “18 months”.
import * as assert from 'node:assert/strict';
import { bundledAnalyzer } from './support/findingTexts';

const hints = (text: string): string[] =>
  bundledAnalyzer
    .analyze(text)
    .findings.filter((f) => f.code === 'PL007')
    .map((f) => f.message);

describe('a range in the PL007 hint', () => {
  it('lists a range written with a dash as one figure, with or without spaces', () => {
    assert.deepEqual(hints('Officials expect comparable tools within 12–18 months.'), ['Claim with a figure or date but no citation: “12–18 months”']);
    assert.deepEqual(hints('The gap is 12 - 18 months, and the backlog 3 years.'), ['Claim with figures or dates but no citation: “12 - 18 months”, “3 years”']);
  });

  it('still lists two figures that no dash joins', () => {
    assert.deepEqual(hints('The review took 12 weeks and cost 18 months of work.'), ['Claim with figures or dates but no citation: “12 weeks”, “18 months”']);
  });
});
