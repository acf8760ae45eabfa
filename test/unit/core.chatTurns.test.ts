// Each line of a chat export or transcript is a turn of its own: another line's markers,
// speakers and figures have no part in it (blind QA report D, item 5).
import * as assert from 'node:assert/strict';
import { bundledAnalyzer, findingTexts } from './support/findingTexts';

const sources = '\n\n## Sources\n\n1. Pentagon Designates Anthropic a Supply Chain Risk - Mayer Brown\n';
const quote = '"disable its technology or preemptively alter the behavior of its model"';

describe('chat turns', () => {
  it("does not source a quotation with a marker on another speaker's line", () => {
    assert.deepEqual(findingTexts('PL001', `[10:46] jonas: Pentagon contract was $200mn [1]\n[10:47] marta: the DOD filing said Anthropic might ${quote}${sources}`), [quote]);
    assert.deepEqual(findingTexts('PL001', `Marta: Pentagon contract was $200mn [1]\nTom: and the DOD filing said Anthropic might ${quote}${sources}`), [quote]);
    // The same line with its own marker is sourced.
    assert.deepEqual(findingTexts('PL001', `[10:46] jonas: ok\n[10:47] marta: the DOD filing said Anthropic might ${quote} [1]${sources}`), []);
  });

  it('reads no figure in the timestamp that opens a turn, only in what the turn says (blind QA round 11, K item 1)', () => {
    const turns = [
      '[14/04/2026, 11:09:55] jonas: The DOD filing said the company might act.',
      '[14.04.2026, 11:09] priya: OK.',
      '- [2026-04-14 11:09] priya: fine',
      '14/04/2026, 10:46 - Jonas: noted',
      '[14/04/2026 11:12] jonas: Glasswing launched on 9 April 2026.',
    ].join('\n');
    const analysis = bundledAnalyzer.analyze(turns + sources);
    const figures = analysis.claims.flatMap((c) => c.values.map((v) => (turns + sources).slice(v.span.start, v.span.end)));
    assert.deepEqual(figures, ['9 April 2026']);
    assert.deepEqual(findingTexts('PL006', turns + sources), ['9 April 2026']);
    // A date in brackets inside a sentence is still a date.
    assert.deepEqual(findingTexts('PL006', 'Glasswing launched [on 9 April 2026] with twelve partners.' + sources), ['9 April 2026']);
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
