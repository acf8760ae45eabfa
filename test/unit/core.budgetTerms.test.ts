// A plan's budget and payment schedule, and a call's award sizes and own rules, want no citation
// (PL007); the same shapes about the world, or naming a party of the fact base, still do
// (blind QA round 20, tester K items 4b: the grant memo's budget table and the call's award sizes).
import * as assert from 'node:assert/strict';
import { bundledAnalyzer } from './support/findingTexts';

/** The figures PL007 hints at, as its messages list them (one hint lists all the figures of its sentence or row). */
const pl007 = (text: string): string[] =>
  bundledAnalyzer
    .analyze(text)
    .findings.filter((f) => f.code === 'PL007')
    .flatMap((f) => [...f.message.matchAll(/“([^”]*)”/g)].map((m) => m[1]));

const budgetTable =
  '| Line item | Year 1 | Year 2 | Total |\n|---|---:|---:|---:|\n| Fund director (1.0 FTE) | 95,000 | 98,000 | 193,000 |\n| External evaluation | 0 | 40,000 | 40,000 |\n';

describe("a plan's budget and a call's own terms (PL007)", () => {
  it('wants no citation for a budget table under a lead-in that names it (K item 4b)', () => {
    assert.deepEqual(pl007(`CIC's proposed budget (all figures USD):\n\n${budgetTable}`), []);
    assert.deepEqual(pl007(`Payment schedule:\n\n| Tranche | Amount |\n|---|---|\n| T1 | 1,073,000 |\n`), []);
    // A list under such a lead-in too.
    assert.deepEqual(pl007('Cost breakdown:\n\n- Fund director: $95,000 a year\n- Evaluation: $40,000\n'), []);
  });

  it('wants no citation for the tables and rules under a heading that names a budget or a call’s terms', () => {
    for (const heading of ['## 4. Budget', '## 5. Budget and payment schedule', '## Milestones and payment schedule', '## Proposed budget'])
      assert.deepEqual(pl007(`${heading}\n\n${budgetTable}`), [], heading);
    const awards =
      '## Award sizes\n\n| Award type | Range (USD) | Duration | Expected number in Round 1 |\n|---|---|---|---|\n| Rapid response | 10,000 – 25,000 | Up to 6 months | 8–12 |\n\n' +
      'Round 1 makes $700,000 available in total. At least 40% of it is reserved for projects with fewer than five active maintainers.\n';
    assert.deepEqual(pl007(awards), []);
    assert.deepEqual(pl007('## Evaluation criteria\n\nEach application is read by three members of an independent review panel.\n'), []);
  });

  it("still wants a citation for the world's figures: another heading or lead-in, a party of the fact base, the past, a fact on record", () => {
    // The same table with no budget named, or under a heading of another's budget.
    assert.deepEqual(pl007(`Funding committed so far:\n\n${budgetTable}`), ['95,000', '98,000', '193,000', '0', '40,000', '40,000']);
    assert.deepEqual(pl007(`## The Pentagon's budget\n\n${budgetTable}`).length, 6);
    assert.deepEqual(pl007(`## Timeline\n\n${budgetTable}`).length, 6);
    // "The budget" in a news analysis is another's: "## Budget" names the plan's own section, "## The budget" does not.
    assert.deepEqual(pl007("## The budget\n\nThe agency's request is $3 billion for the coming year.\n"), ['$3 billion']);
    // A row that names a party of the fact base keeps its hint.
    assert.deepEqual(pl007('## Budget\n\n| Line item | Total |\n|---|---|\n| Anthropic usage credits | 100,000,000 |\n| Fund director | 193,000 |\n'), ['100,000,000']);
    // A sentence in the past tells what happened.
    assert.deepEqual(pl007('## Award sizes\n\nThe 2025 round funded 40 projects.\n'), ['40']);
    // The rule only under its heading.
    assert.deepEqual(pl007('## Background\n\nEach application is read by three members of an independent review panel.\n'), ['three']);
  });
});
