import * as assert from 'node:assert/strict';
import { createAnalyzer } from '../../src/core';
import { bundledFactBase } from '../../src/core/factbase/bundled';
import { hoverAt } from '../../src/core/hover';

const analyzer = createAnalyzer({ factBase: bundledFactBase() });

/** The hover cards at the first character of `needle` (plus `skip`) in `text`. */
function cardsAt(text: string, needle: string, skip = 1): string[] {
  const at = text.indexOf(needle) + skip;
  assert.ok(at >= skip, `${needle} is in the text`);
  const before = text.slice(0, at).split('\n');
  const hover = hoverAt(analyzer.analyze(text), analyzer.factIndex, { line: before.length - 1, character: before[before.length - 1].length });
  return [...(hover?.cards ?? [])];
}

const references = [
  '## References',
  '',
  '1. Project Glasswing: Securing Critical Software for the AI Era. Anthropic.',
  '2. Claude Mythos Preview System Card. Anthropic.',
  '3. Activating AI Safety Level 3 Protections. Anthropic.',
  '4. Alignment Risk Update: Claude Mythos Preview. Anthropic.',
  '5. OpenAI\'s New Model Leaps Ahead in Coding Capabilities. Fortune.',
  '',
].join('\n');

describe('hover cards name the sources by the document\'s own markers', () => {
  const cnnNote = '[^cnn]: CNN, "Anthropic Releases Its Most Powerful - and Dangerous - AI Model to Select Partners."\n';

  it('gives a source the marker the document cites it by, not the fact base\'s number', () => {
    const text = `Logan Graham told CNN that "we did not feel comfortable releasing this generally."[^cnn]\n\n${cnnNote}`;
    const [quote] = cardsAt(text, '"we did');
    assert.match(quote, /Source: .*CNN \\\[\\\^cnn\\\]$/m);
    assert.doesNotMatch(quote, /\\\[10\\\]/);
  });

  it('gives no number to a source the document does not list', () => {
    const text = 'Logan Graham told CNN that "we did not feel comfortable releasing this generally."\n';
    const [quote] = cardsAt(text, '"we did');
    assert.match(quote, /Source: .*— CNN$/m);
    assert.doesNotMatch(quote, /\\\[\d+\\\]/);
  });

  it('gives a claim\'s facts the document\'s markers too', () => {
    const text = `Anthropic announced Project Glasswing on April 7, 2026.[4]\n\n## References\n\n4. Project Glasswing: Securing Critical Software for the AI Era. Anthropic.\n`;
    const cards = cardsAt(text, 'announced');
    const claim = cards.find((c) => c.startsWith('**Claim**')) ?? '';
    assert.match(claim, /Securing Critical Software for the AI Era — Anthropic, April 7\\, 2026 \\\[4\\\]/);
    assert.doesNotMatch(claim, /\\\[1\\\]/);
  });
});

describe('the quotation card compares the cited source with the record\'s', () => {
  const sentence = (marker: string) => `It also warns that the current standard of rigor "would be insufficient for more capable future models."${marker}\n\n${references}`;

  it('says so when the quotation cites another source than the one it is on record in', () => {
    const [quote] = cardsAt(sentence('[5]'), '"would');
    assert.match(quote, /⚠ Cited \\\[5\\\]; on record in .*Alignment Risk Update\\: Claude Mythos Preview.* \\\[4\\\]/);
  });

  it('says nothing when it cites the record\'s source', () => {
    const [quote] = cardsAt(sentence('[4]'), '"would');
    assert.match(quote, /Sourced by \\\[4\\\]/);
    assert.doesNotMatch(quote, /⚠/);
  });
});

describe('hover cards say a thing once', () => {
  it('the marker card leaves out a reference text that only repeats its title and publisher', () => {
    const text = 'Anthropic runs a program for partners.[^launch]\n\n[^launch]: Anthropic, "Project Glasswing: Securing Critical Software for the AI Era."\n';
    const [card] = cardsAt(text, '[^launch]');
    assert.equal(card.split('Project Glasswing').length - 1, 1, card);
    // A text that says more (a date) is still shown.
    const dated = 'Anthropic runs a program for partners.[^launch]\n\n[^launch]: Anthropic, "Project Glasswing: Securing Critical Software for the AI Era," 7 April 2026.\n';
    assert.match(cardsAt(dated, '[^launch]')[0], /7 April 2026/);
  });

  it('the quotation card does not name the document again after a context that names it', () => {
    const text = 'A draft blog post described the model as "by far the most powerful AI model we\'ve ever developed."[1]\n\n## References\n\n1. Anthropic Accidentally Leaked Details of a New AI Model That Poses Unprecedented Cybersecurity Risks. Fortune.\n';
    const [quote] = cardsAt(text, '"by far');
    assert.match(quote, /Said by \*\*Anthropic\*\*, in a leaked draft blog post/);
    assert.doesNotMatch(quote, /\(in \*\*/);
  });
});
