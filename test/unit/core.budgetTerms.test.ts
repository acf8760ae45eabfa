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

// An underwriter's limits, retentions, rating and loss scenarios, and the conditions the writer imposes
// (exclusions, subjectivities, renewal questions), want no citation either; a row or an item that names a
// party of the fact base, or a figure tied to a fact on record, keeps its hint (blind QA round 31, tester U items 4.1–4.3).
describe("a writer's own terms and conditions (PL007)", () => {
  const limits = '| Section | Limit (USD) | Retention (USD) | Notes |\n|---|---|---|---|\n| Cyber extortion | 5,000,000 | 1,000,000 | Sub-limit; 50% co-insurance above 2.5m |\n';
  const rating =
    '| Factor | Basis | Value |\n|---|---|---|\n| Industry modifier | AI-model developer (new class code 7372-AI) | 1.45 |\n| Controls credit | MFA, EDR, immutable backups | 0.90 |\n\n' +
    'Technical premium comes out at USD 1,392,000; we are quoting USD 1,480,000 (106% of technical) to reflect the lead line. Expected loss ratio on the layer is 48%.\n';
  const scenarios = '| # | Scenario | Gross loss (USD) | Our 25% share (USD) |\n|---|---|---|---|\n| E | AI-found zero-day in a shared open-source library | 40,000,000 | 2,500,000 |\n';

  it('wants no citation under a heading of limits, retentions, rating, premium or loss scenarios (U item 4.1)', () => {
    for (const heading of ['## 3. Limits and retentions', '## Deductibles', '## Premium', '## Key terms'])
      assert.deepEqual(pl007(`${heading}\n\n${limits}`), [], heading);
    assert.deepEqual(pl007(`## 4. Rating\n\n${rating}`), []);
    assert.deepEqual(pl007(`## 5. Loss scenarios\n\n${scenarios}`), []);
  });

  it('wants no citation for the items under a heading of exclusions, subjectivities or conditions (U item 4.2)', () => {
    const conditions =
      '## 7. Exclusions and wording\n\n- Infrastructure exclusion (power, telecoms, cloud provider outage beyond 72 hours) retained.\n\n' +
      '## 8. Subjectivities\n\n1. Satisfactory red-team report on model abuse controls, dated within 90 days of inception.\n' +
      '2. Patch-cadence evidence: critical CVEs remediated within 14 days over the last two quarters.\n';
    assert.deepEqual(pl007(conditions), []);
    assert.deepEqual(pl007('## What we will ask at renewal\n\n- Mean time to patch critical CVEs on internet-facing assets (target: 14 days or less).\n'), []);
  });

  it("still wants a citation for the world's figures in the same shapes", () => {
    // Under another heading, the same rows and sentences keep their hints.
    assert.deepEqual(pl007(`## Background\n\n${limits}`), ['5,000,000', '1,000,000', '50%', 'above 2.5m']);
    assert.deepEqual(pl007(`## Market conditions\n\n- Cloud provider outages ran beyond 72 hours.\n`), ['72 hours']);
    // A row or an item that names a party of the fact base keeps its hint.
    assert.deepEqual(pl007('## 3. Limits and retentions\n\n| Item | Value |\n|---|---|\n| Anthropic usage credits | 100,000,000 |\n'), ['100,000,000']);
    assert.deepEqual(pl007('## 8. Subjectivities\n\n1. Anthropic commits $100 million in usage credits.\n'), ['$100 million']);
    // A sentence in the past under a terms heading tells what happened; a finite past in a condition's item too.
    assert.deepEqual(pl007('## Rating\n\nLast year the class lost 40% of its premium.\n'), ['40%']);
    assert.deepEqual(pl007('## Exclusions\n\n- The last outage was 72 hours long.\n'), ['72 hours']);
    // "## Anthropic's pricing" is another's.
    assert.deepEqual(pl007("## Anthropic's pricing\n\nAccess costs $25 per million input tokens.\n").length, 1);
    // A news article's "## Pricing" or "## Exposure" is the world's; only the writer's own is exempt (found reading the merge).
    assert.deepEqual(pl007('## Pricing\n\nComparable frontier models cost about $15 per million tokens.\n'), ['about $15']);
    assert.deepEqual(pl007('## Exposure\n\nAround 40% of open-source maintainers lack funding.\n'), ['Around 40%']);
    assert.deepEqual(pl007('## Our pricing\n\nAccess costs $15 per million tokens.\n'), []);
  });
});
