// Docket and record citations in briefs and legal memos (blind QA round 30, tester L items 1 and 4):
// "ECF Nos. 1, 9", "Dkt. 12", "Compl. ¶ 22", "Civ. L.R. 7-11" and the pincite "at 3" after one name an
// entry, a paragraph, a rule or a page of the record; they count nothing.
import * as assert from 'node:assert/strict';
import { bundledAnalyzer } from './support/findingTexts';

/** The figures each PL007 hint of `text` lists. */
const hinted = (text: string): string[] =>
  bundledAnalyzer
    .analyze(text)
    .findings.filter((f) => f.code === 'PL007')
    .map((f) => f.message.replace(/^[^:]*: /, ''));
const codes = (text: string): string[] => bundledAnalyzer.analyze(text).findings.map((f) => f.code);

describe('record citations', () => {
  it('take docket entry numbers as labels, not as counts the fact base may contradict', () => {
    const row =
      '# Memo\n\n| Date | Event | Source |\n|---|---|---|\n| Mar. 10, 2026 | Anthropic files complaint and PI motion (ECF Nos. 1, 9) | Docket |\n' +
      '| Mar. 26, 2026 | Fortune reports CMS leak of about 3,000 unpublished assets | Fortune |\n';
    assert.ok(!codes(row).includes('PL006'), 'no PL006 on a docket entry number');
    for (const text of [
      'Anthropic filed its complaint (ECF Nos. 1, 9) in March.',
      'The order is at Dkt. 12, at Dkt. No. 5 and at Doc. 22.',
      'See R. 45, App. 12 and JA 101.',
      'The complaint alleges the same (Compl. ¶ 22).',
      'See Compl. ¶¶ 4–7 and Whitaker Decl. ¶¶ 6 and 8.',
      '*See* Civ. L.R. 7-11; *cf.* Fed. R. App. P. 29(a)(4)(E).',
    ])
      assert.deepEqual(hinted(text), [], text);
  });

  it('take the page of a pincite after a record cite or "Id." as a label', () => {
    for (const text of ['The Government opposed. (ECF No. 14 at 3.)', 'The Government said so. *Id.* at 5.', 'It said so again. (ECF No. 1-3 at 1.)'])
      assert.deepEqual(hinted(text), [], text);
  });

  it('keep counts stated in the same shape', () => {
    assert.deepEqual(hinted('Anthropic filed 14 exhibits with the court.'), ['“14”']);
    assert.deepEqual(hinted('The Government met at 3 sites.'), ['“3”']);
    assert.deepEqual(hinted('See Section 3 at 40 firms.'), ['“40”']);
    assert.ok(codes('# P\n\nAnthropic filed its complaint (ECF Nos. 1, 9) in March.\n\nThe leak exposed 1 asset, 9 files.\n').includes('PL006'));
    // "Dkt" without its dot and "ja" in lower case label nothing.
    assert.deepEqual(hinted('The dkt 12 boxes were filed.'), ['“12”']);
  });
});
