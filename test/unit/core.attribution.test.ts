// Who a sentence credits with its quotation, on real analyses of the sentence.
import * as assert from 'node:assert/strict';
import { createAnalyzer } from '../../src/core';
import { bundledFactBase } from '../../src/core/factbase/bundled';
import { creditedEntities } from '../../src/core/factcheck/attribution';

const analyzer = createAnalyzer({ factBase: bundledFactBase(), settings: {} });

/** The ids `creditedEntities` finds in `sentence` (one sentence), with its quotations as the analysis found them. */
function credited(sentence: string): string[] {
  const a = analyzer.analyze(sentence);
  const quoted = a.quotes.filter((q) => q.kind === 'inline').map((q) => q.span);
  return creditedEntities(sentence, 0, a.entities, quoted).map((e) => e.id);
}

describe('creditedEntities', () => {
  it('credits who is named before the verb, not the outlet told', () => {
    assert.deepEqual(credited('Logan Graham told CNN: "we will not ship it widely this year."'), ['logan-graham']);
  });

  it('credits who is named right after the verb when no one stands before it', () => {
    assert.deepEqual(credited('"We will not ship it widely this year," said Dario Amodei in an interview.'), ['dario-amodei']);
    assert.deepEqual(credited('"We will not ship it widely this year," Anthropic wrote.'), ['anthropic']);
  });

  it('reads neither verbs nor names inside the quotation as the attribution', () => {
    assert.deepEqual(credited('"Anthropic said it would not ship widely," said Logan Graham.'), ['logan-graham']);
  });

  it('credits no one after "told", and no one named far after the verb', () => {
    assert.deepEqual(credited('"We will not ship it widely this year," he told CNN.'), []);
    assert.deepEqual(credited('"We will not ship it widely this year," someone said, as Anthropic had.'), []);
    assert.deepEqual(credited('"We will not ship it widely this year," someone said in a long and winding aside about the week in which Anthropic had.'), []);
  });

  it('looks after the verb only when the verb follows a quotation', () => {
    assert.deepEqual(credited('The framework argued that Anthropic had said "we will not ship it widely this year."'), []);
  });

  it('credits who follows "according to"', () => {
    assert.deepEqual(credited('According to Logan Graham, "we will not ship it widely this year."'), ['logan-graham']);
  });
});
