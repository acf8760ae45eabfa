// A brief's Table of Authorities lists sources, as a References list does (blind QA round 30, tester L
// item 2): its years and page columns are no claims, a title quoted inside an italic title there is no
// quotation, and its entries are no numbered sources that markers cite or PL003 asks about.
import * as assert from 'node:assert/strict';
import { bundledAnalyzer } from './support/findingTexts';

const findings = (text: string): string[] => bundledAnalyzer.analyze(text).findings.map((f) => `${f.code} ${f.message}`);

const brief = [
  '# Brief of Amici Curiae',
  '',
  '## TABLE OF AUTHORITIES',
  '',
  '### Cases',
  '',
  '| Authority | Page(s) |',
  '|---|---|',
  '| *Perry v. Sindermann*, 408 U.S. 593 (1972) | 7 |',
  '',
  '## Other Authorities',
  '',
  "| TechCrunch, *DOD Says Anthropic's 'Red Lines' Make It an 'Unacceptable Risk to National Security'* (2026) | 5–6 |",
  '',
  '- Mayer Brown, *Pentagon Designates Anthropic a Supply Chain Risk* (2026), 4.',
  '',
  '## ARGUMENT',
  '',
  'The Government filed a 40-page opposition.',
  '',
];

describe('a Table of Authorities', () => {
  it('holds source entries: no claims, no quotations, no numbered sources', () => {
    const found = findings(brief.join('\n'));
    assert.deepEqual(
      found.filter((f) => !f.includes('40-page')),
      [],
    );
  });

  it('ends at a heading of its level that is not one of its parts, after which figures want citations', () => {
    const found = findings(brief.join('\n'));
    assert.equal(found.filter((f) => f.startsWith('PL007') && f.includes('40-page')).length, 1);
    // "## Cases" with no Table of Authorities before it heads prose like any other heading.
    const cases = findings('# Memo\n\n## Cases\n\nAnthropic said the Pentagon contract was worth $200 million in 2026.\n');
    assert.equal(cases.filter((f) => f.startsWith('PL007')).length, 1);
  });
});
