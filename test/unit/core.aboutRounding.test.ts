// "about X" for a figure given to its last digit is what rounds to X, the same either way (blind QA round 17, tester P
// item 2): with 83.1% on record "about 84%" passed while "about 82%" did not, and the fix for "about 82%" wrote
// "about 83.1%", a precision the writer's "about" disclaims.
import * as assert from 'node:assert/strict';
import { findingTexts, valueOnRecordFixes } from './support/findingTexts';

const note = '\n\n[1]: https://example.org';
const scores = (n: string) => `Mythos Preview scores about ${n}% on CyberGym [1].${note}`;
const pl006 = (n: string): string[] => findingTexts('PL006', scores(n));

describe('"about" a percentage, against the exact one on record', () => {
  // On record: 83.1% on CyberGym.
  it('agrees only with what rounds to it at its precision, or to its round step', () => {
    assert.deepEqual(pl006('83'), []);
    assert.deepEqual(pl006('84'), ['about 84%']);
    assert.deepEqual(pl006('82'), ['about 82%']);
    assert.deepEqual(pl006('84.5'), ['about 84.5%']);
    // A round figure was rounded to its step of five or ten.
    assert.deepEqual(pl006('85'), []);
    assert.deepEqual(pl006('80'), []);
    assert.deepEqual(pl006('90'), ['about 90%']);
  });

  it('is mended to the record at the writer\u2019s precision', () => {
    assert.deepEqual(valueOnRecordFixes(scores('82')), ['about 83%']);
    assert.deepEqual(valueOnRecordFixes(scores('84')), ['about 83%']);
    assert.deepEqual(valueOnRecordFixes(scores('84.5')), ['about 83.1%']);
    // Without "about" the figure on record is written whole.
    assert.deepEqual(valueOnRecordFixes(`Mythos Preview scores 82% on CyberGym [1].${note}`), ['83.1%']);
  });
});
