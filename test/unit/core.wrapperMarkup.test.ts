// Markdown that wraps a sentence or a quotation is no part of a claim or a message (blind QA report Y, items 13 and 14).
import * as assert from 'node:assert/strict';
import { bundledAnalyzer } from './support/findingTexts';
import { claimSpan } from '../../src/core/claims/claimSpan';

const spanText = (text: string) => {
  const [s, e] = claimSpan(text, 0, text.length);
  return text.slice(s, e);
};

describe('markup around claims and in messages', () => {
  it('leaves the emphasis and the bracket around an editor’s note out of its claims’ text; their ranges stay their sentences’', () => {
    const text = '*[Staff note: The leak itself happened on March 24, 2026.[7]]*\n\n*[Staff note: The filing ran to 40 pages.[7] The card has 244 pages.[7]]*\n\n[7]: https://example.com "Fortune"\n';
    assert.deepEqual(
      bundledAnalyzer.analyze(text).claims.map((c) => [c.text, text.slice(c.span.start, c.span.end)]),
      [
        ['Staff note: The leak itself happened on March 24, 2026.[7]', '*[Staff note: The leak itself happened on March 24, 2026.[7]]*'],
        ['Staff note: The filing ran to 40 pages.[7]', '*[Staff note: The filing ran to 40 pages.[7]'],
        ['The card has 244 pages.[7]', 'The card has 244 pages.[7]]*'],
      ],
    );
  });

  it('keeps marks and brackets that belong to the sentence', () => {
    assert.equal(spanText('**Anthropic** pledged $40 million.'), '**Anthropic** pledged $40 million.');
    assert.equal(spanText('[Anthropic](https://anthropic.com) pledged $40 million.[1]'), '[Anthropic](https://anthropic.com) pledged $40 million.[1]');
    assert.equal(spanText('[1] It pledged $40 million [2]'), '[1] It pledged $40 million [2]');
    assert.equal(spanText('_It pledged $40 million._'), 'It pledged $40 million.');
  });

  it('quotes a block quotation in PL001 without its emphasis marks, and keeps underscores inside words', () => {
    const text = '> **@pentagon_watch** replying to @kestrel_sec: "supply chain risk" is _their_ phrase, not ours.\n';
    const messages = bundledAnalyzer.analyze(text).findings.filter((f) => f.code === 'PL001').map((f) => f.message);
    assert.deepEqual(messages, ['Block quotation has no citation: “@pentagon_watch replying to @kestrel_sec: "supply chain risk" is…”']);
  });
});
