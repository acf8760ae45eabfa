// Which fact a figure is tied to on a user's own topic, far from the bundled facts (QA round 20, tester Y):
// a regulator's fine, the company's revenue, an appeal and the court's ruling, and the titles of their people.
import * as assert from 'node:assert/strict';
import { createAnalyzer } from '../../src/core';
import { parseFactBase } from '../../src/core/factbase/load';
import type { FactBase } from '../../src/core/factbase/schema';

/** An invented data-protection office, the company it fined, the court that heard the appeal, and their people. */
const enforcementYaml = `version: 1
entities:
  - { id: office, kind: government-body, name: Varn Data Protection Office, aliases: [VDPO], summary: A regulator. }
  - { id: kestrel, kind: organization, name: Kestrel Analytics, aliases: [Kestrel], summary: A data broker. }
  - { id: appeal-court, kind: government-body, name: Varn High Court of Appeal, aliases: [Court of Appeal], summary: The court that heard Kestrel's appeal. }
  - { id: kestrel-penalty, kind: event, name: Kestrel penalty, aliases: [], summary: The office's fine on Kestrel. }
  - { id: kestrel-appeal, kind: event, name: Kestrel appeal, aliases: [], summary: Kestrel's appeal against the fine. }
  - { id: mara-lindqvist, kind: person, name: Mara Lindqvist, roles: [Judge of the Varn High Court of Appeal], memberOf: [appeal-court], summary: The presiding judge. }
  - { id: tomas-brel, kind: person, name: Tomas Brel, roles: [Chief executive officer of Kestrel Analytics], memberOf: [kestrel], summary: Kestrel's chief executive. }
  - { id: ada-fenn, kind: person, name: Ada Fenn, roles: [Chair of the Varn Data Protection Office], memberOf: [office], summary: The office's chair. }
facts:
  - id: penalty-amount
    statement: The VDPO fined Kestrel €12 million.
    entities: [kestrel-penalty, kestrel, office]
    measure: penalty-amount
    cues: [fine, fined, penalty]
    value: { type: money, amount: 12000000, currency: EUR }
    sources: [decision]
  - id: penalty-date
    statement: The VDPO announced the fine on 3 March 2026.
    entities: [kestrel-penalty, kestrel, office]
    measure: penalty-date
    cues: [fine, fined, penalty, announced]
    value: { type: date, date: "2026-03-03" }
    sources: [decision]
  - id: kestrel-revenue
    statement: Kestrel's revenue in 2025 was €480 million.
    entities: [kestrel]
    measure: revenue
    cues: [revenue, turnover]
    value: { type: money, amount: 480000000, currency: EUR }
    sources: [decision]
  - id: kestrel-staff
    statement: Kestrel employs 240 people.
    entities: [kestrel]
    measure: staff-count
    cues: [employees, staff]
    value: { type: count, value: 240, unit: employees }
    sources: [decision]
  - id: office-staff
    statement: The VDPO has 60 staff.
    entities: [office]
    measure: office-staff
    cues: [staff]
    value: { type: count, value: 60, unit: staff }
    sources: [decision]
  - id: office-complaints
    statement: The VDPO received 310 complaints about Kestrel.
    entities: [office, kestrel, kestrel-penalty]
    measure: complaint-count
    cues: [complaints]
    value: { type: count, value: 310, unit: complaints }
    sources: [decision]
  - id: appeal-filed
    statement: Kestrel filed its appeal on 2 April 2026.
    entities: [kestrel-appeal, kestrel, appeal-court]
    measure: appeal-filed-date
    cues: [appeal, appealed, filed, lodged]
    value: { type: date, date: "2026-04-02" }
    sources: [judgment]
  - id: ruling-date
    statement: The Court of Appeal upheld the fine on 9 September 2026.
    entities: [kestrel-appeal, appeal-court, mara-lindqvist]
    measure: ruling-date
    cues: [upheld, ruled, judgment, dismissed]
    value: { type: date, date: "2026-09-09" }
    sources: [judgment]
quotations:
  - id: data-is-not-free
    text: Personal data is not a free raw material for anyone who can scrape it.
    speaker: ada-fenn
    where: at the press conference announcing the fine
    sources: [decision]
  - id: we-will-appeal
    text: We followed every rule the office ever published.
    speaker: tomas-brel
    where: in a statement announcing the appeal
    sources: [decision]
sources:
  - { id: decision, number: 1, title: Decision on Kestrel Analytics, publisher: Varn Data Protection Office, kind: legal }
  - { id: judgment, number: 2, title: Kestrel Analytics v. VDPO, publisher: Varn High Court of Appeal, kind: legal }
`;

function load(yaml: string): FactBase {
  const { factBase, errors } = parseFactBase(yaml, 'facts.yaml');
  assert.deepEqual(errors, []);
  return factBase!;
}

const enforcement = load(enforcementYaml);

/** A one-paragraph draft citing [1], with its source. */
const draft = (paragraph: string) => `${paragraph}\n\n## Sources\n\n1. Varn Data Protection Office, "Decision on Kestrel Analytics".\n`;

/** Each finding with `code` on a one-paragraph draft: the text it marks, and the fact's statement its message gives. */
function found(code: string, paragraph: string): string[] {
  const text = draft(paragraph);
  const analysis = createAnalyzer({ factBase: enforcement, settings: {} }).analyze(text);
  return analysis.findings.filter((f) => f.code === code).map((f) => `${text.slice(f.span.start, f.span.end)} | ${statementIn(f.message)}`);
}

