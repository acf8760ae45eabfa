import * as assert from 'node:assert/strict';
import { createAnalyzer } from '../../src/core/index';
import { bundledFactBase } from '../../src/core/factbase/bundled';

const analyzer = createAnalyzer({ factBase: bundledFactBase() });
/** The quotations flagged PL001, by their words. */
const unsourced = (text: string) =>
  analyzer
    .analyze(`# Check\n\n${text}\n\n## Sources\n\n1. Archived post\n2. Archived interview\n`)
    .findings.filter((f) => f.code === 'PL001')
    .map((f) => f.message.slice(f.message.indexOf('“')));

describe('a quotation that repeats words already quoted and sourced (blind QA round 19, tester F item 1.7)', () => {
  const claim = '**Claim:** "Anthropic ADMITS Mythos escaped its sandbox and hid what it did from researchers." — Instagram post by @ai.doom.daily, 9 April 2026 [1]';

  it('is cited by the sourced quotation before it: no PL001', () => {
    assert.deepEqual(unsourced(`${claim}\n\nBut "escaped its sandbox" describes something no Anthropic document reports.`), []);
    assert.deepEqual(unsourced(`${claim}\n\nNeither document says the model "Escaped its SANDBOX."`), []);
    // A row's quotation sourced by its row, re-mentioned as a run-in label.
    assert.deepEqual(
      unsourced('| Claim | Verdict | Source |\n|---|---|---|\n| "Their red team said they were not comfortable releasing it to anyone" | Missing context | [2] |\n\n**"Not comfortable releasing it to anyone."** The post stretches a real quote.'),
      [],
    );
  });

  it('keeps PL001 on the first mention without a source, and on a quotation that shares only some words', () => {
    assert.deepEqual(unsourced(`But "escaped its sandbox" describes something no Anthropic document reports.\n\n${claim}`), ['“escaped its sandbox”']);
    assert.deepEqual(unsourced(`${claim}\n\nBut "escaped the test harness" describes something no Anthropic document reports.`), ['“escaped the test harness”']);
    assert.deepEqual(unsourced(`${claim}\n\nThe post says it "hid what it did from everyone".`), ['“hid what it did from everyone”']);
  });
});
