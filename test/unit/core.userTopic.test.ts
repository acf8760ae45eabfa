// Fact matching on a user's own topic, far from the bundled Glasswing facts (QA round 19, tester U):
// cue words that are common nouns in a new domain ("patients", "companies", "employees", "report")
// must not tie another thing's figure to a fact on record.
import * as assert from 'node:assert/strict';
import { createAnalyzer } from '../../src/core';
import { parseFactBase } from '../../src/core/factbase/load';
import type { FactBase } from '../../src/core/factbase/schema';

/** An invented standards board, its minister, a hospital incident and an audit report, as a team would write them. */
const boardYaml = `version: 1
entities:
  - { id: board, kind: government-body, name: Northmere AI Standards Board, aliases: [NASB, { text: the board, caseSensitive: false }], summary: A public body that audits AI models. }
  - { id: ministry, kind: government-body, name: Ministry of Science, aliases: [], summary: The ministry that funds the board. }
  - { id: quillon, kind: organization, name: Quillon Labs, aliases: [Quillon], summary: An AI developer. }
  - { id: aldric-hospital, kind: organization, name: Saint Aldric Hospital, aliases: [], summary: A hospital. }
  - { id: aldric-incident, kind: event, name: Saint Aldric incident, aliases: [], summary: A triage tool misrouted patients. }
  - { id: tessel-3, kind: model, name: Tessel 3, aliases: [], summary: Quillon's model. }
  - { id: tessel-audit, kind: document, name: Tessel 3 audit report, aliases: [], summary: The board's audit of Tessel 3. }
  - { id: compact, kind: program, name: Northmere Testing Compact, aliases: [the Compact], summary: A voluntary agreement. }
  - { id: hana-ferris, kind: person, name: Hana Okonkwo-Ferris, roles: [Minister for Science], memberOf: [ministry], summary: The minister. }
  - { id: pavel-strand, kind: person, name: Pavel Strand, roles: [Director of the Northmere AI Standards Board], memberOf: [board], summary: The board's director. }
facts:
  - id: board-founded
    statement: The Northmere AI Standards Board was founded on 2 May 2023.
    entities: [board]
    measure: founding-date
    cues: [founded, established, set up]
    value: { type: date, date: "2023-05-02" }
    sources: [gazette]
  - id: board-staff
    statement: The board has 85 staff.
    entities: [board]
    measure: staff-count
    cues: [staff, employees]
    value: { type: count, value: 85, unit: staff }
    sources: [gazette]
  - id: compact-signatories
    statement: Six companies have signed the Northmere Testing Compact.
    entities: [compact, board]
    measure: signatory-count
    cues: [signed, signatories, companies]
    value: { type: count, value: 6, unit: companies }
    sources: [gazette]
  - id: incident-patients
    statement: 140 patients were misrouted in the Saint Aldric incident.
    entities: [aldric-incident, aldric-hospital]
    measure: misrouted-patient-count
    cues: [patients, misrouted]
    value: { type: count, value: 140, unit: patients }
    sources: [gazette]
  - id: audit-published
    statement: The board published the Tessel 3 audit report on 14 October 2025.
    entities: [tessel-audit, tessel-3]
    measure: publication-date
    cues: [published, report]
    value: { type: date, date: "2025-10-14" }
    sources: [gazette]
quotations:
  - id: open-books
    text: An auditor who cannot publish is only a consultant with a badge
    speaker: pavel-strand
    where: told the Northmere Courier
    sources: [gazette]
sources:
  - { id: gazette, number: 1, title: The Board at Two, publisher: Northmere Courier, kind: news }
`;

/** The fact base of `yaml`, which must load without errors. */
function load(yaml: string): FactBase {
  const { factBase, errors } = parseFactBase(yaml, 'facts.yaml');
  assert.deepEqual(errors, []);
  return factBase!;
}

const board = load(boardYaml);

/** A one-paragraph draft citing [1], with its source. */
const draft = (paragraph: string) => `${paragraph}\n\n## Sources\n\n1. Northmere Courier, "The Board at Two".\n`;

/** The texts of the findings with `code` on a one-paragraph draft. */
function found(code: string, paragraph: string): string[] {
  const text = draft(paragraph);
  const analysis = createAnalyzer({ factBase: board, settings: {} }).analyze(text);
  return analysis.findings.filter((f) => f.code === code).map((f) => text.slice(f.span.start, f.span.end));
}

const pl006 = (paragraph: string) => found('PL006', paragraph);

describe('a user topic: a count whose noun is another thing', () => {
  it('does not hold a count of models against a count of companies named in a later clause', () => {
    assert.deepEqual(pl006('The board has audited two frontier models and fined one of the companies it oversees [1].'), []);
    // More words than four between the count and the mark that ends its noun phrase.
    assert.deepEqual(pl006('The board has audited the country\'s two most capable frontier models, and fined one of the companies it oversees [1].'), []);
  });

  it('still holds a count of the fact\'s own noun against the record', () => {
    assert.deepEqual(pl006('Seven companies have signed the Northmere Testing Compact [1].'), ['Seven']);
  });
});

