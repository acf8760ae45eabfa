// The words of one kind of event tie the same fact (QA round 22): a leak also "surfaced", "emerged",
// "came to light" or "was exposed", so a wrong date given with any of them is the leak's; "came out"
// and "became public", which a release shares, tie neither.
import * as assert from 'node:assert/strict';
import { createAnalyzer } from '../../src/core';
import { parseFactBase } from '../../src/core/factbase/load';
import { findingTexts } from './support/findingTexts';
import { sources } from './support/sentenceFigures';

describe('the words of one kind of event as cues of its fact', () => {
  const yaml = `version: 1
entities:
  - { id: quillon, kind: organization, name: Quillon Labs, aliases: [Quillon], summary: An AI developer. }
  - { id: orin, kind: model, name: Orin 5, summary: A model of Quillon Labs. }
  - { id: orin-leak, kind: event, name: Orin 5 leak, summary: The leak of the Orin 5 model card. }
facts:
  - id: orin-leak-date
    statement: The Orin 5 model card leaked on 9 February 2026.
    entities: [orin-leak, orin]
    measure: leak-date
    cues: [leaked]
    value: { type: date, date: 2026-02-09 }
    sources: [courier]
  - id: orin-release-date
    statement: Quillon Labs released Orin 5 on 3 March 2026.
    entities: [orin, quillon]
    measure: release-date
    cues: [released]
    value: { type: date, date: 2026-03-03 }
    sources: [courier]
  - id: orin-leaked-files
    statement: About 3,000 files of the Orin 5 model card were exposed in the leak.
    entities: [orin-leak, orin]
    measure: leaked-file-count
    cues: [exposed, files]
    value: { type: count, value: 3000, unit: files, approx: about }
    sources: [courier]
sources:
  - { id: courier, number: 1, title: Orin at Last, publisher: Northmere Courier, kind: news }
`;
  const { factBase, errors } = parseFactBase(yaml, 'facts.yaml');
  assert.deepEqual(errors, []);
  const analyzer = createAnalyzer({ factBase: factBase!, settings: {} });
  const pl006 = (sentence: string) => findingTexts('PL006', `${sentence}\n\n## Sources\n\n1. Northmere Courier, "Orin at Last".\n`, analyzer);

  it('reads a disclosure word as the leak: a wrong date is contradicted', () => {
    for (const verb of ['surfaced', 'emerged', 'came to light', 'became known', 'was exposed']) {
      assert.deepEqual(pl006(`Details of Orin 5 ${verb} on 2 February 2026.[1]`), ['2 February 2026'], verb);
      assert.deepEqual(pl006(`Details of Orin 5 ${verb} on 9 February 2026.[1]`), [], verb);
    }
  });

  it('holds no date of the release against the leak, and none of reports', () => {
    assert.deepEqual(pl006('Orin 5 came out on 3 March 2026.[1]'), []);
    assert.deepEqual(pl006('Orin 5 became public on 3 March 2026.[1]'), []);
    // "came out" and "became public" may be the release's or the leak's: a wrong date is held against neither.
    assert.deepEqual(pl006('Orin 5 came out on 5 March 2026.[1]'), []);
    assert.deepEqual(pl006('Details of Orin 5 came out on 2 February 2026.[1]'), []);
    assert.deepEqual(pl006('Reports emerged on 20 February 2026 that Orin 5 could write exploits.[1]'), []);
  });

  it('adds the words to a fact that dates its event only, and matches them as written', () => {
    // "surfaces" is no "surfaced", and a count of the leak is no date of it.
    assert.deepEqual(pl006('After the Orin 5 leak, a coalition of fifty is a coalition of fifty attack surfaces.[1]'), []);
  });

  it('reads the bundled fact base\'s leak so', () => {
    assert.deepEqual(findingTexts('PL006', `The details surfaced sooner than Anthropic planned, on 24 March 2026.[1]${sources}`), ['24 March 2026']);
    assert.deepEqual(findingTexts('PL006', `The details surfaced sooner than Anthropic planned, on 26 March 2026.[1]${sources}`), []);
    assert.deepEqual(findingTexts('PL006', `Claude Mythos Preview came out on April 7, 2026.[1]${sources}`), []);
    // Not held against the leak's March 26 (nor its fix to write it).
    assert.deepEqual(findingTexts('PL006', `Claude Mythos Preview came out on April 9, 2026.[1]${sources}`), []);
  });

  it('reads "deploy … publicly" as the release, where the fact base has one (blind QA round 18, tester S item 3.2)', () => {
    // On record: OpenAI released GPT-5.3-Codex in February 2026; it "was deployed publicly".
    const fortune = '\n\n## References\n\n1. Fortune, "OpenAI\'s New Model Leaps Ahead in Coding Capabilities".\n';
    const pl = (sentence: string) => findingTexts('PL006', `${sentence}${fortune}`);
    assert.deepEqual(pl("Compare this with OpenAI's choice to deploy GPT-5.3-Codex publicly in January 2026, with usage restrictions.[1]"), ['January 2026']);
    assert.deepEqual(pl('GPT-5.3-Codex was deployed publicly in January 2026.[1]'), ['January 2026']);
    assert.deepEqual(pl('OpenAI publicly deployed GPT-5.3-Codex in January 2026.[1]'), ['January 2026']);
    assert.deepEqual(pl('OpenAI deployed GPT-5.3-Codex publicly in January.[1]'), ['January']);
    assert.deepEqual(pl("OpenAI's choice to deploy GPT-5.3-Codex publicly in February 2026 stands apart.[1]"), []);
    // Deployed, but not publicly: another step than the release.
    assert.deepEqual(pl('OpenAI deployed GPT-5.3-Codex internally in January 2026.[1]'), []);
    // Not across a comma: "publicly" is no longer the deployment's.
    assert.deepEqual(pl('OpenAI deployed GPT-5.3-Codex to partners, and publicly in January 2026 said little.[1]'), []);
  });
});
