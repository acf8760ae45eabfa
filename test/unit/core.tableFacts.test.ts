// A table row is one record: figures in its cells are checked with the row's entities and cues.
import * as assert from 'node:assert/strict';
import { createAnalysisCache } from '../../src/core/index';
import { bundledAnalyzer, findingTexts } from './support/findingTexts';

const analyzer = bundledAnalyzer;
const pl006 = (text: string): string[] => findingTexts('PL006', text);

describe('fact checks in table rows', () => {
  it('checks a figure against what the other cells of its row name', () => {
    assert.deepEqual(pl006('| Claim | Figure |\n|---|---|\n| Mythos Preview score on CyberGym | 85.1% |\n'), ['85.1%']);
    assert.deepEqual(pl006('| Claim | Figure |\n|---|---|\n| Mythos Preview score on CyberGym | 83.1% |\n'), []);
  });

  it('takes the entity and the cue of a cell from the header of its column, empty cells counted', () => {
    const table = '| | Mythos Preview | Opus 4.6 |\n|---|---|---|\n| CyberGym | 83.1% | 61.6% |\n| SWE-bench Pro | 71.8% | 53.4% |\n';
    assert.deepEqual(pl006(table), ['61.6%', '71.8%']);
  });

  it("takes a cell's measure from its column's header when the row names the fact's subject by its own entity", () => {
    // "Released" is the measure, Claude Mythos Preview the subject: the prose "released Claude Mythos Preview on 9 April 2026" is checked the same way.
    const table = (date: string) => `| Model | Developer | Released | Source |\n|---|---|---|---|\n| Claude Mythos Preview | Anthropic | ${date} | [1] |\n\n[1]: https://example.com/g "G"\n`;
    assert.deepEqual(pl006(table('9 April 2026')), ['9 April 2026']);
    assert.deepEqual(pl006(table('7 April 2026')), []);
    assert.equal(analyzer.analyze(table('7 April 2026')).claims[0].status, 'confirmed');
    // Without the header's cue the row gives no measure.
    assert.deepEqual(pl006(table('9 April 2026').replace('Released', 'Date')), []);
  });

  it('does not take the header of another column', () => {
    const table = '| Model | CyberGym | Founding partners |\n|---|---|---|\n| Mythos Preview | 83.1% | n/a |\n| Opus 4.6 | 66.6% | n/a |\n';
    assert.deepEqual(pl006(table), []);
  });

  it('leaves alone a row that names another subject, and a row with no tie', () => {
    assert.deepEqual(pl006('| Item | Figure |\n|---|---|\n| Alignment Risk Update for Mythos Preview | 60 pages |\n| Team size | 85.1% |\n| SWE-bench Pro | 45.3% |\n'), []);
  });

  it('gives the same result with the cache when another cell of the row changes', () => {
    const cache = createAnalysisCache();
    // The figure's cell comes first: its block's window does not reach the cell that changes.
    const before = '# T\n\n| Figure | Claim |\n|---|---|\n| 85.1% | the score of Mythos Preview on CyberGym, as the team measured it on its own |\n';
    assert.equal(analyzer.analyze(before, { cache }).findings.filter((f) => f.code === 'PL006').length, 1);
    const after = before.replace('on CyberGym', 'on hiring');
    const cached = analyzer.analyze(after, { cache });
    assert.deepEqual(JSON.parse(JSON.stringify(cached)), JSON.parse(JSON.stringify(analyzer.analyze(after))));
    assert.equal(cached.findings.filter((f) => f.code === 'PL006').length, 0);
  });
});

