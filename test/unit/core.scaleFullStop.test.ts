// A money amount written with a scale letter ends its sentence at a full stop (QA round 25, I item 8):
// "$250k. Anthropic donated …" was one sentence, so a marker at the end of the second cited the first too.
import * as assert from 'node:assert/strict';
import { createAnalyzer } from '../../src/core';
import { bundledAnalyzer, findingTexts } from './support/findingTexts';

const analyzer = createAnalyzer();
const sentencesOf = (text: string) => analyzer.analyze(text).sentences.map((s) => text.slice(s.span.start, s.span.end));

describe('a full stop after a scale glued to a figure', () => {
  it('ends the sentence after "$5m.", "£81.0m.", "$250k." and "€1.2bn."', () => {
    assert.deepEqual(sentencesOf('Our line is $5m. The plan was £81.0m. Retention moves to $250k. Premium is €1.2bn. Done.'), [
      'Our line is $5m.',
      'The plan was £81.0m.',
      'Retention moves to $250k.',
      'Premium is €1.2bn.',
      'Done.',
    ]);
    assert.deepEqual(sentencesOf('Retention moves from $100k to $250k. We have written 40 accounts.'), ['Retention moves from $100k to $250k.', 'We have written 40 accounts.']);
  });

  it('keeps abbreviations and initials that no figure precedes', () => {
    assert.deepEqual(sentencesOf('Written by J. Smith at 5 p.m. Then read. It costs 5 Mio. Euro here.'), ['Written by J. Smith at 5 p.m. Then read.', 'It costs 5 Mio. Euro here.']);
  });

  it('lets a marker cite only its own sentence, so the amount before it is hinted', () => {
    const doc = 'The minimum retention moves to $250k. Anthropic donated $4 million to open-source security.[1]\n\n## References\n\n1. Anthropic, Project Glasswing, 7 April 2026.\n';
    assert.deepEqual(findingTexts('PL007', doc), ['$250k']);
    const claims = bundledAnalyzer.analyze(doc).claims.map((c) => [doc.slice(c.span.start, c.span.end), c.citations]);
    assert.deepEqual(claims, [
      ['The minimum retention moves to $250k.', []],
      ['Anthropic donated $4 million to open-source security.[1]', ['1']],
    ]);
  });
});
