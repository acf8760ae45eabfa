// An equity analyst's own numbers want no citation (PL007): a price target's previous value in
// brackets, a rating label's target and figures marked as estimates by an "E" period; another's
// numbers and facts on record keep their hints (blind QA round 19, tester E item H-3).
import * as assert from 'node:assert/strict';
import { bundledAnalyzer } from './support/findingTexts';

/** The figures PL007 hints at, as its messages list them. */
const pl007 = (text: string): string[] =>
  bundledAnalyzer
    .analyze(`# Note\n\n${text}\n`)
    .findings.filter((f) => f.code === 'PL007')
    .flatMap((f) => [...f.message.matchAll(/“([^”]*)”/g)].map((m) => m[1]));

describe("an analyst's own estimates and targets (PL007)", () => {
  it('reads a bracket of a previous value as part of the writer\'s figure before it: "$480 (from $465)"', () => {
    assert.deepEqual(pl007('We raise our CRWD PT to $480 (from $465) and cut S to $15 (from $17).'), []);
    assert.deepEqual(pl007('No rating changes. We nudge our PT to $480 (previously $465).'), []);
  });

  it("still wants a citation for another's previous value, and for a bracket of another kind", () => {
    assert.deepEqual(pl007('The vendor raised its list price to $25 (from $15).'), ['$25', '$15']);
    assert.deepEqual(pl007('We raise our PT to $480 (the stock fell 4% last week).'), ['4%']);
  });

  it('wants no citation for the target in a rating label: "**CRWD (Outperform, PT $480).**"', () => {
    assert.deepEqual(pl007('**CRWD (Outperform, PT $480).** A founding partner gets early access.'), []);
    assert.deepEqual(pl007('- **ZS (Market Perform, PT $250):** not a partner.'), []);
    assert.deepEqual(pl007('**VOD (Buy, TP $95)** Little change.'), []);
  });

  it('still wants a citation for a bold bracket with no rating or target, and for a rating in running text', () => {
    assert.deepEqual(pl007('**CRWD (up 3.8%).** A founding partner gets early access.'), ['3.8%']);
    assert.deepEqual(pl007('Jefferies rates CRWD (Buy, PT $500).'), ['$500']);
  });

  it('wants no citation for figures marked as estimates by an "E" period: "FY27E EPS $4.85"', () => {
    for (const line of [
      '- CRWD: FY27E EPS $4.85 unchanged; ARR growth to 23% (from 22%). PT $480 = 16x CY27E EV/sales.',
      '- S: FY27E revenue growth to 18% (from 20%); PT $15 on 4.5x CY27E EV/sales.',
      "CRWD's FY27E assumes net new ARR of $1.2 billion; every 5% miss is about $0.10 of EPS.",
      'Revenue reaches $5.9 billion in 2026E, with a 2Q26E margin of 21%.',
    ])
      assert.deepEqual(pl007(line), [], line);
  });

  it("still wants a citation for another's estimates, for a date beside an estimate, and for a fact on record", () => {
    assert.deepEqual(pl007('Consensus FY27E EPS is $4.70.'), ['$4.70']);
    assert.deepEqual(pl007('Management guides FY27E revenue to $5.9 billion.'), ['$5.9 billion']);
    assert.deepEqual(pl007('Our FY27E numbers moved after the leak on 26 March.'), ['26 March']);
    assert.deepEqual(pl007('FY2027 revenue was $5.9 billion.'), ['FY2027', '$5.9 billion']);
    assert.deepEqual(pl007('Our FY27E model assumes Anthropic commits $100 million in usage credits to Project Glasswing.'), ['$100 million']);
  });
});