/** The statement of the fact base that a message quotes, or the message itself. */
function statementIn(message: string): string {
  for (const fact of enforcement.facts) if (message.includes(fact.statement.replace(/\.$/, ''))) return fact.statement;
  return message;
}

const pl006 = (paragraph: string) => found('PL006', paragraph);

describe('a user topic: a fine\'s amount beside the company\'s revenue', () => {
  it('does not hold a fine that agrees with the record against the company\'s revenue', () => {
    assert.deepEqual(pl006('The VDPO fined Kestrel €12 million, or 2.5 per cent of its 2025 revenue [1].'), []);
    assert.deepEqual(pl006('The VDPO fined Kestrel €12 million, or 2.5 per cent of its revenue [1].'), []);
  });

  it('holds a wrong fine against the fine on record, not the revenue', () => {
    assert.deepEqual(pl006('The VDPO fined Kestrel €13 million, or 2.5 per cent of its 2025 revenue [1].'), ['€13 million | The VDPO fined Kestrel €12 million.']);
  });

  it('still holds a revenue figure against the revenue on record', () => {
    assert.deepEqual(pl006('Kestrel\'s revenue in 2025 was €500 million [1].'), ['€500 million | Kestrel\'s revenue in 2025 was €480 million.']);
  });
});

describe('a user topic: a date after "<verb> the <noun> on"', () => {
  it('dates what a verb of another event does to the thing, not the thing', () => {
    assert.deepEqual(pl006('The Court of Appeal upheld the fine on 9 September 2026 [1].'), []);
    assert.deepEqual(pl006('The Court of Appeal upheld the fine on 9 June 2026 [1].'), ['9 June 2026 | The Court of Appeal upheld the fine on 9 September 2026.']);
    assert.deepEqual(pl006('The VDPO fined Kestrel €12 million [1]. The Court of Appeal upheld the fine on 9 June 2026 [1].'), [
      '9 June 2026 | The Court of Appeal upheld the fine on 9 September 2026.',
    ]);
  });

  it('still dates the thing after a verb of its own event', () => {
    assert.deepEqual(pl006('The VDPO imposed the fine on 4 March 2026 [1].'), ['4 March 2026 | The VDPO announced the fine on 3 March 2026.']);
    assert.deepEqual(pl006('The VDPO announced the fine on 4 March 2026 [1].'), ['4 March 2026 | The VDPO announced the fine on 3 March 2026.']);
  });
});

describe('a user topic: a cue inside a name', () => {
  it('does not read a cue in lower case, capitalised inside a name of several words, as the cue', () => {
    assert.deepEqual(pl006('The judgment of the Court of Appeal came on 9 September 2026 [1].'), []);
    assert.deepEqual(pl006('The judgment of the Court of Appeal came on 9 June 2026 [1].'), ['9 June 2026 | The Court of Appeal upheld the fine on 9 September 2026.']);
  });

  it('still reads the cue beside the name', () => {
    assert.deepEqual(pl006('Kestrel lodged its appeal with the Court of Appeal on 2 May 2026 [1].'), ['2 May 2026 | Kestrel filed its appeal on 2 April 2026.']);
  });
});

describe('a user topic: a cue noun said of the subject as an adjective', () => {
  it('does not read "fine" after a copula, with no article, as the fine', () => {
    assert.deepEqual(pl006('The VDPO fined Kestrel on 3 March 2026 [1]. On 2 March 2026 the weather in the capital was fine and dry.'), []);
    assert.deepEqual(pl006('The VDPO fined Kestrel on 3 March 2026 [1]. The weather in the capital was fine on 2 March 2026.'), []);
  });

  it('still reads a passive and a noun with its article', () => {
    assert.deepEqual(pl006('The VDPO fined Kestrel [1]. Kestrel was fined on 4 March 2026 [1].'), ['4 March 2026 | The VDPO announced the fine on 3 March 2026.']);
    assert.deepEqual(pl006('The VDPO fined Kestrel [1]. The outcome was a fine on 4 March 2026 [1].'), ['4 March 2026 | The VDPO announced the fine on 3 March 2026.']);
  });
});

describe('a user topic: titles of one office', () => {
  /** The person a PL005 finding says the quotation is credited to. */
  function creditedTo(paragraph: string): string[] {
    const text = draft(paragraph);
    const findings = createAnalyzer({ factBase: enforcement, settings: {} }).analyze(text).findings.filter((f) => f.code === 'PL005');
    return findings.map((f) => /credited to ([^,]+),/.exec(f.message)?.[1] ?? f.message);
  }

  it('credits "Justice" to a judge, "Chairwoman" to a chair and "CEO" to a chief executive', () => {
    assert.deepEqual(creditedTo('Justice Lindqvist wrote that "personal data is not a free raw material for anyone who can scrape it" [1].'), ['Mara Lindqvist']);
    assert.deepEqual(creditedTo('Chairwoman Fenn said "we followed every rule the office ever published" [1].'), ['Ada Fenn']);
    assert.deepEqual(creditedTo('CEO Brel said "personal data is not a free raw material for anyone who can scrape it" [1].'), ['Tomas Brel']);
  });

  it('still credits the title the role holds, and no title of another office', () => {
    assert.deepEqual(creditedTo('Judge Lindqvist wrote that "personal data is not a free raw material for anyone who can scrape it" [1].'), ['Mara Lindqvist']);
    assert.deepEqual(creditedTo('Senator Lindqvist wrote that "personal data is not a free raw material for anyone who can scrape it" [1].'), []);
  });
});
