// A date written after an event's noun and its object ("the leak of Anthropic's draft material on 27 March 2026") is
// that event's, not the date of another event the sentence names further on (blind QA round 17, tester P item 1).
// Held against the announcement, the fix wrote "7 April 2026" into a sentence that then dated the leak on the announcement day.
import * as assert from 'node:assert/strict';
import { findingTexts, valueOnRecordFixes } from './support/findingTexts';

const pl006 = (text: string): string[] => findingTexts('PL006', text);
const note = '\n\n[1]: https://example.org';

describe("a date after an event's noun and the phrase of its object", () => {
  // On record: the leak on March 26, 2026; the announcement on April 7, 2026.
  it('is the date of that event, not of an event named later in the sentence', () => {
    const leak = `The leak of Anthropic's draft material on 27 March 2026 preceded the formal announcement by eleven days [1].${note}`;
    assert.deepEqual(pl006(leak), ['27 March 2026']);
    assert.deepEqual(valueOnRecordFixes(leak), ['26 March 2026']);
    assert.deepEqual(pl006(`The leak of Anthropic's draft material on 26 March 2026 preceded the formal announcement by eleven days [1].${note}`), []);
  });

  it('still dates the event whose noun governs the date itself', () => {
    assert.deepEqual(valueOnRecordFixes(`The formal announcement of Anthropic's new model came on 9 April 2026, after the leak [1].${note}`), ['7 April 2026']);
    assert.deepEqual(valueOnRecordFixes(`Anthropic's draft material leaked on 27 March 2026 [1].${note}`), ['26 March 2026']);
  });
});
