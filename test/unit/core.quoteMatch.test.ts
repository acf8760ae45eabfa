// Matching quotations against the quotations on record: contractions spelt out or contracted.
import * as assert from 'node:assert/strict';
import { indexFactBase } from '../../src/core/factbase/factIndex';
import { bundledFactBase } from '../../src/core/factbase/bundled';
import { matchRecord, spellOut } from '../../src/core/factcheck/quoteMatch';
import { createAnalyzer } from '../../src/core/index';

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

describe('matchRecord and ellipses', () => {
  it('finds a changed word among the words an ellipsis keeps, whichever way the ellipsis is written', () => {
    for (const gap of ['…', '...', '. . .', '[…]']) {
      const m = matchRecord(`by far the most dangerous ${gap} we've ever developed`, index);
      assert.equal(m?.kind, 'near', gap);
      assert.equal(m?.record.id, 'most-powerful-model', gap);
      assert.equal(m?.edits, 1, gap);
      assert.equal(m?.wordsOnRecord, "by far the most powerful AI model we've ever developed", gap);
    }
    assert.equal(matchRecord('We did not feel … releasing this publicly', index)?.kind, 'near');
    assert.equal(matchRecord('very low … higher than for earlier models', index)?.record.id, 'very-low-but-higher');
  });

  it('still takes words left out at an ellipsis, and nothing changed, as exact', () => {
    assert.equal(matchRecord("by far the most powerful … we've ever developed", index)?.kind, 'exact');
    assert.equal(matchRecord('would be insufficient for … future models', index)?.kind, 'exact');
  });

  it('does not take unrelated words around an ellipsis for the record', () => {
    assert.equal(matchRecord('the most dangerous … we have seen', index), undefined);
  });
});

describe('matchRecord and quotations that hold a record among more words', () => {
  it('takes a quotation holding a whole record, or two records joined by an ellipsis, as containing it', () => {
    const m = matchRecord('We did not feel comfortable releasing this generally. The jump was too large.', index);
    assert.equal(m?.kind, 'contains');
    assert.equal(m?.record.id, 'not-comfortable-releasing');
    assert.equal(m?.matchedWords, 8);
    assert.equal(matchRecord('the same standard of rigor would be insufficient for more capable future models', index)?.kind, 'contains');
    const joined = matchRecord('disable its technology or preemptively alter the behavior of its model … feels that its corporate red lines are being crossed.', index);
    assert.equal(joined?.kind, 'contains');
    assert.equal(joined?.record.id, 'disable-its-technology');
  });

  it('does not take a few words of a record, or a record the quotation quotes in turn, for the record', () => {
    // A short record (fewer than 6 words) inside other words is an ordinary phrase.
    assert.equal(matchRecord('we have adequate safeguards in place for this', index), undefined);
    assert.equal(matchRecord('Attacks are much more likely this year than last, they said', index), undefined);
    // Its speaker quotes Anthropic: the words in single marks are not his.
    assert.equal(matchRecord("When Anthropic calls its model 'by far the most powerful AI model we've ever developed,' the rest of us listen.", index), undefined);
  });
});

describe('matchRecord and the words on record it gives', () => {
  it('gives the words on record to the end of their phrase when the quotation ends on a changed word', () => {
    assert.equal(matchRecord('very low but higher than before', index)?.wordsOnRecord, 'very low, but higher than for previous models');
    assert.equal(matchRecord("by far the most powerful AI model … ever built", index)?.wordsOnRecord, "by far the most powerful AI model we've ever developed");
  });

  it('starts and stops where the writer did when the edge words are the record’s', () => {
    assert.equal(matchRecord('most powerful AI model we have ever built', index)?.wordsOnRecord, "most powerful AI model we've ever developed");
    assert.equal(matchRecord('very low, but much higher than for previous', index)?.wordsOnRecord, 'very low, but higher than for previous');
  });

  // Blind QA C item 17 and U item 7 (round 19): the message showed the fix's words, cut where the writer started or stopped.
  it('gives, for the message, the whole phrases of the record those words stand in', () => {
    assert.equal(matchRecord('most powerful AI model we have ever built', index)?.phraseOnRecord, "by far the most powerful AI model we've ever developed");
    assert.equal(matchRecord('very low, but much higher than for previous', index)?.phraseOnRecord, 'very low, but higher than for previous models');
    const low = matchRecord('low, but higher than for any previous model', index);
    assert.equal(low?.wordsOnRecord, 'low, but higher than for previous models');
    assert.equal(low?.phraseOnRecord, 'very low, but higher than for previous models');
    // A quotation of a middle stretch: the phrase it is from, not the whole record past its punctuation.
    assert.equal(matchRecord('we did not feel comfortable shipping this', index)?.phraseOnRecord, 'We did not feel comfortable releasing this generally');
  });
});

