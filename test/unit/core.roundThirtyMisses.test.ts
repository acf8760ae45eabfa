import * as assert from 'node:assert/strict';
import { createAnalyzer } from '../../src/core/index';
import { bundledFactBase } from '../../src/core/factbase/bundled';

const analyzer = createAnalyzer({ factBase: bundledFactBase() });
const refs = '\n\n[1]: https://example.org/source "Source"\n';
/** The PL006 findings of `text`, as the figure each marks. */
const contradicted = (text: string) => {
  const doc = text + refs;
  const lines = doc.split('\n');
  return analyzer
    .analyze(doc)
    .findings.filter((f) => f.code === 'PL006')
    .map((f) => lines[f.range.start.line].slice(f.range.start.character, f.range.start.line === f.range.end.line ? f.range.end.character : undefined));
};

describe('a contract told as an agreement or a deal (blind QA round 30, tester L item 2)', () => {
  it('is the contract on record', () => {
    assert.deepEqual(contradicted("Anthropic and the Department of Defense negotiated over a $250 million agreement for the use of Anthropic's models.[1]"), ['$250 million']);
    assert.deepEqual(contradicted('The Pentagon walked away from a $250 million deal with Anthropic.[1]'), ['$250 million']);
    assert.deepEqual(contradicted('Anthropic and the Department of Defense negotiated over a $250 million contract.[1]'), ['$250 million']);
  });

  it('keeps the right value, and an agreement of parties the fact base does not know', () => {
    assert.deepEqual(contradicted('Anthropic and the Department of Defense negotiated over a $200 million agreement.[1]'), []);
    assert.deepEqual(contradicted('The city signed a $250 million agreement with a cloud provider.[1]'), []);
    assert.deepEqual(contradicted('The two hospitals reached a $250 million deal.[1]'), []);
  });
});

describe('a court filing called by the name of its kind, "opposition", "motion" (blind QA round 30, tester L item 3)', () => {
  it('is the filing whose pages are on record', () => {
    assert.deepEqual(contradicted('In its 45-page opposition filed March 17, 2026, the Department of Defense did not identify any adversary.[1]'), ['45-page']);
    assert.deepEqual(contradicted("The Pentagon's 45-page opposition did not identify any adversary.[1]"), ['45-page']);
    assert.deepEqual(contradicted('The Department of Defense answered with a 45-page motion to dismiss.[1]'), ['45-page']);
  });

  it('keeps the right count, the filing by its own name, and a document that is not the filing', () => {
    assert.deepEqual(contradicted('In its 40-page opposition filed March 17, 2026, the Department of Defense did not identify any adversary.[1]'), []);
    assert.deepEqual(contradicted("The Department of Defense's 45-page court filing did not identify any adversary.[1]"), ['45-page']);
    assert.deepEqual(contradicted('The Department of Defense released a 3-page summary of the court filing.[1]'), []);
  });
});

describe('a short name a bracket defines for a name of the fact base (blind QA round 30, tester L item 3)', () => {
  const defined = 'Amici support Plaintiff Anthropic PBC against Defendant U.S. Department of Defense (the "Department" or "the Government").\n\n## Argument\n\nThe statute reaches only adversaries.\n\n';
  const mentioned = (text: string) => analyzer.analyze(text + refs).entities.filter((e) => e.id === 'department-of-defense').map((e) => e.text);

  it('stands for that name after the definition, with "the" as defined', () => {
    assert.deepEqual(contradicted(`${defined}In its 45-page opposition filed March 17, 2026, the Government did not identify any adversary.[1]`), ['45-page']);
    assert.deepEqual(contradicted(`${defined}The Department walked away from a $250 million agreement.[1]`), ['$250 million']);
    assert.deepEqual(mentioned(`${defined}The Department's filing and the Government's brief.`), ['U.S. Department of Defense', "Department's", "Government's"]);
    // A name defined without "the" stands alone: an abbreviation.
    assert.deepEqual(mentioned('The agency (the "Department") filed. The Department of War ("DoW") replied, and DoW\'s lawyers agreed.'), ['Department of War', "DoW's"]);
  });

  it('not before it, without its "the", nor as the start of a longer name', () => {
    const undefinedFirst = 'In its 45-page opposition filed March 17, 2026, the Government did not identify any adversary.[1]\n\n';
    assert.deepEqual(contradicted(`${undefinedFirst}${defined}`), []);
    assert.deepEqual(mentioned(`${defined}Government officials met the Department of Justice and the Government Accountability Office.`), ['U.S. Department of Defense']);
    // The name itself again is its own mention.
    assert.deepEqual(mentioned(`${defined}The U.S. Department of Defense replied.`), ['U.S. Department of Defense', 'U.S. Department of Defense']);
  });
});

describe("a name of the fact's own between the words of its cue (blind QA round 30, tester Y item 3b)", () => {
  const sources = '\n\n## Sources\n\n1. Project Glasswing: Securing Critical Software for the AI Era - Anthropic';
  it('keeps the cue: "30 additional Glasswing organizations" is the count of additional organizations', () => {
    assert.deepEqual(contradicted(`30 additional Glasswing organizations is what Fortune said, not 40.[1]${sources}`), ['30']);
    assert.deepEqual(contradicted(`30 additional Project Glasswing organizations joined.[1]${sources}`), ['30']);
    assert.deepEqual(contradicted(`Ten founding Glasswing partners joined.[1]${sources}`), ['Ten']);
  });

  it('not with the right count, nor with another name there', () => {
    assert.deepEqual(contradicted(`More than 40 additional Glasswing organizations is what Fortune said.[1]${sources}`), []);
    assert.deepEqual(contradicted(`30 additional OpenAI organizations joined the program last year.[1]${sources}`), []);
    assert.deepEqual(contradicted(`30 additional organizations joined Glasswing, not 40.[1]${sources}`), ['30']);
  });
});
