// Words on record credited to someone the fact base does not know (blind QA report N, item 4).
import * as assert from 'node:assert/strict';
import { createAnalyzer } from '../../src/core';
import { bundledFactBase } from '../../src/core/factbase/bundled';
import { unknownSpeakers } from '../../src/core/factcheck/unknownSpeakers';
import { LineIndex } from '../../src/core/text/lineIndex';

const analyzer = createAnalyzer({ factBase: bundledFactBase(), settings: {} });

/** The names `unknownSpeakers` reads as speakers in `sentence` (one sentence), with its mentions and quotations as the analysis found them. */
function speakers(sentence: string): string[] {
  const a = analyzer.analyze(sentence);
  const quoted = a.quotes.filter((q) => q.kind === 'inline').map((q) => q.span);
  return unknownSpeakers(sentence, 0, a.entities, quoted, new LineIndex(sentence)).map((e) => e.text);
}

/** The PL005 messages of `text`, up to "but on record", with a CNN source cited. */
function pl005(text: string): string[] {
  return analyzer
    .analyze(`${text}\n\n[10]: https://cnn.com/x "CNN"\n`)
    .findings.filter((f) => f.code === 'PL005')
    .map((f) => f.message.replace(/, but on record.*/s, ''));
}

const settled = '“We did not feel comfortable releasing this generally.”[10]';
const settledComma = '“We did not feel comfortable releasing this generally,”';

describe('unknownSpeakers: names the fact base does not know, where they stand as speakers', () => {
  it('reads a given name and a family name right before or right after a verb of saying', () => {
    assert.deepEqual(speakers(`Jane Smith told CNN: ${settled}`), ['Jane Smith']);
    assert.deepEqual(speakers(`${settledComma} said Jane Smith.[10]`), ['Jane Smith']);
    assert.deepEqual(speakers(`Jane Smith has also said ${settled}`), ['Jane Smith']);
    assert.deepEqual(speakers(`According to Jane Smith, ${settled}`), ['Jane Smith']);
    assert.deepEqual(speakers(`Fortune quoted Jane Smith as saying ${settled}`), ['Jane Smith']);
  });

  it('passes over titles and a sentence’s opening words, and keeps a middle initial', () => {
    assert.deepEqual(speakers(`At a press conference on defence procurement, Senator Lindsey Graham said: ${settled}`), ['Lindsey Graham']);
    assert.deepEqual(speakers(`${settledComma} said Dr. Jane Q. Smith of Ohio.[10]`), ['Jane Q. Smith']);
    assert.deepEqual(speakers(`In March Jane Smith said ${settled}`), ['Jane Smith']);
    assert.deepEqual(speakers(`The Republican senator Lindsey Graham said ${settled}`), ['Lindsey Graham']);
  });

  it('reads no family name alone, no initial for a given name, no noun phrase, pronoun or outlet', () => {
    for (const who of ['Graham', 'Mr. Graham', 'Senator Graham', 'L. Graham', 'He', 'One official', 'A spokesperson', 'CNN', 'The Washington Post', 'The Frontier Red Team', 'Armed Services Committee', 'Human Rights Watch']) {
      assert.deepEqual(speakers(`${who} said ${settled}`), [], who);
    }
  });

  it('reads no name of the fact base, and no name inside the quotation', () => {
    assert.deepEqual(speakers(`Logan Graham said ${settled}`), []);
    assert.deepEqual(speakers('Logan Graham said “as Jane Smith said, we did not feel comfortable releasing this generally.”'), []);
  });
});

describe('PL005 on words on record credited to someone the fact base does not know', () => {
  it('names the credited person as written (blind QA report N, item 4)', () => {
    assert.deepEqual(pl005(`At a press conference on defence procurement, Senator Lindsey Graham said: ${settled}`), ['Quotation is credited to Lindsey Graham']);
    assert.deepEqual(pl005(`Jane Smith told CNN: ${settled}`), ['Quotation is credited to Jane Smith']);
    assert.deepEqual(pl005(`${settledComma} said Jane Smith.[10]`), ['Quotation is credited to Jane Smith']);
    assert.deepEqual(pl005(`CNN's Jane Smith said ${settled}`), ['Quotation is credited to Jane Smith']);
  });

  it('reads the name heading a clause that a participle of saying is attached to (blind QA report L, item 6)', () => {
    assert.deepEqual(speakers(`Jane Smith went further, adding ${settled}`), ['Jane Smith']);
    assert.deepEqual(pl005(`Jane Smith went further, adding ${settled}`), ['Quotation is credited to Jane Smith']);
    assert.deepEqual(pl005(`Jane Smith went further than Logan Graham, adding ${settled}`), []);
  });

  it('keeps silent when the sentence names who may rightly say the words, or credits no one', () => {
    assert.deepEqual(pl005(`Jane Smith, quoting Logan Graham, said ${settled}`), []);
    assert.deepEqual(pl005(`Anthropic's Jane Smith said ${settled}`), []);
    assert.deepEqual(pl005(`Logan Graham told Jane Smith ${settled}`), []);
    assert.deepEqual(pl005(`Jane Smith did not say ${settled}`), []);
    assert.deepEqual(pl005(`Graham said ${settled}`), []);
    assert.deepEqual(pl005(`One official said ${settled}`), []);
  });

  it('takes the speaker’s own given and family name for the speaker, whatever stands between', () => {
    assert.deepEqual(pl005(`Logan M. Graham said ${settled}`), []);
  });

  it('leaves a stock phrase alone: others than the speaker on record may have said it', () => {
    assert.deepEqual(pl005('Jane Smith called Anthropic a “supply chain risk”.[10]'), []);
    assert.deepEqual(pl005('President Trump called Anthropic a “supply chain risk”.[10]'), ['Quotation is credited to Donald Trump']);
  });
});
