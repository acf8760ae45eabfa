// A table's header row, its source line, a timetable of the writer's own activities and the weights
// of an evaluation's criteria want no citation (PL007); the same tables' figures about the world still
// do, and PL006 still reads them (blind QA round 17, own material: I items 4 and 5, P items 7 and 8).
import * as assert from 'node:assert/strict';
import { bundledAnalyzer } from './support/findingTexts';

/** The figures PL007 hints at, as its messages list them (one hint lists all the figures of its sentence or row). */
const pl007 = (text: string): string[] =>
  bundledAnalyzer
    .analyze(text)
    .findings.filter((f) => f.code === 'PL007')
    .flatMap((f) => [...f.message.matchAll(/“([^”]*)”/g)].map((m) => m[1]));

const codes = (text: string): string[] => bundledAnalyzer.analyze(text).findings.map((f) => f.code);

describe("the writer's own tables (PL007)", () => {
  it('wants no citation for the years of a header row, which label its columns (I item 4)', () => {
    const pricing = '| Segment | 2025 ROL | 2026 indicated ROL |\n|---|---|---|\n| SME | 1.90% | 2.05% |\n';
    assert.deepEqual(pl007(pricing), ['1.90%', '2.05%']);
    // An HTML table's row of <th> cells is its header row too.
    assert.deepEqual(pl007('<table><tr><th>Segment</th><th>2025 ROL</th></tr><tr><td>SME</td><td>1.90%</td></tr></table>\n'), ['1.90%']);
  });

  it('still checks a header cell against the fact base (PL006), as it does a heading', () => {
    assert.deepEqual(codes('| Anthropic committed $150 million in usage credits | Notes |\n|---|---|\n| x | y |\n'), ['PL006']);
  });

  it("reads a table's source line as a source entry: its dates are no claims (I item 5)", () => {
    const table = "| Segment | 2025 ROL |\n|---|---|\n| SME | 1.90% |\n\nSource: Lloyd's market bulletin, March 2026 close.\n";
    const claims = bundledAnalyzer.analyze(table).claims.map((c) => c.text);
    assert.ok(!claims.some((c) => c.includes('March 2026')), claims.join(' / '));
    // The line names its source: it cites the rows (blind QA round 19, tester E item H-1).
    assert.deepEqual(pl007(table), []);
    // A sentence of the line with a verb of its own still claims.
    const said = '| Benchmark | Score |\n|---|---|\n| CyberGym | 83.1% |\n\nSource: Anthropic, Project Glasswing, 7 April 2026. The card says Mythos found 12 bugs.\n';
    assert.deepEqual(pl007(said), ['83.1%', '12']);
  });

  it("wants no citation for the rows of a table whose source line names the writer's own data (I item 5)", () => {
    for (const source of [
      'Source: Syndicate 4471 MI pack, March 2026 close; 2026 plan per the SBF.',
      'Source: our claims system, 31 March 2026.',
      '*Source: internal broker survey, Q1 2026.*',
      'Sources: own calculations.',
      "Source: author's analysis.",
    ]) {
      const table = `| Year of account | GWP (£m) | Incurred loss ratio |\n|---|---|---|\n| 2025 YOA | 84.2 | 58% |\n\n${source}\n`;
      assert.deepEqual(pl007(table), [], source);
    }
  });

  it('wants no citation for the rows of a table whose source line names its source in words (round 19, tester E item H-1)', () => {
    const estimates = '| Ticker | FY26E revenue ($m) | FY26E EPS |\n|---|---|---|\n| CRWD | 4,810 | $3.98 |\n| PANW | 10,420 | $3.42 |\n\n';
    for (const source of [
      'Source: Company data, Halverson Brooks estimates. Fiscal years as reported by each company.',
      'Source: FactSet, HB Equity Research.',
      'Source: FactSet, Halverson Brooks estimates. Prices as of 7 April 2026 close.',
      "Source: Lloyd's market bulletin, March 2026.",
      "*Sources: Bloomberg's own survey; ONS.*",
    ]) {
      assert.deepEqual(pl007(`${estimates}${source}\n`), [], source);
    }
    // A row that names a party of the fact base is cited too, when its figures tie to no fact on record.
    const ratings = '| Company | Price | Price target |\n|---|---|---|\n| CrowdStrike | $412.30 | $480 (from $465) |\n\nSource: FactSet, Halverson Brooks estimates.\n';
    assert.deepEqual(pl007(ratings), []);
  });

  it('still wants a citation in a table with a source line that names no source, or a party of the fact base, or none, and for a fact on record', () => {
    const row = '| Segment | Loss ratio |\n|---|---|\n| SME | 58% |\n\n';
    assert.deepEqual(pl007(`${row}Source: TBD\n`), ['58%']);
    assert.deepEqual(pl007(`${row}**Source:** ?\n`), ['58%']);
    assert.deepEqual(pl007(`${row}Source: citation needed.\n`), ['58%']);
    assert.deepEqual(pl007(row), ['58%']);
    // A Glasswing fact in a row keeps its hint (its fix cites the record), and PL006 still reads it.
    const facts = '| Item | Value |\n|---|---|\n| Glasswing founding partners | 12 |\n| Anthropic usage credits | $150 million |\n\nSource: TechCrunch, April 2026.\n';
    assert.deepEqual(pl007(facts), ['12', '$150 million']);
    assert.ok(codes(facts).includes('PL006'));
    // A source in words that names a party of the fact base wants its marker.
    assert.deepEqual(pl007('| Benchmark | Score |\n|---|---|\n| CyberGym | 83.1% |\n\nSource: Anthropic, Project Glasswing, 7 April 2026.\n'), ['83.1%']);
    // Our analysis of a party's figures draws on the party's.
    assert.deepEqual(pl007("| Benchmark | Score |\n|---|---|\n| CyberGym | 83.1% |\n\nSource: our analysis of Anthropic's system card.\n"), ['83.1%']);
    // A row that names a party of the fact base is checked against the record: a figure tied to a fact keeps its hint; one tied
    // to none the named source line cites (round 19, tester E item H-1).
    const mixed = '| Item | Value |\n|---|---|\n| Insureds among Glasswing partners | 7 |\n| Anthropic committed $150 million in usage credits | n/a |\n\nSource: Syndicate MI pack.\n';
    assert.deepEqual(pl007(mixed), ['$150 million']);
    assert.ok(codes(mixed).includes('PL006'));
  });

  it("wants no citation for the dates of a timetable of the writer's own activities (P item 7)", () => {
    const timetable =
      '| Activity | Date | Time (AEST) |\n|---|---|---|\n| RFT released | Tuesday 28 April 2026 | 9:00 am |\n| Deadline for questions | Friday 15 May 2026 | 5:00 pm |\n| Closing time | Thursday 28 May 2026 | 2:00 pm |\n| Expected contract start | Thursday 1 October 2026 | — |\n';
    assert.deepEqual(pl007(timetable), []);
    assert.deepEqual(pl007('| Step | Date |\n|---|---|\n| Shortlist notified | 12 June 2026 |\n'), []);
  });

  it("still wants a citation in a timetable for a row about a party of the fact base or with another figure, and in an events table", () => {
    const timetable = '| Activity | Date |\n|---|---|\n| Anthropic briefing | 7 April 2026 |\n| Review of 40 submissions | 1 June 2026 |\n';
    assert.deepEqual(pl007(timetable), ['7 April 2026', '40', '1 June 2026']);
    assert.deepEqual(pl007('| Event | Date |\n|---|---|\n| Draft leaked | 26 March 2026 |\n'), ['26 March 2026']);
    assert.deepEqual(pl007('| Milestone | Date |\n|---|---|\n| Model announced | 7 April 2026 |\n'), ['7 April 2026']);
  });

  it("wants no citation for the weights of an evaluation's criteria (P item 8)", () => {
    const weights = '| Criterion | Weighting |\n|---|---|\n| Technical capability and methodology | 40% |\n| Value for money | 15% |\n';
    assert.deepEqual(pl007(weights), []);
    assert.deepEqual(pl007('| Evaluation criteria | Weight (%) |\n|---|---|\n| Price | 30 |\n'), []);
  });

  it('still wants a citation for a weight beside no column of criteria, and for the criteria themselves', () => {
    assert.deepEqual(pl007('| Index | Weight |\n|---|---|\n| S&P 500 | 40% |\n'), ['40%']);
    assert.deepEqual(pl007('| Criterion | Weighting |\n|---|---|\n| Mythos found 181 exploits in testing | 40% |\n'), ['181']);
  });
});

