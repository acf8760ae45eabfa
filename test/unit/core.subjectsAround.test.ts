// How a claim is tied to the fact it is about when its sentence does not name the fact's entity
// (blind QA round 21: testers O, G and J). The rules are tried on an invented fact base, then on
// the testers' own sentences against the bundled one.
import * as assert from 'node:assert/strict';
import { createAnalysisCache, createAnalyzer } from '../../src/core';
import { parseFactBase } from '../../src/core/factbase/load';
import type { FactBase } from '../../src/core/factbase/schema';
import { findingTexts } from './support/findingTexts';

/** An invented developer, its model, a leak before a launch, a ministry in court and a program, as a team would write them. */
const northYaml = `version: 1
entities:
  - { id: quillon, kind: organization, name: Quillon Labs, aliases: [Quillon], summary: An AI developer. }
  - { id: tessel-4, kind: model, name: Tessel 4, aliases: [], memberOf: [quillon], summary: Quillon's newest model. }
  - { id: tessel-card, kind: document, name: Tessel 4 Model Card, aliases: [Tessel Model Card], memberOf: [quillon], summary: The model card of Tessel 4. }
  - { id: tessel-leak, kind: event, name: Tessel leak, aliases: [], summary: Unpublished Quillon files were exposed. }
  - { id: tessel-launch, kind: event, name: Tessel 4 announcement, aliases: [Tessel launch], summary: Quillon announced Tessel 4 and Project Bastion. }
  - { id: bastion, kind: program, name: Project Bastion, aliases: [Bastion], summary: Early access to Tessel 4 for defenders. }
  - { id: government, kind: government-body, name: Northmere government, aliases: [national government], summary: The national government. }
  - { id: ministry, kind: government-body, name: Ministry of Digital Affairs, aliases: [Digital Ministry], memberOf: [government], summary: The ministry that fought Quillon in court. }
  - { id: varga, kind: person, name: Ilse Varga, aliases: [Varga], roles: [Minister for Digital Affairs], memberOf: [ministry], summary: The minister. }
  - { id: reyl, kind: person, name: Tomas Reyl, aliases: [Reyl, Prime Minister Reyl], roles: [Prime Minister], memberOf: [government], summary: The prime minister. }
  - { id: ban, kind: event, name: Quillon ban, aliases: [], summary: The order to stop using Quillon technology. }
  - { id: ministry-filing, kind: document, name: Ministry court filing, aliases: [], memberOf: [ministry], summary: The ministry's filing against Quillon. }
  - { id: contract-talks, kind: event, name: Ministry contract talks, aliases: [], summary: Failed talks on a contract. }
  - { id: courier, kind: organization, name: Northmere Courier, aliases: [the Courier], summary: A newspaper. }
facts:
  - id: card-pages
    statement: The Tessel 4 model card runs to 180 pages.
    entities: [tessel-card, tessel-4]
    measure: page-count
    cues: [pages, page, model card]
    value: { type: count, value: 180, unit: pages }
    sources: [courier]
  - id: filing-pages
    statement: The Ministry's court filing is 52 pages long.
    entities: [ministry-filing, ministry]
    measure: page-count
    cues: [page, pages, filing]
    value: { type: count, value: 52, unit: pages }
    sources: [courier]
  - id: filing-date
    statement: The Ministry filed its argument in court on 12 May 2026.
    entities: [ministry-filing, ministry]
    measure: filing-date
    cues: [filing, filed]
    value: { type: date, date: "2026-05-12" }
    sources: [courier]
  - id: leak-date
    statement: Unpublished Quillon files became reachable through a misconfiguration on 3 February 2026.
    entities: [tessel-leak, quillon, tessel-4]
    measure: leak-date
    cues: [leak, leaked, exposed, misconfiguration]
    value: { type: date, date: "2026-02-03" }
    sources: [courier]
  - id: leak-files
    statement: About 1,200 unpublished internal files were exposed in the leak.
    entities: [tessel-leak, quillon]
    measure: leaked-file-count
    cues: [files, unpublished, exposed]
    value: { type: count, value: 1200, unit: files, approx: about }
    sources: [courier]
  - id: leak-gap
    statement: Nine days passed from the leak to the formal announcement.
    entities: [tessel-leak, tessel-launch]
    measure: leak-gap
    cues: [days later, after the leak, days after]
    value: { type: duration, value: 9, unit: day }
    sources: [courier]
  - id: launch-date
    statement: Quillon formally announced Tessel 4 and Project Bastion on 12 February 2026.
    entities: [tessel-launch, bastion, tessel-4, quillon]
    measure: launch-date
    cues: [announced, announcement, launched]
    value: { type: date, date: "2026-02-12" }
    sources: [courier]
  - id: ban-date
    statement: Prime Minister Tomas Reyl ordered agencies to stop using Quillon technology on 1 March 2026.
    entities: [ban, reyl, government, quillon]
    measure: ban-date
    cues: [ordered, stop using]
    value: { type: date, date: "2026-03-01" }
    sources: [courier]
  - id: contract-value
    statement: The ban came after talks on a $90 million Ministry contract broke down.
    entities: [contract-talks, ministry, quillon]
    measure: contract-value
    cues: [contract]
    value: { type: money, amount: 90000000, currency: USD }
    sources: [courier]
  - id: bastion-partners
    statement: Project Bastion has nine founding partners.
    entities: [bastion]
    measure: founding-partner-count
    cues: [founding partners]
    value: { type: count, value: 9, unit: founding partners }
    sources: [courier]
quotations: []
sources:
  - { id: courier, number: 1, title: Quillon at the Gate, publisher: Northmere Courier, kind: news }
`;

