// Everyday numbers of a working document are no claims about the world and want no citation:
// a document's number, a phone extension, a room, a due date, the next meeting, reaction counts
// (blind QA report D, item 10).
import * as assert from 'node:assert/strict';
import { findingTexts } from './support/findingTexts';

const pl007 = (text: string): string[] => findingTexts('PL007', text);

describe('logistics numbers', () => {
  it("reads numbers joined by a slash after a label as the document's number, not a month", () => {
    assert.deepEqual(pl007('**Policy Note No. 7/2026 — Division for Digital Affairs**'), []);
    assert.deepEqual(pl007('See Circular no. 12/2025 on procurement.'), []);
    assert.deepEqual(pl007('The note was issued in 7/2026.'), ['7/2026']);
  });

  it('reads a phone extension and a room as labels', () => {
    assert.deepEqual(pl007('Prepared by Policy Unit 3, Tel. +91 11 2436 1234 (ext. 207)'), []);
    assert.deepEqual(pl007('Call the desk on ext 207 or meet us in room 4.'), []);
    assert.deepEqual(pl007('The unit has 207 staff.'), ['207']);
  });

  it("takes no claim from a table's Due column", () => {
    const table = '| # | Action | Owner | Due |\n|---|---|---|---|\n| 1 | Fix the leak date | @tom.k | 16.04.2026 |\n| 2 | Add the source | @marta | 17.04. |\n';
    assert.deepEqual(pl007(table), []);
    // A timeline's date column states when things happened.
    assert.deepEqual(pl007('| Event | Date |\n|---|---|\n| Mythos leak | 26 March 2026 |\n'), ['26 March 2026']);
  });

  it('wants no citation for the next meeting or review of the team', () => {
    assert.deepEqual(pl007('Agreed: no figures without a marker.\n\nNext sync Tue 21.04.2026, 14:00.'), []);
    assert.deepEqual(pl007('4.9 Next review of this note: 30.06.2026 (end of Q2).'), []);
    assert.deepEqual(pl007('Deadline: 30 June 2026'), []);
    // The next event of another party is a claim.
    assert.deepEqual(pl007('Anthropic will hold its next review on 30 June 2026.'), ['30 June 2026']);
  });

  it('reads the counts after emoji reactions as no figures', () => {
    assert.deepEqual(pl007('(reactions: 👍 3, 🎉 2, ❤️ 12)'), []);
    assert.deepEqual(pl007('🚀 3 launches were planned.'), ['3']);
  });

  it("wants no citation for a submission's timing line: \"Timing: by 30 June.\", \"Decision needed by …\" (blind QA round 21, G item 8)", () => {
    for (const line of ['3. Timing: by 30 June.', '**Timing:** Routine — by 30 June 2026.', 'Decision needed by 30 June 2026.', 'Deadline for decision: 30 June'])
      assert.deepEqual(pl007(line), [], line);
    // A timing line that says more, and the writer's reasons after it, are read.
    assert.deepEqual(pl007('Timing: urgent, the Act takes effect on 1 July 2026.'), ['1 July 2026']);
    assert.deepEqual(pl007('Timing: by 30 June, when Anthropic reports.'), ['30 June']);
    assert.deepEqual(pl007('Timing: by 30 June. A decision by 30 June would let us raise it on 8 July.'), ['30 June']);
  });

  it('reads the count of readers who wrote in as no figure (blind QA round 21, J item 14)', () => {
    for (const line of ['Thanks to the three readers who wrote in.', 'Forty of you replied to last week\'s poll.', '12 subscribers emailed to point out the error.'])
      assert.deepEqual(pl007(line), [], line);
    assert.deepEqual(pl007('Fortune has 2 million readers who subscribe.'), ['2 million']);
    assert.deepEqual(pl007('Thanks to the 12 partners who joined Glasswing.'), ['12']);
  });

  it('reads the count of listeners who sent questions, and of readers who hit reply, as no figure (blind QA round 25, N items 4 and 12)', () => {
    assert.deepEqual(pl007('Thanks to the 37 listeners who sent questions.'), []);
    assert.deepEqual(pl007('Last week, 212 of you hit reply, which I loved.'), []);
    // Listeners who did anything else are counted as anything is.
    assert.deepEqual(pl007('Thanks to the 37 listeners who joined the call.'), ['37']);
  });
});
