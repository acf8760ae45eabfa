// The writer's own stamps, schedule and service terms want no citation (PL007), in the near
// misses of the documented exemptions that blind QA round 31 found (testers V items 4.1–4.4, 4.6
// and Q section 4). The same shapes about a party of the fact base keep their hints.
import * as assert from 'node:assert/strict';
import { bundledAnalyzer } from './support/findingTexts';

/** The figures PL007 hints at, as its messages list them (one hint lists all the figures of its sentence or row). */
const pl007 = (text: string): string[] =>
  bundledAnalyzer
    .analyze(text)
    .findings.filter((f) => f.code === 'PL007')
    .flatMap((f) => [...f.message.matchAll(/“([^”]*)”/g)].map((m) => m[1]));

describe("the writer's own stamps and schedule, blind QA round 31 (PL007)", () => {
  it('reads a stamp whose parts a semicolon joins part by part (V item 4.1)', () => {
    assert.deepEqual(
      pl007('*Confidential. Prepared for the Limited Partners of Meridian Ridge Ventures. Data as of 31 March 2026; circulated 14 May 2026.*\n'),
      [],
    );
    assert.deepEqual(pl007('Received 3 March 2026; accepted 9 April 2026.\n'), []);
    // A part that is no stamp keeps the dates of the line.
    assert.deepEqual(pl007('Data as of 31 March 2026; Anthropic launched Project Glasswing on 7 April 2026.\n'), ['31 March 2026', '7 April 2026']);
    assert.deepEqual(pl007('Circulated 14 May 2026; the leak came on 26 March 2026.\n'), ['14 May 2026', '26 March 2026']);
  });

  it("takes a status line naming the writer's meeting by a committee's short name (V item 4.2)", () => {
    for (const text of ['**Status:** For decision at the 27 May IC meeting. *Confidential — do not forward.*', '**Status:** For noting at the 3 June ExCo', '**Status:** For approval at the 9 July ARC meeting.'])
      assert.deepEqual(pl007(text + '\n'), [], text);
    assert.deepEqual(pl007('**Status:** For decision at the 27 May White House meeting.\n'), ['27 May']);
    assert.deepEqual(pl007('Status: for decision at the 30 June Anthropic board\n'), ['30 June']);
  });

  it("takes a metadata table's Submitted, Approved or Last reviewed row for the document's own stamp (Q section 4)", () => {
    const header = '| Field | Value |\n|---|---|\n| Respondent | Northwind Analytics Ltd. |\n| Submitted | 22 April 2026 |\n| Last reviewed | 1 May 2026 |\n| Approved | 2 May 2026 |\n';
    assert.deepEqual(pl007(header), []);
    assert.deepEqual(pl007('| Field | Value |\n|---|---|\n| Submitted | 3,000 reports, 22 April 2026 |\n'), ['3,000', '22 April 2026']);
    assert.deepEqual(pl007('| Field | Value |\n|---|---|\n| Launch | Project Glasswing |\n| Submitted | 7 April 2026 |\n'), ['7 April 2026']);
  });

  it("takes a table under a questionnaire's question to the writer for the writer's own data (Q section 4)", () => {
    const sla =
      '**AI-3.1 — State your remediation SLAs by severity.**\n\n| Severity (CVSS 3.1) | Triage | Fix or mitigation in production | Customer notification |\n|---|---|---|---|\n| Critical (9.0–10.0) | 4 hours | 72 hours | within 24 hours of confirmation |\n| High (7.0–8.9) | 1 business day | 14 days | monthly advisory |\n';
    assert.deepEqual(pl007(sla), []);
    assert.deepEqual(pl007('How fast do you patch?\n\n| Severity | Fix |\n|---|---|\n| Critical | 72 hours |\n'), []);
    // A question about another party, or a caption that asks nothing of the writer, keeps the rows' hints.
    assert.deepEqual(pl007('What did Anthropic report?\n\n| Benchmark | Score |\n|---|---|\n| CyberGym | 83.1% |\n'), ['83.1%']);
    assert.deepEqual(pl007('The scores follow.\n\n| Benchmark | Score |\n|---|---|\n| Fuzzing | 72 hours |\n'), ['72 hours']);
  });

  it("takes the figures the writer's own evidence cites, and its evidence index's dates, for the writer's own (Q section 4)", () => {
    assert.deepEqual(pl007('Yes. Our standard was approved by the executive committee on 3 February 2026 and is reviewed every 12 months. Evidence: EV-03.\n'), []);
    assert.deepEqual(pl007('Yes. GBP 10 million aggregate limit, renewed 1 March 2026. Evidence: EV-12, p. 4.\n'), []);
    const certs =
      '| Certification | Scope | Issued | Expires / period | Evidence |\n|---|---|---|---|---|\n| ISO/IEC 27001:2022 | All production services | 14 Nov 2024 | 13 Nov 2027 | EV-01 |\n| SOC 2 Type II | Security | 28 Feb 2026 | 1 Jan – 31 Dec 2025 | EV-05 |\n';
    assert.deepEqual(pl007(certs), []);
    const index = '## 6. Evidence index\n\n| ID | Document | Version / date |\n|---|---|---|\n| EV-01 | ISO 27001 certificate | 14 Nov 2024 |\n| EV-03 | POL-017 AI Acceptable Use Standard | v2.4, 3 Feb 2026 |\n';
    assert.deepEqual(pl007(index), []);
    // A fact on record keeps its hint whatever exhibit the writer names; so does a row or sentence that names a party of the fact base, and a table without the evidence column.
    assert.deepEqual(pl007('The model scored 83.1% on CyberGym. Evidence: EV-03.\n'), ['83.1%']);
    assert.deepEqual(pl007('Anthropic committed $100 million in usage credits. Evidence: EV-03.\n'), ['$100 million']);
    assert.deepEqual(pl007('| Programme | Launched | Evidence |\n|---|---|---|\n| Project Glasswing | 7 April 2026 | EV-02 |\n'), ['7 April 2026']);
    assert.deepEqual(pl007('| Certification | Issued | Notes |\n|---|---|---|\n| ISO/IEC 27001:2022 | 14 Nov 2024 | EV-01 |\n'), ['14 Nov 2024']);
    assert.deepEqual(pl007('The certificate was issued on 14 Nov 2024. Evidence follows.\n'), ['14 Nov 2024']);
  });

  it("takes the dates of the writer's next steps for the writer's schedule (V item 4.3)", () => {
    const steps =
      '## 10. Next steps\n\n- Outside counsel review of terms of service and export-control position, due 24 May.\n- Final reference call with the largest customer, scheduled for 21 May.\n- IC vote on 27 May; target close 10 June 2026.\n';
    assert.deepEqual(pl007(steps), []);
    // An item that names a party of the fact base, or a figure that is no date, keeps its hint; so does the same item under another heading.
    assert.deepEqual(pl007('## Next steps\n\n- Follow up on Anthropic\'s 7 April 2026 announcement.\n'), ['7 April 2026']);
    assert.deepEqual(pl007('## Next steps\n\n- Reference call with the 40 largest customers, scheduled for 21 May.\n'), ['40']);
    assert.deepEqual(pl007('## Timeline\n\n- Final reference call with the largest customer, scheduled for 21 May.\n'), ['21 May']);
  });

  it("takes the team's next review in a bracket, and the horizon of the writer's working assumption, for the writer's own (Q section 4)", () => {
    assert.deepEqual(pl007('We review provider policies every six months (next review: 30 September 2026).\n'), []);
    assert.deepEqual(pl007('Our working assumption is that comparable capability will reach less careful actors within 12–18 months.\n'), []);
    assert.deepEqual(pl007('The leak came to light in March (the leak on 26 March 2026).\n'), ['26 March 2026']);
    assert.deepEqual(pl007('We review our policies every six months (next review: the 7 April 2026 Anthropic launch).\n'), ['six months', '7 April 2026']);
    assert.deepEqual(pl007('Our working assumption is that Anthropic will release it within 12–18 months.\n'), ['12–18 months']);
    assert.deepEqual(pl007('Comparable capability will reach less careful actors within 12–18 months.\n'), ['12–18 months']);
  });

  it("takes the day of the writer's own meeting, told in the present or the future, for the writer's schedule (V item 4.4)", () => {
    assert.deepEqual(pl007('One of them, an AI vulnerability-discovery company, goes to our investment committee on 27 May.\n'), []);
    assert.deepEqual(pl007('The proposal comes before our board on 3 June.\n'), []);
    // In the past, what happened; another's meeting; a party of the fact base named: the hint stays.
    assert.deepEqual(pl007('The deal went to our investment committee on 27 May.\n'), ['27 May']);
    assert.deepEqual(pl007('The bill goes to the Senate committee on 27 May.\n'), ['27 May']);
    assert.deepEqual(pl007('Anthropic briefs our board on 3 June.\n'), ['3 June']);
  });
});
