// A marker that resolves to a placeholder reference ("[^11]: TODO: source", the stub a quick fix
// adds) cites no source yet: PL002 says so, so CI does not pass on a stub (blind QA round 18, tester H item F1).
import * as assert from 'node:assert/strict';
import { createAnalyzer } from '../../src/core';
import { bundledFactBase } from '../../src/core/factbase/bundled';
import { applyFix } from './core.fixes.test';

const analyzer = createAnalyzer({ factBase: bundledFactBase() });
const pl002 = (text: string): string[] => analyzer.analyze(text).findings.filter((f) => f.code === 'PL002').map((f) => f.message);

describe('markers that resolve to a placeholder reference', () => {
  it('reports a footnote, a numbered item and an author-year entry whose title is still a placeholder', () => {
    const draft = [
      'Graham said they "did not feel comfortable releasing this generally".[^11]',
      '',
      'The filing called it "a supply chain risk" [2], and Axios said so too (Axios, 2026).',
      '',
      '[^11]: TODO: source',
      '',
      '## References',
      '',
      '1. Project Glasswing: Securing Critical Software for the AI Era - Anthropic',
      '2. TODO: source for [2]',
      '3. Axios. (2026). TODO: title.',
      '',
    ].join('\n');
    assert.deepEqual(pl002(draft), [
      '[^11] resolves to a placeholder, “TODO: source”: the reference names no source yet',
      '[2] resolves to a placeholder, “TODO: source for [2]”: the reference names no source yet',
      '(Axios 2026) resolves to a placeholder, “TODO: title”: the reference names no source yet',
    ]);
  });

  it('leaves a reference alone whose title only starts like one', () => {
    const draft = ['A guide "on keeping lists" was cited.[^1] Another [2].', '', '[^1]: Todo lists for teams, Fortune, 2026.', '', '## References', '', '1. x', '2. TKO: the fight - ESPN', ''].join('\n');
    assert.deepEqual(pl002(draft), []);
  });

  it('still reports the stub the PL002 fix writes, once it is applied', () => {
    const draft = 'Graham said they "did not feel comfortable releasing this generally".[^11]\n';
    const [finding] = analyzer.analyze(draft).findings.filter((f) => f.code === 'PL002');
    const stub = finding.fixes.find((f) => f.title.startsWith('Add a footnote definition'));
    assert.ok(stub, 'the stub fix is offered');
    assert.deepEqual(pl002(applyFix(draft, stub)), ['[^11] resolves to a placeholder, “TODO: source”: the reference names no source yet']);
  });
});
