import * as assert from 'node:assert/strict';
import { createAnalysisCache, createAnalyzer } from '../../src/core/index';
import { bundledFactBase } from '../../src/core/factbase/bundled';

const analyzer = createAnalyzer({ factBase: bundledFactBase() });
const findings = (text: string) => analyzer.analyze(`# Brief\n\n${text}\n`).findings;
const hints = (text: string) => findings(text).filter((f) => f.code === 'PL007').map((f) => f.message.slice(f.message.indexOf('“')));

describe("a number word that counts the writer's own text", () => {
  it('is no figure when it counts units of discourse and opens the sentence, or the sentence leads in with a colon', () => {
    for (const text of [
      'Two words are wrong there, and the attribution line makes it look authoritative.',
      "Three phrases from Anthropic's own documents frame the debate:\n\n- the risk is low;\n- the processes are insufficient.",
      'These three key points matter.',
      'The filing gives two reasons:\n\n- one;\n- another.',
      '**Q:** Two questions remain.',
      'Two steps follow:',
    ])
      assert.deepEqual(hints(text), [], text);
  });

  it('is no figure when the units it counts are listed after a colon in the same sentence (blind QA report G, item 11)', () => {
    for (const text of [
      'We look at three things: the framework, the red teams and the bounties.',
      'The agencies take two steps: a census and an audit.',
      'Regulators weigh four key questions: scope, cost, timing and enforcement.',
    ])
      assert.deepEqual(hints(text), [], text);
    // Things in the world listed after a colon are still counted: the list may be incomplete.
    assert.deepEqual(hints('Anthropic named three partners: AWS, Apple and Google.'), ['“three”']);
    assert.deepEqual(hints('Anthropic cited two reasons, then listed them: cost and risk.'), ['“two”']);
  });

  it('is no figure when it is all a speaker\'s answer says ("**A:** Three.")', () => {
    assert.deepEqual(hints('**A:** Three. Check the words, check the speaker.'), []);
    assert.deepEqual(hints('A: Twelve.'), []);
    assert.deepEqual(hints('**Dario Amodei:** Three.'), []);
    assert.deepEqual(hints('SEN. HARTWELL: Two.'), []);
  });

  it('is no figure when the document counts its own parts: "This paper asks three questions.", "three conditions set out in Section 4" (blind QA report L, item 14)', () => {
    for (const text of [
      'This paper asks three questions. Section 2 describes the program.',
      'Our response makes two recommendations.',
      'This section is organised around three key themes.',
      'We support gated access on three conditions set out in Section 4.',
      'The two options listed below differ.',
      // A briefing, a newsletter or a deck counts its own parts as a paper does (blind QA round 13, B item 9).
      'This briefing answers three questions.',
      'This newsletter makes two recommendations.',
    ])
      assert.deepEqual(hints(text), [], text);
    // Another document's parts, or things in the world, are figures.
    assert.deepEqual(hints('The Act imposes three conditions set out in Section 4 of the Act.'), ['“three”']);
    assert.deepEqual(hints('This paper examines three models.'), ['“three”']);
    assert.deepEqual(hints('The report asks three questions.'), ['“three”']);
    assert.deepEqual(hints('Project Glasswing has twelve founding partners.'), ['“twelve”']);
  });

  it("leaves a field's value a figure: a label that names no speaker (\"Founding partners: ten.\")", () => {
    assert.deepEqual(hints('- Founding partners: ten.'), ['“ten”']);
    assert.deepEqual(hints('Founding Partners: twelve.'), ['“twelve”']);
    assert.deepEqual(hints('Days to announcement: eleven.'), ['“eleven”']);
  });

  it('leaves counts of other things, counts inside a sentence, measures and a table cell\'s number word figures', () => {
    assert.deepEqual(hints('The system card runs to 244 pages.'), ['“244 pages”']);
    assert.deepEqual(hints('Anthropic named three founding partners.'), ['“three”']);
    assert.deepEqual(hints('Three founding partners joined.'), ['“Three”']);
    assert.deepEqual(hints('Anthropic cited two reasons for the delay.'), ['“two”']);
    // Items, steps, ways… may be things in the world: the writer's own only in a lead-in.
    assert.deepEqual(hints('Ten items were leaked in the incident.'), ['“Ten”']);
    assert.deepEqual(hints('The quotation runs to twelve words.'), ['“twelve words”']);
    assert.deepEqual(hints('| Partners | Count |\n|---|---|\n| Founding partners | twelve |'), ['“twelve”']);
  });

  it('is no figure when the writers count their own parts, propose steps or frame their own points (blind QA round 12, A items 5–8)', () => {
    for (const text of [
      // A item 5: "We" or "I" counting the document's own parts, as "This report makes six recommendations." does.
      'We set out six recommendations in Section 8.',
      'In Section 8 we make three recommendations.',
      // A item 6: a sentence that opens on steps, ways or options and proposes them.
      'Three steps would help. First, publish the list.',
      'Two options remain.',
      // A item 7: a lead-in with a colon, its units qualified by an adverb and an adjective.
      'These are two genuinely different theories: controlled distribution, or broad access.',
      // A plural in -ies is a unit too.
      'This paper sets three priorities.',
    ])
      assert.deepEqual(hints(text), [], text);
    // A item 8: units a colon lists after a relative clause on them; the sentence's other figure is still hinted.
    assert.deepEqual(
      hints('Yet it rests on three assumptions that no one has yet tested: that a network of fifty-plus organizations can keep a secret, and that it works.'),
      ['“fifty-plus”'],
    );
    // Others' parts and things in the world stay figures.
    assert.deepEqual(hints('We found three flaws in the card.'), ['“three”']);
    assert.deepEqual(hints('Ten items could be leaked.'), ['“Ten”']);
    assert.deepEqual(hints('Two firms gave reasons: cost and risk.'), ['“Two”']);
    assert.deepEqual(hints('Anthropic released two models: Mythos Preview and Opus 4.6.'), ['“two”']);
  });

  it('is no figure when it counts considerations, or ways the next sentence enumerates from "First," (blind QA round 21, G item 9)', () => {
    for (const text of [
      'The case matters for the UK in two ways. First, it shows the risk. Second, it shows the cost.',
      '10. Three considerations bear on the choice between options.',
      'The ruling differs in two respects. **Firstly**, it is narrower.',
    ])
      assert.deepEqual(hints(text), [], text);
    // A figure about the world beside it is still one, and ways no enumeration follows are counted.
    assert.deepEqual(hints('Anthropic gave access to 12 partners in two ways. First, through Glasswing.'), ['“12”']);
    assert.deepEqual(hints('Anthropic gave access in two ways.'), ['“two”']);
  });

  it('is no figure when the enumeration opens the next paragraph (blind QA round 22, voice item 6)', () => {
    for (const text of [
      'There are three reasons.\n\nFirst, the model is strong.\n\nSecond, it is cheap.\n\nThird, it is open.',
      'The case matters for the UK in two ways.\n\n1. First, it shows the risk.\n2. Second, it shows the cost.',
      '> The ruling differs in two respects.\n>\n> **Firstly**, it is narrower.',
    ])
      assert.deepEqual(hints(text), [], text);
    // A paragraph that enumerates nothing, a heading between them, or a count of things in the world keeps its figure.
    assert.deepEqual(hints('There are three reasons.\n\nThe model is strong.'), ['“three”']);
    assert.deepEqual(hints('There are three reasons.\n\n## First, the model\n\nIt is strong.'), ['“three”']);
    assert.deepEqual(hints('Anthropic gave access to 12 partners in two ways.\n\nFirst, through Glasswing.'), ['“12”']);
  });

  it('reads the paragraph above again when an edit below opens or ends the enumeration (the document cache)', () => {
    const cache = createAnalysisCache();
    const pl007 = (text: string) => analyzer.analyze(text, { cache }).findings.filter((f) => f.code === 'PL007').length;
    // The paragraph above is keyed by its text and a few characters after it ("\n\nThe fi"), which these edits leave alone.
    assert.equal(pl007('# Brief\n\nThere are three reasons.\n\nThe firm is strong.\n'), 1);
    assert.equal(pl007('# Brief\n\nThere are three reasons.\n\nThe first is speed.\n'), 0);
    assert.equal(pl007('# Brief\n\nThere are three reasons.\n\nThe firm is strong.\n'), 1);
  });
});