// The paragraph right under a table's source line reads the table's trend: its sentences that name a column want no citation
// of their own (blind QA round 31, tester U item 4.3 L65–66); one that names no column, or a party of the fact base, keeps its hint.
describe("a table's trend, read right under its source line (PL007)", () => {
  const table =
    '| Quarter | Notifications | Of which patch-lag related |\n|---|---|---|\n| Q2 2025 | 212 | 31 |\n| Q1 2026 | 297 | 63 |\n\n' +
    'Source: Syndicate 2291 claims system, Q1 2026 close; excludes IBNR.\n\n';
  it('wants no citation for a sentence that names a column of the table', () => {
    assert.deepEqual(pl007(`${table}Patch-lag notifications have roughly doubled in four quarters, while total notifications rose about 40%.\n`), []);
  });

  it('still wants one for a sentence that names no column or a party, or without a source line', () => {
    assert.deepEqual(pl007(`${table}Insurers expect losses to rise by 40% next year.\n`), ['40%']);
    assert.deepEqual(pl007(`${table}Anthropic's notifications to partners reached 40 organisations.\n`).length, 1);
    const bare = table.replace(/Source:[^\n]*\n\n/, '');
    assert.deepEqual(pl007(`${bare}Total notifications rose about 40%.\n`).includes('about 40%'), true);
  });
});
