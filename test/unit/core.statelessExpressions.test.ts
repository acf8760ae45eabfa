import * as assert from 'node:assert/strict';
import { createAnalyzer } from '../../src/core/index';
import { bundledFactBase } from '../../src/core/factbase/bundled';

/**
 * Module-level expressions with the `g` flag keep a `lastIndex`, and `matchAll` starts from it: a
 * loop that returned mid-text once made the next analyzer read the fact base's names from the
 * middle (fuzz counterexample, seed -918304447). Every analysis must be the same whatever ran before.
 */
describe('analyses that leave no state behind', () => {
  it('gives a fresh analyzer the same result after other analyses stopped their scans mid-text', () => {
    const text = 'OpenBSD 83.1% "\n===\n\n|  | 83.1% |  |\n| --- | --- | --- |\n| draft | 27-year-old | Claude Mythos Preview |\n| 83.1% Anthropic Logan Graham |  |  |';
    const quoted = 'Jim Zemlin spoke. "We did not feel comfortable releasing this generally," he said, and the draft called it a step.';
    const status = (a: ReturnType<typeof createAnalyzer>) => JSON.stringify(a.analyze(text).claims.map((c) => [c.text, c.status, c.facts]));
    const first = createAnalyzer({ factBase: bundledFactBase() });
    const before = status(first);
    for (let i = 0; i < 3; i++) {
      first.analyze(text);
      first.analyze(quoted);
      const fresh = createAnalyzer({ factBase: bundledFactBase() });
      assert.strictEqual(status(fresh), before);
      assert.strictEqual(status(first), before);
    }
  });
});
