// The writer's own rules, measurements, tasks and data want no citation (PL007): a course's
// regulations, an instruction to the reader, a figure in a clause the writer speaks in the first
// person, a table a lead-in gives as the writer's own data, and a disclosure timeline's item (blind
// QA round 18: S item 4.2; O items 4.2 (L67), 4.3 and 4.4). A Glasswing figure in the same shapes,
// and a sentence with none of these marks, keeps its hint.
import * as assert from 'node:assert/strict';
import { bundledAnalyzer } from './support/findingTexts';

/** The figures PL007 hints at, as its messages list them (one hint lists all the figures of its sentence or row). */
const pl007 = (text: string): string[] =>
  bundledAnalyzer
    .analyze(text)
    .findings.filter((f) => f.code === 'PL007')
    .flatMap((f) => [...f.message.matchAll(/“([^”]*)”/g)].map((m) => m[1]));

describe("the writer's own rules and measurements (PL007)", () => {
  it("wants no citation for a course's own regulations (blind QA round 18, tester S item 4.2)", () => {
    for (const text of [
      'The pass mark for MSc modules is 50%. Work below 40% cannot be compensated.',
      '- Work submitted up to 5 working days late is marked, then reduced by 5 percentage points per working day, to a minimum of 50 for work that would otherwise pass.',
      '- Work submitted more than 5 working days late receives a mark of 0.',
      '- Extensions of up to 10 working days may be requested through the form at least 48 hours before the deadline.',
      '- There is a 10% tolerance; markers stop reading at 3,300 words.',
      '- Turnitin similarity scores above 25% are reviewed by the module leader, not penalised automatically.',
    ])
      assert.deepEqual(pl007(text + '\n'), [], text);
  });

  it('wants no citation for an instruction or a task set to the reader (S items 4.2)', () => {
    for (const text of [
      'You should draw on at least 12 sources, of which at least 4 should be peer-reviewed.',
      'For the seminar, list three things the draft tells you that the final announcement does not.',
      'Read the first chapter. Allow about 90 minutes.',
      'Write an essay of no more than 3,000 words answering the following question:',
    ])
      assert.deepEqual(pl007(text + '\n'), [], text);
  });

  it("keeps the hint of a figure the writer only gives a view of, or one the fact check ties to a fact on record", () => {
    // A phrase of the writer's stance owns no figure.
    assert.deepEqual(pl007('In our view the programme has 12 founding partners.\n'), ['12']);
    assert.deepEqual(pl007('To our knowledge, the fix took 3 weeks to ship everywhere.\n'), ['3 weeks']);
    // Under a heading that names the programme, the figure is tied to the fact on record: the world's, whoever speaks.
    assert.deepEqual(pl007('## Project Glasswing\n\nWe count 12 founding partners in the programme today.\n'), ['12']);
    assert.deepEqual(pl007('## What we are changing at Glasswing\n\nEach partner gets up to $100 million in usage credits.\n'), ['up to $100 million']);
  });

  it("wants no citation for the writer's own measurements, policy and plans in the first person (O item 4.3)", () => {
    for (const text of [
      'This breaks reading archives made with `quern --long`, which is about 3% of the archives on our public test corpus.',
      'Our policy is to release a fix within 90 days of a report.',
      'We will spend $6,000 of the budget on extra fuzzing capacity.',
      'Nine maintainers sounds like a lot until you see that three of us do about 70% of the reviews.',
    ]) {
      const left = pl007(text + '\n');
      assert.ok(!left.some((f) => /3%|90 days|\$6,000|three|70%/.test(f)), `${text}: ${left.join(', ')}`);
    }
  });

  it("reads a bound's \"more than\" and a number's thousands inside the writer's clause (blind QA round 19, tester F item 5)", () => {
    for (const text of [
      'We aim to publish a verdict on any claim with more than 100,000 views within 24 hours of first seeing it.',
      'We aim to publish a verdict on any claim with more than 500 views within 24 hours.',
    ])
      assert.deepEqual(pl007(text), [], text);
    // A clause of its own after "than" is still another's.
    assert.deepEqual(pl007('We aim to publish faster than 40 organisations do.'), ['40']);
  });

  it('still wants a citation for a figure of the world in the same shapes', () => {
    // A party of the fact base named: its plan, its measure.
    assert.deepEqual(pl007('Anthropic will spend $100 million on usage credits.\n'), ['$100 million']);
    assert.deepEqual(pl007('Our policy follows Anthropic, which committed $100 million.\n'), ['$100 million']);
    // No mark of the writer's: the model's finding, the organisations with access.
    assert.deepEqual(pl007('The model found 181 exploits.\n'), ['181']);
    assert.deepEqual(pl007('About 40 organisations have access.\n'), ['About 40']);
    // What the writer learnt, reports or read, and a clause of its own after "that".
    assert.deepEqual(pl007('We now know the model found 181 exploits.\n'), ['181']);
    assert.deepEqual(pl007('We read that about 40 organisations have access.\n'), ['about 40']);
    assert.deepEqual(pl007('As we reported, about 40 organisations have access.\n'), ['about 40']);
    assert.deepEqual(pl007('We are one of 40 organisations with access.\n'), ['40']);
    // A clause in the past tells what happened: the writer's own past keeps its hint, as a nation's "we" does.
    assert.deepEqual(pl007('Last year we spent $100,000 on audits.\n'), ['$100,000']);
    assert.deepEqual(pl007('We found three flaws in our copy of the card.\n'), ['three']);
    assert.deepEqual(pl007('We will publish our findings on the $250 million contract.\n'), ['$250 million']);
    assert.deepEqual(pl007('Under the incident notification rule, we must notify our regulator within 36 hours.\n'), ['36 hours']);
    // The reader told to know a thing, a task verb not opening the sentence, a figure in a clause of its own.
    assert.deepEqual(pl007('You should know that about 40 organisations have access.\n'), ['about 40']);
    assert.deepEqual(pl007('You should know about 40 organisations have access.\n'), ['about 40']);
    assert.deepEqual(pl007('The model wrote 181 exploits.\n'), ['181']);
    assert.deepEqual(pl007('Read the card, because the model found 181 exploits.\n'), ['181']);
    // Words of marking outside a course's rules: "marks" alone, "late" alone.
    assert.deepEqual(pl007('The patch shipped 5 days late.\n'), ['5 days']);
    assert.deepEqual(pl007('Each fix adds 2 numeric markers to the post.\n'), ['2']);
  });

  it('reads a table as the writer\'s own data after a lead-in that says so (O item 4.4)', () => {
    const books = 'We publish our books on Open Collective every quarter. For 2025:\n\n| Source | Amount (USD) | Share |\n|---|---|---|\n| Open Collective (individuals) | 18,400 | 16% |\n| **Total** | **113,450** | **100%** |\n';
    // Its rows; the lead-in's own "For 2025:" is read as any sentence.
    assert.deepEqual(pl007(books), ['2025']);
    const people = 'Our numbers, as of the 2.7.4 release:\n\n| | 2024 | 2025 |\n|---|---|---|\n| Maintainers with commit access | 7 | 9 |\n';
    assert.deepEqual(pl007(people), []);
    // A lead-in that names a party of the fact base, or says nothing of whose data it is, or a row that names one.
    assert.deepEqual(pl007("Anthropic's scores, in our summary:\n\n| Benchmark | Score |\n|---|---|\n| CyberGym | 83.1% |\n"), ['83.1%']);
    assert.deepEqual(pl007('The scores:\n\n| Benchmark | Score |\n|---|---|\n| CyberGym | 83.1% |\n'), ['83.1%']);
    assert.deepEqual(pl007('Our numbers:\n\n| Item | Count |\n|---|---|\n| Glasswing partners | 40 |\n'), ['40']);
  });

  it("wants no citation for the other figures of a disclosure timeline's item (O item 4.2, L67)", () => {
    assert.deepEqual(pl007('## Disclosure timeline\n\n- 2026-04-15: Acknowledged; triage started by two maintainers.\n'), []);
    // An item that names a party of the fact base keeps them.
    assert.deepEqual(pl007('## Disclosure timeline\n\n- 2026-04-07: Anthropic announces Project Glasswing with 40 organisations.\n'), ['2026-04-07', '40']);
  });

  it("wants no citation for a rule or a plan under a heading of the writer's own changes (O item 4.3, L81)", () => {
    const changes = '## What we are changing\n\n1. **A triage rotation.** From June, one maintainer each week owns the security@ inbox. Each report gets an acknowledgement within 3 working days.\n';
    assert.deepEqual(pl007(changes), []);
    // What happened, a party of the fact base, or the same rule under another heading keeps its hint.
    assert.deepEqual(pl007('## What we are changing\n\nAttackers found 181 exploits last year.\n'), ['181']);
    assert.deepEqual(pl007('## What we are changing\n\nAnthropic gives 40 organisations access.\n'), ['40']);
    assert.deepEqual(pl007('## Background\n\nEach report gets an acknowledgement within 3 working days.\n'), ['3 working days']);
  });
});

// The date of the writer's own scan and the horizon of the writer's own forecast are the writer's (blind QA round 31,
// tester U items 4.2 L99 and 4.3 L67); another's dated thing and a forecast that names a party of the fact base keep their hints.
describe("the date of the writer's own measurement and a forecast's horizon (PL007)", () => {
  it('wants no citation for "our March 2026 scan" nor "we expect the first within the next two quarters"', () => {
    assert.deepEqual(pl007('A single flaw would hit Helix and, on our March 2026 scan, about 37% of our tech and SaaS insureds at once.'), []);
    assert.deepEqual(pl007('We have not yet seen such a notification, but we expect the first within the next two quarters.'), []);
  });

  it("still wants a citation for another's dated thing, a fact in a forecast's shape, or a span that is known", () => {
    assert.deepEqual(pl007('The leak came to light on 26 March 2026, in a scan by a reporter.'), ['26 March 2026']);
    assert.deepEqual(pl007('Our view is unchanged since the April 2026 announcement.'), ['April 2026']);
    assert.deepEqual(pl007('We expect Anthropic to release it within the next two quarters.'), ['two quarters']);
    assert.deepEqual(pl007('We know the fix took two quarters.'), ['two quarters']);
  });
});
