// A name is the rival of a figure only in a clause that could hold it (QA round 21, tester J, item 10).
import * as assert from 'node:assert/strict';
import { contradictions } from './support/sentenceFigures';

describe('another document named in another clause', () => {
  // On record: the Mythos Preview system card runs to 244 pages.
  const pitch = 'The pitch: Mythos is good at hacking [1]. ';

  it('leaves a page count in the next clause to "the system card"', () => {
    assert.deepEqual(contradictions(`${pitch}The leaked draft called it powerful, and the system card — all 144 pages of it — says the jump is why [1].`), [['144 pages', '244 pages']]);
    // The clause of a month is no clause of a page count.
    assert.deepEqual(contradictions(`${pitch}The leaked draft that Fortune found in March called it powerful, and the system card — all 144 pages of it — says why [1].`), [['144 pages', '244 pages']]);
  });

  it('ends a clause at a comma set inside the closing quotation mark, and reads a description inside a link', () => {
    assert.deepEqual(
      contradictions(`${pitch}The leaked draft called it "by far the most powerful model," and the [system card](https://example.com/card.pdf) — all 144 pages of it — says why [1].`),
      [['144 pages', '244 pages']],
    );
    // The description itself names the card, also where the sentence borrows no subject from the one before.
    assert.deepEqual(
      contradictions(`${pitch}The leaked draft that Fortune found in March called it "powerful," and the [system card](https://example.com/card.pdf) — all 144 pages of it — says why [1].`),
      [['144 pages', '244 pages']],
    );
  });

  it('still gives the figure to another document named in its own clause', () => {
    assert.deepEqual(contradictions(`${pitch}The leaked draft ran to 144 pages [1].`), []);
  });
});
