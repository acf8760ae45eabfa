// The issuer's regulatory boilerplate, under "## Disclosures and analyst certification", states the
// writer's own dealings and rules: its figures want no citation (PL007); a fact on record there is
// still checked and hinted (blind QA round 19, tester E item H-2).
import * as assert from 'node:assert/strict';
import { bundledAnalyzer } from './support/findingTexts';

/** The figures PL007 hints at, as its messages list them. */
const pl007 = (text: string): string[] =>
  bundledAnalyzer
    .analyze(text)
    .findings.filter((f) => f.code === 'PL007')
    .flatMap((f) => [...f.message.matchAll(/“([^”]*)”/g)].map((m) => m[1]));

const boilerplate = [
  'Halverson Brooks Securities has received compensation for investment banking services from CrowdStrike in the past 12 months. Halverson Brooks Securities or its affiliates beneficially own 1% or more of the common equity of Fortinet.',
  'Ratings: Outperform means we expect total return above the coverage universe over 12 months; Market Perform, in line; Underperform, below. Rating distribution as of 31 March 2026: Outperform 54%, Market Perform 38%, Underperform 8%.',
].join('\n\n');

describe("the issuer's disclosures section (PL007)", () => {
  it('wants no citation for the figures of the boilerplate under a heading that names it', () => {
    for (const heading of ['## Disclosures and analyst certification', '## Important disclosures', '### Disclaimer', '## 7. Legal notice', '## Conflicts of interest'])
      assert.deepEqual(pl007(`# Note\n\n${heading}\n\n${boilerplate}\n`), [], heading);
  });

  it('still wants a citation under another heading, after the section ends, and for a fact on record in it', () => {
    assert.deepEqual(pl007(`# Note\n\n## Disclosure timeline\n\nThe vendor patched 12 bugs in 30 days.\n`), ['12', '30 days']);
    assert.deepEqual(pl007(`# Note\n\n## Coverage\n\nThe fund bought 1% of Fortinet in the past 12 months.\n`), ['1%', '12 months']);
    assert.deepEqual(pl007(`# Note\n\n## Disclosures\n\nNone.\n\n## Valuation\n\nThe stock rose 3.8% on 7 April.\n`), ['3.8%', '7 April']);
    const fact = `# Note\n\n## Disclaimer\n\nAnthropic committed $150 million in usage credits to Project Glasswing.\n`;
    assert.deepEqual(pl007(fact), ['$150 million']);
    assert.ok(bundledAnalyzer.analyze(fact).findings.some((f) => f.code === 'PL006'));
  });
});
