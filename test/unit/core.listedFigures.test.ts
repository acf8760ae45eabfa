// The PL007 hint names every figure its citation would cover (blind QA round 16, tester H item 8): a budget
// request's eight figures were cut to the first four, as if the rest needed no citation.
import * as assert from 'node:assert/strict';
import { bundledAnalyzer, findingTexts } from './support/findingTexts';

const hints = (text: string): string[] =>
  bundledAnalyzer
    .analyze(text)
    .findings.filter((f) => f.code === 'PL007')
    .map((f) => f.message);

describe('the figures a PL007 hint lists', () => {
  it('lists every figure of the sentence, those after a bracket too', () => {
    const request =
      'The office is requesting $1.8 million for FY2027: $1.1 million for 4 additional FTE (bringing the team from 9 to 13), $450,000 for a patch platform, and $250,000 for red-team testing.';
    assert.deepEqual(hints(request), ['Claim with figures or dates but no citation: “$1.8 million”, “FY2027”, “$1.1 million”, “4”, “9”, “13”, “$450,000”, “$250,000”']);
  });

  it('names the first ten of a longer list and says how many more there are', () => {
    const many = `The agency counted ${Array.from({ length: 12 }, (_, i) => `${i + 11} sites`).join(', ')} in turn.`;
    assert.deepEqual(hints(many), ['Claim with figures or dates but no citation: “11”, “12”, “13”, “14”, “15”, “16”, “17”, “18”, “19”, “20” and 2 more']);
  });

  it('lists no "a year earlier" that dates the figure before it', () => {
    assert.deepEqual(hints('Our mean time to remediate was 12.6 days in Q1, down from 19.2 days a year earlier.'), [
      'Claim with figures or dates but no citation: “12.6 days”, “19.2 days”',
    ]);
    assert.deepEqual(hints('Revenue was 80.6% a year ago.'), ['Claim with a figure or date but no citation: “80.6%”']);
    // A span between two events stays one: on record, eleven days from the leak to the announcement.
    assert.deepEqual(hints('A week later, the company announced the model.'), ['Claim with a figure or date but no citation: “A week”']);
    assert.deepEqual(findingTexts('PL006', 'Anthropic announced Claude Mythos Preview on 7 April a week after the Mythos leak.'), ['a week']);
  });
});
