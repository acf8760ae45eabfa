// A footnote that is a reference: its quoted title is a term, not a quotation; a note that reports words keeps its quotation.
import * as assert from 'node:assert/strict';
import { createAnalyzer } from '../../src/core/index';
import { bundledFactBase } from '../../src/core/factbase/bundled';

const analyzer = createAnalyzer({ factBase: bundledFactBase() });

describe('quoted titles in footnote definitions', () => {
  it('takes a reference note’s quoted title for a term, and keeps the words a note reports as a quotation', () => {
    const text = [
      'Anthropic warned officials.[^axios] Graham spoke too.[^cnn]',
      '',
      '[^axios]: Axios, "Anthropic warns officials of AI cyberattacks."',
      '[^cnn]: Logan Graham told CNN "we had to move quickly on the disclosure".',
      '[^unused]: Axios, “Anthropic warns officials of AI cyberattacks again,” April 2026.',
      '',
    ].join('\n');
    assert.deepEqual(
      analyzer.analyze(text).quotes.map((q) => q.text),
      ['we had to move quickly on the disclosure'],
    );
  });
});
