// A table column's header gives the unit of the bare numbers under it (blind QA T, item 6):
// "| 76 |" under "Days after application" states 76 days, "| 88.1 |" under "CyberGym (%)" 88.1%.
import * as assert from 'node:assert/strict';
import { bundledAnalyzer, findingTexts, valueOnRecordFixes } from './support/findingTexts';
import { headerUnit, rowLabelUnit, tableUnit } from '../../src/core/factcheck/headerUnit';

const pl006 = (text: string): string[] => findingTexts('PL006', text);
// On record: Mythos Preview scores 83.1% on CyberGym; eleven days from the leak to the announcement.
const scores = (cell: string) => `| Model | CyberGym score (%) |\n|---|---:|\n| Mythos Preview | ${cell} |\n`;

describe('a table column header that gives the unit of its cells', () => {
  it('reads the unit a header gives, and none from a header of differences or of plain years', () => {
    assert.deepEqual(headerUnit('CyberGym score (%)'), { kind: 'percentage', unit: '%' });
    assert.deepEqual(headerUnit('Share, per cent'), { kind: 'percentage', unit: '%' });
    assert.deepEqual(headerUnit('Days after application'), { kind: 'duration', unit: 'day' });
    assert.deepEqual(headerUnit('Delay (weeks)'), { kind: 'duration', unit: 'week' });
    assert.deepEqual(headerUnit('Age (years)'), { kind: 'age', unit: 'year' });
    assert.equal(headerUnit('Lead (percentage points)'), undefined);
    assert.equal(headerUnit('Year'), undefined);
    assert.equal(headerUnit('Partners'), undefined);
  });

  it('checks a bare number under a percentage header, and its fix writes the figure alone', () => {
    const text = scores('88.1');
    assert.deepEqual(pl006(text), ['88.1']);
    const fix = bundledAnalyzer.analyze(text).findings.find((f) => f.code === 'PL006')?.fixes[0]?.edits[0]?.newText;
    assert.equal(fix, '83.1');
    assert.deepEqual(pl006(scores('83.1')), []);
    // A cell that writes its own unit is read as before.
    assert.deepEqual(pl006(scores('88.1%')), ['88.1%']);
  });

  it('checks a bare number under a header of days as a duration', () => {
    const gap = (cell: string) => `| Event | Days after the leak |\n|---|---:|\n| Glasswing announcement | ${cell} |\n`;
    assert.deepEqual(pl006(gap('12')), ['12']);
    assert.deepEqual(pl006(gap('11')), []);
  });

  it('leaves a number under a header that gives no unit a count', () => {
    assert.deepEqual(pl006('| Model | CyberGym |\n|---|---:|\n| Mythos Preview | 88.1 |\n'), []);
  });

  // Blind QA X, item 9: the measures as rows, the subjects as columns, the unit in the row's label.
  it("reads a bare number in the unit its row's label gives, for the model its column's header names", () => {
    // On record: SWE-bench Pro, Mythos Preview 77.8%, Opus 4.6 53.4%.
    const transposed = (mythos: string, opus: string) => `| Benchmark | Mythos Preview | Opus 4.6 |\n|---|---:|---:|\n| SWE-bench Pro (%) | ${mythos} | ${opus} |\n`;
    assert.deepEqual(pl006(transposed('77.8', '58.4')), ['58.4']);
    const text = transposed('77.8', '58.4');
    const finding = bundledAnalyzer.analyze(text).findings.find((f) => f.code === 'PL006');
    assert.match(finding?.message ?? '', /Opus 4\.6 scores 53\.4%/);
    assert.equal(finding?.fixes[0]?.edits[0]?.newText, '53.4');
    assert.deepEqual(pl006(transposed('77.8', '53.4')), []);
    // Swapped columns: each cell is its column's model's.
    assert.deepEqual(pl006(transposed('53.4', '77.8')), ['53.4', '77.8']);
  });

  it("takes no unit from a row label whose unit is a number's of its own, nor for the label's own cell", () => {
    assert.deepEqual(rowLabelUnit('SWE-bench Pro (%)'), { kind: 'percentage', unit: '%' });
    assert.equal(rowLabelUnit('Partners in the first 30 days'), undefined);
    assert.equal(rowLabelUnit('Share above 50%'), undefined);
    // The column's header gives the unit before the row's label does.
    assert.deepEqual(pl006('| Model | CyberGym (%) |\n|---|---:|\n| Mythos Preview (days) | 88.1 |\n'), ['88.1']);
  });

  // Blind QA T (round 8), item 6: a money column with its currency and scale in the header.
  it('reads the currency and the scale of a money header', () => {
    assert.deepEqual(headerUnit('USD m'), { kind: 'money', unit: 'USD', scale: 1e6 });
    assert.deepEqual(headerUnit('Amount (USD million)'), { kind: 'money', unit: 'USD', scale: 1e6 });
    assert.deepEqual(headerUnit('Funding ($bn)'), { kind: 'money', unit: 'USD', scale: 1e9 });
    assert.deepEqual(headerUnit('€ thousands'), { kind: 'money', unit: 'EUR', scale: 1e3 });
    assert.deepEqual(headerUnit('Cost ($)'), { kind: 'money', unit: 'USD', scale: 1 });
    // A scale after "per" or a number is the price's basis, not the cells' scale.
    assert.deepEqual(headerUnit('Price per million tokens (USD)'), { kind: 'money', unit: 'USD', scale: 1 });
    assert.deepEqual(headerUnit('Price per 1M tokens ($)'), { kind: 'money', unit: 'USD', scale: 1 });
    assert.equal(headerUnit('Weight (pounds)'), undefined);
    assert.equal(headerUnit('Item'), undefined);
  });

  it('checks a bare number under a money header in its scale, and its fix writes the figure alone', () => {
    // On record: up to $100 million in usage credits, $4 million in direct donations.
    const money = (header: string, credits: string, donations: string) =>
      `# Project Glasswing in numbers\n\n| Item | ${header} | Source |\n|---|---:|---|\n| Usage credits (cap) | ${credits} | [1] |\n| Direct donations to open-source security groups | ${donations} | [1] |\n\n## References\n\n1. Project Glasswing: Securing Critical Software for the AI Era - Anthropic\n`;
    const text = money('USD m', '150', '40');
    assert.deepEqual(pl006(text), ['150', '40']);
    const fixes = bundledAnalyzer.analyze(text).findings.filter((f) => f.code === 'PL006').map((f) => f.fixes[0]?.edits[0]?.newText);
    // The cap on record keeps its "up to", as the fix of "$150 million" in a cell or a sentence does.
    assert.deepEqual(fixes, ['up to 100', '4']);
    assert.deepEqual(pl006(money('Amount (USD million)', '150', '40')), ['150', '40']);
    assert.deepEqual(pl006(money('USD m', '100', '4')), []);
    assert.deepEqual(pl006(money('USD thousands', '100,000', '4,000')), []);
    const inThousands = bundledAnalyzer.analyze(money('USD thousands', '100,000', '40,000')).findings.filter((f) => f.code === 'PL006');
    assert.deepEqual(inThousands.map((f) => f.fixes[0]?.edits[0]?.newText), ['4,000']);
    // A header without a currency leaves the bare numbers counts.
    assert.deepEqual(pl006(money('Amount', '150', '40')), []);
  });

  // Blind QA A (round 19), item 1: the unit written once for the whole table, in its caption or its label column's header.
  it("reads the unit a table's caption or its label column's header closes on", () => {
    assert.deepEqual(tableUnit('**Table 1. Reported benchmark scores (%)**'), { kind: 'percentage', unit: '%' });
    assert.deepEqual(tableUnit('Table 2. Commitments (USD m).'), { kind: 'money', unit: 'USD', scale: 1e6 });
    assert.deepEqual(tableUnit('*Table 3. Time from leak to announcement (days)*'), { kind: 'duration', unit: 'day' });
    assert.deepEqual(tableUnit('Table 5. Age of the flaws found (years)'), { kind: 'age', unit: 'year' });
    assert.deepEqual(tableUnit('Benchmark (%)'), { kind: 'percentage', unit: '%' });
    // A unit inside the caption's words is about what the table shows, not its cells' unit.
    assert.equal(tableUnit('Table 4. Partners above the 40% tier, by sector'), undefined);
    assert.equal(tableUnit('Table 6. Partners (by sector)'), undefined);
    assert.equal(tableUnit('Table 7. Gains over Opus 4.6 (percentage points)'), undefined);
  });

  it('checks the bare numbers of a table whose caption or top-left header gives the unit', () => {
    // On record: SWE-bench Verified, Mythos Preview 93.9%, Opus 4.6 80.8%.
    const body = (header: string, opus: string) => `| ${header} | Claude Mythos Preview | Claude Opus 4.6 | Source |\n|---|---|---|---|\n| SWE-bench Verified | 93.9 | ${opus} | [1] |\n`;
    const refs = '\n## References\n\n1. Project Glasswing: Securing Critical Software for the AI Era - Anthropic\n';
    const captioned = (opus: string) => `**Table 1. Reported benchmark scores (%)**\n\n${body('Benchmark', opus)}${refs}`;
    assert.deepEqual(pl006(captioned('80.6')), ['80.6']);
    const finding = bundledAnalyzer.analyze(captioned('80.6')).findings.find((f) => f.code === 'PL006');
    assert.equal(finding?.fixes[0]?.edits[0]?.newText, '80.8');
    assert.deepEqual(pl006(captioned('80.8')), []);
    // The caption right above the table, with no blank line between.
    assert.deepEqual(pl006(`Table 1. Reported benchmark scores (%)\n${body('Benchmark', '80.6')}${refs}`), ['80.6']);
    // The unit in the label column's header.
    assert.deepEqual(pl006(`${body('Benchmark (%)', '80.6')}${refs}`), ['80.6']);
    // A paragraph that ends on something else, or one a paragraph away, gives the table no unit.
    assert.deepEqual(pl006(`The scores are percentages (see the note).\n\n${body('Benchmark', '80.6')}${refs}`), []);
    assert.deepEqual(pl006(`**Table 1. Reported benchmark scores (%)**\n\nThe table lists the scores.\n\n${body('Benchmark', '80.6')}${refs}`), []);
  });

  it("reads the caption above a table's source line, not the source line, as the caption", () => {
    // On record: SWE-bench Verified, Mythos Preview 93.9%, Opus 4.6 80.8%. The rows cite nothing themselves: the source line cites them.
    const body = (opus: string) => `| Benchmark | Claude Mythos Preview | Claude Opus 4.6 |\n|---|---|---|\n| SWE-bench Verified | 93.9 | ${opus} |\n`;
    const refs = '\n## References\n\n1. Project Glasswing: Securing Critical Software for the AI Era - Anthropic\n';
    const source = 'Source: Anthropic, Project Glasswing, 7 April 2026 [1]';
    for (const eol of ['\n', '\r\n', '\r']) {
      const lines = (s: string) => s.replace(/\n/g, eol);
      // The source line in a paragraph of its own between the caption and the table.
      assert.deepEqual(pl006(lines(`Table 1. Reported benchmark scores (%)\n\n${source}\n\n${body('80.6')}${refs}`)), ['80.6'], JSON.stringify(eol));
      assert.deepEqual(pl006(lines(`Table 1. Reported benchmark scores (%)\n\n${source}\n\n${body('80.8')}${refs}`)), [], JSON.stringify(eol));
      // The source line as the caption paragraph's last line.
      assert.deepEqual(pl006(lines(`**Table 1. Reported benchmark scores (%)**\n${source}\n\n${body('80.6')}${refs}`)), ['80.6'], JSON.stringify(eol));
    }
    // A source line under prose that is no caption gives the table no unit.
    assert.deepEqual(pl006(`The scores are percentages (see the note).\n\n${source}\n\n${body('80.6')}${refs}`), []);
  });

  it("keeps a table's unit from a column that counts or ranks, and lets a column's own header win", () => {
    // On record: Opus 4.6 scores 80.8% on SWE-bench Verified, 66.6% on CyberGym; the ranks are no scores.
    const ranked = (score: string) =>
      `## Claude Opus 4.6\n\n**Table 4. Opus 4.6 scores (%)**\n\n| Benchmark | Rank | Score | Source |\n|---|---|---|---|\n| SWE-bench Verified | 2 | ${score} | [1] |\n| CyberGym | 3 | 66.6 | [1] |\n\n## References\n\n1. Project Glasswing: Securing Critical Software for the AI Era - Anthropic\n`;
    assert.deepEqual(pl006(ranked('80.6')), ['80.6']);
    assert.deepEqual(pl006(ranked('80.8')), []);
    // A column of days under a caption in per cent: the column's header gives its own unit.
    const gap = (days: string) => `Table 3. Timeline (%)\n\n| Event | Days after the leak |\n|---|---:|\n| Glasswing announcement | ${days} |\n`;
    assert.deepEqual(pl006(gap('12')), ['12']);
    assert.deepEqual(pl006(gap('11')), []);
  });
  // Blind QA round 20, tester K item 3: a qualified figure in bare digits under a header that gives the currency.
  it('reads a bare figure after "up to" in the unit its header gives, as "up to $10,000,000" is read', () => {
    // On record: up to $100 million in usage credits.
    const commitments = (cell: string) =>
      `| Funder | Commitment (USD) | Form | Source |\n|---|---|---|---|\n| Anthropic (Glasswing) | ${cell} | Usage credits | [1] |\n\n## Sources\n\n1. Anthropic, "Project Glasswing: Securing Critical Software for the AI Era," 7 April 2026.\n`;
    assert.deepEqual(pl006(commitments('up to 10,000,000')), ['up to 10,000,000']);
    // The fix keeps the words that qualify the figure, and writes the figure in the header's unit.
    assert.deepEqual(valueOnRecordFixes(commitments('up to 10,000,000')), ['up to 100,000,000']);
    assert.deepEqual(pl006(commitments('up to $10,000,000')), ['up to $10,000,000']);
    // The right cap is confirmed.
    const claim = bundledAnalyzer.analyze(commitments('up to 100,000,000')).claims[0];
    assert.equal(claim?.status, 'confirmed');
    // Under a header with no currency, the figure stays a count.
    assert.deepEqual(pl006(commitments('up to 10,000,000').replace('Commitment (USD)', 'Commitment')), []);
  });
});
