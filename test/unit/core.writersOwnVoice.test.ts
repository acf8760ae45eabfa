// Figures in the writer's own voice want no citation: what the writer will do, proposes or has
// done is no claim about the world a source could support (blind QA round 14: O items 5, 6, 11;
// J item 14). A claim about the world in the same shapes still wants one.
import * as assert from 'node:assert/strict';
import { bundledAnalyzer, findingTexts } from './support/findingTexts';

/** The figures PL007 hints at, as its messages list them (one hint lists all the figures of its sentence). */
const pl007 = (text: string): string[] =>
  bundledAnalyzer
    .analyze(text)
    .findings.filter((f) => f.code === 'PL007')
    .flatMap((f) => [...f.message.matchAll(/“([^”]*)”/g)].map((m) => m[1]));
const pl006 = (text: string): string[] => findingTexts('PL006', text);

describe("the writer's own voice (PL007)", () => {
  it("wants no citation for the dates of the writer's own schedule", () => {
    assert.deepEqual(pl007('Staff with questions may contact the author; we will update this brief after the April 29 hearing.'), []);
    assert.deepEqual(pl007('*The author will testify before the House Homeland Security Committee on April 29.*'), []);
    assert.deepEqual(pl007("We're hiring a policy fellow for the summer; applications close May 15."), []);
    assert.deepEqual(pl007("I'll be testifying on Tuesday, April 29."), []);
    // Only its dates, only in a phrase of time, and not in a clause of its own after it.
    assert.deepEqual(pl007('We will publish our findings on the $250 million contract by June 2026.'), ['$250 million']);
    assert.deepEqual(pl007('In Section 4 we will return to the 27-year-old bug.'), ['27-year-old']);
    assert.deepEqual(pl007('We will show that Anthropic announced the model on April 7.'), ['April 7']);
    assert.deepEqual(pl007('We are publishing this after the March 26 leak.'), ['March 26']);
    // A deadline with no plan of the writer's before it is another's: "applications close" on its own is hinted.
    assert.deepEqual(pl007('The Commission has opened a consultation; submissions close May 15.'), ['May 15']);
  });

  it("wants no citation for the deadline of the writer's own call in a sentence of its own (blind QA round 22, voice item 1)", () => {
    for (const text of [
      'Applications close May 15.',
      'Submissions are due by 30 June.',
      'Registration closes on 3 April.',
      'Nominations open on 1 March.',
      'The comment period ends on 12 May.',
      'Applications for the summer fellowship close at noon on May 15.',
      'Abstracts are due 30 June, 23:59 BST.',
      // After a sentence in which the writer speaks.
      "We're hiring a policy fellow. Applications close May 15.",
      '**Fellowship.** Our summer fellowship is open to graduate students. Applications close May 15.',
    ])
      assert.deepEqual(pl007(text), [], text);
  });

  it("still wants a citation for another's deadline, a past one, or one a law or an agency sets", () => {
    assert.deepEqual(pl007("The EU AI Act's obligations apply from 2 August 2026."), ['2 August 2026']);
    assert.deepEqual(pl007('The consultation closes on 30 June 2026.'), ['30 June 2026']);
    assert.deepEqual(pl007('Applications closed on 4 March 2026.'), ['4 March 2026']);
    assert.deepEqual(pl007('Applications for the NSF grant close May 15.'), ['May 15']);
    assert.deepEqual(pl007('The Commission has opened a consultation on the code. Submissions close May 15.'), ['May 15']);
    assert.deepEqual(pl007('Applications close May 15, and 300 firms have applied.'), ['May 15', '300']);
  });

  it('wants no citation for a figure the writer proposes to those who make or carry out the rules', () => {
    assert.deepEqual(pl007('Congress should require developers to brief CISA before any release, with a 30-day window for the agency to respond.'), []);
    assert.deepEqual(pl007('We recommend that Congress fund CISA at $500 million a year by 2027.'), []);
    assert.deepEqual(pl007('4.1 First, the Department should require that participants report findings within 30 days.'), []);
    assert.deepEqual(pl007('We propose a twelve-month study of what this shift means for maintainers.'), []);
    assert.deepEqual(pl007('Congress must act by 2027.'), []);
    assert.deepEqual(pl007('This brief recommends that Congress require a 30-day window.'), []);
    assert.deepEqual(pl007('We believe Congress should act by 2027.'), []);
  });

  it('wants no citation for a recommendation set as an imperative under a heading or a lead-in of recommendations, or after its label (blind QA round 22, voice item 2)', () => {
    const draft = [
      '# Brief',
      '',
      '## Recommendations',
      '',
      '1. Require labs to report incidents within 72 hours.',
      '2. Fund CAISI at $50 million a year by 2027.',
      '',
      '### Recommendation 3',
      '',
      'Establish a reporting window of 30 days.',
      '',
      '## Background',
      '',
      'Recommendation 4: Fund CAISI at $60 million a year.',
      '',
      'We recommend that Congress:',
      '',
      '- require labs to report incidents within 48 hours;',
      '- fund CAISI at $70 million a year.',
      '',
    ].join('\n');
    assert.deepEqual(pl007(draft), []);
  });

  it('wants no citation for a recommendation whose verb takes its figure at once, is hyphenated, or sets a deadline by a meeting of the writer’s (blind QA round 17, I item 3)', () => {
    const draft = [
      '## Recommendations',
      '',
      '1. Hold +7.5% on the primary book.',
      '2. Re-run the clash scenario with an 80% autonomous-attack assumption before the 30 June committee.',
      '3. Reprice the tech book by 5% at the May board.',
      '',
    ].join('\n');
    assert.deepEqual(pl007(draft), []);
    // "the" before a date still takes a thing as given when no meeting of the writer's follows it ("the 30 June deadline" may be
    // another's); a hyphenated noun is no verb.
    const given = ['## Recommendations', '', '- Reverse the 27 February designation before the 30 June deadline passes.', '- Fund-raising rose 40% in 2025.', ''].join('\n');
    assert.deepEqual(pl007(given), ['27 February', '30 June', '40%', '2025']);
  });

  it("reads a clause after a recommendation's colon with a subject and verb of its own as a report, not the writer's proposal", () => {
    const draft = [
      '## Recommendations',
      '',
      '1. Fund the line: Anthropic committed $100 million in usage credits.',
      '2. Fund three programmes: CAISI at $50 million and NIST at $20 million.',
      '',
    ].join('\n');
    assert.deepEqual(pl007(draft), ['$100 million']);
  });

  it('wants no citation for a requirement the document lays down in the capitals of RFC 2119, but for another clause of its sentence (blind QA round 17, P item 9)', () => {
    const draft = [
      'R-4.1 The Supplier MUST scan every in-scope service at least once every 7 days.',
      '',
      'R-4.2 The Supplier MUST notify the Agency of any Critical Finding within 24 hours.',
      '',
      'The false positive rate SHOULD remain below 15% across each quarter.',
      '',
      'Anthropic MUST NOT release Mythos Preview, which found 181 exploits.',
      '',
      'The Supplier must scan every service every 7 days.',
      '',
    ].join('\n');
    assert.deepEqual(pl007(draft), ['181', '7 days']);
  });

  it('still wants a citation for an imperative outside recommendations, a statement among them, or what a recommendation takes as given', () => {
    const draft = [
      '# Brief',
      '',
      '## Background',
      '',
      'Fund CAISI at $50 million a year.',
      '',
      '## Recommendations',
      '',
      '- Anthropic committed $100 million in usage credits.',
      '- Reverse the $250 million cut to CISA.',
      '- Cut the reporting window from 72 hours to 24.',
      '- Fund managers hold $3 trillion in AI stocks.',
      '- Anthropic kept the model private, cut its staff by 40% and waited.',
      '',
      '## Next',
      '',
      'The report recommends:',
      '',
      '- require labs to report incidents within 48 hours.',
      '',
      "## The NSCAI's recommendations",
      '',
      '- Fund AI research at $32 billion a year.',
      '',
    ].join('\n');
    assert.deepEqual(pl007(draft), ['$50 million', '$100 million', '$250 million', '72 hours', '$3 trillion', '40%', '48 hours', '$32 billion']);
  });

  it('still wants a citation for what a proposal takes as given, or a sentence that only looks like one', () => {
    // Judging or inferring what happened: "should have", "must have".
    assert.deepEqual(pl007('Anthropic should have disclosed the leak on March 26.'), ['March 26']);
    assert.deepEqual(pl007('The model must have found 181 exploits.'), ['181']);
    assert.deepEqual(pl007('Congress should have acted by March 1, 2026.'), ['March 1, 2026']);
    // What the proposal takes as given: a thing named with its figure, a baseline, a date that is no deadline.
    assert.deepEqual(pl007('Congress should reverse the February 27 designation and restore the $250 million contract.'), ['February 27', '$250 million']);
    assert.deepEqual(pl007('The Government should cut the reporting window from 72 hours to 24 hours.'), ['72 hours']);
    assert.deepEqual(pl007('Congress should act now, as Anthropic found a 27-year-old bug.'), ['27-year-old']);
    assert.deepEqual(pl007('Congress should note that Mythos found a 27-year-old bug.'), ['27-year-old']);
    assert.deepEqual(pl007('Lawmakers should know 40 organizations have access.'), ['40']);
    assert.deepEqual(pl007('The committee should ask why Anthropic waited until April 7 to announce.'), ['April 7']);
    // A company is no addressee of a recommendation here: its "should" may presuppose ("double the donations").
    assert.deepEqual(pl007('Anthropic should double the donations to open-source security groups to $8 million.'), ['$8 million']);
    // An epistemic "should" of a thing, and a duty a law lays on those who carry it out.
    assert.deepEqual(pl007('The model should score above 90% next year.'), ['above 90%']);
    assert.deepEqual(pl007('Federal agencies must report incidents to CISA within 72 hours.'), ['72 hours']);
    assert.deepEqual(pl007('Under the Act, Congress must review the rule within 30 days.'), ['30 days']);
    // Another's proposal, reported.
    assert.deepEqual(pl007('According to Amodei, Congress should act by 2027.'), ['2027']);
    assert.deepEqual(pl007('Critics argue Congress should cap the credits at $40 million.'), ['$40 million']);
    assert.deepEqual(pl007('Some think we should cap donations at $40 million.'), ['$40 million']);
  });

  it("wants no citation for the writer's own career, but for what it names as given", () => {
    assert.deepEqual(pl007('I have worked on federal cyber policy since 2011, including four years at CISA.'), []);
    assert.deepEqual(pl007('The author served at CISA from 2015 to 2019.'), []);
    assert.deepEqual(pl007('I have spent three weeks talking to officials in Washington.'), []);
    assert.deepEqual(pl007('I have covered Anthropic since the March 26 leak.'), ['March 26']);
    assert.deepEqual(pl007('I learned that the leak happened on March 26.'), ['March 26']);
    // Another's "I", in quotation marks: the speaker's figure, which the quotation's PL001 asks a citation for.
    assert.deepEqual(pl007('"I have worked on this problem since 2011," Amodei said.'), []);
    assert.deepEqual(findingTexts('PL001', '"I have worked on this problem since 2011," Amodei said.').length, 1);
    // A witness's or a guest's "I" in a transcript's turn (blind QA round 22, voice item 4); what the speaker plans is still no claim.
    assert.deepEqual(pl007('MS. CHEN-ABERNATHY: Thank you, Chair Hartwell. I spent six years at the Department, and I left in January 2025.'), ['six years', 'January 2025']);
    assert.deepEqual(pl007('**A:** I joined CISA in 2019.'), ['2019']);
    assert.deepEqual(pl007('MS. CHEN-ABERNATHY: I will send the committee my notes after the April 29 hearing.'), []);
    // A speaker's own present figures and estimates, the first person before the figure, are theirs as the writer's are (blind QA round
    // 19, tester P item 4); a figure of the story the speaker takes up, or the speaker's past, keeps its hint.
    for (const turn of [
      'JONAS FELD: Our whole annual budget is about $180,000.',
      "PRIYA NATARAJAN: It's a rounding error. I'd have put it at ten times that.",
      "PRIYA NATARAJAN: It's not a vault. I'd put the odds that something from inside leaks within a year at about one in three.",
    ])
      assert.deepEqual(pl007(turn), [], turn);
    assert.deepEqual(pl007('JONAS FELD: So a slice of four million would change our year.'), ['four million']);
    assert.deepEqual(pl007("JONAS FELD: Not yet. We've had four reports in two weeks."), ['four', 'two weeks']);
    assert.deepEqual(pl007("PRIYA NATARAJAN: I'd put it plainly: 40 organisations have access."), ['40']);
    // Rhetorical time is a claim about the world: the model was unknown until the announcement.
    assert.deepEqual(pl007('Three weeks ago, most people in Washington had never heard of Claude Mythos.'), ['Three weeks']);
  });

  it('still checks a figure of the writer’s own voice against the record', () => {
    assert.deepEqual(pl006('We will update this brief after the April 29 hearing, as Mythos Preview found a 17-year-old flaw in FFmpeg.'), ['17-year-old']);
    assert.deepEqual(pl007('We will update this brief after the April 29 hearing, as Mythos Preview found a 17-year-old flaw in FFmpeg.'), ['17-year-old']);
    assert.deepEqual(pl006('We will show that the Mythos leak came on March 27, 2026.'), ['March 27, 2026']);
  });
});
