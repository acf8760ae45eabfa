// Matching quotations against the quotations on record: contractions spelt out or contracted.
import * as assert from 'node:assert/strict';
import { indexFactBase } from '../../src/core/factbase/factIndex';
import { bundledFactBase } from '../../src/core/factbase/bundled';
import { matchRecord, spellOut } from '../../src/core/factcheck/quoteMatch';

const index = indexFactBase(bundledFactBase());

describe('matchRecord and contractions', () => {
  it('spells contractions out, and leaves possessives and other words alone', () => {
    assert.deepEqual(spellOut("we've"), ['we', 'have']);
    assert.deepEqual(spellOut("don't"), ['do', 'not']);
    assert.deepEqual(spellOut("won't"), ['will', 'not']);
    assert.deepEqual(spellOut("it's"), ['it', 'is']);
    assert.deepEqual(spellOut("they're"), ['they', 'are']);
    assert.deepEqual(spellOut("anthropic's"), ["anthropic's"]);
    assert.deepEqual(spellOut('model'), ['model']);
  });

  it('counts only the real change when a misquote also spells a contraction out', () => {
    const m = matchRecord('by far the most powerful AI model we have ever built', index);
    assert.equal(m?.kind, 'near');
    assert.equal(m?.record.id, 'most-powerful-model');
    assert.equal(m?.edits, 1);
    assert.equal(m?.wordsOnRecord, "by far the most powerful AI model we've ever developed");
  });

  it('counts only the real change when a misquote contracts what the record spells out', () => {
    const m = matchRecord("the most psychologically settled model we've built", index);
    assert.equal(m?.kind, 'near');
    assert.equal(m?.record.id, 'psychologically-settled');
  });

  it('still reports a contraction spelt out alone as a change, and the words as written as exact', () => {
    assert.equal(matchRecord('by far the most powerful AI model we have ever developed', index)?.kind, 'near');
    assert.equal(matchRecord("by far the most powerful AI model we've ever developed", index)?.kind, 'exact');
    assert.equal(matchRecord('We did not feel comfortable releasing this generally.', index)?.kind, 'exact');
  });

  it('gives the words on record with the opening mark of a quoted word they start with', () => {
    const match = matchRecord('"Capybara" is a new name for a new tier of model: bigger and smarter than our Opus models', index);
    assert.equal(match?.kind, 'near');
    assert.match(match!.wordsOnRecord, /^'Capybara' is a new name/);
  });

  it('reads words that name an object property ("constructor", "__proto__") as words', () => {
    assert.deepEqual(spellOut('constructor'), ['constructor']);
    assert.deepEqual(spellOut('__proto__'), ['__proto__']);
    assert.equal(matchRecord('the constructor of the most powerful AI model we have ever developed', index)?.kind, 'near');
  });
});
