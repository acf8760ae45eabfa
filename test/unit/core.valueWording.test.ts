// The value on record in the writer's words: blind QA round 8, tester M items 1 and 7, tester T item 10.
import * as assert from 'node:assert/strict';
import type { FactValue } from '../../src/core/factbase/schema';
import { describeValue } from '../../src/core/factcheck/formatValue';
import { numberInWords } from '../../src/core/factcheck/numberInWords';
import { unitAgreeing } from '../../src/core/factcheck/unitAfterFigure';
import { pluralNoun, singularNoun } from '../../src/core/text/inflect';
import { bundledAnalyzer as analyzer } from './support/findingTexts';

const sources = '\n\n## Sources\n\n1. Project Glasswing: Securing Critical Software for the AI Era - Anthropic\n2. Claude Mythos Preview System Card - Anthropic (PDF)\n';

/** The PL006 on `sentence` (with the sources listed): what it marks, what its message gives as on record, what its fix writes. */
function pl006(sentence: string): { marked: string; onRecord: string; fix: string | undefined } {
  const text = `${sentence}${sources}`;
  const finding = analyzer.analyze(text).findings.find((f) => f.code === 'PL006');
  assert.ok(finding, `PL006 in: ${sentence}`);
  return { marked: text.slice(finding.span.start, finding.span.end), onRecord: / — (.*) on record/.exec(finding.message)?.[1] ?? '', fix: finding.fixes[0]?.edits[0].newText };
}

