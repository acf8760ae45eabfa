// Each line of a chat export or transcript is a turn of its own: another line's markers,
// speakers and figures have no part in it (blind QA report D, item 5).
import * as assert from 'node:assert/strict';
import { findingTexts } from './support/findingTexts';

const sources = '\n\n## Sources\n\n1. Pentagon Designates Anthropic a Supply Chain Risk - Mayer Brown\n';
const quote = '"disable its technology or preemptively alter the behavior of its model"';

describe('chat turns', () => {
  it("does not source a quotation with a marker on another speaker's line", () => {
    assert.deepEqual(findingTexts('PL001', `[10:46] jonas: Pentagon contract was $200mn [1]\n[10:47] marta: the DOD filing said Anthropic might ${quote}${sources}`), [quote]);
    assert.deepEqual(findingTexts('PL001', `Marta: Pentagon contract was $200mn [1]\nTom: and the DOD filing said Anthropic might ${quote}${sources}`), [quote]);
    // The same line with its own marker is sourced.
    assert.deepEqual(findingTexts('PL001', `[10:46] jonas: ok\n[10:47] marta: the DOD filing said Anthropic might ${quote} [1]${sources}`), []);
  });

  it("credits a quotation to the speaker its own line names, not to another line's", () => {
    const text = '[10:43] marta: the leaked draft: "by far the most powerful AI model we\'ve ever developed" [1]\n[10:44] tom.k: Zemlin said Mythos is "currently far ahead of any other AI model in cyber capabilities" [1]' + sources;
    assert.deepEqual(findingTexts('PL005', text), ['"currently far ahead of any other AI model in cyber capabilities"']);
  });

  it("holds a wrong figure against the record, whatever another line's right figure", () => {
    const text = '[10:41] jonas: Anthropic says up to $100mn in usage credits [1]\n[10:42] tom.k: no, it was up to $1bn in usage credits' + sources;
    assert.deepEqual(findingTexts('PL006', text), ['up to $1bn']);
    assert.deepEqual(findingTexts('PL007', text), ['up to $1bn']);
  });
});
