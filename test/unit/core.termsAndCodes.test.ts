// Numbers in a term of the trade or a citation of US law are no figures (blind QA round 16, tester H items 4 and 5):
// "0-day" is a zero-day flaw, and "12 CFR Part 53" or "23 NYCRR 500.17" cite a title and a section of a code.
import * as assert from 'node:assert/strict';
import { bundledAnalyzer, findingTexts } from './support/findingTexts';

const pl006 = (text: string): string[] => findingTexts('PL006', text);
const hints = (text: string): string[] =>
  bundledAnalyzer
    .analyze(text)
    .findings.filter((f) => f.code === 'PL007')
    .map((f) => f.message);

describe('terms and codes', () => {
  it('reads "0-day" and "0-click" as terms, not as a span of days or a count', () => {
    assert.deepEqual(hints('Mythos Preview can find 0-day flaws.'), []);
    assert.deepEqual(hints('The exploit chain is 0-click.'), []);
    assert.deepEqual(hints('We patched two 0-days last quarter.'), ['Claim with a figure or date but no citation: “two”']);
    // On record: eleven days from the leak to the announcement. A zero-day is no span of days to hold against it.
    assert.deepEqual(pl006('Anthropic announced Claude Mythos Preview a 0-day after the Mythos leak.'), []);
    // A span of days in figures stays one.
    assert.deepEqual(hints('The fix took 0 days and the review 12 days.'), ['Claim with figures or dates but no citation: “0 days”, “12 days”']);
  });

  it('reads the title and section numbers of a US code as labels', () => {
    assert.deepEqual(hints('The notification rule at 12 CFR Part 53 applies to national banks.'), []);
    assert.deepEqual(hints('See 12 C.F.R. § 53.3 and 23 NYCRR 500.17 for the notice requirements.'), []);
    assert.deepEqual(hints('The act is Pub. L. 117-328, printed at 136 Stat. 4459.'), []);
    assert.deepEqual(hints('The rule is at 88 Fed. Reg. 75191.'), []);
    // "Under 12 CFR" is no bound "fewer than 12"; the duration after it is still a figure.
    assert.deepEqual(hints('Under 12 CFR Part 53, banks must notify their regulator within 36 hours.'), ['Claim with a figure or date but no citation: “36 hours”']);
    // Counts beside a code stay counts.
    assert.deepEqual(hints('Twelve banks filed under 12 CFR 53.3 in 2025, and 12 U.S. agencies were told.'), ['Claim with figures or dates but no citation: “Twelve”, “2025”, “12”']);
  });

  it('still ends a sentence after "Fed." when no citation goes on', () => {
    assert.equal(bundledAnalyzer.analyze('Inflation worried the Fed. Markets fell 12% that week.').claims[0].text, 'Markets fell 12% that week.');
  });
});
