// The writer's own schedule, deadlines and plans want no citation (PL007), and a duty a named law
// lays on the writer is the law's, which does (blind QA round 16, own material: U items 5 and 8,
// M item 6, H items 7 and 9). The same shapes about another party still want one.
import * as assert from 'node:assert/strict';
import { bundledAnalyzer } from './support/findingTexts';

/** The figures PL007 hints at, as its messages list them (one hint lists all the figures of its sentence or row). */
const pl007 = (text: string): string[] =>
  bundledAnalyzer
    .analyze(text)
    .findings.filter((f) => f.code === 'PL007')
    .flatMap((f) => [...f.message.matchAll(/“([^”]*)”/g)].map((m) => m[1]));

describe("the writer's own schedule (PL007)", () => {
  it('wants a citation for a duty of "we" that a law or rule named before it lays (H item 7)', () => {
    assert.deepEqual(
      pl007(
        "Under the federal banking agencies' computer-security incident notification rule, we must notify our primary regulator within 36 hours of determining that a notification incident has occurred.",
      ),
      ['36 hours'],
    );
    assert.deepEqual(pl007('Under the Act, we must report incidents within 72 hours.'), ['72 hours']);
    assert.deepEqual(pl007('The regulation requires that we must keep logs for 12 months.'), ['12 months']);
    // No law named: the writer's own duty, which no source could support.
    assert.deepEqual(pl007('We must notify our primary regulator within 36 hours.'), []);
    assert.deepEqual(pl007('Congress must act by 2027.'), []);
  });

  it('wants no citation for a deadline whose sentence goes on with its time and how the work goes in (U item 5, H item 9)', () => {
    for (const text of [
      'Submissions are due by 4 December 2026 at 12:00 via Turnitin.',
      'Applications close May 15 at 17:00 ET through the fellowship portal.',
      'Abstracts are due 30 June by email.',
      'Submissions are due by 30 June to the course office.',
      // A deadline line with no verb: the thing due names no one.
      '- Policy brief due **4 December 2026, 12:00**',
      '- Next risk committee pre-read due: Wed Apr 29, 12:00 ET.',
      '5.0.0 ETA: June 2, 2026',
    ])
      assert.deepEqual(pl007(text), [], text);
  });

  it("still wants a citation for a deadline of another's, or one that says more", () => {
    // A name after "to": the call is the Commission's.
    assert.deepEqual(pl007('Submissions are due by 30 June to the Commission.'), ['30 June']);
    assert.deepEqual(pl007('Submissions are due by 4 December 2026 at 12:00 via Turnitin and 40 students have applied.'), ['4 December 2026', '40']);
    // A verb, an acronym, a possessive, a name or a party of the fact base in the thing due.
    for (const [text, date] of [
      ['The report is due 30 June 2026.', '30 June 2026'],
      ['DSIT response due 30 June 2026.', '30 June 2026'],
      ["Commission's decision due 30 June 2026.", '30 June 2026'],
      ['Final report to Parliament due 30 June 2026.', '30 June 2026'],
      ['Project Glasswing report due 30 June 2026.', '30 June 2026'],
      ['Policy brief due 4 December 2026, after the hearing.', '4 December 2026'],
    ])
      assert.deepEqual(pl007(text), [date], text);
  });

  it("wants no citation for a labelled line of the writer's event, nor a byline of a name and a date (U item 8)", () => {
    for (const text of [
      '**When:** Tuesday 10 November 2026, 14:00–16:00',
      '**Office hours this week:** Wednesday 11 November, 10:00–12:00, room 4.08',
      'Time and place: 3 March 2026, 10:00, Bancroft Building',
      'Dr Miriam Oyelaran · 10 November 2026',
      'Jane Doe | Head of Policy | 22 April 2026',
    ])
      assert.deepEqual(pl007(text), [], text);
  });

  it("still wants a citation for a labelled line or a line of parts that tells the world's events", () => {
    for (const [text, date] of [
      ["**When:** 7 April 2026, Anthropic's launch", '7 April 2026'],
      ['**When:** 26 March 2026, the leak', '26 March 2026'],
      ['Project Glasswing · 7 April 2026', '7 April 2026'],
      ['Leak · 26 March 2026', '26 March 2026'],
      ['Glasswing launch · 7 April 2026', '7 April 2026'],
    ])
      assert.deepEqual(pl007(text), [date], text);
  });

  it("wants no citation for a line labelled with the kind of the writer's event, a meeting or a class (blind QA round 18, tester H item H4, tester S item 4.1)", () => {
    for (const text of [
      '**Session:** Wednesday 20 May 2026, 9.30am, Committee Room 15 (public session from 9.45am)',
      '**Lecture:** Tuesday 10 November 2026, 14:00–16:00, Bancroft Building room 2.17',
      '**Seminars:** Thursday 12 November (groups A and B), Friday 13 November (group C)',
      '**Essay clinic:** Tuesday 1 December 2026, 15:00–17:00, room 2.17.',
      'Meeting: Tuesday 21 April 2026, 14:00, online',
    ])
      assert.deepEqual(pl007(text + '\n'), [], text);
  });

  it("still wants a citation for such a line that names a party of the fact base or another's meeting, or says more, and for the world's events", () => {
    for (const [text, figures] of [
      ["**Meeting:** 7 April 2026, Anthropic's launch", ['7 April 2026']],
      ['**Session:** 26 March 2026, the leak', ['26 March 2026']],
      ['**White House meeting:** Tuesday 10 November 2026, 14:00', ['10 November 2026']],
      ['**Lecture:** Tuesday 10 November 2026, 14:00, on how 40 partners joined', ['10 November 2026', '40']],
      ['**Launch:** Tuesday 7 April 2026, San Francisco', ['7 April 2026']],
      ['**Hearing:** Wednesday 29 April 2026, Senate Commerce Committee', ['29 April 2026']],
    ] as const)
      assert.deepEqual(pl007(text + '\n'), figures, text);
  });

  it("wants no citation for the date of a plan of the writer's told in the passive (M item 6)", () => {
    for (const text of [
      '5.0.0 final is planned for June 2, 2026, if rc2 holds up.',
      'Our next release is scheduled for 3 June 2026.',
      'Your policy brief is due on 4 December 2026.',
      'v5.1 is tentatively slated for the week of 8 June 2026.',
      'The 5.0.0 release is due out on June 2, 2026.',
    ])
      assert.deepEqual(pl007(text), [], text);
  });

  it("still wants a citation for a plan in the passive that nothing says is the writer's", () => {
    for (const [text, figures] of [
      // A party of the fact base, a product by its name, a thing with no owner.
      ['Mythos Preview is scheduled for general release in June 2026.', ['June 2026']],
      ['Python 3.14 is scheduled for October 7, 2025.', ['October 7, 2025']],
      ['The hearing is scheduled for April 29, 2026.', ['April 29, 2026']],
      ['The next release is planned for June 2, 2026.', ['June 2, 2026']],
      ['Our response to the Commission is due on 30 June 2026.', ['30 June 2026']],
      // A figure in the thing, and one after the plan, are the world's.
      ['The $3.5 million grant is due on 30 June 2026.', ['$3.5 million', '30 June 2026']],
      ['5.0.0 final is planned for June 2, 2026, and 40 contributors have signed up.', ['40']],
    ] as const)
      assert.deepEqual(pl007(text), figures, text);
  });

  it("wants no citation for the plans of the writer's own body, named by its bare noun in capitals, nor for a count of a plan's parts a colon sets out (blind QA round 18, tester H items H5 and H6)", () => {
    for (const text of [
      'The Committee will next meet on Wednesday 3 June 2026.',
      '> [!NOTE]\n> - The Committee will hear from two panels: academic and industry experts, then officials from the Department and the National Cyber Security Centre (NCSC).',
      'We will hear from two panels: academic and industry experts.',
    ])
      assert.deepEqual(pl007(text + '\n'), [], text);
    // A body named more fully, or in lower case, is another's; a count with no colon setting it out, or another's plan, keeps its hint.
    for (const [text, figures] of [
      ['The Senate Commerce Committee will next meet on Wednesday 3 June 2026.', ['3 June 2026']],
      ['The committee will next meet on Wednesday 3 June 2026.', ['3 June 2026']],
      ['The Committee will hear from two panels and 40 witnesses.', ['two', '40']],
      ['Anthropic will spend $100 million on two programmes: credits and donations.', ['$100 million', 'two']],
      ['The Committee will show that Anthropic disclosed the leak on 26 March 2026.', ['26 March 2026']],
    ] as const)
      assert.deepEqual(pl007(text + '\n'), figures, text);
  });

  it("wants no citation for the dates and the span a course's assessment is returned in, told in the passive (blind QA round 18, tester S item 4.2, L17 and L66)", () => {
    for (const text of [
      'Marks and feedback for Assessment 1 will be released on 13 November.',
      'Feedback on Assessment 2 will be returned within 15 working days, by 8 January 2027.',
      'Your results will be returned within 15 working days.',
    ])
      assert.deepEqual(pl007(text + '\n'), [], text);
    for (const [text, figures] of [
      ['The model will be released on 13 November.', ['13 November']],
      ['Mythos Preview will be released on 13 November.', ['13 November']],
      ["Anthropic's Assessment 1 will be released on 13 November.", ['13 November']],
      ['The report will be published within 15 working days, by 8 January 2027.', ['15 working days', '8 January 2027']],
      ['Feedback on Assessment 2 will be returned within 15 working days, by 8 January 2027, to 40 students.', ['40']],
    ] as const)
      assert.deepEqual(pl007(text + '\n'), figures, text);
  });

  it("wants no citation in a syllabus's session table nor for an assessment's weights and word limits beside their Due column (U item 8)", () => {
    const syllabus = '| Week | Date | Topic |\n|---|---|---|\n| 7 | 10 Nov 2026 | Frontier AI and cybersecurity (this handout) |\n| 9 | 24 Nov 2026 | Reading week (no seminar) |\n';
    assert.deepEqual(pl007(syllabus), []);
    const assessment = '| Component | Weight | Word limit | Due |\n|---|---|---|---|\n| Policy brief | 40% | 2,500 words | 4 December 2026 |\n| Take-home exam | 50% | 3,000 words | 15 January 2027 |\n';
    assert.deepEqual(pl007(assessment), []);
    const status = '| Item | Owner | % done | Due |\n|---|---|---|---|\n| Readiness assessment | Dana | 40% | 2026-05-08 |\n';
    assert.deepEqual(pl007(status), []);
  });

  it("wants no citation for the amounts of a payment schedule beside its Due date column (blind QA round 20, tester K item 4b)", () => {
    const payments = '| # | Milestone | Deliverable | Due date | Payment (USD) |\n|---|---|---|---|---|\n| M1 | Grant agreement signed | Countersigned agreement | 1 June 2026 | 1,073,000 |\n';
    assert.deepEqual(pl007(payments), []);
    assert.deepEqual(pl007('| Tranche | Due | Amount |\n|---|---|---|\n| T1 | 2026-06-01 | $500,000 |\n'), []);
    // Without a Due column an Amount column lists anyone's money.
    assert.deepEqual(pl007('| Grantee | Amount (USD) |\n|---|---|\n| Northwind | 450,000 |\n'), ['450,000']);
  });

  it("still wants a citation for a timeline's rows, a table without a Due column, and durations", () => {
    // A row of a week-numbered table that names a party of the fact base or tells a figure may be a timeline's.
    const timeline = '| Week | Date | Event |\n|---|---|---|\n| 1 | 24 Mar 2026 | Draft leak exposes ~3,000 assets |\n| 2 | 7 Apr 2026 | Anthropic announces Project Glasswing |\n';
    assert.deepEqual(pl007(timeline), ['24 Mar 2026', '~3,000', '7 Apr 2026']);
    assert.deepEqual(pl007('| Date | Event |\n|---|---|\n| 26 Mar 2026 | Leak |\n'), ['26 Mar 2026']);
    assert.deepEqual(pl007('| Document | Length |\n|---|---|\n| System card | 244 pages |\n'), ['244 pages']);
    // A task's own description keeps its figures; "Weeks" heads durations.
    assert.deepEqual(pl007('| Item | Owner | % done | Due |\n|---|---|---|---|\n| Cut the critical SLA to 7 days | Priya | 25% | 2026-06-30 |\n'), ['7 days']);
    assert.deepEqual(pl007('| Weeks | Task |\n|---|---|\n| 3 | Drafting |\n'), ['3']);
  });

  it("wants no citation for the dates that open the items of an advisory's disclosure timeline (M item 7)", () => {
    const advisory = '## Disclosure timeline\n\n- 2026-04-09: report received via security@ (PGP).\n- 2026-04-11: CVE-2026-31337 assigned.\n';
    assert.deepEqual(pl007(advisory), []);
  });

  it('still wants a citation in a disclosure timeline for an item about a party of the fact base, and under "Timeline" alone', () => {
    assert.deepEqual(pl007('## Disclosure timeline\n\n- 2026-04-07: Anthropic announces Project Glasswing.\n'), ['2026-04-07']);
    // An item's other figures are the writer's record too (blind QA round 18, tester O item 4.2): see core.writersOwnRules.test.ts.
    assert.deepEqual(pl007('## Disclosure timeline\n\n- 2026-04-12: fix merged after 3 reviews.\n'), []);
    assert.deepEqual(pl007('## Timeline\n\n- 2026-03-26: draft blog post leaked.\n'), ['2026-03-26']);
    // The section ends at the next heading of its level.
    assert.deepEqual(pl007('## Disclosure timeline\n\n- 2026-04-09: report received.\n\n## Background\n\n- 2026-03-26: draft blog post leaked.\n'), ['2026-03-26']);
  });
  it('takes a tender\'s closing time for the writer\'s call deadline: "Tenders close at 2:00 pm AEST on Thursday 28 May 2026." (blind QA round 25, P item 3)', () => {
    for (const text of [
      'Tenders close at 2:00 pm AEST on Thursday 28 May 2026. Late tenders will not be accepted.',
      'Bids close at 2:00 pm on 28 May 2026.',
      'Quotes close on 28 May 2026.',
      'Responses must be lodged by 2:00 pm AEST on 28 May 2026.',
      // After a sentence that names no one, on the call's own timing.
      '- The closing time is extended. Tenders now close at 2:00 pm AEST on Thursday 4 June 2026.',
    ])
      assert.deepEqual(pl007(text + '\n'), [], text);
    // Another's call, a past one, or one after a sentence that names another keeps its hint.
    assert.deepEqual(pl007('Tenders for the NSW Health contract close on 28 May 2026.\n'), ['28 May 2026']);
    assert.deepEqual(pl007('Tenders closed on 4 March 2026.\n'), ['4 March 2026']);
    assert.deepEqual(pl007('The Commission has opened a consultation. Submissions close May 15.\n'), ['May 15']);
  });

  it('takes the release of the writer\'s next issue or episode, and a memo\'s status line naming its meeting, for the writer\'s schedule (blind QA round 25, N item 5, I item 7)', () => {
    for (const text of [
      'Next episode drops April 24.',
      'Our next issue lands on Thursday, April 23.',
      '**Date:** 16 April 2026\n**Status:** For discussion at the 22 April committee',
    ])
      assert.deepEqual(pl007(text + '\n'), [], text);
    assert.deepEqual(pl007('Next episode: how the model leaked on March 26.\n'), ['March 26']);
    assert.deepEqual(pl007('Next episode drops April 24 with Anthropic\'s red team.\n'), ['April 24']);
    assert.deepEqual(pl007('Status: for decision at the 30 June Anthropic board\n'), ['30 June']);
  });
});
