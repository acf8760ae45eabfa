// Which fact a sentence's figure is held against: the blind QA of drafts on other topics and in other genres.
import * as assert from 'node:assert/strict';
import { findingTexts } from './support/findingTexts';
import { bundledFactBase } from '../../src/core/factbase/bundled';
import { indexFactBase } from '../../src/core/factbase/factIndex';
import { knownIdsOf, parseFactBase } from '../../src/core/factbase/load';
import { mergeFactBases } from '../../src/core/factbase/merge';
import { factRules } from '../../src/core/factcheck/factMatcher';

const pl006 = (text: string): string[] => findingTexts('PL006', text);

describe('tying figures to facts', () => {
  it("leaves a figure of another subject of the fact's kind: another model, another benchmark", () => {
    // Mythos Preview's FFmpeg bug was 16 years old; Opus 4.6 is another model.
    assert.deepEqual(pl006('Claude Opus 4.6 found a 12-year-old flaw in FFmpeg.'), []);
    assert.deepEqual(pl006('Claude Mythos Preview found a 12-year-old flaw in FFmpeg.'), ['12-year-old']);
    // Mythos Preview scores 83.1% on CyberGym; the sentence gives a SWE-bench Pro score instead.
    assert.deepEqual(pl006('Claude Mythos Preview scored 61.0% on SWE-bench Pro.'), ['61.0%']);
    assert.deepEqual(pl006('Claude Mythos Preview scored 77.8% on SWE-bench Pro, not 83.1% on CyberGym.'), []);
  });

  it('ties a date to a verb of reporting only when the verb reports nothing of its own', () => {
    assert.deepEqual(pl006('Anthropic announced a new London office in September 2026.'), []);
    assert.deepEqual(pl006('Claude Mythos Preview was announced on April 9, 2026.'), ['April 9, 2026']);
    assert.deepEqual(pl006('Anthropic announced on April 9, 2026 its new model, Claude Mythos Preview.'), ['April 9, 2026']);
  });

  it('reads a cue in the past tense in its present forms too', () => {
    assert.deepEqual(pl006('Anthropic announces Project Glasswing on April 9, 2026.'), ['April 9, 2026']);
    assert.deepEqual(pl006('Anthropic announces Project Glasswing on April 7, 2026.'), []);
  });

  it('does not read a cue inside a hyphenated word', () => {
    // Twelve founding partners; "non-founding organizations" are the others.
    assert.deepEqual(pl006('Project Glasswing adds more than 40 non-founding organizations.'), []);
    assert.deepEqual(pl006('Project Glasswing has 40 founding partners.'), ['40']);
  });

  it('does not hold a figure against a fact of the paragraph when the sentence names another measure', () => {
    // The court filing is 40 pages; "system card" is the cue of the card's length (244 pages).
    assert.deepEqual(pl006("The Defense Department's court filing was long. The system card runs to 144 pages."), []);
    assert.deepEqual(pl006("The Defense Department's court filing was long. It runs to 44 pages."), ['44 pages']);
  });

  it('catches swapped scores when the model named next to both is what they share', () => {
    // On record: 93.9% on SWE-bench Verified, 77.8% on SWE-bench Pro. The model stands as near both scores.
    assert.deepEqual(pl006('Mythos Preview is 93.9% on SWE-bench Pro and 77.8% on SWE-bench Verified.'), ['93.9%', '77.8%']);
    assert.deepEqual(pl006('Mythos Preview is 93.9% on SWE-bench Pro and 77.8% on SWE-bench Verified, far ahead of Opus 4.6.'), ['93.9%', '77.8%']);
    assert.deepEqual(pl006('Mythos Preview is 77.8% on SWE-bench Pro and 93.9% on SWE-bench Verified.'), []);
  });

  it('lets a date agree with a fact the sentence names by its own entities, next to it', () => {
    // The leak is named as a key entity; April 7 is the date of the announcement.
    assert.deepEqual(pl006('Eleven days after the Mythos leak, Anthropic announced Claude Mythos Preview on April 7, 2026.'), []);
    assert.deepEqual(pl006('Eleven days after the Mythos leak, on April 7, 2026, Anthropic announces Claude Mythos Preview.'), []);
    // A wrong date stays wrong.
    assert.deepEqual(pl006('Eleven days after the Mythos leak, Anthropic announced Claude Mythos Preview on April 9, 2026.').length, 1);
  });
});

describe('a team fact base on another topic', () => {
  // An institute named in six of its eight facts is the organization behind everything there.
  const facts = Array.from({ length: 8 }, (_, i) => ({
    id: `f${i}`,
    statement: `Fact ${i}.`,
    entities: i < 6 ? ['institute', `program-${i}`] : [`program-${i}`],
    measure: `measure-${i}`,
    cues: [`cue${i}`],
    value: { type: 'count', value: i + 1 },
  }));
  const team = {
    version: 1,
    entities: [
      { id: 'institute', kind: 'organization', name: 'Nordmark Institute', summary: 'An institute.' },
      ...facts.map((_, i) => ({ id: `program-${i}`, kind: 'program', name: `Program ${i}`, summary: 'A program.' })),
    ],
    facts,
  };

  it('finds the same entities generic whether or not the bundled fact base is merged in', () => {
    const parsed = parseFactBase(JSON.stringify(team), 'team.json', { known: knownIdsOf(bundledFactBase()) });
    assert.deepEqual(parsed.errors, []);
    const alone = factRules(indexFactBase(parsed.factBase!));
    const merged = factRules(indexFactBase(mergeFactBases(bundledFactBase(), parsed.factBase!)));
    const keys = (rules: typeof alone, id: string) => [...rules.all.find((r) => r.fact.id === id)!.keyEntities];
    assert.deepEqual(keys(alone, 'f0'), ['program-0']);
    assert.deepEqual(keys(merged, 'f0'), keys(alone, 'f0'));
  });
});
