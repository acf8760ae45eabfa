// Rules that must carry over to a user's own fact base on another topic (QA set 12/T).
import * as assert from 'node:assert/strict';
import { createAnalyzer } from '../../src/core';
import { parseFactBase } from '../../src/core/factbase/load';
import type { FactBase } from '../../src/core/factbase/schema';
import { bundledFactBase } from '../../src/core/factbase/bundled';
import { mergeFactBases } from '../../src/core/factbase/merge';

/** A licensing agency's record, written in YAML as a user writes it. */
const licensingYaml = `version: 1
entities:
  - { id: scla, kind: government-body, name: Strategic Compute Licensing Authority, aliases: [SCLA, the agency], summary: A licensing agency. }
  - { id: kestrel, kind: organization, name: Kestrel Compute, aliases: [Kestrel], summary: A company. }
  - { id: application, kind: event, name: Kestrel licence application, aliases: [], summary: An application. }
facts:
  - id: decision-gap
    statement: The licence was granted 67 days after the application.
    entities: [application, scla]
    measure: decision-gap
    cues: [days after, after the application]
    value: { type: duration, value: 67, unit: day }
    sources: [gazette]
  - id: statutory-deadline
    statement: The Act gives SCLA 60 days to decide an application.
    entities: [scla]
    measure: statutory-deadline
    cues: [deadline, statutory]
    value: { type: duration, value: 60, unit: day }
    sources: [gazette]
  - id: licences-issued
    statement: SCLA issued 214 export licences in its first year.
    entities: [scla]
    measure: licences-issued
    cues: [issued]
    value: { type: count, value: 214, unit: licences }
    sources: [gazette]
sources:
  - { id: gazette, number: 1, title: Minister Defends Delay, publisher: Nordhavn Gazette, kind: news }
`;

/** The fact base of `yaml`, which must load without errors. */
function load(yaml: string): FactBase {
  const { factBase, errors } = parseFactBase(yaml, 'facts.yaml');
  assert.deepEqual(errors, []);
  return factBase!;
}

/** The texts of the PL006 findings on a one-paragraph draft citing [1]. */
function pl006(factBase: FactBase, paragraph: string): string[] {
  const text = `${paragraph}\n\n## Sources\n\n1. Nordhavn Gazette\n`;
  const analysis = createAnalyzer({ factBase, settings: {} }).analyze(text);
  return analysis.findings.filter((f) => f.code === 'PL006').map((f) => text.slice(f.span.start, f.span.end));
}

describe('a user fact base: figures of one sentence', () => {
  const facts = load(licensingYaml);

  it('does not hold a gap that one figure agrees with against a second, smaller duration', () => {
    // "67 days after submission" agrees with the 67-day gap though it does not repeat the fact's "after the application".
    assert.deepEqual(pl006(facts, 'SCLA approved the request 67 days after submission, seven days beyond the 60-day statutory deadline.[1]'), []);
    assert.deepEqual(pl006(facts, 'SCLA approved the application 67 days after it was submitted, seven days beyond the 60-day statutory deadline.[1]'), []);
  });

  it('reads "after it was submitted" as counted from the thing the sentence named before', () => {
    // The wrong gap is the figure counted from the application, not the smaller duration beside it.
    assert.deepEqual(pl006(facts, 'SCLA approved the application 76 days after it was submitted, sixteen days beyond the 60-day statutory deadline.[1]'), ['76 days']);
    assert.deepEqual(pl006(facts, 'SCLA approved the application 76 days after the application, sixteen days beyond the 60-day statutory deadline.[1]'), ['76 days']);
  });
});

describe('a user fact base: aliases', () => {
  const facts = load(licensingYaml);
  const mentioned = (text: string) => createAnalyzer({ factBase: facts, settings: {} }).analyze(text).entities.map((e) => `${e.id}:${e.text}`);

  it('matches a lower-case alias with a capital first letter, as a sentence opens on it', () => {
    assert.deepEqual(mentioned('The agency issued licences. Later the agency paused.'), ['scla:The agency', 'scla:the agency']);
    assert.deepEqual(pl006(facts, 'The agency issued 241 licences in its first year.[1]'), ['241']);
    assert.deepEqual(pl006(facts, 'In its first year the agency issued 241 licences.[1]'), ['241']);
  });

  it('keeps a capitalised ordinary-word alias case-sensitive, and a lower-case one in its other letters', () => {
    assert.deepEqual(mentioned('A kestrel flew over the AGENCY and The Agency.'), []);
    assert.deepEqual(mentioned('Kestrel grew.'), ['kestrel:Kestrel']);
  });
});

describe('a user fact base beside the bundled one', () => {
  it('cites the user\'s own source for a fact whose id is also a bundled one', () => {
    const user = load(`version: 1
entities:
  - { id: halvard-card, kind: document, name: Halvard 2 System Card, aliases: [], summary: A system card. }
facts:
  - id: system-card-pages
    statement: The Halvard 2 System Card runs to 88 pages.
    entities: [halvard-card]
    measure: page-count
    cues: [pages]
    value: { type: count, value: 88, unit: pages }
    sources: [halvard-pdf]
sources:
  - { id: halvard-pdf, number: 2, title: Halvard 2 System Card, publisher: Kestrel Compute, kind: pdf }
`);
    const text = 'The Halvard 2 System Card runs to 90 pages.[1]\n\n## Sources\n\n1. Halvard 2 System Card\n';
    const findings = createAnalyzer({ factBase: mergeFactBases(bundledFactBase(), user), settings: {} }).analyze(text).findings.filter((f) => f.code === 'PL006');
    assert.equal(findings.length, 1);
    assert.match(findings[0].message, /source: Halvard 2 System Card, Kestrel Compute\)$/);
  });
});
