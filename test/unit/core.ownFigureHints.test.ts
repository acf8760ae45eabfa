import * as assert from 'node:assert/strict';
import { createAnalyzer } from '../../src/core/index';
import { bundledFactBase } from '../../src/core/factbase/bundled';

const analyzer = createAnalyzer({ factBase: bundledFactBase() });
const hints = (text: string) =>
  analyzer
    .analyze(`# Brief\n\n${text}\n`)
    .findings.filter((f) => f.code === 'PL007')
    .map((f) => f.message.slice(f.message.indexOf('“')));

describe('PL007 on figures that are no claims about the world (blind QA round 30)', () => {
  it('reads a range a dash joins as one figure of the writer\'s proposal (tester K item 4a.1)', () => {
    assert.deepEqual(hints('We suggest rates of $60–$120 per hour depending on your location.'), []);
    // Another's range, or one the proposal takes as given, keeps its hint, both ends.
    assert.deepEqual(hints('Anthropic raised prices from $60–$120 per hour.'), ['“$60”, “$120”']);
    assert.deepEqual(hints("We suggest that Anthropic's 40–50 partners wait."), ['“40–50”']);
  });

  it('takes a tax-status code for a label, not a count (tester K item 4a.2)', () => {
    assert.deepEqual(hints('CIC is a 501(c)(3) fiscal host founded in 2019 that supports 38 open-source projects.'), ['“2019”, “38”']);
    assert.deepEqual(hints('The group has been a 501(c)(4) organization since 2019.'), ['“2019”']);
  });

  it("reads the dates of a proposed span and the rest of the proposal after them as the writer's (tester K item 4a.4)", () => {
    assert.deepEqual(hints('I recommend a grant of $2,400,000 to the Collaborative over 24 months (1 June 2026 – 31 May 2028), paid in two tranches as set out in Section 5.'), []);
    // A bracket that says something else is no part of the proposal.
    assert.deepEqual(hints('I recommend a grant of $2,400,000 over 24 months (the leak on 26 March 2026 showed the risk).'), ['“26 March 2026”']);
  });

  it('quotes a duration in working days whole, and marks the figure before a month named alone (tester K items 4a.5, 2)', () => {
    assert.deepEqual(hints('Applications are read from 15 June and decided within 15 working days.'), ['“15 June”, “15 working days”']);
    const text = 'Access is limited; the leak in March had already shown how much Anthropic held, with nearly 3,000 internal assets exposed.';
    const finding = analyzer.analyze(`# Brief\n\n${text}\n`).findings.find((f) => f.code === 'PL007');
    assert.ok(finding?.message.includes('“nearly 3,000”, “March”'), finding?.message);
    assert.equal(finding?.range.start.character, text.indexOf('nearly'));
  });

  it("takes a draft's masthead, version field, sign-off and cite lines for no claims (tester W items 4.1, 4.2; D item 4.3)", () => {
    for (const line of [
      '*Lakeshore State Debate · 2026–27 policy topic · cut by Coach R. Delgado · v3, updated 4/14/26*',
      '**Version:** Reading copy v4, cleared by Private Office 17:30, 20 April',
      'Drafted by T. Okafor, 18 April 2026. Cleared by the Deputy Director, 20 April 2026.',
      '**Event:** Northern Cyber Forum 2026, Main Hall · Tuesday 21 April 2026 · 09:40–09:55',
      '**Northern Cyber Forum 2026** | Keynote and Q&A | 21 April 2026',
      '**Anthropic 26b** (Anthropic, "Claude Mythos Preview System Card," 4/7/26, 244 pp., https://www.anthropic.com/claude-mythos-preview-system-card)',
      '**Black\'s Law 19** (Black\'s Law Dictionary, 11th ed., Bryan A. Garner, ed., Thomson Reuters, 2019, "regulation")',
    ])
      assert.deepEqual(hints(line), [], line);
    // The same shapes stating the world's facts keep their hints.
    for (const [line, expected] of [
      ['**Project Glasswing** | Launch | 7 April 2026', ['“7 April 2026”']],
      ['Anthropic announced the model on 7 April 2026.', ['“7 April 2026”']],
      ['Released by Anthropic, 7 April 2026.', ['“7 April 2026”']],
      ['**Clearance:** the Act took effect on 3 March 2026.', ['“3 March 2026”']],
      ['**Event:** Mythos leak · 26 March 2026', ['“26 March 2026”']],
      ['**Key fact** (Anthropic announced 40 partners on 7 April 2026)', ['“40”, “7 April 2026”']],
      ['*Project Glasswing · 2026 launch · with Anthropic · 12 partners*', ['“2026”, “12”']],
    ] as const)
      assert.deepEqual(hints(line), expected, line);
  });

  it('takes a stage direction for a description of the slide (tester W item 4.1)', () => {
    assert.deepEqual(hints('*(Slide 2: OpenBSD logo, the number 27.)*'), []);
    assert.deepEqual(hints('*(Slide 6: NCSA incident dashboard, 2025.)*'), []);
    // Prose about a slide, and a figure on record, keep their hints.
    assert.deepEqual(hints('Slide 2 shows that 40 partners joined.'), ['“40”']);
    assert.deepEqual(hints('*(Slide 3: Anthropic committed $100 million in usage credits.)*'), ['“$100 million”']);
  });
});
