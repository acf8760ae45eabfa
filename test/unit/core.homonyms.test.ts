// Names of the fact base that are another's words: homonyms of ordinary-word aliases and family names (blind QA set N).
import * as assert from 'node:assert/strict';
import { bundledAnalyzer } from './support/findingTexts';

const named = (text: string): string[] => bundledAnalyzer.analyze(text).entities.map((e) => `${e.id}=${e.text}`);

describe('names that are another name’s words', () => {
  it('reads a family name alone as no one once another person of that name is named', () => {
    const text = 'Logan Graham leads the team. Graham said so. Senator Lindsey Graham said otherwise. Graham the senator spoke.';
    assert.deepEqual(named(text), ['logan-graham=Logan Graham', 'logan-graham=Graham']);
    // At a sentence's start too, a given name that is not his makes another person.
    assert.deepEqual(named('Logan Graham leads the team. Lindsey Graham said otherwise.'), ['logan-graham=Logan Graham']);
  });
});
