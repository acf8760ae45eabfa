// Names that stand in a claim's sentence without being the subject of its figures: the members a count counts, named
// as a range of examples ("from Amazon Web Services … to the Linux Foundation") or after it ("and Anthropic counts itself
// as one of them"), a name the sentence denies ("not Mythos"), and an actor of a clause of time with no figure ("before
// Fortune flagged it"), or a thing named only there when an actor heads the figures ("After Anthropic announced
// Glasswing, OpenAI signed 15 founding partners"). Each took the subject from the surroundings away, and a wrong figure with a citation went
// unchecked (blind QA round 19, tester P item 3.1, tester E item M-1, tester F item 3.2).
import * as assert from 'node:assert/strict';
import type { ClaimValue, EntityMention } from '../../src/core/types';
import { deniedNames } from '../../src/core/factcheck/deniedNames';
import { exampleNames } from '../../src/core/factcheck/exampleNames';
import { timeClauseActors } from '../../src/core/factcheck/timeClauseActors';
import { bundledAnalyzer, findingTexts } from './support/findingTexts';

const glasswing = '# Project Glasswing\n\n';
const glasswingSource = '\n\n[1]: https://www.anthropic.com/glasswing "Project Glasswing: Securing Critical Software for the AI Era"';
const leakSource = '\n\n[^3]: Fortune, "Anthropic Accidentally Leaked Details of a New AI Model That Poses Unprecedented Cybersecurity Risks," March 2026.';
const cardSource = '\n\n[2]: https://example.com "Claude Mythos Preview System Card"';
const statuses = (text: string) =>
  bundledAnalyzer
    .analyze(text)
    .claims.filter((c) => c.values.length)
    .map((c) => `${c.status} ${c.facts.join(',')}`.trim());

describe('names beside the subject of a claim', () => {
  // On record: twelve founding partners, Anthropic among them.
  it('reads a range of members, "from X to Y", as examples of what the count counts', () => {
    const range = 'The coalition has eleven founding partners, from Amazon Web Services and Apple to JPMorganChase and the Linux Foundation, plus more than 40 other organizations that maintain critical software.[1]';
    assert.deepEqual(findingTexts('PL006', `${glasswing}${range}${glasswingSource}`), ['eleven']);
    // "from" alone says where the things come from: no range of examples.
    assert.deepEqual(findingTexts('PL006', `${glasswing}The coalition has eleven founding partners from OpenAI and Meta.[1]${glasswingSource}`), []);
  });

  it('reads a member the count counts, named after it, as one of the things counted', () => {
    const turn = "PRIYA NATARAJAN: So it's eleven founding partners, and Anthropic counts itself as one of them, which I find a little funny, plus more than 40 other organizations that look after critical software.[1]";
    assert.deepEqual(findingTexts('PL006', `${glasswing}${turn}${glasswingSource}`), ['eleven']);
    // (Without the "more than 40 other organizations" no fact checks: a claim is confirmed only when every figure is tied.)
    const twelve = turn.replace('eleven', 'twelve').replace(', plus more than 40 other organizations that look after critical software', '');
    assert.deepEqual(statuses(`${glasswing}${twelve}${glasswingSource}`), ['confirmed founding-partner-count']);
    // A name that is the subject still keeps the heading's subject away, a member of the count too.
    assert.deepEqual(findingTexts('PL006', `${glasswing}OpenAI's program has eleven founding partners.[1]${glasswingSource}`), []);
    assert.deepEqual(findingTexts('PL006', `${glasswing}Microsoft's own program has eleven founding partners.[1]${glasswingSource}`), []);
  });

  // On record: close to 3,000 unpublished assets exposed in the leak.
  it('leaves an actor of a clause of time with no figure out of the subjects', () => {
    const items = '## What happened\n\n- Anthropic announced Claude Mythos Preview on 7 April 2026.[^3]\n';
    assert.deepEqual(findingTexts('PL006', `${items}- The leak exposed close to 5,000 unpublished assets before Fortune flagged it.[^3]${leakSource}`), ['close to 5,000']);
    assert.deepEqual(findingTexts('PL006', `${items}- Once Fortune alerted it, the leak had exposed close to 5,000 unpublished assets.[^3]${leakSource}`), ['close to 5,000']);
    // The subject of the figure's own clause is still the figure's.
    assert.deepEqual(findingTexts('PL006', `${items}- Fortune's leak exposed close to 5,000 unpublished assets.[^3]${leakSource}`), []);
    assert.deepEqual(findingTexts('PL006', `${items}- OpenAI's leak exposed close to 5,000 unpublished assets before Fortune flagged it.[^3]${leakSource}`), []);
  });

  // On record: up to $100 million in usage credits from Anthropic; 80.8% and 93.9% on SWE-bench Verified for Opus 4.6 and Mythos Preview.
  it('takes no subject from a name the sentence denies in passing, and checks the name it asserts', () => {
    const doc = (sentence: string) => `# Draft\n\n${sentence}[1]${glasswingSource}`;
    assert.deepEqual(findingTexts('PL006', doc("Google's group, not Anthropic, spent $250 million on usage credits.")), []);
    assert.deepEqual(findingTexts('PL006', doc('Opus 4.6, not Mythos Preview, scored 93.9% on SWE-bench Verified.')), ['93.9%']);
    assert.deepEqual(findingTexts('PL006', doc('Mythos Preview, not Opus 4.6, scored 95.9% on SWE-bench Verified.')), ['95.9%']);
  });

  // On record: twelve founding partners of Project Glasswing; up to $100 million in usage credits.
  it('leaves a thing named only in a clause of time out of the subjects when an actor heads the figures', () => {
    const doc = (sentence: string) => `# Draft\n\n${sentence}[1]${glasswingSource}`;
    // Glasswing only dates OpenAI's act: OpenAI's partners are not Glasswing's.
    assert.deepEqual(findingTexts('PL006', doc('After Anthropic announced Glasswing, OpenAI signed 15 founding partners.')), []);
    // No actor outside the clause: the programme is Glasswing's. A clause that holds a figure is the figure's.
    assert.deepEqual(findingTexts('PL006', doc('After Anthropic launched Project Glasswing, the programme had 15 founding partners.')), ['15']);
    assert.deepEqual(findingTexts('PL006', doc('When Anthropic announced Glasswing on 9 April, it had 12 founding partners.')), ['9 April']);
    // The actor outside is a party of the fact: its own figure is still checked.
    assert.deepEqual(findingTexts('PL006', doc('Before Glasswing launched, Anthropic committed $200 million in usage credits.')), ['$200 million']);
  });

  // On record: the campaign went after roughly 30 targets; 80-90% of it was autonomous.
  it('leaves a name the sentence denies out of the other things it speaks of', () => {
    const denied =
      '**300 targets.** The system card describes a Chinese state-sponsored group that used earlier, less capable Claude models, not Mythos, to autonomously handle 80-90% of an attack campaign against roughly 40 global targets before Anthropic detected and shut it down.[2]';
    assert.deepEqual(findingTexts('PL006', `# Tracker\n\n${denied}${cardSource}`), ['roughly 40']);
    assert.deepEqual(findingTexts('PL006', `# Tracker\n\nThe group used Claude models (not Claude Mythos Preview) against roughly 40 targets in the Chinese state-sponsored campaign.[2]${cardSource}`), ['roughly 40']);
    // A name the sentence does not deny is still another thing it speaks of.
    assert.deepEqual(findingTexts('PL006', `# Tracker\n\nThe Chinese state-sponsored group used Mythos against roughly 40 targets.[2]${cardSource}`), []);
  });
});

