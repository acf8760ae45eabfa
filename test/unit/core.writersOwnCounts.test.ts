// Which fact a figure is held against when the writer's own material sits beside Glasswing (blind QA round 16,
// own material: tester M item 1, tester H items 1 and 2, tester U items 1 and 2). A false PL006 whose fix writes
// the record's figure into the writer's own sentence is the worst noise there is.
import * as assert from 'node:assert/strict';
import { findingTexts, valueOnRecordFixes } from './support/findingTexts';

const pl006 = (text: string): string[] => findingTexts('PL006', text);

const fixes = valueOnRecordFixes;

describe("the writer's own counts beside the fact base", () => {
  // On record: more than fifty participating organizations, twelve founding partners, a 244-page system card.
  it('reads the noun a count counts through a relative clause and a part of a whole (M item 1)', () => {
    assert.deepEqual(pl006('We have received 12 vulnerability reports that say they come from Glasswing participants.'), []);
    assert.deepEqual(pl006('Three of the twelve reports from Glasswing participants were real.[1]\n\n[1]: https://example.org'), []);
    assert.deepEqual(pl006('Anthropic told 40 reporters that Glasswing participants were busy.'), []);
    // A relative clause that says what the counted things are makes them the fact's.
    assert.deepEqual(pl006('Glasswing has ten companies that are its founding partners.'), ['ten']);
    assert.deepEqual(fixes('Glasswing has ten companies that are its founding partners.'), ['twelve']);
    assert.deepEqual(pl006('Glasswing counts ten companies that joined as founding partners.'), ['ten']);
    assert.deepEqual(pl006('Glasswing has 40 organizations that are participants.'), ['40']);
    assert.deepEqual(pl006('Three of the ten founding partners of Project Glasswing are American.'), ['ten']);
    // A part of the fact's own things is no count of them all; "all" makes it the whole.
    assert.deepEqual(pl006('Ten of the founding partners of Project Glasswing are American.'), []);
    assert.deepEqual(pl006("Ten of Glasswing's founding partners are American."), []);
    assert.deepEqual(pl006("All eleven of Glasswing's founding partners signed."), ['eleven']);
    assert.deepEqual(pl006("Glasswing's eleven founding partners signed."), ['eleven']);
  });

  it("borrows no subject from the paragraph before for a count of the writer's own thing (H item 1)", () => {
    const released = 'Anthropic released Claude Mythos Preview to partners.[1]\n\n';
    const reviewed = 'We reviewed Project Glasswing on Monday.\n\n';
    const note = '\n\n[1]: https://example.org';
    assert.deepEqual(pl006(`${released}Our tabletop had 24 participants from six departments.${note}`), []);
    assert.deepEqual(pl006(`${reviewed}24 participants confirmed for the tabletop exercise.`), []);
    assert.deepEqual(pl006(`${reviewed}24 participants took part in our tabletop.`), []);
    // A run-in heading starts a topic of its own, as a heading does.
    const launched = 'Anthropic launched Project Glasswing on April 7.\n\n';
    assert.deepEqual(pl006(`${launched}**Thu — Tabletop prep.** Scenario for the May tabletop: an exploit. 24 participants confirmed.`), []);
    assert.deepEqual(pl006(`${launched}**Tabletop prep:** 24 participants confirmed.`), []);
    // Still borrowed: the fact's own thing, a time or a view, the writer's count of another's, and a run-in heading that names it.
    assert.deepEqual(pl006(`${launched}Twenty organizations signed up for the program.`), ['Twenty']);
    assert.deepEqual(pl006(`${launched}45 participants signed up for the first time.`), ['45']);
    assert.deepEqual(pl006(`${launched}45 participants joined in our view.`), ['45']);
    assert.deepEqual(pl006(`${launched}Our count shows 45 participants.`), ['45']);
    assert.deepEqual(pl006(`${launched}**Glasswing.** It has 24 participants.`), ['24']);
  });

  it("holds no figure that modifies another noun against the thing that noun is about (H item 2)", () => {
    const impressive = 'Mythos Preview is impressive.\n\n';
    assert.deepEqual(pl006(`${impressive}Priya has a 2-page summary of the system card in the team drive.`), []);
    assert.deepEqual(pl006('Priya has a 2-page summary of the Mythos Preview system card in the team drive.'), []);
    assert.deepEqual(pl006(`${impressive}Priya has a 2-page summary in the team drive.`), []);
    assert.deepEqual(pl006('We watched a 10-minute video about the Mythos leak eleven days after it.'), []);
    // The fact's own thing, a noun its kind goes by, a span of time, or a phrase said of the subject: still held.
    assert.deepEqual(fixes('Anthropic published a 200-page system card for Mythos Preview.'), ['244-page']);
    assert.deepEqual(pl006("Anthropic published Mythos Preview's 200-page document."), ['200-page']);
    assert.deepEqual(pl006('The Mythos Preview system card is a 200-page monster.'), ['200-page']);
    assert.deepEqual(pl006("The Defense Department's 30-page court filing came on 17 March."), ['30-page']);
    assert.deepEqual(pl006('Anthropic announced Mythos Preview a 12-day gap after the leak.'), ['12-day']);
  });

  it("reads no citation's author as the sentence's subject or a name of its own (U item 1)", () => {
    const references = '\n\n## References\n\n- Mayer Brown. 2026. "Pentagon Designates Anthropic a Supply Chain Risk."\n';
    // On record: the Defense Department's filing of March 17, 2026.
    assert.deepEqual(pl006(`The Defense Department's 40-page court filing came on 27 March (Mayer Brown 2026).${references}`), ['27 March']);
    // Resolving or not.
    assert.deepEqual(pl006(`In a 40-page filing of 27 March, the Department of Defense argued that Anthropic was a risk (TechCrunch 2026).${references}`), ['27 March']);
    assert.deepEqual(pl006(`The Defense Department's 40-page court filing came on 17 March (Mayer Brown 2026).${references}`), []);
  });

  it('reads a "would" after a noun of what was announced and a colon as what was announced (U item 2)', () => {
    const note = '\n\n[1]: https://example.org';
    assert.deepEqual(
      pl006(`Anthropic made the formal announcement on 7 April 2026: Claude Mythos Preview would not be generally released, and would instead go to the eleven founding partners of Project Glasswing [1].${note}`),
      ['eleven'],
    );
    assert.deepEqual(pl006(`The decision was final: Claude Mythos Preview would go to the eleven founding partners of Project Glasswing [1].${note}`), ['eleven']);
    // A "would" nothing reports, or one in a condition, still supposes.
    assert.deepEqual(pl006(`Claude Mythos Preview would go to the eleven founding partners of Project Glasswing [1].${note}`), []);
    assert.deepEqual(pl006(`The decision was final: if it were wider, Claude Mythos Preview would go to the eleven founding partners of Project Glasswing [1].${note}`), []);
  });

  it("dates every clause of a timeline row's event by the date alone in its cell (U item 3)", () => {
    // On record: Hegseth designated Anthropic a supply chain risk on February 27, 2026.
    const sources = '\n\n## Sources\n\n1. Mayer Brown — Pentagon Designates Anthropic a Supply Chain Risk\n';
    const table = (row: string) => `| Date | Event |\n|---|---|\n${row}${sources}`;
    assert.deepEqual(pl006(table('| 28 Feb 2026 | Federal ban; Hegseth designates Anthropic a supply chain risk [1] |')), ['28 Feb 2026']);
    assert.deepEqual(pl006(table('| 27 Feb 2026 | Federal ban; Hegseth designates Anthropic a supply chain risk [1] |')), []);
    // In prose the clause still parts them: the date is the ban's.
    assert.deepEqual(pl006(`On 28 Feb 2026 came a federal ban; Hegseth designated Anthropic a supply chain risk [1].${sources}`), []);
  });

  it("gives a parallel list's bare pair of scores the pair of subjects its sibling names (U item 4)", () => {
    // On record: SWE-bench Pro 77.8% for Mythos Preview, 53.4% for Opus 4.6; SWE-bench Verified 93.9% and 80.8%.
    const note = '\n\n[1]: https://example.org';
    const first = '- CyberGym: 83.1% for Mythos Preview against 66.6% for Opus 4.6 [1].\n';
    assert.deepEqual(pl006(`The system card runs to 244 pages [1].\n\n${first}- SWE-bench Verified: 93.9% against 80.8% [1].\n- SWE-bench Pro: 77.8% against 55.4% [1].${note}`), ['55.4%']);
    assert.deepEqual(fixes(`${first}- SWE-bench Pro: 77.8% against 55.4% [1].${note}`), ['53.4%']);
    assert.deepEqual(pl006(`${first}- SWE-bench Verified: 93.9% against 80.8% [1].\n- SWE-bench Pro: 77.8% against 53.4% [1].${note}`), []);
    // Not from an item that gives no pair "for" names, nor past an item of another shape.
    assert.deepEqual(pl006(`- CyberGym: 83.1% for Mythos Preview [1].\n- SWE-bench Pro: 77.8% against 55.4% [1].${note}`), []);
    assert.deepEqual(pl006(`${first}- Pages: the card runs long [1].\n- SWE-bench Pro: 77.8% against 55.4% [1].${note}`), []);
  });

  it("holds no part of the writer's own things against the fact's total (round 17, I item 1)", () => {
    // On record: twelve founding partners. "Seven of our insureds" counts the underwriter's insureds.
    assert.deepEqual(pl006('Seven of our insureds are Glasswing founding partners or their subsidiaries.'), []);
    assert.deepEqual(pl006('Project Glasswing has twelve founding partners.[1]\n\nThree of my clients are Glasswing participants.\n\n[1]: https://example.org'), []);
    // The whole, or the fact's own count, is still held.
    assert.deepEqual(pl006('All seven of our founding partners joined Project Glasswing.'), ['seven']);
    assert.deepEqual(pl006('Seven companies are Glasswing founding partners.'), ['Seven']);
  });

  it("holds no count of the whole a part is taken of against the fact's total (blind QA round 21, tester B item 1.1)", () => {
    // On record: twelve founding partners. "top ten suppliers" counts the company's suppliers, whatever three of them are.
    assert.deepEqual(pl006('Ms Achterberg asked about Glasswing. Three of our top ten suppliers are founding partners.'), []);
    assert.deepEqual(pl006("The CTO said that three of the Company's top ten suppliers were founding partners, but none had yet committed."), []);
    assert.deepEqual(pl006("Three of the Company's top ten suppliers are Glasswing founding partners."), []);
    assert.deepEqual(pl006('Most of its 40 customers are Glasswing founding partners.'), []);
    assert.deepEqual(pl006('Our top ten suppliers are Glasswing founding partners.'), []);
    // The fact's own count, or a whole of the fact's things, is still held.
    assert.deepEqual(pl006('Glasswing has ten founding partners.'), ['ten']);
    assert.deepEqual(fixes('Glasswing has ten founding partners.'), ['twelve']);
    assert.deepEqual(pl006('Ten founding partners joined Glasswing.'), ['Ten']);
    assert.deepEqual(pl006('Three of the ten founding partners of Project Glasswing are American.'), ['ten']);
    assert.deepEqual(pl006('Three of the twelve founding partners of Project Glasswing are American.'), []);
    assert.deepEqual(pl006('Seven companies are Glasswing founding partners.'), ['Seven']);
  });
});
