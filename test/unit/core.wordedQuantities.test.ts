// Figures in words the claim reader had missed: blind QA round 6, tester X items 10 and 11.
import * as assert from 'node:assert/strict';
import { createAnalyzer, type Fix } from '../../src/core';
import { bundledFactBase } from '../../src/core/factbase/bundled';
import { findingTexts } from './support/findingTexts';

const analyzer = createAnalyzer({ factBase: bundledFactBase() });
const pl006 = (text: string): string[] => findingTexts('PL006', text);
const fixOf = (text: string): string | undefined => {
  const fix: Fix | undefined = analyzer.analyze(text).findings.find((f) => f.code === 'PL006')?.fixes[0];
  return fix?.edits[0].newText;
};
const valuesOf = (text: string) => analyzer.analyze(text).claims.flatMap((c) => c.values.map((v) => [v.kind, v.text, v.number, v.unit]));

describe('quantities written in words', () => {
  // On record: a 16-year-old FFmpeg bug, a 27-year-old OpenBSD flaw.
  it('reads how long a thing lasted unseen as its age', () => {
    assert.deepEqual(valuesOf('The bug had survived for 17 years.'), [['age', '17 years', 17, 'year']]);
    assert.deepEqual(pl006('The FFmpeg bug found by Mythos Preview had survived for 17 years.'), ['17 years']);
    assert.equal(fixOf('The FFmpeg bug found by Mythos Preview had survived for 17 years.'), '16 years');
    assert.deepEqual(pl006('The OpenBSD flaw had gone undetected in the code for nearly three decades.'), []);
    assert.deepEqual(valuesOf('The flaw had lurked in the code for a decade.'), [['age', 'a decade', 10, 'year']]);
    // A span that is no age stays a duration.
    assert.deepEqual(valuesOf('Mythos Preview has been available for 17 days.'), [['duration', '17 days', 17, 'day']]);
  });

  // On record: Mythos Preview's 83.1% on CyberGym (blind QA report L, item 16).
  it('reads a percentage in words, decimals too: "eighty-six point one percent" is 86.1%', () => {
    assert.deepEqual(valuesOf('It scored eighty-six point one percent.'), [['percentage', 'eighty-six point one percent', 86.1, '%']]);
    assert.deepEqual(valuesOf('It scored twelve per cent.'), [['percentage', 'twelve per cent', 12, '%']]);
    assert.deepEqual(valuesOf('It scored eighty point zero five percent.'), [['percentage', 'eighty point zero five percent', 80.05, '%']]);
    assert.deepEqual(pl006('Mythos Preview scores eighty-six point one percent on CyberGym.[1]\n\n[1]: https://example.com'), ['eighty-six point one percent']);
    assert.deepEqual(pl006('Mythos Preview scores eighty-three point one percent on CyberGym.[1]\n\n[1]: https://example.com'), []);
    // "point" that starts no decimal stays a word.
    assert.deepEqual(valuesOf('The team signed three point guards.'), [['count', 'three', 3, undefined]]);
  });

  // On record: a $200 million Pentagon contract.
  it('reads a fraction of a scale word as a number, not a share', () => {
    assert.deepEqual(valuesOf('It was worth a quarter of a billion dollars.'), [['money', 'a quarter of a billion dollars', 2.5e8, 'USD']]);
    assert.deepEqual(valuesOf('It was worth a quarter-billion dollars.'), [['money', 'a quarter-billion dollars', 2.5e8, 'USD']]);
    assert.deepEqual(valuesOf('It reached three quarters of a million users.'), [['count', 'three quarters of a million', 7.5e5, undefined]]);
    assert.deepEqual(pl006('The Pentagon contract that collapsed in February was worth a quarter of a billion dollars.'), ['a quarter of a billion dollars']);
    assert.equal(fixOf('The Pentagon contract was worth a quarter of a billion dollars.'), '200 million dollars');
    // A share is still a share.
    assert.deepEqual(valuesOf('It solved a quarter of the tasks.'), [['percentage', 'a quarter', 25, 'fraction']]);
  });

  // On record: eleven days from the leak to the announcement; the Cyber Grand Challenge ten years before.
  it('reads "a week later" as a span of one week, and writes the fix in the unit on record', () => {
    assert.deepEqual(valuesOf('A week later, the company announced the model.'), [['duration', 'A week', 1, 'week']]);
    assert.deepEqual(pl006('Anthropic announced the model a week after the Mythos leak.'), ['a week']);
    assert.equal(fixOf('Anthropic announced the model a week after the Mythos leak.'), 'eleven days');
    assert.equal(fixOf('Two weeks after the Mythos leak, Anthropic announced Claude Mythos Preview.'), 'Eleven days');
    assert.deepEqual(pl006('A decade ago, the first DARPA Cyber Grand Challenge showed machines could play capture-the-flag.'), []);
    // Not a span between two events.
    assert.equal(analyzer.analyze('Once a week, the team met.').claims.length, 0);
  });

  // On record: eleven days from the leak to the announcement; a 27-year-old OpenBSD flaw (blind QA round 11, Q item 2).
  it('reads a span with a half or in fortnights: "a week and a half", "ten and a half days", "half a year", "a fortnight"', () => {
    assert.deepEqual(valuesOf('A week and a half later came the formal announcement.'), [['duration', 'A week and a half', 1.5, 'week']]);
    assert.deepEqual(valuesOf('One and a half weeks passed.'), [['duration', 'One and a half weeks', 1.5, 'week']]);
    assert.deepEqual(valuesOf('It took ten and a half days.'), [['duration', 'ten and a half days', 10.5, 'day']]);
    assert.deepEqual(valuesOf('It took 2 weeks and a half.'), [['duration', '2 weeks and a half', 2.5, 'week']]);
    assert.deepEqual(valuesOf('It took half a year.'), [['duration', 'half a year', 0.5, 'year']]);
    assert.deepEqual(valuesOf('It took a fortnight.'), [['duration', 'a fortnight', 2, 'week']]);
    assert.deepEqual(valuesOf('It took two fortnights.'), [['duration', 'two fortnights', 4, 'week']]);
    assert.deepEqual(valuesOf('The flaw had lurked in the code for a decade and a half.'), [['age', 'a decade and a half', 15, 'year']]);
    // 10.5 days is eleven at the precision of a day; fourteen is not.
    assert.deepEqual(pl006('A week and a half after the leak, Anthropic announced Claude Mythos Preview.'), []);
    assert.deepEqual(pl006('Ten and a half days after the leak, Anthropic announced Claude Mythos Preview.'), []);
    assert.deepEqual(pl006('A fortnight after the leak, Anthropic announced Claude Mythos Preview.[1]\n\n[1]: https://www.anthropic.com/glasswing'), ['A fortnight']);
    assert.equal(fixOf('A fortnight after the leak, Anthropic announced Claude Mythos Preview.'), 'Eleven days');
    assert.equal(fixOf('Two weeks and a half after the leak, Anthropic announced Claude Mythos Preview.'), 'Eleven days');
    assert.equal(fixOf('Half a year after the leak, Anthropic announced Claude Mythos Preview.'), 'Eleven days');
    // "later came" the announcement counts from what the sentence before speaks of, whatever the span's unit.
    const gap = 'Anthropic locked the files down after Fortune called. A week and a half later came the formal announcement.';
    assert.equal(analyzer.analyze(gap).claims.at(-1)?.status, 'confirmed');
    assert.deepEqual(findingTexts('PL007', gap), ['A week and a half']);
    assert.deepEqual(pl006('Anthropic locked the files down after Fortune called. A fortnight later came the formal announcement.'), ['A fortnight']);
    // No span: a definite "the week and a half", and "half" of something else.
    assert.equal(analyzer.analyze('The week and a half was quiet.').claims.length, 0);
    assert.equal(analyzer.analyze('Half a loaf is better than none.').claims.length, 0);
  });
});
