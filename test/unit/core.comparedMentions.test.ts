// A later sentence's implicit subject ("it") is the earlier sentence's subject, never a name set on the other side of its comparison.
import * as assert from 'node:assert/strict';
import { findingTexts } from './support/findingTexts';

const pl006 = (text: string): string[] => findingTexts('PL006', text);

describe('a name on the other side of a comparison is no subject to borrow', () => {
  // On record: SWE-bench Verified 93.9% for Mythos Preview, 80.8% for Opus 4.6.
  const against = 'The model scores 83.1 percent on CyberGym against 66.6 percent for Opus 4.6. ';

  it('does not give the next sentence the entity a contrasted figure is "for"', () => {
    assert.deepEqual(pl006(`${against}On SWE-bench Verified it reaches 93.9 percent.`), []);
    assert.deepEqual(pl006('Headline numbers: 83.1% on CyberGym vs 66.6% for Opus 4.6. 93.9% on SWE-bench Verified.'), []);
    // Across a paragraph break, as from the paragraph before.
    assert.deepEqual(pl006(`${against}\n\nOn SWE-bench Verified it reaches 93.9 percent.`), []);
  });

  it('does not give the next sentence a name after "than", "against" or "vs."', () => {
    assert.deepEqual(pl006('The model scores higher than Opus 4.6 on CyberGym. On SWE-bench Verified it reaches 93.9 percent.'), []);
  });

  it('still gives the next sentence the subject named before the comparison', () => {
    assert.deepEqual(pl006('Mythos Preview scores 83.1 percent on CyberGym against 66.6 percent for Opus 4.6. On SWE-bench Verified it reaches 90.9 percent.'), ['90.9 percent']);
    assert.deepEqual(pl006(`Mythos Preview is new.\n\n${against}On SWE-bench Verified it reaches 90.9 percent.`), ['90.9 percent']);
    assert.deepEqual(pl006('Opus 4.6 scores 66.6 percent on CyberGym. On SWE-bench Verified it reaches 93.9 percent.'), ['93.9 percent']);
    // A sentence whose only figure is "for" Opus 4.6 is about Opus 4.6.
    assert.deepEqual(pl006('CyberGym: 66.6% for Opus 4.6. On SWE-bench Verified it reaches 93.9 percent.'), ['93.9 percent']);
  });
});

describe('a name set against a figure is not the subject of that figure (blind QA report L, item 2)', () => {
  // On record: SWE-bench Verified 93.9% for Mythos Preview, 80.8% for Opus 4.6; CyberGym 83.1% and 66.6%.
  it('does not hold the figure against the compared name: "above", "ahead of", "higher than", "against"', () => {
    assert.deepEqual(pl006('On SWE-bench Verified the model scores 93.9%, 13.1 percentage points above Opus 4.6.'), []);
    assert.deepEqual(pl006('On SWE-bench Verified the model scores 93.9%, well above Opus 4.6.[1]\n\n[1]: https://example.org'), []);
    assert.deepEqual(pl006('On SWE-bench Verified the model scores 93.9%, ahead of Opus 4.6.'), []);
    assert.deepEqual(pl006('On SWE-bench Verified the model scores 93.9%, higher than Opus 4.6.'), []);
    assert.deepEqual(pl006('On SWE-bench Verified the model scores 93.9% against Opus 4.6.'), []);
    // The subject the sentence leaves implicit is still found where it would be: the heading.
    assert.deepEqual(pl006('## Claude Mythos Preview\n\nOn SWE-bench Verified the model scores 90.9%, well above Opus 4.6.'), ['90.9%']);
  });

  it('still checks the subject named before the comparison, and a figure the compared name is given', () => {
    assert.deepEqual(pl006('On SWE-bench Verified, Opus 4.6 scores 93.9%, well below Mythos Preview.'), ['93.9%']);
    assert.deepEqual(pl006("Mythos Preview scores 93.9% on SWE-bench Verified, well above Opus 4.6's 70%."), ['70%']);
    assert.deepEqual(pl006('Mythos Preview scores 93.9% on SWE-bench Verified, well above Opus 4.6 at 70%.'), ['70%']);
    // "Other than" names the subject; "later than" the event a span is counted from.
    assert.deepEqual(pl006('No company other than Anthropic pledged $40 million to open-source security.'), ['$40 million']);
    assert.deepEqual(pl006('Mythos Preview was announced twelve days later than the Mythos leak.'), ['twelve days']);
  });

  it('does not give the next sentence the name set against the figure', () => {
    assert.deepEqual(pl006('The model scores 93.9% on SWE-bench Verified, well above Opus 4.6. On CyberGym it reaches 83.1 percent.'), []);
  });
});

describe('a name after a multiplier is the other side of the comparison (QA round 15, report T item 3)', () => {
  // On record: SWE-bench Pro 77.8% for Mythos Preview, 53.4% for Opus 4.6.
  const cite = (s: string) => `${s}[1]\n\n[1]: https://www.anthropic.com/glasswing "Project Glasswing"\n`;

  it('does not make "its" score Opus 4.6\'s in "its … score, 77.8 per cent, is one and a half times Opus 4.6\'s"', () => {
    const sentence = (figure: string) => cite(`Mythos Preview solves more than nine in ten SWE-bench Verified tasks, and its SWE-bench Pro score, ${figure}, is roughly one and a half times Opus 4.6's.`);
    assert.deepEqual(pl006(sentence('77.8 per cent')), []);
    // The figure is Mythos Preview's, and checked as such.
    assert.deepEqual(pl006(sentence('79.8 per cent')), ['79.8 per cent']);
    assert.deepEqual(pl006(cite('Its SWE-bench Pro score, 77.8 per cent, is roughly 1.5 times that of Opus 4.6.')), []);
  });

  it('still reads a name before the multiplier, or with a figure of its own, as a subject', () => {
    assert.deepEqual(pl006(cite("Opus 4.6 scores 60.6% on SWE-bench Pro; Mythos Preview's score is 1.5 times Opus 4.6's.")), ['60.6%']);
  });
});
