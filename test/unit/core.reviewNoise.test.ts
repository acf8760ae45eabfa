// What a draft under review says of itself, its team and its sources is no claim about the world
// (blind QA round 12, tester C items 11–14 and 16): reference shorthand, the date of a review
// comment, a changelog, an edit log, a list of sources to add.
import * as assert from 'node:assert/strict';
import { bundledAnalyzer, findingTexts } from './support/findingTexts';

/** The figures each PL007 of `text` lists, one string per hint. */
const hints = (text: string) =>
  bundledAnalyzer
    .analyze(`# Brief\n\n${text}\n`)
    .findings.filter((f) => f.code === 'PL007')
    .map((f) => f.message.slice(f.message.indexOf('“')));

describe("a draft's review notes", () => {
  it('reads "ref 10" and "fn 3" as labels of a reference and a footnote, not as counts (C item 11)', () => {
    assert.deepEqual(hints('Tom: see ref 10 and source 2 for this.'), []);
    assert.deepEqual(hints('Source is CNN, ref 10.'), []);
    assert.deepEqual(hints('See fn 3 for the details.'), []);
    assert.deepEqual(hints('CNN has it, refs 3 and 4.'), []);
    // A count after the label is still a figure.
    assert.deepEqual(hints('The ref 10 minutes in blew the whistle.'), ['“10 minutes”']);
  });

  it("reads no figure in the date of a reviewer's label, only in what the comment says (C item 12)", () => {
    const thread = [
      '- **JL, 15 April:** Pro baseline for Opus 4.6 is wrong in section 2; the system card has 53.4%.',
      '- **MK, 16 April:** Agreed, fixing.',
      '- JL (16 April 2026, 10:32): fine now.',
      '- Priya Shah, Apr 16: done.',
    ].join('\n');
    assert.deepEqual(hints(thread), ['“53.4%”']);
    // Lines of one paragraph, each a turn.
    assert.deepEqual(hints('JL, 15 April: fine\nMK, 16 April: also fine'), []);
    // A timeline's entry that opens on a party of the fact base dates what it reports.
    assert.deepEqual(hints('- **Anthropic, 7 April:** announces Mythos Preview.'), ['“7 April”']);
    assert.deepEqual(findingTexts('PL006', '- **Anthropic, 9 April:** announces Claude Mythos Preview.\n'), ['9 April']);
    // A weekday, a season or "Updated" opens a timeline's entry, whose date is what it reports.
    assert.deepEqual(findingTexts('PL006', '- Tuesday, April 8: Anthropic announces Claude Mythos Preview.\n'), ['April 8']);
    assert.deepEqual(findingTexts('PL006', '**Wednesday, 8 April:** Anthropic announced Claude Mythos Preview.\n'), ['8 April']);
    assert.deepEqual(findingTexts('PL006', 'Spring, April 8: Anthropic announced Claude Mythos Preview.\n'), ['April 8']);
  });

  it('finds no claims in a changelog, an edit log or a revision-history table (C items 13 and 14)', () => {
    const changelog = '## Changelog\n\n| Version | Date | Change |\n|---|---|---|\n| v0.2 | 2026-04-12 | CyberGym score corrected from 81.3% to 83.1% |\n| v0.4 | 2026-04-16 | Leak date fixed: March 26, not March 3 |';
    assert.deepEqual(hints(changelog), []);
    const editLog = '## Edit log (delete before publishing)\n\n- Apr 16 (P): first pass, 1,100 words\n- Apr 17 (T): cut the 80.6% typo\n- Apr 18 (P): TK on Axios link';
    assert.deepEqual(hints(editLog), []);
    // A revision-history table holds no claims wherever it stands.
    assert.deepEqual(hints('| Rev. | Date | What changed |\n|---|---|---|\n| 3 | 2026-04-14 | Cut the 17-year-old OpenBSD flaw |'), []);
    assert.deepEqual(findingTexts('PL006', '## 9. Revision history\n\n- 14 April: the OpenBSD flaw is 17 years old, per the card.\n'), []);
    // The section ends at the next heading of its level.
    assert.deepEqual(hints(`${editLog}\n\n## Timeline\n\n- Anthropic announced Mythos Preview on April 7, 2026.`), ['“April 7, 2026”']);
  });

  it('leaves sections and tables about the world prose, whatever words they share with a log', () => {
    assert.deepEqual(hints('## Changes to the framework\n\nAnthropic changed its framework on April 7, 2026.'), ['“April 7, 2026”']);
    assert.deepEqual(hints('## History\n\nAnthropic activated ASL-3 in May 2025.'), ['“May 2025”']);
    assert.deepEqual(hints('## Sources of risk\n\nMythos Preview found a 27-year-old flaw.'), ['“27-year-old”']);
    assert.deepEqual(hints('| Model | Version | Released |\n|---|---|---|\n| Claude | Opus 4.6 | February 2026 |'), ['“February 2026”']);
    // A Version column of models, not of the draft's revisions, is no revision history (blind QA round 13, B item 5).
    assert.deepEqual(findingTexts('PL006', '| Version | Change |\n|---|---|\n| Claude Opus 4 | ASL-3 protections first activated, May 2024 |\n'), ['May 2024']);
  });

  it('finds no claims in a list of sources still to add (C item 16)', () => {
    assert.deepEqual(hints('## Sources to add\n\n- Axios, on the briefings (link TK)\n- The DOD court filing itself (March 17, 40 pages)'), []);
    assert.deepEqual(hints('## References (TK)\n\n- The filing (March 17, 40 pages)'), []);
    // Only the list's entries: a paragraph of prose under the heading still speaks of the world (blind QA round 13, B item 1).
    assert.deepEqual(
      findingTexts('PL006', "## Sources to add\n\n- The DOD court filing itself (March 17, 45 pages)\n\nNote for readers: the Defense Department's court filing runs to 45 pages.[1]\n"),
      ['45 pages'],
    );
  });
});
