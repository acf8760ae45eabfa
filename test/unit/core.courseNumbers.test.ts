// The numbers of a course's own material (blind QA round 16, tester U items 9 and 10): "Weeks 1–6" labels weeks as
// "sections 3–5" labels sections, a room number named again in its line names the same room, and "10 min" is a duration.
import * as assert from 'node:assert/strict';
import { bundledAnalyzer } from './support/findingTexts';

const hints = (text: string): string[] =>
  bundledAnalyzer
    .analyze(text)
    .findings.filter((f) => f.code === 'PL007')
    .map((f) => f.message);

describe("a course's own numbers", () => {
  it('reads a plural of the parts of a course before a range or a list as a label', () => {
    assert.deepEqual(hints('Weeks 1–6 built the toolkit: risk thresholds and licensing.'), []);
    assert.deepEqual(hints('The policy brief may take any case from Weeks 5–8.'), []);
    assert.deepEqual(hints('Sessions 3 and 4 cover compute governance.'), []);
    assert.deepEqual(hints('The readings for modules 2 to 5 are online.'), []);
    // A span of weeks stays a figure.
    assert.deepEqual(hints('The course ran for 6 weeks.'), ['Claim with a figure or date but no citation: “6 weeks”']);
  });

  it('reads a room number named again in its line as the room', () => {
    assert.deepEqual(hints('**Room:** 2.17, Bancroft Building (the lecture capture in 2.17 is unreliable)'), []);
    // A number that counts a word after it is a count, whatever it labelled before.
    assert.deepEqual(hints('Section 3 lists 3 partners.'), ['Claim with a figure or date but no citation: “3”']);
  });

  it('reads "min", "hrs" and "sec" after a number as units of time, in lower case only', () => {
    assert.deepEqual(hints('- 14:00 Recap of Week 6 (10 min)'), ['Claim with a figure or date but no citation: “10 min”']);
    assert.deepEqual(hints('It took 2 hrs and 30 sec.'), ['Claim with figures or dates but no citation: “2 hrs”, “30 sec”']);
    const durations = bundledAnalyzer.analyze('The break is 15 mins.').claims[0].values.map((v) => [v.kind, v.number, v.unit]);
    assert.deepEqual(durations, [['duration', 15, 'minute']]);
    // "HR" and "SEC" in capitals are no units.
    assert.deepEqual(hints('The firm has 12 HR staff and 3 SEC filings.'), ['Claim with figures or dates but no citation: “12”, “3”']);
  });
});
