// A date a speech's reading copy spells out ("on the ninth of April"), read as a date (blind QA round 20, tester W item 3.1).
import * as assert from 'node:assert/strict';
import { bundledAnalyzer, valueOnRecordFixes } from './support/findingTexts';

/** Each date value of `text`: its text and its ISO date. */
const datesOf = (text: string): [string, string][] =>
  bundledAnalyzer
    .analyze(text)
    .claims.flatMap((c) => c.values)
    .filter((v) => v.kind === 'date')
    .map((v) => [text.slice(v.span.start, v.span.end), v.date ?? '']);

const pl006 = (text: string) =>
  bundledAnalyzer
    .analyze(text)
    .findings.filter((f) => f.code === 'PL006')
    .map((f) => text.slice(f.span.start, f.span.end));

describe('a spoken date', () => {
  it('is read as a day and month, with its year when it gives one', () => {
    assert.deepEqual(datesOf('Anthropic announced Claude Mythos Preview on the ninth of April.'), [['ninth of April', '--04-09']]);
    assert.deepEqual(datesOf('On the twenty-sixth of March, the files were left open.'), [['twenty-sixth of March', '--03-26']]);
    assert.deepEqual(datesOf('Anthropic announced Claude Mythos Preview on April the ninth.'), [['April the ninth', '--04-09']]);
    assert.deepEqual(datesOf('Anthropic announced Claude Mythos Preview on the ninth of April, 2026.'), [['ninth of April, 2026', '2026-04-09']]);
    assert.deepEqual(datesOf('Anthropic announced Claude Mythos Preview on April ninth, 2026.'), [['April ninth, 2026', '2026-04-09']]);
    assert.deepEqual(datesOf('It opens on the thirtieth of September.'), [['thirtieth of September', '--09-30']]);
  });

  it('is held against the date on record, and its fix stays spoken', () => {
    assert.deepEqual(pl006('Anthropic announced Claude Mythos Preview on the ninth of April.'), ['ninth of April']);
    assert.deepEqual(valueOnRecordFixes('Anthropic announced Claude Mythos Preview on the ninth of April.'), ['seventh of April']);
    assert.deepEqual(valueOnRecordFixes('Anthropic announced Claude Mythos Preview on April the ninth, 2026.'), ['April the seventh, 2026']);
    assert.deepEqual(valueOnRecordFixes('Anthropic announced Claude Mythos Preview on the twenty-ninth of April.'), ['seventh of April']);
    // The date on record, spoken, is confirmed.
    assert.deepEqual(pl006('Anthropic announced Claude Mythos Preview on the seventh of April.'), []);
    // The figures' forms were read before, and still are.
    assert.deepEqual(pl006('Anthropic announced Claude Mythos Preview on the 9th of April.'), ['9th of April']);
    assert.deepEqual(pl006('Anthropic announced Claude Mythos Preview on April 9th.'), ['April 9th']);
  });

  it('is no date where the ordinal counts or the month is something else', () => {
    assert.deepEqual(datesOf('Only the ninth of the ten partners answered.'), []);
    assert.deepEqual(datesOf("Anthropic spent a fifth of April's budget on it."), []);
    assert.deepEqual(datesOf("Anthropic spent the fifth of April's budget on it."), []);
    assert.deepEqual(datesOf('May the best team win.'), []);
    assert.deepEqual(datesOf('May the fourth be with you.'), []);
    assert.deepEqual(datesOf('The teams march first, then rest; March first-time buyers wait.'), []);
    // "In March" is the month named alone; "the first partners" no day of it.
    assert.deepEqual(datesOf('In March the first partners joined Project Glasswing.'), [['March', '--03']]);
    // No such day.
    assert.deepEqual(datesOf('Anthropic announced Claude Mythos Preview on the thirty-first of April.'), []);
  });
});
