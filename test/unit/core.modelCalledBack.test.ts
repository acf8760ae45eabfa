// "The model" names the model the document named last (blind QA round 21, tester B item 3.1): "Anthropic formally
// announced the model on 9 April 2026" in a board paper that named Claude Mythos Preview a section before.
import * as assert from 'node:assert/strict';
import { findingTexts, valueOnRecordFixes } from './support/findingTexts';

const pl006 = (text: string): string[] => findingTexts('PL006', text);

// On record: Anthropic announced Claude Mythos Preview on April 7, 2026.
const named = '2.1 On 7 April 2026 Anthropic announced Claude Mythos Preview, a model it considers too capable to release.[^g]\n\n';
const note = '\n\n[^g]: https://example.org\n';

describe('"the model" as the model named before', () => {
  it('dates the model named last by "announced the model on" (B item 3.1)', () => {
    const paper = `${named}## 3. Background\n\n3.2 **The announcement.** Anthropic formally announced the model on 9 April 2026.[^g]${note}`;
    assert.deepEqual(pl006(paper), ['9 April 2026']);
    assert.deepEqual(valueOnRecordFixes(paper), ['7 April 2026']);
    assert.deepEqual(pl006(`${named}Anthropic formally announced the model on 7 April 2026.[^g]${note}`), []);
  });

  it('leaves "the model" alone where it may be another model', () => {
    // Another company's, a name the fact base does not know, a longer noun, a model named after, two models named last, none named.
    assert.deepEqual(pl006(`${named}OpenAI announced the model on 9 April 2026.[^g]${note}`), []);
    assert.deepEqual(pl006(`${named}Mistral announced the model on 9 April 2026.[^g]${note}`), []);
    assert.deepEqual(pl006(`${named}Anthropic announced the model card on 9 April 2026.[^g]${note}`), []);
    assert.deepEqual(pl006(`${named}Anthropic announced the model that OpenAI trained on 9 April 2026.[^g]${note}`), []);
    assert.deepEqual(pl006(`${named}Meta released Llama 5 in March.[^g] Anthropic announced the model on 9 April 2026.[^g]${note}`), []);
    assert.deepEqual(pl006(`${named}Anthropic released GPT-4o in March.[^g] Anthropic announced the model on 9 April 2026.[^g]${note}`), []);
    assert.deepEqual(pl006(`Mythos Preview scored 83.1% against 66.6% for Opus 4.6.[^g]\n\nAnthropic announced the model on 9 April 2026.[^g]${note}`), []);
    assert.deepEqual(pl006(`Anthropic announced the model on 9 April 2026.[^g]${note}`), []);
    // The name itself is still checked.
    assert.deepEqual(pl006(`${named}Anthropic announced Claude Mythos Preview on 9 April 2026.[^g]${note}`), ['9 April 2026']);
  });
});
