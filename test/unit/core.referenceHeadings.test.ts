import * as assert from 'assert';
import { createAnalyzer, type Finding } from '../../src/core';
import { bundledFactBase } from '../../src/core/factbase/bundled';

/**
 * Reference headings with the numbering reports give their back matter ("5. References",
 * "Annex 1: Further reading", "Appendix B – Sources"), and reading lists, whose works are there to
 * be read and are not expected to be cited.
 */

const analyzer = createAnalyzer({ factBase: bundledFactBase() });
const codes = (findings: readonly Finding[]) => findings.map((f) => f.code);
const entry = '- NCSC, "Impact of AI on cyber threat from now to 2027", 7 May 2025';

describe('reference headings after a numbering', () => {
  for (const heading of ['## Annex 1: Further reading', '## Appendix B – Further reading', '## 5. Further reading', '### Annex A — Reading list', '## Further reading']) {
    it(`${heading}: its entries hold no claims, and need no citation`, () => {
      const a = analyzer.analyze(`# Briefing\n\nText.\n\n${heading}\n\n${entry}\n- Anthropic, 'Claude Mythos Preview System Card', 7 April 2026\n`);
      assert.deepStrictEqual(codes(a.findings), []);
      assert.deepStrictEqual(a.claims, []);
    });
  }

  it('a numbered References heading resolves its markers', () => {
    for (const heading of ['## 5. References', '## Appendix B – Sources', '## 7 Sources', '## IV. References']) {
      const a = analyzer.analyze(`The card runs to 244 pages.[1]\n\n${heading}\n\n1. Anthropic, Claude Mythos Preview System Card, April 7, 2026.\n`);
      assert.deepStrictEqual(codes(a.findings), [], heading);
      assert.strictEqual(a.citations[0].resolved, true, heading);
    }
  });

  it('an uncited entry of a numbered References list is still PL003, named without the numbering', () => {
    const found = analyzer.analyze('Text.\n\n## 5. References\n\n1. Anthropic, Claude Mythos Preview System Card, April 7, 2026.\n').findings;
    assert.deepStrictEqual(codes(found), ['PL003']);
    const dangling = analyzer.analyze('Text.[4]\n\n## 5. References\n\n1. Anthropic, Claude Mythos Preview System Card, April 7, 2026.\n').findings;
    assert.match(dangling.find((f) => f.code === 'PL002')!.message, /the References list has 1 item/);
  });

  it('a numbered heading of another name is no reference list', () => {
    const a = analyzer.analyze('## 5. Results\n\n1. The model scored 83.1% on CyberGym.\n\n## Annex 2: Timeline\n\n- 7 April 2026: the announcement\n');
    assert.deepStrictEqual(codes(a.findings), ['PL007', 'PL007']);
  });
});
