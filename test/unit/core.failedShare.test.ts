// A share of what fails is the rest of a score, not the score (QA round 16, report S item 2).
import * as assert from 'node:assert/strict';
import { createAnalyzer } from '../../src/core/index';
import { findingTexts, bundledAnalyzer } from './support/findingTexts';
import type { FactBaseInput } from '../../src/core/factbase/schema';
import { parseFactBase } from '../../src/core/factbase/load';

const reference = '\n\n[1]: https://www.anthropic.com/glasswing "Project Glasswing"\n';
const pl006 = (markdown: string) => findingTexts('PL006', `${markdown}${reference}`);
const relations = (sentence: string) => bundledAnalyzer.analyze(`${sentence}[1]${reference}`).claims[0].values.map((v) => [v.text, v.relation]);

describe('a share that fails is not the score on record', () => {
  // On record: Mythos Preview 83.1% on CyberGym, 93.9% on SWE-bench Verified, 77.8% on SWE-bench Pro.
  it('leaves a failed, missed or error share in prose unchecked, and still checks the score', () => {
    assert.deepEqual(pl006('Mythos Preview fails 16.9% of CyberGym tasks.[1]'), []);
    assert.deepEqual(pl006('On CyberGym, Mythos Preview failed about 17% of the tasks.[1]'), []);
    assert.deepEqual(pl006('On CyberGym, Mythos Preview has an error rate of 16.9%.[1]'), []);
    assert.deepEqual(relations('Mythos Preview fails 16.9% of CyberGym tasks.'), [['16.9%', 'complement']]);
    // The pass rate beside it, or in its place, is checked as before.
    assert.deepEqual(pl006('Mythos Preview solves 16.9% of CyberGym tasks.[1]'), ['16.9%']);
    assert.deepEqual(pl006('Mythos Preview solves 85.1% of CyberGym tasks and fails the rest.[1]'), ['85.1%']);
  });

  it('leaves a table\'s figures unchecked under a row label or column header that names the failed share', () => {
    const byRow = [
      '| Derived measure | CyberGym | SWE-bench Verified | SWE-bench Pro |',
      '|---|---:|---:|---:|',
      '| Tasks failed by Mythos Preview (%) | 16.9 | 6.1 | 22.2 |',
      '| Tasks solved by Mythos Preview (%) | 83.1 | 93.9 | 72.2 |',
      '',
      'Figures from the announcement.[1]',
    ].join('\n');
    assert.deepEqual(pl006(byRow), ['72.2']);
    const byHeader = ['| Model | CyberGym unsolved (%) | CyberGym solved (%) | Source |', '|---|---:|---:|---|', '| Claude Mythos Preview | 16.9 | 16.9 | [1] |'].join('\n');
    assert.deepEqual(pl006(byHeader), ['16.9']);
    assert.equal(findingTexts('PL006', `${byHeader}${reference}`).length, 1);
  });

  it('checks a failed share against a fact that records one (a user fact base with a failure rate)', () => {
    const team: FactBaseInput = {
      version: 1,
      entities: [{ id: 'acme', kind: 'organization', name: 'Acme Robotics', aliases: ['Acme'], summary: 'A company.' }],
      facts: [{ id: 'acme-grasp-failures', statement: 'Acme Robotics arms fail 12% of grasps.', entities: ['acme'], measure: 'grasp-failure-rate', cues: ['grasps'], value: { type: 'percent', value: 12 }, sources: [] }],
    };
    const parsed = parseFactBase(JSON.stringify(team), 'team.json');
    assert.deepEqual(parsed.errors, []);
    const analyzer = createAnalyzer({ factBase: parsed.factBase! });
    const texts = (s: string) => findingTexts('PL006', `${s}[1]\n\n[1]: https://example.com/a "A"\n`, analyzer);
    assert.deepEqual(texts('Acme arms fail 15% of grasps.'), ['15%']);
    assert.deepEqual(texts('Acme arms fail 12% of grasps.'), []);
  });
});
