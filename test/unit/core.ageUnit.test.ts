// An age is compared in the unit it is written in: a record in years contradicts the same number of months or days.
import * as assert from 'node:assert/strict';
import { bundledAnalyzer, findingTexts } from './support/findingTexts';

const pl006 = (text: string): string[] => findingTexts('PL006', text);
const fixes = (text: string): (string | undefined)[] =>
  bundledAnalyzer
    .analyze(text)
    .findings.filter((f) => f.code === 'PL006')
    .map((f) => f.fixes[0]?.edits[0].newText);

describe('an age written in another unit than the record (blind QA round 8, tester T item 5)', () => {
  // On record: the FFmpeg bug was 16 years old, the OpenBSD flaw 27 years old.
  it('contradicts the record with the same number of months, weeks or days', () => {
    assert.deepEqual(pl006('Mythos Preview found a 16-month-old bug in FFmpeg.[1]'), ['16-month-old']);
    assert.deepEqual(pl006('Mythos Preview found a 27-month-old flaw in OpenBSD.[1]'), ['27-month-old']);
    assert.deepEqual(pl006('Mythos Preview found a 16-day-old bug in FFmpeg.[1]'), ['16-day-old']);
    assert.deepEqual(pl006('In the OpenBSD case, the flaw had gone undetected for 27 months before Mythos Preview found it.[1]'), ['27 months']);
    assert.deepEqual(pl006('The FFmpeg bug Mythos Preview found was sixteen months old.[1]'), ['sixteen months old']);
  });

  it('writes the fix in the unit on record', () => {
    assert.deepEqual(fixes('Mythos Preview found a 16-month-old bug in FFmpeg.[1]'), ['16-year-old']);
    assert.deepEqual(fixes('Mythos Preview found a 16-day-old bug in FFmpeg.[1]'), ['16-year-old']);
    assert.deepEqual(fixes('In the OpenBSD case, the flaw had gone undetected for 27 months before Mythos Preview found it.[1]'), ['27 years']);
    assert.deepEqual(fixes('The FFmpeg bug Mythos Preview found was sixteen months old.[1]'), ['sixteen years old']);
  });

  it('agrees with the record counted in the unit written', () => {
    assert.deepEqual(pl006('Mythos Preview found a 192-month-old bug in FFmpeg.[1]'), []);
    assert.deepEqual(pl006('Mythos Preview found a 16-year-old bug in FFmpeg.[1]'), []);
    // An age of another thing is still not the bug's.
    assert.deepEqual(pl006('My 16-month-old daughter watched Mythos Preview find a bug in FFmpeg.[1]'), []);
  });
});