function load(yaml: string): FactBase {
  const { factBase, errors } = parseFactBase(yaml, 'facts.yaml');
  assert.deepEqual(errors, []);
  return factBase!;
}

const north = createAnalyzer({ factBase: load(northYaml), settings: {} });

/** A draft citing [1], with its source. */
const draft = (body: string) => `${body}\n\n## Sources\n\n1. Northmere Courier, "Quillon at the Gate".\n`;

/** The text under each PL006 of a draft on the invented fact base. */
const pl006 = (body: string): string[] => found006(draft(body));

/** The text under each PL006 of a whole text (its own references) on the invented fact base. */
function found006(text: string): string[] {
  return north
    .analyze(text)
    .findings.filter((f) => f.code === 'PL006')
    .map((f) => text.slice(f.span.start, f.span.end));
}

/** The text under each PL006 of a text on the bundled fact base. */
const bundled006 = (text: string): string[] => findingTexts('PL006', text);

describe('a name in a clause of comparison of its own is no comparand (QA round 21, G item 3)', () => {
  it('lets the next sentence take the subject of "sooner than Quillon planned"', () => {
    const leak = 'On 1 February 2026 a misconfiguration left unpublished files reachable [1].';
    assert.deepEqual(pl006(`The details came out sooner than Quillon planned. ${leak}`), ['1 February 2026']);
    assert.deepEqual(pl006(`The model was disclosed earlier than Quillon's leadership had intended. ${leak}`), ['1 February 2026']);
    assert.deepEqual(pl006(`The details came out sooner than Quillon planned. ${leak.replace('1 February', '3 February')}`), []);
  });

  it('still reads a name after "than" as the other side of a comparison of entities', () => {
    assert.deepEqual(bundled006('The model scores higher than Opus 4.6 on CyberGym. On SWE-bench Verified it reaches 93.9 percent.'), []);
    assert.deepEqual(bundled006('The model scores higher than Opus 4.6 did on CyberGym. On SWE-bench Verified it reaches 93.9 percent.'), []);
  });

  it('checks the tester\'s sentences on the bundled fact base', () => {
    const tail = ' On 24 March 2026 a misconfiguration in the company\'s content management system left close to 3,000 unpublished assets publicly reachable.[1]\n\n[1]: https://fortune.com/x "Fortune"\n';
    assert.deepEqual(bundled006(`The model was disclosed earlier than Anthropic intended.${tail}`), ['24 March 2026']);
    assert.deepEqual(bundled006(`The details came out sooner than Anthropic planned.${tail}`), ['24 March 2026']);
  });
});

