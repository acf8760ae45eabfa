// Numbers that name something rather than count or date it (QA round 25): a standard's part numbers and
// edition year (P item 4), the end of a range after a labelled number (I item 6), a year of account (I item 9).
import * as assert from 'node:assert/strict';
import { bundledAnalyzer } from './support/findingTexts';

/** The figures each PL007 hint of `text` lists. */
const hinted = (text: string): string[] =>
  bundledAnalyzer
    .analyze(text)
    .findings.filter((f) => f.code === 'PL007')
    .map((f) => f.message.replace(/^[^:]*: /, ''));

describe('numbers that label', () => {
  it("take a standard's edition year and part numbers as its identifier", () => {
    assert.deepEqual(hinted('The Supplier MUST hold certification to ISO/IEC 27001:2022.'), []);
    assert.deepEqual(hinted('We follow ISO 9001:2015, AS/NZS 4360:2004, BS 7799-2:2005 and IEC 62443-3-3:2013 in every project.'), []);
    // A date in the same sentence still wants its citation; a colon after no standard is no edition.
    assert.deepEqual(hinted('The vendor was certified to ISO 27001:2022 on 1 July 2026.'), ['“1 July 2026”']);
    assert.deepEqual(hinted('Results were 3:2026 in favour.'), ['“3”, “2026”']);
  });

  it('label the end of a range whose start a label or a name labels', () => {
    for (const text of [
      'The state-backed attack exclusions (LMA 5564 to 5567) still apply.',
      'The state-backed attack exclusions (LMA 5564–5567) still apply.',
      'See Section 3 to 5 of the plan.',
      'See clause 4 - 6 of the plan.',
    ]) assert.deepEqual(hinted(text), [], text);
    // The end of the range counts the word after it: a figure.
    assert.deepEqual(hinted('Glasswing grew from Version 2 to 12 partners.'), ['“12”']);
  });

  it('take a year of account as a label, in a sentence and in a table cell', () => {
    assert.deepEqual(hinted('Indicated 2026 YOA rates follow.'), []);
    assert.deepEqual(hinted('The 2025 year of account stays open.'), []);
    assert.deepEqual(hinted('| Year of account | Loss ratio |\n|---|---|\n| 2023 YOA | see below |\n| 2026 YOA (plan) | see below |\n'), []);
    // A year that dates something is still a date.
    assert.deepEqual(hinted('The 2025 year of account closed in 2027.'), ['“2027”']);
  });
});
