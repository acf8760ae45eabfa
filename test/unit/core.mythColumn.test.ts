// What a document labels a myth (a "Myth" column, a "Claim" column beside a "Fact" one, a "Myth:" lead-in) is not asserted: its figures are neither checked nor hinted.
import * as assert from 'node:assert/strict';
import { findingTexts } from './support/findingTexts';

const found = (text: string): string[] => [...findingTexts('PL006', text), ...findingTexts('PL007', text)];
const sources = '\n\n## Sources\n\n1. Project Glasswing: Securing Critical Software for the AI Era - Anthropic\n';

describe('myths, misconceptions and claims set against the facts', () => {
  // On record: up to $100 million in usage credits, $4 million in donations, twelve founding partners.
  it('neither checks nor hints the figures of a Myth column', () => {
    const table = [
      '| Myth | Fact | Source |',
      '|---|---|---|',
      '| Anthropic is giving away $1 billion. | Up to $100 million in usage credits and $4 million in donations. | [1] |',
      '| Glasswing has ten founding partners. | Glasswing has twelve founding partners. | [1] |',
    ].join('\n');
    assert.deepEqual(found(table + sources), []);
    for (const header of ['Common misconception', 'What people say', 'Rumour', '**Myth ❌**', 'False claim']) {
      assert.deepEqual(findingTexts('PL006', `| ${header} | Reality |\n|---|---|\n| Glasswing has ten founding partners. | It has twelve. |\n`), [], header);
    }
  });

  it('reads a Claim column as unasserted only beside a column that gives the truth', () => {
    const row = '| Anthropic is giving away $1 billion in usage credits. | … |\n';
    assert.deepEqual(findingTexts('PL006', `| Claim | Verdict |\n|---|---|\n${row}`), []);
    assert.deepEqual(findingTexts('PL006', `| Claim | Evidence |\n|---|---|\n${row}`), ['$1 billion']);
    // The column giving the truth is checked.
    assert.deepEqual(findingTexts('PL006', '| What people say | What is true |\n|---|---|\n| Anthropic gives $1 billion. | Up to $500 million in usage credits. |\n'), ['Up to $500 million']);
    // "What went wrong" states what happened.
    assert.deepEqual(findingTexts('PL006', `| Project | What went wrong |\n|---|---|\n| Glasswing | Anthropic is giving away $1 billion in usage credits. |\n`), ['$1 billion']);
  });

  it('neither checks nor hints a sentence led in as a myth, and checks the fact after it', () => {
    assert.deepEqual(found('Myth: Anthropic is giving away $1 billion in usage credits.'), []);
    assert.deepEqual(findingTexts('PL006', '**Myth:** Anthropic is giving away $1 billion in usage credits. **Fact:** It commits up to $500 million in usage credits.'), ['up to $500 million']);
    // "False:" as a lead-in gives a verdict, then the truth.
    assert.deepEqual(findingTexts('PL006', 'False: Anthropic commits up to $500 million in usage credits.'), ['up to $500 million']);
  });
});
