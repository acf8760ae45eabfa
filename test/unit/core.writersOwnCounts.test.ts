// Which fact a figure is held against when the writer's own material sits beside Glasswing (blind QA round 16,
// own material: tester M item 1, tester H items 1 and 2, tester U items 1 and 2). A false PL006 whose fix writes
// the record's figure into the writer's own sentence is the worst noise there is.
import * as assert from 'node:assert/strict';
import { findingTexts, bundledAnalyzer } from './support/findingTexts';

const pl006 = (text: string): string[] => findingTexts('PL006', text);

/** The new text of each PL006 fix in `text`. */
function fixes(text: string): string[] {
  return bundledAnalyzer
    .analyze(text)
    .findings.filter((f) => f.code === 'PL006')
    .flatMap((f) => f.fixes.filter((x) => x.title.startsWith('Use the value on record')).map((x) => x.edits[x.edits.length - 1].newText));
}

describe("the writer's own counts beside the fact base", () => {
  // On record: more than fifty participating organizations, twelve founding partners, a 244-page system card.
  it('reads the noun a count counts through a relative clause and a part of a whole (M item 1)', () => {
    assert.deepEqual(pl006('We have received 12 vulnerability reports that say they come from Glasswing participants.'), []);
    assert.deepEqual(pl006('Three of the twelve reports from Glasswing participants were real.[1]\n\n[1]: https://example.org'), []);
    assert.deepEqual(pl006('Anthropic told 40 reporters that Glasswing participants were busy.'), []);
    // A relative clause that says what the counted things are makes them the fact's.
    assert.deepEqual(pl006('Glasswing has ten companies that are its founding partners.'), ['ten']);
    assert.deepEqual(fixes('Glasswing has ten companies that are its founding partners.'), ['twelve']);
    assert.deepEqual(pl006('Glasswing counts ten companies that joined as founding partners.'), ['ten']);
    assert.deepEqual(pl006('Glasswing has 40 organizations that are participants.'), ['40']);
    assert.deepEqual(pl006('Three of the ten founding partners of Project Glasswing are American.'), ['ten']);
  });
});