// Blind QA T (round 8), items 7–9: which event or document a row is about.
describe('the event or document a table row names', () => {
  const references = '\n## References\n\n1. Project Glasswing: Securing Critical Software for the AI Era - Anthropic\n2. Claude Mythos Preview System Card - Anthropic (PDF)\n';
  // On record: eleven days from the leak to the announcement (April 7, 2026).
  const days = (rows: string) => `| Event | Date | Days after the leak | Source |\n|---|---|---:|---|\n${rows}${references}`;

  it('leaves alone the row of the event a column counts from', () => {
    assert.deepEqual(pl006(days('| Mythos leak | 26 March 2026 | 0 | [1] |\n')), []);
    assert.deepEqual(pl006(days('| Mythos leak | 26 March 2026 | 3 | [1] |\n')), []);
    // The row's date is still checked, and so is the announcement's gap.
    assert.deepEqual(pl006(days('| Mythos leak | 27 March 2026 | 0 | [1] |\n| Glasswing announcement | 7 April 2026 | 12 | [1] |\n')), ['27 March 2026', '12']);
    // A column counted from another event: the leak's row is no reference point.
    assert.deepEqual(pl006('| Event | Days after the launch |\n|---|---:|\n| Glasswing announcement | 12 |\n'), []);
  });

  it("takes a row label's head noun, written without an article, for the event it names", () => {
    assert.deepEqual(pl006(days('| Formal announcement of Mythos Preview | 7 April 2026 | 12 | [1] |\n')), ['12']);
    const fix = bundledAnalyzer.analyze(days('| Formal announcement of Mythos Preview | 7 April 2026 | 12 | [1] |\n')).findings.find((f) => f.code === 'PL006')?.fixes[0]?.edits[0]?.newText;
    assert.equal(fix, '11');
    assert.deepEqual(pl006(days('| Formal announcement of Mythos Preview | 7 April 2026 | 11 | [1] |\n')), []);
    // Another model's announcement, or a label whose phrase names the event only after a preposition, is not it.
    assert.deepEqual(pl006(days('| Announcement of Claude Opus 4 | May 2025 | 12 | [1] |\n')), []);
    assert.deepEqual(pl006(days('| Days from leak to announcement of Mythos Preview | | 12 | [1] |\n')), []);
  });

  it('takes a definite description in a row for the document the row cites', () => {
    // On record: the Mythos Preview system card runs to 244 pages.
    const pages = (cite: string, value = '40') => `# Project Glasswing in numbers\n\n| Measure | Value | Source |\n|---|---|---|\n| Pages in the system card | ${value} | ${cite} |\n${references}`;
    assert.deepEqual(pl006(pages('[2]')), ['40']);
    assert.equal(bundledAnalyzer.analyze(pages('[2]')).findings.find((f) => f.code === 'PL006')?.fixes[0]?.edits[0]?.newText, '244');
    assert.deepEqual(pl006(pages('[2]', '244')), []);
    // A source that names only the company behind the card does not say which card.
    assert.deepEqual(pl006(pages('[1]')), []);
  });
});

describe('uncited figures in table rows', () => {
  const pl007 = (text: string) => analyzer.analyze(text).findings.filter((f) => f.code === 'PL007');

  it('gives one PL007 for a row, on its first figure, naming every figure of the row', () => {
    const table = '| Date | Event | Figure |\n|---|---|---|\n| 2026-04-07 | Opus 4.6 SWE-bench Pro score | 53.4% |\n| 2026-03-26 | The leak | 3,000 files |\n';
    const found = pl007(table);
    assert.deepEqual(
      found.map((f) => [f.range.start.line, f.message]),
      [
        [2, 'Claim with figures or dates but no citation: “2026-04-07”, “53.4%”'],
        [3, 'Claim with figures or dates but no citation: “2026-03-26”, “3,000”'],
      ],
    );
  });

  it('gives none for a row with a citation in any cell', () => {
    assert.deepEqual(pl007('| Date | Figure | Source |\n|---|---|---|\n| 2026-04-07 | 53.4% | [1] |\n\n[1]: https://example.com "T"\n'), []);
  });
});

describe('a table row whose label names a change', () => {
  const doc = (rows: string) =>
    `# Mythos Preview against Opus 4.6\n\nClaude Mythos Preview leads Opus 4.6 on CyberGym.[1]\n\n| Metric | Value | Source |\n|---|---|---|\n${rows}\n\n## Sources\n\n1. Project Glasswing: Securing Critical Software for the AI Era - Anthropic\n`;

  it('holds a difference in its cells, not the score on record (blind QA round 8, T item 1 in a table)', () => {
    assert.deepEqual(pl006(doc('| Relative gain on CyberGym | about 25% | [1] |')), []);
    assert.deepEqual(pl006(doc('| Lead over Opus 4.6 on CyberGym | 16.5% | [1] |')), []);
    // A label that names the score still holds the score.
    assert.deepEqual(pl006(doc('| Score on CyberGym | 85.1% | [1] |')), ['85.1%']);
  });
});