describe('a gap told with a subject and a verb before the event it ends at (QA round 21, O item 9)', () => {
  const leak = 'Unpublished Quillon files were exposed on 3 February 2026 [1].';

  it('counts "Twelve days later Quillon made the formal announcement" from the event before', () => {
    assert.deepEqual(pl006(`${leak} Twelve days later Quillon made the formal announcement [1].`), ['Twelve days']);
    assert.deepEqual(pl006(`${leak} Twelve days later, the company made its formal announcement [1].`), ['Twelve days']);
    assert.deepEqual(pl006(`${leak}\n\nTwelve days later Quillon made the formal announcement [1].`), ['Twelve days']);
    assert.deepEqual(pl006(`${leak} Nine days later Quillon made the formal announcement [1].`), []);
  });

  it('ties nothing when the event is no object of the verb, or the sentence before speaks of another event', () => {
    assert.deepEqual(pl006(`${leak} Twelve days later Quillon briefed officials about the announcement [1].`), []);
    assert.deepEqual(pl006('Quillon briefed the ministry on 3 February 2026 [1]. Twelve days later Quillon made the formal announcement [1].'), []);
  });

  it('checks the tester\'s sentence on the bundled fact base', () => {
    const text = 'On March 26, 2026, a misconfigured content management system exposed nearly 3,000 unpublished Anthropic assets, including a draft blog post.[1] Twelve days later Anthropic made the formal announcement.[1]\n\n## Sources\n\n1. Anthropic, "Claude Mythos Preview System Card," April 7, 2026.\n';
    assert.deepEqual(bundled006(text), ['Twelve days']);
  });
});

describe('"the model card" stands for the card a cited reference or a link names (QA round 21, O item 3)', () => {
  const cardSource = '\n\n## Sources\n\n1. Quillon Labs, "Tessel 4 Model Card," 12 February 2026.\n';
  const courierSource = '\n\n## Sources\n\n1. Northmere Courier, "Quillon at the Gate".\n';

  it('reads the definite description as the document the title of the cited reference names', () => {
    assert.deepEqual(found006(`The model card runs to 181 pages.[1]${cardSource}`), ['181 pages']);
    assert.deepEqual(found006(`The model card runs to 180 pages.[1]${cardSource}`), []);
    // A reference whose title names only the company behind many documents says nothing of which.
    assert.deepEqual(found006(`It is worth being precise. The model card runs to 181 pages.[1]${courierSource}`), []);
  });

  it('judges the sentence afresh when only its reference changes (with the analysis cache)', () => {
    const cache = createAnalysisCache();
    const count = (source: string) => north.analyze(`It is worth being precise. The model card runs to 181 pages.[1]${source}`, { cache }).findings.filter((f) => f.code === 'PL006').length;
    assert.deepEqual([count(courierSource), count(cardSource), count(courierSource)], [0, 1, 0]);
  });

  it('reads a description set as a link\'s text', () => {
    // The card's world is named only after it in the paragraph, which a description may take (a figure's subject may not).
    const after = ' Quillon calls Tessel 4 its safest model.';
    assert.deepEqual(pl006(`It is worth being precise. The [model card](https://example.org/card) runs to 181 pages.${after}`), ['181 pages']);
    assert.deepEqual(pl006(`It is worth being precise. The *model card* runs to 181 pages.${after}`), ['181 pages']);
    assert.deepEqual(pl006(`It is worth being precise. The [model card](https://example.org/card) runs to 180 pages.${after}`), []);
  });

  it('does not read it as the card of the document\'s title in prose that names nothing around it', () => {
    // A title names what the whole document is about; prose under a heading of its own names its subject (see claimSurroundings).
    assert.deepEqual(pl006('# Tessel 4: what the record shows\n\n## Details\n\nIt is worth being precise. The model card runs to 181 pages.'), []);
  });

  it('checks the tester\'s sentences on the bundled fact base', () => {
    const source = '\n\n## Sources\n\n1. Anthropic, "Claude Mythos Preview System Card," April 7, 2026.\n';
    assert.deepEqual(bundled006(`The system card runs to 144 pages.[1]${source}`), ['144 pages']);
    assert.deepEqual(bundled006(`It is worth being precise. The system card runs to 144 pages.[1]${source}`), ['144 pages']);
    assert.deepEqual(
      bundled006('It is worth being precise. The\n[system card](https://www.anthropic.com/claude-mythos-preview-system-card) runs to 144 pages,\nand it is unusually frank. Anthropic calls Mythos Preview the best-aligned model it has trained.'),
      ['144 pages'],
    );
  });
});

