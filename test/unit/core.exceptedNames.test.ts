// A count that sets a name apart counts the rest (QA round 21, tester G): "11 founding partners besides
// Anthropic" agrees with the twelve on record, Anthropic among them; "12 … besides Anthropic" does not.
import * as assert from 'node:assert/strict';
import { createAnalyzer } from '../../src/core';
import { parseFactBase } from '../../src/core/factbase/load';
import { analyzer, contradictions, sources, statusOf } from './support/sentenceFigures';

describe('a count that sets names apart (bundled fact base: the founding-partner-of relations say who the twelve are)', () => {
  it('confirms the rest of a count whose member the sentence sets apart, before or after the count', () => {
    for (const sentence of [
      'Project Glasswing gives the model to 11 founding partners besides Anthropic [1].',
      'Besides Anthropic, Glasswing has eleven founding partners [1].',
      'Glasswing has 11 founding partners in addition to Anthropic [1].',
      'Glasswing has 11 founding partners apart from Anthropic itself [1].',
      'Glasswing has 11 founding partners other than Anthropic [1].',
      'Glasswing has 11 founding partners (excluding Anthropic) [1].',
      'Glasswing has 11 founding partners, not counting Anthropic, and more than 40 further organisations [1].',
      'Glasswing has, aside from Anthropic, eleven founding partners [1].',
      'Apart from Anthropic and Microsoft, Glasswing has ten founding partners [1].',
    ]) {
      assert.deepEqual(contradictions(sentence), [], sentence);
      assert.equal(statusOf(sentence), 'confirmed', sentence);
    }
  });

  it('contradicts the whole count written as the rest, and mends it to the rest', () => {
    assert.deepEqual(contradictions('Glasswing has 12 founding partners besides Anthropic [1].'), [['12', '11']]);
    assert.deepEqual(contradictions('Besides Anthropic, Glasswing has twelve founding partners [1].'), [['twelve', 'eleven']]);
    assert.deepEqual(contradictions('Glasswing has 11 founding partners besides Anthropic and Microsoft [1].'), [['11', '10']]);
  });

  it('states in the message the rest the fix writes, and how it comes from the record (QA round 22)', () => {
    const text = `Project Glasswing gives the model to 13 founding partners besides Anthropic [1].${sources}`;
    const found = analyzer.analyze(text).findings.filter((f) => f.code === 'PL006');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /— 11 founding partners besides Anthropic on record \(12 founding partners less Anthropic\)/);
    assert.equal(found[0].fixes[0]?.edits[0]?.newText, '11');
    // A name the record does not count takes nothing off: the message gives the whole count, as the fix does.
    const other = analyzer.analyze(`Glasswing has 11 founding partners besides OpenAI [1].${sources}`).findings.filter((f) => f.code === 'PL006');
    assert.match(other[0].message, /— 12 founding partners on record \(source/);
  });

  it('takes nothing off for a name that is no member, a possessive, or a name the comma only follows', () => {
    // OpenAI is no founding partner on record: all twelve are the rest.
    assert.deepEqual(contradictions('Glasswing has 11 founding partners besides OpenAI [1].'), [['11', '12']]);
    assert.equal(statusOf('Glasswing has 12 founding partners besides OpenAI [1].'), 'confirmed');
    assert.deepEqual(contradictions("Besides Anthropic's own team, Glasswing has 11 founding partners [1]."), [['11', '12']]);
    // "Besides Anthropic, Glasswing …": Glasswing after the comma is not set apart too.
    assert.deepEqual(contradictions('Besides Anthropic, Glasswing has 13 founding partners [1].'), [['13', '11']]);
    assert.deepEqual(contradictions('Glasswing has 11 founding partners, Anthropic among them [1].'), [['11', '12']]);
  });
});

describe('a count that sets names apart, in a fact base that does not say who is counted', () => {
  const yaml = `version: 1
entities:
  - { id: compact, kind: program, name: Northmere Testing Compact, aliases: [the Compact], summary: A voluntary agreement. }
  - { id: quillon, kind: organization, name: Quillon Labs, aliases: [Quillon], summary: An AI developer. }
facts:
  - id: compact-signatories
    statement: Six companies have signed the Northmere Testing Compact, Quillon Labs among them.
    entities: [compact]
    measure: signatory-count
    cues: [signatories]
    value: { type: count, value: 6, unit: signatories }
    sources: [gazette]
sources:
  - { id: gazette, number: 1, title: The Board at Two, publisher: Northmere Courier, kind: news }
`;
  const { factBase, errors } = parseFactBase(yaml, 'facts.yaml');
  assert.deepEqual(errors, []);
  const analyzer = createAnalyzer({ factBase: factBase!, settings: {} });
  const pl006 = (sentence: string) => {
    const text = `${sentence}\n\n## Sources\n\n1. Northmere Courier, "The Board at Two".\n`;
    return analyzer.analyze(text).findings.filter((f) => f.code === 'PL006').map((f) => [text.slice(f.span.start, f.span.end), f.fixes[0]?.edits[0]?.newText ?? '']);
  };

  it('reads the count both ways: no finding when either reading agrees, and no single figure to mend one that agrees with neither', () => {
    assert.deepEqual(pl006('The Northmere Testing Compact has five signatories besides Quillon [1].'), []);
    assert.deepEqual(pl006('The Northmere Testing Compact has six signatories besides Quillon [1].'), []);
    assert.deepEqual(pl006('The Northmere Testing Compact has nine signatories besides Quillon [1].'), [['nine', '']]);
    assert.deepEqual(pl006('The Northmere Testing Compact has nine signatories [1].'), [['nine', 'six']]);
  });

  it('states both readings in the message of a count that agrees with neither', () => {
    const text = `The Northmere Testing Compact has nine signatories besides Quillon [1].\n\n## Sources\n\n1. Northmere Courier, "The Board at Two".\n`;
    const found = analyzer.analyze(text).findings.filter((f) => f.code === 'PL006');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /— 6 signatories on record, or 5 signatories besides Quillon if the record counts Quillon \(source/);
  });
});