describe('a user topic: a count of another party\'s people', () => {
  /** The status and facts of the one claim of a one-paragraph draft. */
  function claimOf(paragraph: string): string {
    const claims = createAnalyzer({ factBase: board, settings: {} }).analyze(draft(paragraph)).claims.filter((c) => c.values.length);
    return claims.map((c) => `${c.status}:${(c.facts ?? []).join(',')}`).join(' ');
  }

  it('does not confirm another company\'s employees as the staff on record, nor hold them against it', () => {
    assert.equal(claimOf('More than 30 employees of Quillon signed a letter backing the board [1].'), 'unverified:');
    assert.equal(claimOf('More than 30 Quillon employees signed a letter backing the board [1].'), 'unverified:');
    assert.deepEqual(pl006('Some 300 staff at Quillon Labs watch the board closely [1].'), []);
  });

  it('still checks the staff of the body on record', () => {
    assert.equal(claimOf('The board has 85 staff [1].'), 'confirmed:board-staff');
    assert.deepEqual(pl006('The board has 90 employees [1].'), ['90']);
    assert.deepEqual(pl006('There are 90 employees at the board [1].'), ['90']);
    // A company named after the count's phrase has ended is no owner of its things.
    assert.deepEqual(pl006('The Saint Aldric incident misrouted about 200 patients before Quillon patched the tool [1].'), ['about 200']);
  });

  it('offers no fix that cites the staff figure\'s source for a dangling marker on another company\'s employees', () => {
    const text = 'More than 30 employees of Quillon signed a letter backing the board [^x].\n';
    const findings = createAnalyzer({ factBase: board, settings: {} }).analyze(text).findings.filter((f) => f.code === 'PL002');
    assert.equal(findings.length, 1);
    assert.ok(findings[0].fixes.every((f) => !f.title.includes('The Board at Two')), findings[0].fixes.map((f) => f.title).join('; '));
  });
});

describe('a user topic: a count in each period', () => {
  it('does not hold a rate ("patients a year") against the count of one event on record', () => {
    assert.deepEqual(pl006('Saint Aldric Hospital treats about 90,000 patients a year [1].'), []);
    assert.deepEqual(pl006('Saint Aldric Hospital sees 250 patients every day [1].'), []);
    assert.deepEqual(pl006('Saint Aldric Hospital admits 9,000 patients annually [1].'), []);
  });

  it('still holds the count of the event, and a count at a time after an event', () => {
    assert.deepEqual(pl006('The Saint Aldric incident misrouted 200 patients [1].'), ['200']);
    assert.deepEqual(pl006('The board had 90 staff a year after its founding [1].'), ['90']);
  });
});

describe('a user topic: a relative clause on another noun', () => {
  it('does not date the fact\'s thing by a relative clause about another body', () => {
    assert.deepEqual(pl006('The board reports to this committee, which was established in 2019 [1].'), []);
    assert.deepEqual(pl006('The board reports to a committee which was set up in 2019 [1].'), []);
    assert.deepEqual(pl006('The board answers to the Ministry of Science, which was founded in 1990 [1].'), []);
  });

  it('still dates the fact\'s thing by a relative clause about it, or one that names it', () => {
    assert.deepEqual(pl006('The board, which was founded in 2019, reports to the ministry [1].'), ['2019']);
    assert.deepEqual(pl006('The ministry, which set up the board in 2019, funds it [1].'), ['2019']);
  });
});

describe('a user topic: a date after a verb of another event', () => {
  it('does not hold a leak date against the report\'s publication, with no fact of a leak loaded', () => {
    assert.ok(!board.facts.some((f) => f.cues?.some((c) => /leak/i.test(c))));
    assert.deepEqual(pl006('A draft of the Tessel 3 report leaked on 2 October 2025, before publication [1].'), []);
    assert.deepEqual(pl006('The Tessel 3 audit report leaked on 20 September 2025 [1].'), []);
    assert.deepEqual(pl006('The Tessel 3 audit report was updated on 20 November 2025 [1].'), []);
  });

  it('still dates the report by its own verb, by one of the same kind, or by one that tells no event of its own', () => {
    assert.deepEqual(pl006('The Tessel 3 audit report was published on 20 October 2025 [1].'), ['20 October 2025']);
    assert.deepEqual(pl006('The Tessel 3 audit report was released on 20 October 2025 [1].'), ['20 October 2025']);
    assert.deepEqual(pl006('The Northmere AI Standards Board was established in 2019 [1].'), ['2019']);
  });
});

describe('a user topic: a title of the role on record and a family name', () => {
  const quote = '"an auditor who cannot publish is only a consultant with a badge"';

  it('credits "Minister Okonkwo-Ferris" with words on record before her full name is written (PL005)', () => {
    assert.equal(found('PL005', `Minister Okonkwo-Ferris said in a radio interview that ${quote} [1].`).length, 1);
  });

  it('reads no person from a title that is not their role, nor from a family name alone before the full name', () => {
    assert.deepEqual(found('PL005', `Director Okonkwo-Ferris said that ${quote} [1].`), []);
    assert.deepEqual(found('PL005', `Okonkwo-Ferris said that ${quote} [1].`), []);
    // The director on record, by his own title.
    assert.deepEqual(found('PL005', `Director Strand said that ${quote} [1].`), []);
  });
});