describe('an actor in another clause is no subject of the figure (QA round 21, J item 3)', () => {
  it('gives the contract\'s value in the clause of a party of the fact, past a head of government in the clause before', () => {
    const sentence = (value: string) =>
      `On 1 March 2026, Prime Minister Reyl told agencies to drop Quillon, and Minister Ilse Varga designated the company a security risk after talks on a ${value} contract fell apart [1].`;
    assert.deepEqual(pl006(sentence('$120 million')), ['$120 million']);
    assert.deepEqual(pl006(sentence('$90 million')), []);
  });

  it('still reads an actor in the figure\'s own clause, or a clause that names no party of the fact, as another subject', () => {
    assert.deepEqual(pl006('Prime Minister Reyl told agencies to drop Quillon after talks on a $120 million contract fell apart [1].'), []);
    assert.deepEqual(pl006('Prime Minister Reyl told agencies to drop Quillon, and talks on a $120 million contract fell apart [1].'), []);
  });

  it('checks the tester\'s sentence on the bundled fact base', () => {
    const sentence = 'On Feb. 27, President Trump told agencies to drop Anthropic, and Defense Secretary Pete Hegseth designated the company a supply chain risk after talks on a $250 million contract fell apart.';
    assert.deepEqual(bundled006(sentence), ['$250 million']);
  });
});

describe('a paragraph of one sentence goes on from the paragraph before (QA round 21, J item 6)', () => {
  const program = 'Quillon is giving the model to defenders under a program it calls Project Bastion [1].';

  it('takes the subject of the wire copy\'s paragraph before', () => {
    assert.deepEqual(pl006(`${program}\n\nThe 10 founding partners include Apex, Brightline and Quillon itself [1].`), ['10']);
    assert.deepEqual(pl006(`${program}\n\nThe 9 founding partners include Apex, Brightline and Quillon itself [1].`), []);
  });

  it('judges the paragraph afresh when the paragraph before changes alone (with the analysis cache)', () => {
    const cache = createAnalysisCache();
    const count = (before: string) => north.analyze(draft(`${before}\n\nThe 10 founding partners include Apex and Quillon itself [1].`), { cache }).findings.filter((f) => f.code === 'PL006').length;
    // Of the same length, so that nothing after it moves.
    const other = program.replace('Bastion', 'Bulwark');
    assert.deepEqual([count(other), count(program), count(other)], [0, 1, 0]);
  });

  it('takes none across a heading, from a list item, or for a paragraph that names a subject of its own or a name as a verb\'s subject', () => {
    assert.deepEqual(pl006(`${program}\n\n## Partners\n\nThe 10 founding partners include Apex and Quillon itself [1].`), []);
    assert.deepEqual(pl006(`- ${program}\n\nThe 10 founding partners include Apex and Quillon itself [1].`), []);
    assert.deepEqual(pl006(`${program}\n\nTessel 4 has 10 founding partners, among them Quillon itself [1].`), []);
    // A name as the subject of a verb speaks of what that one did.
    assert.deepEqual(pl006(`${program}\n\n"The door is open," the Northmere Courier announced on 3 March 2026 [1].`), []);
  });

  it('checks the tester\'s paragraphs on the bundled fact base', () => {
    const text = 'Anthropic is giving the model to a coalition under a program it calls Project Glasswing.\n\nThe 13 founding partners include Amazon Web Services, Apple and Google, as well as Anthropic itself.';
    assert.deepEqual(bundled006(text), ['13']);
  });
});

describe('"the government\'s filing" is the filing of a body that belongs to the government (QA round 21, J item 8)', () => {
  const minister = 'Minister Ilse Varga took Quillon to court [1].\n\n';

  it('reads the possessor as one the filing belongs to, past a figure of it ("60-page")', () => {
    assert.deepEqual(pl006(`${minister}The government's 60-page filing, dated 2 May 2026, says Quillon might pull its model [1].`), ['60-page', '2 May 2026']);
    assert.deepEqual(pl006(`${minister}The government's 52-page filing, dated 12 May 2026, says Quillon might pull its model [1].`), []);
  });

  it('ties nothing when nothing around names the government, or the government owns no such document', () => {
    assert.deepEqual(pl006("The government's 60-page filing, dated 2 May 2026, says Quillon might pull its model [1]."), []);
    assert.deepEqual(pl006(`${minister}The government's model card runs to 181 pages [1].`), []);
  });

  it('checks the tester\'s sentence on the bundled fact base', () => {
    const before = '## Pentagon v. Anthropic\n\nOn Feb. 27, President Trump told agencies to drop Anthropic, and Defense Secretary Pete Hegseth labeled the company a risk. Anthropic sued.\n\n';
    assert.deepEqual(bundled006(`${before}The government's 44-page filing, dated March 7, says Anthropic might pull its model mid-operation.`), ['44-page', 'March 7']);
  });
});

