// A scale's bounds are no claim (QA round 16, report S item 8).
import * as assert from 'node:assert/strict';
import { findingTexts } from './support/findingTexts';

const uncited = (markdown: string) => findingTexts('PL007', `# Annex\n\n${markdown}\n`);

describe('the bounds of a scale are no claim', () => {
  it('leaves "on a scale from 0 to 1" and "a 1–10 scale" in prose without a citation hint', () => {
    assert.deepEqual(uncited('The second table gives the same results as shares of tasks solved, on a scale from 0 to 1.'), []);
    assert.deepEqual(uncited('Reviewers rated each answer on a 1–10 scale.'), []);
    // A range that is no scale still counts.
    assert.deepEqual(uncited('Glasswing grew from 1 to 12 partners.').length, 1);
  });

  it('leaves a header\'s "(share of tasks, 0–1)" alone, as "(%)" is', () => {
    const table = ['| Model | CyberGym (share of tasks, 0–1) | Source |', '|---|---:|---|', '| Claude Mythos Preview | 0.831 | [1] |', '', '[1]: https://www.anthropic.com/glasswing "Project Glasswing"'].join('\n');
    assert.deepEqual(uncited(table), []);
    // Words in the parenthesis that are not a label before the range keep it a claim: "(from 0 to 100)".
    assert.equal(uncited('Glasswing partners rose sharply (from 0 to 100).').length, 1);
  });
});
