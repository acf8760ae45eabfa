// A user's fact base on compute thresholds and an enforcement case (blind QA round 20, report Y):
// figures written as powers of ten, a threshold the law states as "more than X", a "Figure" column.
import * as assert from 'node:assert/strict';
import { createAnalyzer } from '../../src/core';
import { parseFactBase } from '../../src/core/factbase/load';
import type { FactBase } from '../../src/core/factbase/schema';

const computeYaml = `version: 1
entities:
  - { id: act, kind: law, name: Calderra AI Act, aliases: [the Act], summary: A law. }
  - { id: caoc, kind: government-body, name: Calderra Algorithmic Oversight Commission, aliases: [CAOC], summary: A regulator. }
  - { id: lumen, kind: model, name: Lumen-4, aliases: [], summary: A model. }
facts:
  - id: systemic-threshold
    statement: A general-purpose model trained with more than 10^25 FLOP is presumed to carry systemic risk.
    entities: [act]
    measure: systemic-risk-threshold
    cues: [systemic risk, systemic-risk, threshold]
    value: { type: count, value: 1e25, unit: FLOP }
    sources: [act-text]
  - id: lumen-compute
    statement: Lumen-4 was trained with about 3.2×10^25 FLOP.
    entities: [lumen]
    measure: training-compute
    cues: [trained, training compute]
    value: { type: count, value: 3.2e25, unit: FLOP, approx: about }
    sources: [act-text]
  - id: commissioners
    statement: The CAOC has seven commissioners.
    entities: [caoc]
    measure: commissioner-count
    cues: [commissioners]
    value: { type: count, value: 7, unit: commissioners }
    sources: [act-text]
  - id: complaints
    statement: The CAOC received 412 complaints about Lumen-4.
    entities: [caoc, lumen]
    measure: complaint-count
    cues: [complaints]
    value: { type: count, value: 412, unit: complaints }
    sources: [act-text]
  - id: page-count
    statement: The decision runs to 244 pages.
    entities: [caoc]
    measure: decision-pages
    cues: [pages]
    value: { type: count, value: 244, unit: pages }
    sources: [act-text]
sources:
  - { id: act-text, number: 1, title: Calderra AI Act, publisher: Official Gazette, kind: legal }
`;

function load(yaml: string): FactBase {
  const { factBase, errors } = parseFactBase(yaml, 'facts.yaml');
  assert.deepEqual(errors, []);
  return factBase!;
}

const facts = load(computeYaml);

/** The PL006 findings on a draft citing [1]: the text each spans, its preferred fix, and what its message says is on record. */
function pl006(body: string): [string, string | undefined, string][] {
  const text = `${body}\n\n## References\n\n1. Official Gazette\n`;
  return createAnalyzer({ factBase: facts, settings: {} })
    .analyze(text)
    .findings.filter((f) => f.code === 'PL006')
    .map((f) => [text.slice(f.span.start, f.span.end), f.fixes?.[0]?.edits[0]?.newText, /— (.*) on record/.exec(f.message)?.[1] ?? '']);
}

describe('a figure written as a power of ten: its fix and message keep the notation (QA20 Y item 1)', () => {
  it('replaces the whole figure with the record in the writer\'s notation, never "10,000,…,000^26"', () => {
    assert.deepEqual(pl006('The Calderra AI Act sets the systemic-risk threshold at 10^26 FLOP.[1]'), [['10^26 FLOP', '10^25 FLOP', '10^25 FLOP']]);
    assert.deepEqual(pl006('The Calderra AI Act sets the systemic-risk threshold at 10²⁶ FLOP.[1]'), [['10²⁶ FLOP', '10²⁵ FLOP', '10²⁵ FLOP']]);
    assert.deepEqual(pl006('The Calderra AI Act sets the systemic-risk threshold at 1e26 FLOP.[1]'), [['1e26 FLOP', '1e25 FLOP', '1e25 FLOP']]);
    assert.deepEqual(pl006('Lumen-4 was trained with about 2.1 × 10^25 FLOP.[1]'), [['about 2.1 × 10^25 FLOP', 'about 3.2 × 10^25 FLOP', 'about 3.2 × 10^25 FLOP']]);
    assert.deepEqual(pl006('Lumen-4 was trained with about 2.1e25 FLOP.[1]'), [['about 2.1e25 FLOP', 'about 3.2e25 FLOP', 'about 3.2e25 FLOP']]);
  });

  it('writes a record that large as a power of ten where the text wrote it out in figures', () => {
    assert.deepEqual(pl006('Lumen-4 was trained with about 21,000,000,000,000,000,000,000,000 FLOP.[1]'), [
      ['about 21,000,000,000,000,000,000,000,000 FLOP', 'about 32,000,000,000,000,000,000,000,000 FLOP', 'about 3.2 × 10^25 FLOP'],
    ]);
  });
});

describe('a bound the fact\'s own statement puts on its figure: a threshold (QA20 Y item 6)', () => {
  it('does not hold "more than 10²⁵ FLOP" against the law that says "more than 10^25 FLOP"', () => {
    assert.deepEqual(pl006('Under the Calderra AI Act, a model trained with more than 10²⁵ FLOP is presumed to carry systemic risk.[1]'), []);
    assert.deepEqual(pl006('Under the Calderra AI Act, a model trained with more than 1e25 FLOP is presumed to carry systemic risk.[1]'), []);
    // The threshold itself, written bare, agrees as before.
    assert.deepEqual(pl006('The Calderra AI Act sets the systemic-risk threshold at 10^25 FLOP.[1]'), []);
  });

  it('still holds another threshold, the other bound, and a strict bound on a record its statement does not bound', () => {
    assert.deepEqual(pl006('Under the Calderra AI Act, a model trained with more than 10^26 FLOP is presumed to carry systemic risk.[1]').map((f) => f[0]), ['more than 10^26 FLOP']);
    assert.deepEqual(pl006('Under the Calderra AI Act, a model trained with fewer than 10^25 FLOP is presumed to carry systemic risk.[1]').map((f) => f[0]), ['fewer than 10^25 FLOP']);
    // "more than 244 pages" against 244 on record: the statement puts no bound on the figure, so the bound excludes it.
    assert.deepEqual(pl006('The CAOC decision runs to more than 244 pages.[1]').map((f) => f[0]), ['more than 244 pages']);
  });
});

describe('a table column headed "Figure" (QA20 Y item 7)', () => {
  it('checks the figures of a "| Measure | Figure | Source |" table', () => {
    const table = '| Measure | Figure | Source |\n|---|---|---|\n| CAOC commissioners | 9 | [1] |\n| Complaints received by the CAOC about Lumen-4 | 421 | [1] |';
    assert.deepEqual(pl006(table).map((f) => f[0]), ['9', '421']);
  });

  it('still reads the numbers of a list of figures as labels', () => {
    const table = '| Figure | Caption | Source |\n|---|---|---|\n| 1 | CAOC commissioners | [1] |\n| 2 | Complaints received by the CAOC about Lumen-4 | [1] |\n| 3 | CAOC commissioners by year | [1] |';
    assert.deepEqual(pl006(table), []);
  });
});
