// A name that is a citing link's whole text is the source, not the sentence's subject (blind QA round 18, tester O item 3.1).
import * as assert from 'node:assert/strict';
import { createAnalyzer } from '../../src/core';
import { bundledFactBase } from '../../src/core/factbase/bundled';
import { bundledAnalyzer, findingTexts } from './support/findingTexts';

const linksOn = createAnalyzer({ factBase: bundledFactBase(), settings: { 'citations.links': true } });
const pl006 = (text: string): string[] => findingTexts('PL006', text);
const pl006On = (text: string): string[] => findingTexts('PL006', text, linksOn);

const section =
  '## What Glasswing is, briefly\n\nAnthropic announced the programme on April 7, 2026, with twelve founding partners ([Anthropic](https://www.anthropic.com/glasswing)).\n';
const count = (cite: string) => `${section}Beyond those, some 25 additional organisations responsible for critical software have access ${cite}.\n`;

describe('names that are a citing link’s whole text', () => {
  it('reads a publisher named only as a link in a citing parenthesis as the source: the sentence still takes its subject from around it', () => {
    for (const cite of [
      '([Fortune](https://fortune.com/x))',
      '([Anthropic](https://www.anthropic.com/glasswing))',
      '([*Fortune*](https://fortune.com/x), [Anthropic](https://www.anthropic.com/glasswing))',
      '(via [Fortune](https://fortune.com/x))',
    ]) {
      assert.deepEqual(pl006(count(cite)), ['some 25'], cite);
      assert.deepEqual(pl006On(count(cite)), ['some 25'], cite);
    }
    // As with a marker or a link named "source".
    assert.deepEqual(pl006(count('([source](https://fortune.com/x))')), ['some 25']);
  });

  it('still ties the figure through the publisher the link names, as a cited title does', () => {
    assert.deepEqual(pl006('## Summary\n\nUsage credits: $150 million ([Anthropic](https://www.anthropic.com/glasswing)).\n'), ['$150 million']);
    assert.deepEqual(pl006('## Summary\n\nThe company committed $150 million in usage credits ([Anthropic](https://www.anthropic.com/glasswing)).\n'), ['$150 million']);
  });

  it('keeps a name that is the sentence’s own: outside a parenthesis, with other words in its link, or a subject of the sentence', () => {
    // Another party the sentence names is still its subject: its own count, not Glasswing's.
    assert.deepEqual(pl006(`${section}The Linux Foundation gave some 25 organisations access ([Fortune](https://fortune.com/x)).\n`), []);
    assert.deepEqual(pl006('## Summary\n\nOpenAI committed $150 million in usage credits ([Anthropic](https://www.anthropic.com/glasswing)).\n'), []);
    // The link's name is a subject when it stands in the sentence ("[Anthropic](…) committed") or says more ("[Fortune reported](…)").
    assert.deepEqual(pl006('## Summary\n\n[Anthropic](https://www.anthropic.com/glasswing) committed $150 million in usage credits.\n'), ['$150 million']);
    const named = (text: string) => bundledAnalyzer.analyze(text).entities.map((e) => e.text);
    // The mention itself is still shown.
    assert.deepEqual(named(count('([Fortune](https://fortune.com/x))')), ['Glasswing', 'Anthropic', 'Anthropic', 'Fortune']);
  });
});
