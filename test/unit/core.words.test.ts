// countWords counts in one pass what a regular expression would match: the two must agree.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { countWords } from '../../src/core/text/words';
import { fuzzParams } from '../fuzz/budget';

const wordRe = /[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu;
const byRegex = (text: string) => text.match(wordRe)?.length ?? 0;

/** Letters, digits and joiners of several scripts, astral ones and lone surrogates among them. */
const pieces = ['a', 'Z', '7', 'é', 'ß', 'ж', '中', '٣', '𝐀', '𝟘', '😀', "'", '’', '-', '.', '..', ' ', '\n', ',', '_', '\ud800', '\udc00', '\u00a0', '“', '—'];
const soup = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((xs) => xs.join(''));

describe('countWords', () => {
  it('counts words joined by apostrophes, hyphens and full stops as one', () => {
    assert.equal(countWords("Don't re-use e-mail from v3.5 — it's 2026."), 7);
    assert.equal(countWords('a--b a.-b .a. a'), 6);
    assert.equal(countWords(''), 0);
    assert.equal(countWords('𝐀𝐁 😀 中文'), 2);
  });

  it('agrees with the regular expression on letters, joiners and surrogates', () => {
    fc.assert(fc.property(soup, (text) => countWords(text) === byRegex(text)), fuzzParams(5000, 0.5));
  });

  it('agrees with the regular expression on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => countWords(text) === byRegex(text)), fuzzParams(3000, 0.5));
  });
});
