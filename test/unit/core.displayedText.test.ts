import * as assert from 'node:assert/strict';
import { createAnalyzer } from '../../src/core/index';
import { bundledFactBase } from '../../src/core/factbase/bundled';

const analyzer = createAnalyzer({ factBase: bundledFactBase() });
const codesOn = (text: string, code: string) =>
  analyzer
    .analyze(text)
    .findings.filter((f) => f.code === code)
    .map((f) => f.range.start.line);

// Blind QA round 20, tester W item 1.2: a reading copy's stage direction gives the text of the speaker's own slide.
describe('the words the writer\'s own slide, screen or caption shows', () => {
  it('quote no one after a label that shows words, in a stage direction or a caption', () => {
    const words = '"Find it, fix it, ship it."';
    for (const line of [
      `*(Slide 7: ${words})*`,
      `(Slide 12b: ${words})`,
      `[On screen: ${words}]`,
      `_[Caption: ${words}]_`,
      `*(Walk on. Slide 1: ${words} Wait for the room.)*`,
      `Banner: ${words}`,
      `**Handout:** ${words}`,
      `*(Closing slide: “Defenders first, and fast.”)*`,
      `*(On-screen text: ${words})*`,
    ]) {
      assert.deepEqual(codesOn(`Intro paragraph.\n\n${line}\n`, 'PL001'), [], line);
    }
  });

  it('is someone\'s quotation when the caption credits the words, or they are on record', () => {
    const words = '"Find it, fix it, ship it."';
    // The words after the label are not the slide's alone: Zemlin is quoted.
    assert.deepEqual(codesOn(`*(Slide 7: Zemlin said ${words})*\n`, 'PL001'), [0]);
    assert.deepEqual(codesOn(`*(Slide 7: ${words} — Jim Zemlin)*\n`, 'PL001'), [0]);
    assert.deepEqual(codesOn(`*(Slide 7: ${words} said Zemlin.)*\n`, 'PL001'), [0]);
    // A sentence of prose that only names a slide earlier is no caption.
    assert.deepEqual(codesOn(`We showed a slide. Then he said: ${words}\n`, 'PL001'), [0]);
    // Words on record shown on a slide are still someone's: they need their source, and a misquote is still one.
    assert.deepEqual(codesOn('*(Slide 7: "We did not feel comfortable releasing this generally.")*\n', 'PL001'), [0]);
    const misquoted = 'Logan Graham leads the red team.\n\n*(Slide 7: "We did not feel comfortable releasing this broadly.")*\n';
    assert.deepEqual(codesOn(misquoted, 'PL004'), [2]);
    assert.deepEqual(codesOn(misquoted, 'PL001'), [2]);
    assert.deepEqual(codesOn('*(Slide 7: Dario Amodei: "We did not feel comfortable releasing this generally.")*\n', 'PL005'), [0]);
  });
});
