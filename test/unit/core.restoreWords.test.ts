import * as assert from 'assert';
import { createAnalyzer } from '../../src/core';
import { bundledFactBase } from '../../src/core/factbase/bundled';
import { applyFix } from './core.fixes.test';

const analyzer = createAnalyzer({ factBase: bundledFactBase() });
const sources =
  '\n\n## Sources\n\n1. Anthropic Releases Its Most Powerful - and Dangerous - AI Model to Select Partners - CNN\n2. Claude Mythos Preview System Card - Anthropic\n3. Anthropic Accidentally Leaked Details of a New AI Model - Fortune\n4. Alignment Risk Update - Anthropic\n5. Pentagon filing - Court\n';

/** `text` with the PL004 fix applied (asserting that it is offered), and that the fixed text holds no PL004. */
function restored(text: string): string {
  const doc = text + sources;
  const finding = analyzer.analyze(doc).findings.find((f) => f.code === 'PL004');
  assert.ok(finding, 'PL004 is reported');
  const fix = finding.fixes.find((f) => f.title === 'Restore the words on record');
  assert.ok(fix, 'the fix is offered');
  const fixed = applyFix(doc, fix);
  assert.deepEqual(
    analyzer.analyze(fixed).findings.filter((f) => f.code === 'PL004').map((f) => f.message),
    [],
  );
  return fixed.slice(0, fixed.length - sources.length);
}

describe('Restore the words on record: only the words that differ change', () => {
  it('is offered for a misquote in a block quote, keeping every line’s "> "', () => {
    assert.equal(restored('Logan Graham told CNN [1]:\n\n> We did not feel comfortable releasing this widely.'), 'Logan Graham told CNN [1]:\n\n> We did not feel comfortable releasing this generally.');
    assert.equal(
      restored('> "We did not feel comfortable\n> releasing it widely."\n> — Logan Graham, CNN [1]'),
      '> "We did not feel comfortable\n> releasing this generally."\n> — Logan Graham, CNN [1]',
    );
    // An added word at the end of a line goes without joining the lines.
    assert.equal(
      restored('> "The most psychologically settled model we have ever\n> trained."\n> — Anthropic, Claude Mythos Preview System Card [2]'),
      '> "The most psychologically settled model we have\n> trained."\n> — Anthropic, Claude Mythos Preview System Card [2]',
    );
  });

  it('leaves a citation marker inside a block quote alone', () => {
    assert.equal(restored('Logan Graham told CNN:\n\n> We did not feel comfortable releasing this widely. [1]'), 'Logan Graham told CNN:\n\n> We did not feel comfortable releasing this generally. [1]');
  });

  it('keeps the marks of a quotation nested in the quotation', () => {
    assert.equal(
      restored('A widely syndicated version reads “‘Capybara’ is a new name for a new tier of model: larger and more powerful than our Opus models”.[3]'),
      'A widely syndicated version reads “‘Capybara’ is a new name for a new tier of model: larger and more intelligent than our Opus models”.[3]',
    );
  });

  it("keeps the writer's capital on an unchanged first word", () => {
    assert.equal(
      restored('- [“By far the most dangerous AI model we\'ve ever developed”](https://example.com/leak), said one version.[3]'),
      '- [“By far the most powerful AI model we\'ve ever developed”](https://example.com/leak), said one version.[3]',
    );
    // A word added before the first word on record goes, and the capital goes with it.
    assert.equal(restored('Logan Graham told CNN: "And we did not feel comfortable releasing this widely."[1]'), 'Logan Graham told CNN: "We did not feel comfortable releasing this generally."[1]');
  });

  it("keeps the writer's line break in a hard-wrapped quotation", () => {
    assert.equal(
      restored('The filing says the company might "disable its\ntechnology or preemptively change the behavior of its model".[5]'),
      'The filing says the company might "disable its\ntechnology or preemptively alter the behavior of its model".[5]',
    );
  });

  it('puts back a dropped word and removes an added one', () => {
    assert.equal(restored('Others printed “by far the most powerful model we\'ve ever developed”.[3]'), 'Others printed “by far the most powerful AI model we\'ve ever developed”.[3]');
    assert.equal(restored("The Update calls the risk 'very low, but higher than for most previous models'.[4]"), "The Update calls the risk 'very low, but higher than for previous models'.[4]");
    // A changed last word with words dropped after it: the record's phrase, punctuation and all.
    assert.equal(restored('The update puts risk at "very low, but higher than before."[4]'), 'The update puts risk at "very low, but higher than for previous models."[4]');
  });

  it('puts a dropped word back rather than replacing each word after it', () => {
    const text = `Amodei said the draft called it "by far the most powerful model we have ever built."[3]${sources}`;
    const finding = analyzer.analyze(text).findings.find((f) => f.code === 'PL004');
    assert.deepEqual(
      finding?.fixes[0].edits.map((e) => e.newText),
      ['AI ', "we've", 'developed'],
    );
  });

  it("writes the record's apostrophes and capitals in the writer's style", () => {
    assert.equal(restored('The draft called it “by far the most powerful AI model we have ever developed”.[3]'), 'The draft called it “by far the most powerful AI model we’ve ever developed”.[3]');
    assert.equal(restored('**“WE DID NOT FEEL COMFORTABLE RELEASING THIS WIDELY,” LOGAN GRAHAM TOLD CNN.**[1]'), '**“WE DID NOT FEEL COMFORTABLE RELEASING THIS GENERALLY,” LOGAN GRAHAM TOLD CNN.**[1]');
  });

  it('replaces each changed word on its own, keeping the markup between them', () => {
    assert.equal(restored('Logan Graham told CNN: "We did not feel comfortable releasing *it widely*."[1]'), 'Logan Graham told CNN: "We did not feel comfortable releasing *this generally*."[1]');
  });
});
