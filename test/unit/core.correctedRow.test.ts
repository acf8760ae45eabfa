// A fact-check sheet's row that sets its own figure right: another cell gives the value on record
// and the row says it corrects, so the drafted figure gets no PL006 (blind QA round 20, tester W
// item 1.3). A row that gives no value on record, or says nothing of a correction, keeps it.
import * as assert from 'node:assert/strict';
import { bundledAnalyzer } from './support/findingTexts';

/** The figures PL006 flags, as its messages quote them. */
const pl006 = (text: string): string[] =>
  bundledAnalyzer
    .analyze(text)
    .findings.filter((f) => f.code === 'PL006')
    .map((f) => /^“([^”]*)”/.exec(f.message)?.[1] ?? f.message);

const sheet = (...rows: string[]) =>
  `# Speech fact-check\n\n| ¶ | Line as drafted | Fact-check note | Source | Status |\n|---|---|---|---|---|\n${rows.join('\n')}\n\n[^1]: Anthropic, "Project Glasswing", 7 April 2026.\n`;

describe('a table row that corrects its own figure (PL006)', () => {
  it('holds no drafted figure against the record when another cell gives the value on record and the row corrects it', () => {
    assert.deepEqual(pl006(sheet('| 16 | Anthropic usage credits of $150 million | Source says up to $100 million; amend | [^1] | ⚠️ |')), []);
    assert.deepEqual(pl006(sheet('| 13 | Anthropic announced Claude Mythos Preview on 9 April 2026 | Anthropic announced Claude Mythos Preview on 7 April 2026, not 9 April | [^1] | ❌ |')), []);
  });

  it('still flags a figure the row does not correct', () => {
    // No cell gives the value on record: both figures are wrong.
    assert.deepEqual(pl006(sheet('| 5 | Anthropic usage credits of $150 million | Anthropic pledged $150 million in usage credits | [^1] | ✅ |')), ['$150 million', '$150 million']);
    // The value on record beside it, but no word of correction: two figures for one fact, one wrong.
    assert.deepEqual(pl006(sheet('| 16 | Anthropic usage credits of $150 million | Anthropic usage credits of up to $100 million | [^1] | ✅ |')), ['$150 million']);
    // A correction word with no value on record in another cell.
    assert.deepEqual(pl006(sheet('| 16 | Anthropic usage credits of $150 million | Amend: check the source | [^1] | ⚠️ |')), ['$150 million']);
  });
});
