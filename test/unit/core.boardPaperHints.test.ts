// A board paper's and its minutes' own figures want no citation (blind QA round 21, tester B section 4): a vote's
// count, a quorum, a sign-off line, a "tier-1" label and what a management action costs.
import * as assert from 'node:assert/strict';
import { bundledAnalyzer, findingTexts } from './support/findingTexts';

const pl007 = (text: string): string[] => findingTexts('PL007', text);
/** The messages of the PL007s of `text`, which name their figures. */
const messages = (text: string): string[] => bundledAnalyzer.analyze(text).findings.filter((f) => f.code === 'PL007').map((f) => f.message);

describe("a board paper's own figures (B section 4)", () => {
  it("asks no citation for a meeting's vote count and quorum", () => {
    assert.deepEqual(pl007('The resolution was passed unanimously (7 votes for, none against).'), []);
    assert.deepEqual(pl007('The motion was carried by 5 votes to 2.'), []);
    assert.deepEqual(pl007('The Chair confirmed that a quorum was present (7 of 8 directors).'), []);
    // The world's count, and a vote that names a party of the fact base, keep their hints.
    assert.equal(pl007('A poll found 7 in 10 voters back regulation.').length, 1);
    assert.equal(pl007("Anthropic's board passed it (7 votes for, none against).").length, 1);
  });

  it('asks no citation for a sign-off line of a name, a title and a date', () => {
    assert.deepEqual(pl007('The Committee is asked to note the paper.\n\nEleanor Pryce, Company Secretary, 21 April 2026\n'), []);
    assert.equal(pl007('The Committee is asked to note the paper.\n\nAnthropic, Project Glasswing, 7 April 2026\n').length, 1);
    assert.equal(pl007('Eleanor Pryce, Company Secretary, said the board met on 21 April 2026.\n').length, 1);
  });

  it('reads "tier-1" as a label, and a management action\'s cost as its own measure', () => {
    const tolerance = 'Tolerance: tier-1 suppliers with a notification clause of 72 hours or less.';
    assert.deepEqual(messages(tolerance), ['Claim with a figure or date but no citation: “72 hours”']);
    assert.deepEqual(messages('Tolerance: Level-2 suppliers with a notification clause of 72 hours or less.'), ['Claim with a figure or date but no citation: “72 hours”']);
    const actions = '| # | Action | Owner | Due | Cost (£k) | Status |\n|---|---|---|---|---|---|\n| A4 | External red-team exercise | CISO | 30 Sep 2026 | 450 | Procurement |\n';
    assert.deepEqual(pl007(actions), []);
    // Without a Due column a cost is a figure of anything.
    assert.equal(pl007('| Item | Cost (£k) |\n|---|---|\n| Red-team exercise | 450 |\n').length, 1);
  });
});
