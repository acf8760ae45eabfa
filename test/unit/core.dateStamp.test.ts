import * as assert from 'node:assert/strict';
import { createAnalyzer } from '../../src/core/index';
import { bundledFactBase } from '../../src/core/factbase/bundled';

const analyzer = createAnalyzer({ factBase: bundledFactBase() });
const hints = (text: string) => analyzer.analyze(`# Brief\n\n${text}\n`).findings.filter((f) => f.code === 'PL007').map((f) => f.message.slice(f.message.indexOf('“')));

describe("a draft's date stamp", () => {
  it('needs no citation: "Updated April 16, 2026.", "Last revised: 3 May 2026", "Published 2026."', () => {
    for (const stamp of ['*Updated April 16, 2026.* This explainer is for readers new to the story.', 'Last revised: 3 May 2026', '_Published 2026._', 'Date: 2026-04-09', 'As of April 20, 2026.']) assert.deepEqual(hints(stamp), [], stamp);
  });

  it('is only a stamp: a sentence with other words or other figures is still a claim', () => {
    assert.deepEqual(hints('Anthropic updated the card on April 16, 2026.'), ['“April 16, 2026”']);
    assert.deepEqual(hints('Draft of April 9, 2026 for the committee.'), ['“April 9, 2026”']);
    assert.deepEqual(hints('Updated April 16, 2026 with 12 partners.'), ['“April 16, 2026”, “12”']);
  });
});
