// The writer's calendar of coming events, under "## Calendar", schedules the writer's diary: the
// dates that open its items want no citation (PL007); the story's own dates there keep their hints
// (blind QA round 19, tester E item H-4).
import * as assert from 'node:assert/strict';
import { bundledAnalyzer } from './support/findingTexts';

/** The figures PL007 hints at, as its messages list them. */
const pl007 = (text: string): string[] =>
  bundledAnalyzer
    .analyze(text)
    .findings.filter((f) => f.code === 'PL007')
    .flatMap((f) => [...f.message.matchAll(/“([^”]*)”/g)].map((m) => m[1]));

const items = '- 16 April: Halverson Brooks Cyber Summit (CRWD, ZS, S presenting).\n- 6 May: FTNT Q1 results.\n- 2 June — CRWD FQ1 results.\n';

describe("the writer's calendar section (PL007)", () => {
  it('wants no citation for the dates that open its items', () => {
    for (const heading of ['## Calendar', '## 4. Upcoming events', '### Coming up', '## What to watch', '## Upcoming catalysts', "## This week's diary"])
      assert.deepEqual(pl007(`# Morning call\n\n${heading}\n\n${items}`), [], heading);
  });

  it('still wants one under another heading, and for an item that names a party of the fact base', () => {
    assert.deepEqual(pl007(`# Morning call\n\n## Key dates\n\n${items}`), ['16 April', '6 May', '2 June']);
    assert.deepEqual(pl007('# Morning call\n\n## Calendar\n\n- 7 April: Anthropic announces Project Glasswing.\n'), ['7 April']);
    assert.deepEqual(pl007('# Morning call\n\n## Calendar\n\n- 8 April: Claude Mythos Preview reaches 40 more organisations.\n'), ['8 April', '40']);
    // Only the item's date is the diary's: another figure in it keeps its hint.
    assert.deepEqual(pl007('# Morning call\n\n## Calendar\n\n- 6 May: FTNT Q1 results, with 40 founding partners.\n'), ['40']);
    // A figure that does not open the item is no diary date.
    assert.deepEqual(pl007('# Morning call\n\n## Calendar\n\n- Results season: 40 companies report by 6 May.\n'), ['40', '6 May']);
  });
});
