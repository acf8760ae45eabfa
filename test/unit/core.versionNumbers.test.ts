// A version of a piece of software, as a maintainer writes one, is no figure (blind QA round 16, tester M item 2):
// "the 4.2 branch", "libtessera 4.x", "the 3.x series", "a release candidate for 5.0", a table of affected versions.
import * as assert from 'node:assert/strict';
import { bundledAnalyzer, findingTexts } from './support/findingTexts';

const pl007 = (text: string): string[] => findingTexts('PL007', text);
const hints = (text: string): string[] =>
  bundledAnalyzer
    .analyze(text)
    .findings.filter((f) => f.code === 'PL007')
    .map((f) => f.message);

describe('version numbers', () => {
  it('reads a number before a noun of a line of releases, or with a part written "x", as a version', () => {
    for (const sentence of [
      'libtessera 4.2.1 is a security release for the 4.2 branch.',
      'The 4.2 release fixes the bug.',
      'The 3.x series is not affected.',
      'libtessera 4.x was downloaded a lot last month.',
      'The 4.0 branch reached end of life.',
      'Fixes land on 4.2.x first.',
      'Please see the [5.0 milestone](https://example.org/m/14).',
    ]) {
      assert.deepEqual(pl007(sentence), [], sentence);
    }
    // The count and the date beside a version stay figures.
    assert.deepEqual(hints('37 people contributed to the 5.0 cycle so far, 14 of them for the first time.'), ['Claim with figures or dates but no citation: “37”, “14”']);
    assert.deepEqual(pl007('The 4.0 branch reached end of life on 31 January 2026.'), ['31 January 2026']);
  });

  it('reads a number after a release it is one of, or after a software name in lower case, as a version', () => {
    assert.deepEqual(pl007('v5.0.0-rc2 is the second release candidate for 5.0.'), []);
    assert.deepEqual(pl007('libtessera 5.0 drops the autotools build.'), []);
    assert.deepEqual(pl007('The bug was fixed in 4.2 and backported to 4.1.'), []);
    // A name the sentence gives a version of elsewhere: "tessera 4.2.1" makes "tessera 5.0" a version.
    assert.deepEqual(pl007('Users can move from tessera 4.2.1 to tessera 5.0 without changes.'), []);
  });

  it('lists no version in the hint of a sentence with other figures', () => {
    assert.deepEqual(hints('Two releases went out this week. libtessera 4.2.1 is a security release for the 4.2 branch and everyone should take it.'), [
      'Claim with a figure or date but no citation: “Two”',
    ]);
  });

  it('keeps figures with a unit, after an ordinary word, and the names of the fact base as they were', () => {
    assert.deepEqual(pl007('The score rose 4.2% last year.'), ['4.2%']);
    assert.deepEqual(pl007('Mythos Preview gained 5.0 points over Opus 4.6 last month.'), ['5.0']);
    assert.deepEqual(pl007('The average rating was 4.2 in March.'), ['4.2']);
    assert.deepEqual(pl007('We shipped 12 releases last year.'), ['12']);
    assert.deepEqual(hints('The team cut 4.2 releases a year on average in 2025.'), ['Claim with figures or dates but no citation: “4.2”, “2025”']);
    const analysis = bundledAnalyzer.analyze('Opus 4.6 scored 66.6% on CyberGym.');
    assert.deepEqual(
      analysis.entities.map((e) => e.text),
      ['Opus 4.6', 'CyberGym'],
    );
    assert.deepEqual(pl007('Opus 4.6 scored 66.6% on CyberGym.'), ['66.6%']);
  });

  it('reads the numbers with a point under a header of versions as versions, and the others as figures', () => {
    const table = '| Branch | Affected | Fixed in | Users |\n|---|---|---|---|\n| 4.2 | 4.1 | 4.2 | 3.5 |\n| 5 | 12 | 5.1 | 40 |\n';
    assert.deepEqual(hints(table), ['Claim with a figure or date but no citation: “3.5”', 'Claim with figures or dates but no citation: “5”, “12”, “40”']);
    const advisory = '| Branch | Affected | Fixed in |\n|---|---|---|\n| 4.2.x | 4.2.0 | 4.2.1 |\n| 4.1.x | 4.1.0 – 4.1.9 | 4.1.10 |\n| 3.x | not affected | — |\n';
    assert.deepEqual(pl007(advisory), []);
  });
});