describe('the value on record in the words of the writer', () => {
  // On record: about a decade ahead of the forecasts.
  it('makes the unit agree with the figure on record: "roughly two decades" → "roughly a decade", not "one decades"', () => {
    const roughly = pl006('Anthropic says Mythos Preview is roughly two decades ahead of the schedules most forecasters were using.[1]');
    assert.deepEqual(roughly, { marked: 'roughly two decades', onRecord: 'about a decade', fix: 'roughly a decade' });
    assert.equal(pl006('Anthropic says Mythos Preview is about two decades ahead of the schedules most forecasters were using.[1]').fix, 'about a decade');
    assert.equal(pl006('Anthropic says Mythos Preview is roughly three years ahead of the schedules most forecasters were using.[1]').fix, 'roughly a decade');
    // Figures stay figures.
    assert.equal(pl006('Anthropic says Mythos Preview arrived 20 years ahead of the schedules most forecasters were using.[1]').fix, '1 decade');
  });

  // On record: eleven days from the leak to the announcement; a 16-year-old FFmpeg bug.
  it('makes other units agree too, and keeps a unit joined by a hyphen singular', () => {
    assert.equal(pl006('The formal announcement came a day after the Mythos leak.[1]').fix, 'eleven days');
    assert.equal(pl006('The formal announcement came about a week after the Mythos leak.[1]').fix, 'about eleven days');
    assert.equal(pl006('Mythos Preview found a twenty-year-old bug in FFmpeg.[1]').fix, 'sixteen-year-old');
    assert.equal(pl006('Mythos Preview found a bug in FFmpeg that was a decade old.[1]').fix, 'sixteen years old');
    assert.equal(unitAgreeing(' days', 1), ' day');
    assert.equal(unitAgreeing(' centuries old', 1), ' century old');
    assert.equal(unitAgreeing(' page', 244), ' pages');
    assert.equal(unitAgreeing('-days', 11), '-day');
    assert.equal(unitAgreeing(' percentage points', 1), ' percentage point');
    assert.equal(unitAgreeing(' more year', 2), ' more years');
    assert.equal(unitAgreeing(' GB', 2), ' GB');
  });

  // On record: Opus 4.6's 53.4% on SWE-bench Pro, Mythos Preview's 83.1% on CyberGym, 80-90% of the campaign's work.
  it('writes a percentage in words in words: "eighty point eight percent" → "fifty-three point four percent"', () => {
    assert.deepEqual(pl006('Opus 4.6 managed eighty point eight percent on SWE-bench Pro.[1]'), {
      marked: 'eighty point eight percent',
      onRecord: '53.4%',
      fix: 'fifty-three point four percent',
    });
    assert.equal(pl006('Eighty-six per cent is what Mythos Preview scored on CyberGym.[1]').fix, 'Eighty-three point one per cent');
    // "about" keeps the writer's precision (blind QA round 17, P item 2).
    assert.equal(pl006('Mythos Preview scored about eighty-six percent on CyberGym.[1]').fix, 'about eighty-three percent');
    assert.equal(pl006('The Chinese state-sponsored campaign had used Claude to run sixty percent of the work.[1]').fix, 'eighty to ninety percent');
    // A fraction has no figure that would read in its place.
    assert.equal(pl006('Mythos Preview solved two-thirds of the CyberGym tasks.[1]').fix, undefined);
  });

  // On record: more than 30 employees, about 30 targets, $4 million donated, five million test runs, a 244-page card.
  it('writes counts and amounts in words up to one hundred and by their scale, and in figures past that', () => {
    assert.equal(pl006('It was joined by some two dozen employees of OpenAI and Google DeepMind.[1]').fix, 'more than thirty');
    assert.equal(pl006('The Chinese state-sponsored campaign targeted around three dozen organizations.[1]').fix, 'around thirty');
    assert.equal(pl006('Anthropic is donating half a million dollars to open-source security groups.[1]').fix, 'four million dollars');
    assert.equal(pl006('Automated testing tools had run past the FFmpeg bug half a million times.[1]').fix, 'five million');
    assert.equal(pl006('The Mythos Preview system card runs to two hundred pages.[1]').fix, '244 pages');
  });

  it('says one of a unit in words in a message: "about a decade", "one day", "1 page"', () => {
    const value = (v: object) => describeValue(v as FactValue);
    assert.equal(value({ type: 'duration', value: 1, unit: 'decade', approx: 'about' }), 'about a decade');
    assert.equal(value({ type: 'duration', value: 1, unit: 'hour', approx: 'more-than' }), 'more than an hour');
    assert.equal(value({ type: 'duration', value: 1, unit: 'day', approx: 'exact' }), 'one day');
    assert.equal(value({ type: 'duration', value: 11, unit: 'day', approx: 'exact' }), '11 days');
    assert.equal(value({ type: 'age', value: 1, unit: 'year', approx: 'exact' }), 'one year old');
    assert.equal(value({ type: 'count', value: 1, unit: 'pages', approx: 'exact' }), '1 page');
    assert.equal(value({ type: 'count', value: 1, unit: 'founding partners', approx: 'exact' }), '1 founding partner');
    assert.equal(value({ type: 'count', value: 12, unit: 'founding partners', approx: 'exact' }), '12 founding partners');
  });

  it('spells numbers and inflects nouns as English does', () => {
    assert.equal(numberInWords(53.4), 'fifty-three point four');
    assert.equal(numberInWords(80.05), 'eighty point zero five');
    assert.equal(numberInWords(100), 'one hundred');
    assert.equal(numberInWords(244), undefined);
    assert.equal(numberInWords(1.234), undefined);
    assert.deepEqual(['decades', 'centuries', 'matches', 'analysis', 'series', 'people', 'Days'].map(singularNoun), ['decade', 'century', 'match', 'analysis', 'series', 'person', 'Day']);
    assert.deepEqual(['decade', 'century', 'match', 'day', 'series', 'person', 'pages'].map(pluralNoun), ['decades', 'centuries', 'matches', 'days', 'series', 'people', 'pages']);
  });

  it('marks a qualified figure with its qualifier in PL007 as in PL006, so the two share a span', () => {
    const text = `Anthropic says Mythos Preview is roughly two decades ahead of the schedules most forecasters were using.${sources}`;
    const findings = analyzer.analyze(text).findings.filter((f) => f.code === 'PL006' || f.code === 'PL007');
    assert.deepEqual(
      findings.map((f) => [f.code, text.slice(f.span.start, f.span.end)]),
      [
        ['PL006', 'roughly two decades'],
        ['PL007', 'roughly two decades'],
      ],
    );
    assert.deepEqual(findings[0].range, findings[1].range);
    assert.match(findings[1].message, /: “roughly two decades”$/);
    // Without a PL006, and across a line break, quoted on one line.
    const wrapped = 'The consortium has more\nthan 40 members.\n';
    const hint = analyzer.analyze(wrapped).findings.find((f) => f.code === 'PL007');
    assert.ok(hint);
    assert.equal(wrapped.slice(hint.span.start, hint.span.end), 'more\nthan 40');
    assert.match(hint.message, /: “more than 40”$/);
  });
});