describe('the names a sentence sets beside its subject, read alone', () => {
  /** The mentions of `names` in `text`, as the entity finder gives them (ids from the names). */
  const mentionsOf = (text: string, names: readonly string[]): EntityMention[] =>
    names.map((name) => {
      const at = text.indexOf(name);
      return { id: name.toLowerCase(), kind: 'organization', text: name, span: { start: at, end: at + name.length } } as unknown as EntityMention;
    });
  const countAt = (text: string, figure: string): ClaimValue => {
    const at = text.indexOf(figure);
    return { kind: 'count', text: figure, span: { start: at, end: at + figure.length } } as unknown as ClaimValue;
  };
  const texts = (found: ReadonlySet<EntityMention>) => [...found].map((e) => e.text);

  it('lists a range "from X to Y" as examples, with its "to" only', () => {
    const range = 'Kovalent has nine founding partners, from Acme and Birch to Cobalt.';
    assert.deepEqual(texts(exampleNames([countAt(range, 'nine')], range, 0, mentionsOf(range, ['Acme', 'Birch', 'Cobalt']))), ['Acme', 'Birch', 'Cobalt']);
    const origin = 'Kovalent has nine founding partners, from Acme and Birch.';
    assert.deepEqual(texts(exampleNames([countAt(origin, 'nine')], origin, 0, mentionsOf(origin, ['Acme', 'Birch']))), []);
  });

  it('denies a name set off after a comma or a bracket or after "rather than", and one joined to it by "or"', () => {
    const text = 'It used older models, not Atlas or Borealis, rather than Cygnus, and did not use Delta.';
    assert.deepEqual(texts(deniedNames(text, 0, mentionsOf(text, ['Atlas', 'Borealis', 'Cygnus', 'Delta']))), ['Atlas', 'Borealis', 'Cygnus']);
  });

  it('reads the actors of a clause of time that holds no figure', () => {
    const text = 'The leak exposed 5,000 files before Acme flagged it, and after Birch paid $10 million.';
    assert.deepEqual(texts(timeClauseActors(text, 0, [countAt(text, '5,000'), countAt(text, '$10 million')], mentionsOf(text, ['Acme', 'Birch']))), ['Acme']);
  });
});