describe('matchRecord and misquotes with two or three changed words', () => {
  it('finds a misquote that keeps most of the record’s words in order, from its first or last word', () => {
    for (const text of ['did not feel comfortable releasing it widely', "We weren't comfortable releasing this generally.", 'the most psychologically settled model it has ever trained']) {
      assert.equal(matchRecord(text, index)?.kind, 'near', text);
    }
    assert.equal(matchRecord('did not feel comfortable releasing it widely', index)?.wordsOnRecord, 'did not feel comfortable releasing this generally');
  });

  it('does not take an ordinary phrase or another speaker’s boast sharing a few words for a misquote', () => {
    assert.equal(matchRecord('much more likely than last year', index), undefined);
    assert.equal(matchRecord("GPT-5 is the most powerful AI model we've ever built", index), undefined);
    assert.equal(matchRecord('we did not feel ready to ship it', index), undefined);
  });
});

describe('PL004 and PL005 on quotations matched by these rules', () => {
  const analyzer = createAnalyzer({ factBase: bundledFactBase() });
  const sources = '\n\n## Sources\n\n4. Update - Anthropic\n7. Leak - Fortune\n10. CNN piece - CNN\n';
  /** The PL004 and PL005 findings on `text` (the sources list unused by one line gets PL003s). */
  const quoteFindings = (text: string) => analyzer.analyze(text + sources).findings.filter((f) => f.code === 'PL004' || f.code === 'PL005');
  const codes = (text: string) => quoteFindings(text).map((f) => f.code);

  it('checks the speaker of a quotation holding a record among more words, and reports no misquote', () => {
    const text = 'Dario Amodei told CNN: "We did not feel comfortable releasing this generally. The jump was too large."[10]';
    assert.deepEqual(codes(text), ['PL005']);
    assert.equal(analyzer.analyze(text + sources).quotes[0].recordMatch, 'contains');
    assert.deepEqual(codes('Logan Graham told CNN: "We did not feel comfortable releasing this generally. The jump was too large."[10]'), []);
  });

  it('reports a word changed behind an ellipsis, and offers no fix that would drop the ellipsis', () => {
    const found = quoteFindings(`Anthropic called it "by far the most dangerous … we've ever developed."[7]`);
    assert.deepEqual(found.map((f) => f.code), ['PL004']);
    assert.match(found[0].message, /“by far the most powerful AI model we've ever developed”/);
    assert.deepEqual(found[0].fixes, []);
  });

  it('restores whole words on record, not a cut-off record, for a misquote ending on a changed word', () => {
    const found = quoteFindings('The update puts risk at "very low but higher than before."[4]');
    assert.deepEqual(found.map((f) => f.code), ['PL004']);
    // Only the changed last word is replaced, by the record's words to the end of its phrase.
    assert.deepEqual(
      found[0].fixes[0].edits.map((e) => [e.range.start.character, e.range.end.character, e.newText]),
      [[50, 56, 'for previous models']],
    );
  });

  it('quotes the whole phrase on record in the message, and its fix still changes only the words that differ', () => {
    const text = 'Anthropic rates the residual risk as "low, but higher than for any previous model."[4]';
    const found = quoteFindings(text);
    assert.deepEqual(found.map((f) => f.code), ['PL004']);
    assert.match(found[0].message, /differs from the words on record: “very low, but higher than for previous models” \(/);
    // The writer chose to start at "low": the fix drops "any " and writes "models", and puts no "very" in.
    const edits = found[0].fixes[0].edits.map((e) => [text.slice(e.range.start.character, e.range.end.character), e.newText]);
    assert.deepEqual(edits, [['any ', ''], ['model', 'models']]);
    // Blind QA round 20, tester D item 2.1: the "very" left out changes the sense; a second fix quotes the phrase whole.
    const whole = found[0].fixes.find((f) => f.title === 'Quote the whole phrase on record');
    assert.ok(whole, 'a fix quotes the whole phrase');
    const wholeEdits = whole.edits.map((e) => [text.slice(e.range.start.character, e.range.end.character), e.newText]);
    assert.deepEqual(wholeEdits, [['low', 'very low'], ['any ', ''], ['model', 'models']]);
  });

  it('offers no second fix when the writer quotes the record\'s phrase to its ends', () => {
    const text = 'Anthropic rates the residual risk as "very low, but higher than for any previous model."[4]';
    const found = quoteFindings(text);
    assert.deepEqual(found.map((f) => f.code), ['PL004']);
    assert.deepEqual(found[0].fixes.map((f) => f.title).filter((t) => !/disable/i.test(t)), ['Restore the words on record']);
  });

  it('reports a misquote with two changed words when its speaker is named', () => {
    assert.deepEqual(codes('Logan Graham told CNN that they "did not feel comfortable releasing it widely."[10]'), ['PL004']);
  });
});
