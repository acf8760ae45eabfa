// A claim that names no subject takes it from its section's heading, the sentence or paragraph before, or its list's lead-in.
import * as assert from 'node:assert/strict';
import { createAnalysisCache } from '../../src/core/index';
import { bundledAnalyzer, findingTexts } from './support/findingTexts';

const analyzer = bundledAnalyzer;
const pl006 = (text: string): string[] => findingTexts('PL006', text);

describe('claims that leave their subject to the surroundings', () => {
  it('takes the subject from the section heading', () => {
    assert.deepEqual(pl006('## The Mythos leak\n\nThe leak happened on March 24, 2026.\n'), ['March 24, 2026']);
    assert.deepEqual(pl006('## The Mythos leak\n\nThe leak happened on March 26, 2026.\n'), []);
  });

  it('takes it from the paragraph before', () => {
    const text = 'Claude Mythos Preview is the new model.\n\nOn SWE-bench Verified the model reaches 95.2%.\n';
    assert.deepEqual(pl006(text), ['95.2%']);
    assert.deepEqual(pl006(text.replace('95.2%', '93.9%')), []);
  });

  it('takes it from the nearest sentence before it in the same paragraph that names one', () => {
    // Close to 3,000 assets were exposed in the leak (Anthropic's); the system card (Mythos Preview's) runs to 244 pages.
    const leak = 'The model leaked before Anthropic intended. A misconfiguration left nearly 2,000 unpublished internal assets exposed.\n';
    assert.deepEqual(pl006(leak), ['nearly 2,000']);
    assert.deepEqual(pl006(leak.replace('2,000', '3,000')), []);
    assert.deepEqual(pl006('Claude Mythos Preview is new. The weather was fine. Its system card runs to 224 pages.\n'), ['224 pages']);
    // The same paragraph's sentence before gives no subject to a sentence that opens on a name of its own.
    assert.deepEqual(pl006('Claude Mythos Preview is new. The Chip Security Coalition system card runs to 224 pages.\n'), []);
    // Also a name with a version number in it, after a paragraph on the Mythos card (blind QA T, item 4).
    assert.deepEqual(pl006("Anthropic's Claude Mythos Preview System Card runs to 244 pages.\n\nThe Halvard 2 System Card runs to 88 pages.\n"), []);
    assert.deepEqual(pl006("Anthropic's Claude Mythos Preview System Card runs to 244 pages.\n\nThe card runs to 88 pages.\n"), ['88 pages']);
  });

  it('judges a kept paragraph afresh when the sentence before the claim changes (the cache)', () => {
    const cache = createAnalysisCache();
    const before = 'The weather was fine. Its system card runs to 224 pages.\n\nAnother paragraph.\n';
    assert.equal(analyzer.analyze(before, { cache }).findings.filter((f) => f.code === 'PL006').length, 0);
    const after = before.replace('The weather was fine.', 'Claude Mythos Preview is new.');
    const cached = analyzer.analyze(after, { cache });
    assert.deepEqual(JSON.parse(JSON.stringify(cached)), JSON.parse(JSON.stringify(analyzer.analyze(after))));
    assert.equal(cached.findings.filter((f) => f.code === 'PL006').length, 1);
  });

  it("takes it from a list's lead-in, past the items before", () => {
    const list = 'Claude Mythos Preview, in figures:\n\n- It was announced in April.\n- SWE-bench Verified: 95.2%.\n';
    assert.deepEqual(pl006(list), ['95.2%']);
  });

  it('checks every figure of a sentence that names the benchmarks and leaves the model to the surroundings', () => {
    // Mythos Preview: 93.9% on SWE-bench Verified, 77.8% on SWE-bench Pro.
    assert.deepEqual(pl006('Claude Mythos Preview, in figures:\n\n- Reaches 93.9% on SWE-bench Verified and 53.4% on SWE-bench Pro.\n'), ['53.4%']);
  });

  it('reads the longest cue in a list item: "additional organizations" is not "organizations"', () => {
    // More than 40 further organizations beyond the founding partners.
    assert.deepEqual(pl006('What Project Glasswing offers:\n\n- 4 additional organizations.\n'), ['4']);
  });

  it('does not take it from the item before in the same list', () => {
    assert.deepEqual(pl006('## Follow-ups\n\n- Read the Mythos Preview system card.\n- SWE-bench Verified: 95.2%.\n'), []);
  });

  it("takes a sub-item's subject from its parent item, never from the item before", () => {
    // The Chinese state-sponsored campaign went after about 30 targets.
    const outline = '- Chinese state-sponsored group, earlier Claude models\n  - ~40 global targets\n';
    assert.deepEqual(pl006(outline), ['~40']);
    assert.deepEqual(pl006(outline.replace('~40', '~30')), []);
    assert.deepEqual(pl006('- Chinese state-sponsored group, earlier Claude models\n  - Read the card.\n  - ~40 global targets\n'), ['~40']);
    // The sibling before is no lead-in, under a parent that names nothing either.
    assert.deepEqual(pl006('- Notes\n  - Chinese state-sponsored group, earlier Claude models\n  - ~40 global targets\n'), []);
  });

  it("passes a parent item that names nothing over, to the parent's own lead-in", () => {
    assert.deepEqual(pl006('The Chinese state-sponsored group used earlier Claude models:\n\n- Others\n  - ~40 global targets\n'), ['~40']);
  });

  it('takes a table row\'s subject from the section heading, as a sentence does', () => {
    // Anthropic is donating $4 million to open-source security.
    const table = '## Glasswing\n\n| Commitment | Amount |\n|---|---:|\n| Direct donations to open-source security | $40M |\n';
    assert.deepEqual(pl006(table), ['$40M']);
    assert.deepEqual(pl006(table.replace('$40M', '$4M')), []);
    assert.deepEqual(pl006(table.replace('## Glasswing', '## Commitments')), []);
    // The same guard as for sentences: a row that opens on a name of its own is that one's.
    assert.deepEqual(pl006(table.replace('Direct donations', 'The Chip Security Coalition donations')), []);
  });

  it("reads past a transcript's speaker label: it names who speaks, not the subject", () => {
    // The system card runs to 244 pages.
    const card = 'The system card runs to 244 pages and calls Mythos settled.\n\n';
    assert.deepEqual(pl006(`${card}GRAHAM: Read all 224 pages of it first.\n`), ['224 pages']);
    assert.deepEqual(pl006(`${card}**GRAHAM:** Read all 224 pages of it first.\n`), ['224 pages']);
    assert.deepEqual(pl006(`${card}DR. OKAFOR: Read all 224 pages of it first.\n`), ['224 pages']);
    // A label the fact base knows as a person ("ZEMLIN" is Jim Zemlin) is the speaker, not a subject of its own.
    assert.deepEqual(pl006(`${card}ZEMLIN: Read all 224 pages of it first.\n`), ['224 pages']);
    assert.deepEqual(pl006(`${card}GRAHAM: Read all 244 pages of it first.\n`), []);
    // A name after the label, or one a sentence opens on, is still a subject of its own.
    assert.deepEqual(pl006(`${card}GRAHAM: The Chip Security Coalition report runs to 224 pages.\n`), []);
    assert.deepEqual(pl006(`${card}The Chip Security Coalition report runs to 224 pages.\n`), []);
  });

  it('reads past a question number that opens an item: "Q9:" numbers an evidence summary\'s question, it names no subject (blind QA round 18, tester H item M2)', () => {
    assert.deepEqual(pl006('## Project Glasswing\n\n- Q9: the eleven founding partners and the $150 million in usage credits.\n'), ['eleven', '$150 million']);
    assert.deepEqual(pl006('## Project Glasswing\n\n- Q12 the eleven founding partners.\n'), ['eleven']);
    // A name with a number of its own is still a subject of its own ("Halvard-3", "XQ9").
    assert.deepEqual(pl006('## Project Glasswing\n\n- Halvard-3: the eleven founding partners.\n'), []);
    assert.deepEqual(pl006('## Project Glasswing\n\n- XQ9: the eleven founding partners.\n'), []);
  });

  it('does not cross a heading', () => {
    assert.deepEqual(pl006('Claude Mythos Preview is the new model.\n\n## Other models\n\nOn SWE-bench Verified the model reaches 95.2%.\n'), []);
  });

  it('leaves a sentence that names an entity of its own, or gives the figure as news', () => {
    // Logan Graham is no entity of the leak's date; "announced that" reports news, not the date of an announcement.
    assert.deepEqual(pl006('## The Mythos leak\n\nLogan Graham discussed the leak on March 24, 2026.\n'), []);
    assert.deepEqual(pl006('## Claude Mythos Preview\n\nA lab announced that its tool had found bugs on June 13, 2026.\n'), []);
  });

  it('takes the subject from around a sentence whose only name is the one who says the figure (blind QA round 8, P item 9)', () => {
    const before = 'Zemlin said Glasswing had brought more than 40 additional organizations on board.\n\n';
    assert.deepEqual(pl006(`${before}Zemlin said the coalition's founding partners numbered fifteen.\n`), ['fifteen']);
    assert.deepEqual(pl006(`${before}Jim Zemlin told reporters the founding partners numbered fifteen.\n`), ['fifteen']);
    assert.deepEqual(pl006(`${before}Anthropic said the founding partners numbered fifteen.\n`), ['fifteen']);
    assert.deepEqual(pl006('## The Mythos leak\n\nLogan Graham said the leak happened on March 24, 2026.\n'), ['March 24, 2026']);
    // A name that is no speaker of the figure is still a subject of its own.
    assert.deepEqual(pl006(`${before}Jim Zemlin counted fifteen founding partners at his own foundation.\n`), []);
    // A date with no verb of its own after the saying dates the saying: the speaker's act, not the announcement on record.
    const heading = '## Project Glasswing\n\nAnthropic announced Project Glasswing on April 7, 2026.\n\n';
    assert.deepEqual(pl006(`${heading}CISA announced 78.5% in August 2020.\n`), []);
    assert.deepEqual(pl006(`${heading}"The window is closing fast," the Linux Foundation announced in 2020.\n`), []);
    assert.deepEqual(pl006(`${heading}Jim Zemlin said Glasswing was announced on April 9, 2026.\n`), ['April 9, 2026']);
    assert.deepEqual(pl006('## The Mythos leak\n\nLogan Graham says the leak happened on March 24, 2026.\n'), ['March 24, 2026']);
  });

  it('reads the paragraph after a block quote and its attribution line as after the quote (blind QA round 8, P item 8)', () => {
    const quote = '> The Pentagon\'s filing says Anthropic might alter the behavior of its model.\n\n— TechCrunch\n\n';
    assert.deepEqual(pl006(`## Coverage\n\n${quote}TechCrunch put the filing at 45 pages.\n`), ['45 pages']);
    // Without the quote, the attribution line alone names no filing.
    assert.deepEqual(pl006('## Coverage\n\nSomething else entirely.\n\n— TechCrunch\n\nTechCrunch put the filing at 45 pages.\n'), []);
  });

  it('takes the subject from around a sentence whose only name gives the figure as another\'s: "TechCrunch put the filing at 45 pages" (blind QA round 8, P item 8)', () => {
    // On record: the Defense Department's court filing runs to 40 pages; Anthropic commits up to $100 million in usage credits.
    const filing = "The Pentagon's filing says Anthropic might act.\n\n";
    assert.deepEqual(pl006(`${filing}TechCrunch put the filing at 45 pages.\n`), ['45 pages']);
    assert.deepEqual(pl006(`${filing}TechCrunch put the filing at about 40 pages.\n`), []);
    // A verb that spends a figure, not one that gives it: OpenAI's money is no Anthropic figure.
    assert.deepEqual(pl006('Anthropic committed usage credits to Glasswing.\n\nOpenAI put $50 million into usage credits.\n'), []);
  });

  it('leaves a figure whose own measure is named in the sentence with nothing tied to it', () => {
    // The court filing is 40 pages; "the 244-page system card" gives the card's length.
    assert.deepEqual(pl006("The Pentagon's court filing is due soon.\n\nSomeone should check the 245-page system card.\n"), []);
  });

  it("gives a list item or a table row that names nothing the document's title, on a cue specific to one fact (blind QA round 7, tester F)", () => {
    // On record: twelve founding partners; eleven days from the leak to the announcement; up to $100 million in usage credits.
    const sheet = '# Fact sheet: Claude Mythos Preview and Project Glasswing\n\n## Key figures\n\n| Programme fact | Value |\n|---|---|\n| Founding partners | ten |\n';
    assert.deepEqual(pl006(sheet), ['ten']);
    assert.deepEqual(pl006(sheet.replace('ten', 'twelve')), []);
    const timeline = '# Fact sheet: Claude Mythos Preview\n\n## Timeline\n\n- The leak happened in late March 2026, and the announcement came nine days after the leak.\n';
    assert.deepEqual(pl006(timeline), ['nine days']);
    assert.deepEqual(pl006('# What Project Glasswing means\n\n## Key findings\n\n- The company committed up to $150 million in usage credits.\n'), ['up to $150 million']);
    // Prose names its own subject: the title is not borrowed.
    assert.deepEqual(pl006(timeline.replace('- The leak', 'The leak')), []);
    // Not a cue many documents use ("pages"), nor one of a measure other subjects share ("SWE-bench Pro": another model's score).
    assert.deepEqual(pl006('# Claude Mythos Preview\n\n## Reading\n\n- The report runs to 200 pages.\n'), []);
    assert.deepEqual(pl006('# Claude Mythos Preview\n\n## Rivals\n\n| Benchmark | Score |\n|---|---|\n| SWE-bench Pro | 70.1% |\n'), []);
    // A document with several level-1 headings has no title.
    assert.deepEqual(pl006(`# Notes\n\n${sheet}`), []);
  });

  it("takes the subject from the title of the source a sentence that names nothing cites, on a cue specific to one fact (blind QA round 18, tester H item M2)", () => {
    const glasswing = '\n\n[^g]: Anthropic, "Project Glasswing: Securing Critical Software for the AI Era", 7 April 2026.\n';
    const leak = '\n\n[^g]: Fortune, "Anthropic Accidentally Leaked Details of a New AI Model That Poses Unprecedented Cybersecurity Risks", March 2026.\n';
    assert.deepEqual(pl006(`## Other\n\nWitnesses discussed the eleven founding partners.[^g]${glasswing}`), ['eleven']);
    assert.deepEqual(pl006(`## Other\n\nWitnesses discussed the $150 million in usage credits.[^g]${glasswing}`), ['$150 million']);
    assert.deepEqual(pl006(`## Other\n\nWitnesses discussed the twelve founding partners.[^g]${glasswing}`), []);
    // A source whose title names something else, a cue any document may count, a subject of the sentence's own: nothing.
    assert.deepEqual(pl006(`## Other\n\nWitnesses discussed the eleven founding partners.[^g]${leak}`), []);
    assert.deepEqual(pl006(`## Other\n\nWitnesses discussed the eleven pages.[^g]${glasswing}`), []);
    assert.deepEqual(pl006(`## Other\n\nThe Chip Security Coalition has nine founding partners.[^g]${glasswing}`), []);
    assert.deepEqual(pl006(`## Other\n\nOur consortium has eleven founding partners.[^g]${glasswing}`), []);
  });

  it('judges a kept list item afresh when the title changes (the cache)', () => {
    const cache = createAnalysisCache();
    const before = '# Notes\n\n## Key figures\n\n- Founding partners: ten.\n';
    assert.equal(analyzer.analyze(before, { cache }).findings.filter((f) => f.code === 'PL006').length, 0);
    const after = before.replace('# Notes', '# Project Glasswing');
    const cached = analyzer.analyze(after, { cache });
    assert.deepEqual(JSON.parse(JSON.stringify(cached)), JSON.parse(JSON.stringify(analyzer.analyze(after))));
    assert.equal(cached.findings.filter((f) => f.code === 'PL006').length, 1);
  });

  it('judges a kept paragraph afresh when the heading above it changes (the cache)', () => {
    const cache = createAnalysisCache();
    const before = '## Notes\n\nThe leak happened on March 24, 2026.\n';
    assert.deepEqual(analyzer.analyze(before, { cache }).findings.filter((f) => f.code === 'PL006').length, 0);
    const after = before.replace('## Notes', '## The Mythos leak');
    const cached = analyzer.analyze(after, { cache });
    assert.deepEqual(JSON.parse(JSON.stringify(cached)), JSON.parse(JSON.stringify(analyzer.analyze(after))));
    assert.equal(cached.findings.filter((f) => f.code === 'PL006').length, 1);
  });
});
