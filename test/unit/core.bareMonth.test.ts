// A month named alone, as news copy writes one of the current year (QA round 21, tester J, item 5).
import * as assert from 'node:assert/strict';
import { bundledAnalyzer } from './support/findingTexts';

const found = (code: string, text: string): [string, string][] =>
  bundledAnalyzer
    .analyze(text)
    .findings.filter((f) => f.code === code)
    .map((f) => [text.slice(f.span.start, f.span.end), f.fixes[0]?.edits[0]?.newText ?? '']);

describe('a month named alone', () => {
  // On record: OpenAI released GPT-5.3-Codex in February 2026; Anthropic announced Glasswing on April 7, 2026.
  it('is held against the month on record where the fact\'s verb governs it', () => {
    assert.deepEqual(found('PL006', 'OpenAI released GPT-5.3-Codex in January, its first model rated for cybersecurity.'), [['January', 'February']]);
    assert.deepEqual(found('PL006', 'GPT-5.3-Codex was released in January.'), [['January', 'February']]);
    assert.deepEqual(found('PL006', 'In January, OpenAI released GPT-5.3-Codex.'), [['January', 'February']]);
    assert.deepEqual(found('PL006', 'The release of GPT-5.3-Codex in January surprised observers.'), [['January', 'February']]);
    assert.deepEqual(found('PL006', 'OpenAI released GPT-5.3-Codex in February, its first model rated for cybersecurity.'), []);
    assert.deepEqual(found('PL006', 'Anthropic announced Project Glasswing in March.'), [['March', 'April']]);
  });

  it('is not held against a fact whose verb does not govern it', () => {
    assert.deepEqual(found('PL006', 'OpenAI, which in January hired staff, released GPT-5.3-Codex.'), []);
  });

  // Blind QA round 19, tester E item M-3: "released GPT-5.3-Codex publicly in February" was neither checked nor hinted.
  it('is held against the month on record past an adverb of manner after the fact\'s words', () => {
    assert.deepEqual(found('PL006', 'OpenAI released GPT-5.3-Codex publicly in March with usage restrictions.'), [['March', 'February']]);
    assert.deepEqual(found('PL006', 'GPT-5.3-Codex was released officially in March.'), [['March', 'February']]);
    assert.deepEqual(found('PL006', 'OpenAI released GPT-5.3-Codex publicly in February with usage restrictions.'), []);
    // Not a name in "-ly", nor a month no fact's verb governs.
    assert.deepEqual(found('PL006', 'OpenAI released a new tool publicly in March.'), []);
  });

  it('asks for no citation by itself, but does as the month of a dated fact', () => {
    assert.deepEqual(found('PL007', 'In May we will publish our review of Project Glasswing.'), []);
    assert.deepEqual(found('PL007', 'OpenAI released a new tool in May.'), []);
    // "may" the verb is no month.
    assert.deepEqual(found('PL007', 'Anthropic may release Mythos Preview more widely.'), []);
    assert.deepEqual(found('PL007', 'OpenAI released GPT-5.3-Codex in February.').map(([t]) => t), ['February']);
    assert.deepEqual(found('PL007', 'OpenAI released GPT-5.3-Codex publicly in February with usage restrictions.').map(([t]) => t), ['February']);
    // The writer's own plan stays exempt.
    assert.deepEqual(found('PL007', 'We will publish our review of GPT-5.3-Codex in May.'), []);
    // With a year it is a date like any other.
    assert.deepEqual(found('PL007', 'OpenAI released GPT-5.3-Codex in February 2026.').map(([t]) => t), ['February 2026']);
  });
});
