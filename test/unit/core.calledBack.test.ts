// "The company" and "the model" call back the company or model named last, and a model's name
// with a version number is a name of its own (blind QA round 16, tester V items r09 and r17).
import * as assert from 'node:assert/strict';
import { findingTexts } from './support/findingTexts';
import { calledBack, referentIn } from '../../src/core/factcheck/calledBack';

const pl006 = (text: string): string[] => findingTexts('PL006', text);

describe('"the company" and "the model" call back the one named last', () => {
  // On record: Mythos Preview scores 83.1% on CyberGym; up to $100 million in usage credits.
  const score = 'Mythos Preview scored 83.1% on CyberGym.[1] ';
  const credits = 'Anthropic backs Glasswing with up to $100 million in usage credits.[1] ';

  it('reads "the model" after another model named in the clause or the sentence before as that model', () => {
    assert.deepEqual(pl006(score + 'Meta released Llama 5 in March; the model scored 41.5% on CyberGym.[1]'), []);
    assert.deepEqual(pl006(score + 'Meta released Llama 5 in March. The model scored 41.5% on CyberGym.[1]'), []);
    assert.deepEqual(pl006(score + 'Meta shipped GPT-style Orca-2 in March, and the model scored 41.5% on CyberGym.[1]'), []);
    // The model named last is the fact's: still checked.
    assert.deepEqual(pl006(score + 'Anthropic released Mythos Preview in April; the model scored 73.1% on CyberGym.[1]'), ['73.1%']);
    assert.deepEqual(pl006(score + 'The model scored 73.1% on CyberGym.[1]'), ['73.1%']);
  });

  it('reads "the company" after another company as that company', () => {
    assert.deepEqual(pl006(credits + 'OpenAI is different. The company pledged up to $25 million in API credits to defenders in 2025.[1]'), []);
    assert.deepEqual(pl006(credits + 'Mistral is different. The company pledged up to $25 million in API credits to defenders in 2025.[1]'), []);
    // Anthropic named last, or an outlet that only reports: the company is still Anthropic.
    assert.deepEqual(pl006('Anthropic launched Glasswing in April.[1] The company committed up to $150 million in usage credits.[1]'), ['up to $150 million']);
    assert.deepEqual(pl006('Glasswing launched in April.[1] Fortune reported the news first.[1] The company committed up to $150 million in usage credits.[1]'), ['up to $150 million']);
  });

  it('opens on a model with its version number as on a name of its own, not on a numbered part', () => {
    assert.deepEqual(pl006(score + 'Llama 5 scored 41.5% on CyberGym.[1]'), []);
    assert.deepEqual(pl006(score + 'Gemini 2.5 reached 41.5% on CyberGym.[1]'), []);
    assert.deepEqual(pl006(score + 'Table 2 shows 41.5% on CyberGym.[1]'), ['41.5%']);
  });

  it('finds the noun only where a clause opens on it', () => {
    assert.deepEqual(calledBack('The company pledged $25 million.'), { noun: 'company', at: 0 });
    assert.deepEqual(calledBack('Meta shipped it; the model scored 41.5%.'), { noun: 'model', at: 15 });
    assert.equal(calledBack('Anthropic says the model scored 93.9%.'), undefined);
    assert.equal(referentIn('Last week was busy.', 0, [], 'company'), undefined);
    assert.equal(referentIn('Meta released Llama 5 in March.', 0, [], 'model'), 'unknown');
  });
});
