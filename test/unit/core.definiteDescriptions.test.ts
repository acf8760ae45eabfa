// "The leak", "the designation": a definite description on a fact's cue stands for its event (blind QA round 6, tester X item 6).
import * as assert from 'node:assert/strict';
import { createAnalysisCache } from '../../src/core/index';
import { bundledAnalyzer, findingTexts } from './support/findingTexts';

const pl006 = (text: string): string[] => findingTexts('PL006', text);

describe('definite descriptions of events', () => {
  // On record: the Mythos leak on March 26, 2026, eleven days before the announcement; the designation on February 27, 2026.
  it('reads "the leak" on the cue "after the leak" as the leak on record', () => {
    assert.deepEqual(pl006('Nine days after the leak, Anthropic announced Claude Mythos Preview.'), ['Nine days']);
    assert.deepEqual(pl006('Eleven days after the leak, Anthropic announced Claude Mythos Preview.'), []);
    assert.deepEqual(pl006("Fortune's report of the March 24 leak is the earliest account."), ['March 24']);
    assert.deepEqual(pl006("Anthropic's lawsuit followed the designation of February 28."), ['February 28']);
  });

  it('reads "the system card", "Anthropic\'s system card" and "that campaign" as the ones on record', () => {
    // On record: the Mythos Preview system card runs to 244 pages; the Chinese state-sponsored campaign went after about 30 targets.
    assert.deepEqual(pl006('Claude Mythos Preview is out. Its filing runs to 40 pages; the system card runs to 144.'), ['144']);
    assert.deepEqual(pl006("Anthropic's system card, published on April 7, runs to some 144 pages."), ['some 144 pages']);
    assert.deepEqual(pl006("OpenAI's system card runs to 144 pages."), []);
    // Named just before in the paragraph, "that campaign" is it, though "organizations" is another measure's cue.
    const campaign = 'The Chinese state-sponsored campaign is documented only in the system card. ';
    assert.deepEqual(pl006(`${campaign}That campaign targeted around three dozen organizations, by the card's count.`), ['around three dozen']);
    assert.deepEqual(pl006(`${campaign}That campaign targeted around 30 organizations, by the card's count.`), []);
  });

  it('reads "the Department" as the Department of Defense when its context names one of its people or the Pentagon (blind QA round 7, tester L item 7)', () => {
    // On record: the Defense Department's court filing of March 17, 2026 runs to 40 pages.
    const hegseth = 'Secretary Hegseth designated Anthropic a supply chain risk [1].\n\n';
    const filing = "The Department's court filing of March 18 runs to 45 pages [1].";
    const sources = '\n\n## Sources\n\n1. TechCrunch - DOD\n';
    assert.deepEqual(pl006(`${hegseth}${filing}${sources}`), ['March 18', '45 pages']);
    assert.deepEqual(pl006(`The Pentagon defends the designation. ${filing}`), ['March 18', '45 pages']);
    assert.deepEqual(pl006(`${hegseth}The Department filed its brief on March 18.`), ['March 18']);
    assert.deepEqual(pl006(`${hegseth}The Department's court filing of March 17 runs to 40 pages.`), []);
    // Nothing names the Department, another department is named, or the name goes on ("of Justice").
    assert.deepEqual(pl006(filing), []);
    assert.deepEqual(pl006(`Anthropic briefed the Commerce Department. ${filing}`), []);
    assert.deepEqual(pl006(`${hegseth}The Department of Justice's court filing of March 18 runs to 45 pages.`), []);
    // A kept verdict is judged afresh when the paragraph before comes to name Hegseth, or stops.
    const cache = createAnalysisCache();
    const count = (text: string) => bundledAnalyzer.analyze(text, { cache }).findings.filter((f) => f.code === 'PL006').length;
    const sued = 'Anthropic sued the government in March.\n\n';
    assert.deepEqual([count(`${sued}${filing}`), count(`${hegseth}${filing}`), count(`${sued}${filing}`)], [0, 2, 0]);
  });

  it('reads "the department" in lower case as news copy writes it, on the same context (blind QA round 8, P item 8)', () => {
    const hegseth = 'Secretary Hegseth designated Anthropic a supply chain risk [1].\n\n';
    const filing = "The department's 45-page filing, submitted on March 17, argued a lot [1].";
    assert.deepEqual(pl006(`${hegseth}${filing}`), ['45-page']);
    assert.deepEqual(pl006(`The Pentagon sued. The court heard that the department's filing ran to 45 pages.`), ['45 pages']);
    assert.deepEqual(pl006(`${hegseth}${filing.replace('45', '40')}`), []);
    // Nothing names the Department of Defense, or another department is named, or the name goes on.
    assert.deepEqual(pl006(filing), []);
    assert.deepEqual(pl006(`Anthropic briefed the Commerce Department. ${filing}`), []);
    assert.deepEqual(pl006(`${hegseth}The department of computer science's filing ran to 45 pages.`), []);
  });

  it('reads "the programme" as Project Glasswing when its context names Glasswing or its world (blind QA round 7, F2:15)', () => {
    // On record: Project Glasswing announced on April 7, 2026.
    assert.deepEqual(pl006('Anthropic announced the programme on April 9, 2026.'), ['April 9, 2026']);
    assert.deepEqual(pl006('Anthropic announced the programme on April 7, 2026.'), []);
    assert.deepEqual(pl006('Project Glasswing gives defenders first access.\n\nThey announced the Program on April 9, 2026.'), ['April 9, 2026']);
    // Nothing names its world, or the programme is another one ("the Fellows programme").
    assert.deepEqual(pl006('They announced the programme on April 9, 2026.'), []);
    assert.deepEqual(pl006('Anthropic announced the Fellows programme on April 9, 2026.'), []);
  });

  it('ties nothing from a description that is not the cue, or in a draft that names nothing of the event', () => {
    // Counted from the launch, not from the leak.
    assert.deepEqual(pl006('Nine days after the launch, Anthropic briefed CISA.'), []);
    // Another leak, in a draft on another subject.
    assert.deepEqual(pl006("Meta's Llama weights leaked in 2023. Nine days after the leak, Meta announced Llama 2."), []);
    assert.deepEqual(pl006('The leak of the Llama weights happened on March 3, 2023.'), []);
  });

  it('takes the world of "the leak" from a name later in its paragraph too (blind QA round 10, Z item 3)', () => {
    const later = 'The leak happened on March 27, 2026, when a misconfigured system exposed draft posts.[7]\nA week and a half after the leak, Anthropic went public with the model.[1]';
    assert.deepEqual(pl006(later), ['March 27, 2026']);
    assert.deepEqual(pl006(later.replace('March 27', 'March 26')), []);
    // Not from the next paragraph, and not from a name that is another leak's.
    assert.deepEqual(pl006('The leak happened on March 27, 2026, when a misconfigured system exposed draft posts.[7]\n\nA week and a half after the leak, Anthropic went public with the model.[1]'), []);
  });

  it('reads a description qualified by a name of its own as another one when the world is named after it', () => {
    assert.deepEqual(pl006('The leak of the Llama weights happened on March 3, 2023.[1] Anthropic said nothing about it.[1]'), []);
    assert.deepEqual(pl006('The leak at Meta happened on March 3, 2023.[1] Anthropic said nothing about it.[1]'), []);
    // A name of its world, a month or a common noun after "of" leaves it the leak on record.
    assert.deepEqual(pl006('Anthropic confirmed the leak. The leak of Mythos Preview details happened on March 3, 2026.[1]'), ['March 3, 2026']);
    assert.deepEqual(pl006('Anthropic confirmed it. The leak in March exposed close to 2,000 assets.[1]'), ['close to 2,000']);
    assert.deepEqual(pl006('Anthropic confirmed it. The leak of the draft happened on March 3, 2026.[1]'), ['March 3, 2026']);
  });

  it('reads "N days later came the X" as the gap from what the sentence before speaks of to X (blind QA round 10, Z item 1)', () => {
    // On record: eleven days from the leak to the formal announcement.
    const after = (days: string) => `Anthropic locked down the exposed assets after Fortune alerted the company.[7] ${days} days later came the formal announcement.[1]`;
    assert.deepEqual(pl006(after('Twelve')), ['Twelve days']);
    assert.deepEqual(pl006(after('Eleven')), []);
    assert.equal(bundledAnalyzer.analyze(after('Eleven')).claims.find((c) => c.text.startsWith('Eleven'))?.status, 'confirmed');
    assert.deepEqual(pl006('The exposed assets were locked down after Fortune alerted Anthropic. Twelve days later followed the Glasswing announcement.'), ['Twelve days']);
    // Counted from another event: the briefings.
    assert.deepEqual(pl006('Anthropic briefed CISA on April 1. Six days later came the formal announcement.'), []);
  });

  // Blind QA A (round 19), item 3: the gap set as a paragraph of its own, for effect.
  it('counts "N days later came the X" alone in its paragraph from the last sentence of the paragraph before', () => {
    const leak = 'On March 26, 2026, close to 3,000 unpublished assets at Anthropic were exposed. Anthropic locked down the exposed assets after Fortune alerted the company.';
    assert.deepEqual(pl006(`${leak}\n\nTwelve days later came the formal announcement.`), ['Twelve days']);
    assert.deepEqual(pl006(`${leak}\n\nEleven days later came the formal announcement.`), []);
    assert.equal(bundledAnalyzer.analyze(`${leak}\n\nEleven days later came the formal announcement.`).claims.find((c) => c.text.startsWith('Eleven'))?.status, 'confirmed');
    // Not from a paragraph whose last sentence speaks of another event, nor across a heading,
    // nor for a sentence that shares its paragraph with others, which speak for it.
    assert.deepEqual(pl006(`${leak} Anthropic briefed CISA on April 1.\n\nSix days later came the formal announcement.`), []);
    assert.deepEqual(pl006(`${leak}\n\n## Launch\n\nTwelve days later came the formal announcement.`), []);
    assert.deepEqual(pl006(`${leak}\n\nTwelve days later came the formal announcement. The partners were ready.`), []);
  });

  it('judges the lone gap again when only the paragraph before it changes', () => {
    const leak = 'Anthropic locked down the exposed assets after Fortune alerted the company.';
    // The same names and last words (what the gap's paragraph keeps its verdict by), but no leak.
    const briefing = 'Anthropic briefed officials after Fortune alerted the company.';
    const gap = '\n\nTwelve days later came the formal announcement.';
    const cache = createAnalysisCache();
    const count = (text: string) => bundledAnalyzer.analyze(text, { cache }).findings.filter((f) => f.code === 'PL006').length;
    assert.deepEqual([count(`${leak}${gap}`), count(`${briefing}${gap}`), count(`${leak}${gap}`)], [1, 0, 1]);
  });
});
