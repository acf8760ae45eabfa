import * as assert from 'assert';
import { createAnalyzer } from '../../src/core';

const analyzer = createAnalyzer();
const sentencesOf = (text: string) => analyzer.analyze(text).sentences.map((s) => text.slice(s.span.start, s.span.end));

describe('sentence boundaries', () => {
  it('survive abbreviations such as U.S., Dr. and e.g.', () => {
    assert.deepStrictEqual(sentencesOf('The U.S. government sued. Dr. Smith, e.g. a critic, agreed. Then it ended.'), [
      'The U.S. government sued.',
      'Dr. Smith, e.g. a critic, agreed.',
      'Then it ended.',
    ]);
  });
  it('survive decimals such as 83.1%', () => {
    assert.deepStrictEqual(sentencesOf('It scored 83.1% on CyberGym. Opus 4.6 scored 66.6%.'), ['It scored 83.1% on CyberGym.', 'Opus 4.6 scored 66.6%.']);
  });
  it('keep a marker after the closing punctuation in the sentence it closes', () => {
    assert.deepStrictEqual(sentencesOf('It was released.[4] Then more came.[2][5] End.'), ['It was released.[4]', 'Then more came.[2][5]', 'End.']);
  });
  it('keep a quotation that contains full stops whole', () => {
    assert.deepStrictEqual(sentencesOf('She said "It works. We tested it." Then she left.'), ['She said "It works. We tested it."', 'Then she left.']);
  });
  it('do not cross paragraphs, headings or list items', () => {
    assert.deepStrictEqual(sentencesOf('# Heading without stop\n\nA paragraph without stop\n\n- an item\n- another item'), [
      'Heading without stop',
      'A paragraph without stop',
      'an item',
      'another item',
    ]);
  });
});
