// Words framed as the subject's by a clause that ends in a colon before them (blind QA round 16, U item 7).
import * as assert from 'node:assert/strict';
import { createAnalyzer } from '../../src/core';
import { bundledFactBase } from '../../src/core/factbase/bundled';

const analyzer = createAnalyzer({ factBase: bundledFactBase(), settings: {} });
/** Whom each PL005 of `text` (cited) says the quotation is credited to. */
const pl005 = (text: string) =>
  analyzer
    .analyze(`${text}\n\n[1]: https://cnn.example\n`)
    .findings.filter((f) => f.code === 'PL005')
    .map((f) => /credited to (.*?), but/.exec(f.message)?.[1]);
const said = '“We did not feel comfortable releasing this generally.” [1]';

describe('a clause ending in a colon right before a quotation', () => {
  it('credits its subject, past an aside after the subject', () => {
    assert.deepEqual(pl005(`Jim Zemlin, whose Linux Foundation sits in the coalition, put the case for gated release bluntly: ${said}`), ['Jim Zemlin']);
    assert.deepEqual(pl005(`Jim Zemlin was blunt: ${said}`), ['Jim Zemlin']);
    assert.deepEqual(pl005(`In the webinar, Jim Zemlin made the point: ${said}`), ['Jim Zemlin']);
    assert.deepEqual(pl005(`CrowdStrike's CTO was blunt: ${said}`), ['CrowdStrike']);
    assert.deepEqual(pl005(`Logan Graham was blunt: ${said}`), []);
  });

  it('credits the subject of the sentence that introduces a block quote so', () => {
    assert.deepEqual(pl005('Jim Zemlin put the case for gated release bluntly [1]:\n\n> We did not feel comfortable releasing this generally.'), ['Jim Zemlin']);
  });

  it('credits no one when the clause reports, reads or receives another’s words, or names another', () => {
    assert.deepEqual(pl005(`Jim Zemlin read out Logan Graham's line: ${said}`), []);
    assert.deepEqual(pl005(`Jim Zemlin read out the line: ${said}`), []);
    assert.deepEqual(pl005(`Jim Zemlin pointed to the draft: ${said}`), []);
    // A report passes on another's words, as "according to" does: "reported" is no verb of saying, and a colon makes it none.
    assert.deepEqual(pl005(`The Linux Foundation reported: ${said}`), []);
    assert.deepEqual(pl005(`Jim Zemlin relayed it: ${said}`), []);
    assert.deepEqual(pl005(`Jim Zemlin was asked: ${said}`), []);
    assert.deepEqual(pl005(`Jim Zemlin answered Maria Okafor: ${said}`), []);
    assert.deepEqual(pl005(`Jim Zemlin and Maria Okafor agreed: ${said}`), []);
    assert.deepEqual(pl005(`Jim Zemlin on launch day: ${said}`), []);
    assert.deepEqual(pl005(`He put the case bluntly: ${said}`), []);
  });
});