describe('the leak told by its own cues, and reported at the sentence\'s end (QA round 21, J item 9)', () => {
  const unveiled = 'Quillon unveiled Tessel 4 on Tuesday. ';

  it('reads a reporter named at the end of the sentence as no subject of its figures', () => {
    assert.deepEqual(pl006(`${unveiled}A misconfigured server left nearly 2,000 unpublished company files open, the Northmere Courier first reported [1].`), ['nearly 2,000']);
    assert.deepEqual(pl006(`${unveiled}A misconfigured server left nearly 2,000 unpublished company files open, Ilse Varga said.[1]`), ['nearly 2,000']);
    assert.deepEqual(pl006(`${unveiled}A misconfigured server left about 1,200 unpublished company files open, the Northmere Courier first reported [1].`), []);
  });

  it('counts a gap from the event the phrase after "days after" tells by two cue words of its facts', () => {
    const gap = (days: string, what: string) => `${unveiled}Tuesday's announcement came ${days} days after ${what} [1].`;
    const leak = 'a misconfigured server left about 1,200 unpublished company files open';
    assert.deepEqual(pl006(gap('12', leak)), ['12 days']);
    assert.deepEqual(pl006(gap('9', leak)), []);
    // One cue word tells no event; another event's cue is no leak; nothing around names the leak's world.
    assert.deepEqual(pl006(gap('12', 'a misconfigured server exposed data')), []);
    assert.deepEqual(pl006(gap('12', 'the ministry filed its case')), []);
    assert.deepEqual(pl006(`Tuesday's announcement came 12 days after ${leak} [1].`), []);
  });

  it('checks the tester\'s sentence on the bundled fact base', () => {
    const text =
      "Anthropic unveiled Claude Mythos Preview on Tuesday. Tuesday's announcement came 12 days after a misconfigured content management system left nearly 4,000 unpublished company files open, Fortune first reported.";
    assert.deepEqual(bundled006(text), ['12 days', 'nearly 4,000']);
  });
});

describe('a news outlet heading a verb of reporting is the reporter (blind QA round 21, tester U item 2.1)', () => {
  const unveiled = 'Quillon unveiled Tessel 4 on Tuesday. ';

  it('reads the outlet before "reported"/"reports" as no subject of the figures it reports', () => {
    assert.deepEqual(pl006(`${unveiled}The Northmere Courier reported that a misconfigured server left nearly 2,000 unpublished company files open [1].`), ['nearly 2,000']);
    assert.deepEqual(pl006(`${unveiled}The Northmere Courier first reports a misconfigured server leaving nearly 2,000 unpublished company files open [1].`), ['nearly 2,000']);
    // The figure on record agrees.
    assert.deepEqual(pl006(`${unveiled}The Northmere Courier reported that a misconfigured server left about 1,200 unpublished company files open [1].`), []);
  });

  it('keeps the outlet the subject of another verb, and a non-outlet a subject of its own', () => {
    // The outlet as the subject of another verb, or as an owner, is no reporter: the sentence stays as it was read.
    assert.deepEqual(pl006(`${unveiled}The Northmere Courier found that a misconfigured server left nearly 2,000 unpublished company files open [1].`), []);
    assert.deepEqual(bundled006("Fortune's leak exposed close to 5,000 unpublished assets.[^2]\n\n[^2]: Fortune, \"Anthropic Accidentally Leaked Details of a New AI Model\", March 2026."), []);
    // A person is no news outlet: what she reports may be her own.
    assert.deepEqual(pl006(`${unveiled}Ilse Varga reported that a misconfigured server left nearly 2,000 unpublished company files open [1].`), []);
  });

  it('checks the tester\'s sentences on the bundled fact base', () => {
    const cite = '[^2]\n\n[^2]: Fortune, "Anthropic Accidentally Leaked Details of a New AI Model", March 2026.';
    // Named with its company, the figure was checked before, and still is.
    assert.deepEqual(bundled006(`Fortune reported that Anthropic left close to 5,000 unpublished assets exposed.${cite}`), ['close to 5,000']);
    assert.deepEqual(bundled006(`Fortune reported on 24 March 2026 that a CMS misconfiguration exposed close to 5,000 unpublished assets.${cite}`), ['24 March 2026', 'close to 5,000']);
    assert.deepEqual(
      bundled006(`| Date | Event | Source |\n|---|---|---|\n| 26 March 2026 | Fortune reports a CMS misconfiguration exposing close to 5,000 unpublished assets | [^2] |\n\n[^2]: Fortune, "Anthropic Accidentally Leaked Details of a New AI Model", March 2026.`),
      ['close to 5,000'],
    );
  });
});
