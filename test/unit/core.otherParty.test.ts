// A figure of another party's thing (its programme, its report, its agent, its letter) is not held
// against a fact on record, and a bare figure's fix keeps the record's bound (blind QA round 15,
// tester G items 4, 5, 6, 7 and 9).
import * as assert from 'node:assert/strict';
import { findingTexts, valueOnRecordFixes } from './support/findingTexts';

const pl006 = (text: string): string[] => findingTexts('PL006', text);

const fixes = valueOnRecordFixes;

describe("another party's thing keeps its figures", () => {
  it("borrows no fact from the paragraph for a clause that opens on another party's possession", () => {
    // Not when the figure stands in a phrase of its own after the possessor's thing: "Fortune's report of the March 24 leak" dates the leak.
    assert.deepEqual(pl006("Fortune's report of the March 24 leak is the earliest account."), ['March 24']);
    // On record: up to $100 million in usage credits; a 244-page system card.
    const credits = 'Glasswing offers up to $100 million in usage credits. ';
    assert.deepEqual(pl006(credits + "AWS's accelerator hands out up to $1 million in credits per startup."), []);
    assert.deepEqual(pl006(credits + "For scale, AWS's Generative AI Accelerator hands out up to $1 million in credits per startup, and Google for Startups offers up to $350,000 in cloud credits."), []);
    const card = 'Mythos Preview scored 83.1% on CyberGym, and its system card runs to 244 pages. ';
    assert.deepEqual(pl006(card + "No public institute has published an evaluation of comparable length; the UK institute's longest report to date ran to 62 pages."), []);
    // A possessor that is a party of the fact, or none, leaves the sentence the paragraph's.
    assert.deepEqual(pl006(card + "Anthropic's system card runs to 62 pages."), ['62 pages']);
    assert.deepEqual(pl006(credits + 'The programme hands out up to $150 million in credits.'), ['up to $150 million']);
  });

  it('borrows no fact, and takes none through its actors, for a sentence that names a thing the fact base does not know', () => {
    // On record: more than 30 employees of OpenAI and Google DeepMind filed an amicus brief; a 27-year-old flaw in OpenBSD; ten years since the Cyber Grand Challenge.
    assert.deepEqual(pl006('In June 2024, 13 current and former OpenAI and Google DeepMind employees signed the Right to Warn letter.'), []);
    assert.deepEqual(pl006('Mythos Preview found a 27-year-old flaw in OpenBSD. Heartbleed was a two-year-old bug in OpenSSL when it was disclosed.'), []);
    const history = "Ten years ago, DARPA's Cyber Grand Challenge showed machines could play capture-the-flag. ";
    assert.deepEqual(pl006(history + 'Eight years ago, the UK set up the Centre for Data Ethics and Innovation.'), []);
    // Without a name of its own, the sentence is still checked.
    assert.deepEqual(pl006('In June 2024, 13 current and former OpenAI and Google DeepMind employees filed a brief.'), ['13']);
    assert.deepEqual(pl006('Mythos Preview found a 27-year-old flaw in OpenBSD. It was a two-year-old bug when it was disclosed.'), ['two-year-old']);
    assert.deepEqual(pl006(history + 'Eight years ago, machines first beat people at capture-the-flag.'), ['Eight years']);
  });

  it('borrows no fact for a thing placed at or from a name of one word the fact base does not know (blind QA round 18, tester S item 3.1)', () => {
    // On record: about 3,000 unpublished assets exposed in the Mythos leak.
    const before = "Anthropic's leak was bad. ";
    assert.deepEqual(pl006(`${before}The 2023 leak of 30,000 unpublished assets at Acme was worse.`), []);
    assert.deepEqual(pl006(`${before}A leak from Vantor exposed 30,000 unpublished assets in 2023.`), []);
    // A known party's name, or no name, after "at" leaves the leak the one on record.
    assert.deepEqual(pl006(`${before}The leak exposed 30,000 unpublished assets at Anthropic.`), ['30,000']);
    assert.deepEqual(pl006(`${before}The leak exposed 30,000 unpublished assets at once.`), ['30,000']);
  });

  it('gives a clause whose subject is a name of its own, after a possessive or alone, its own figures', () => {
    // On record: a 16-year-old bug in FFmpeg found by Mythos Preview.
    assert.deepEqual(pl006("Google's Big Sleep agent reported 20 vulnerabilities in August 2025, among them a 10-year-old bug in FFmpeg."), []);
    assert.deepEqual(pl006('Atlas-3 found a 12-year-old flaw in FFmpeg.'), []);
    assert.deepEqual(pl006("DARPA's AI Cyber Challenge wrapped up in August 2025, nine years after the Cyber Grand Challenge."), []);
    // The fact's own thing named before the figure, or no subject of its own: still checked.
    assert.deepEqual(pl006("Google's Big Sleep agent confirmed that Mythos Preview found a 10-year-old bug in FFmpeg."), ['10-year-old']);
    assert.deepEqual(pl006('The model found a 10-year-old bug in FFmpeg.'), ['10-year-old']);
    assert.deepEqual(pl006('Q1 2026: Anthropic announces Claude Mythos Preview and Project Glasswing.'), ['Q1 2026']);
  });

  it("lets no earlier sentence's fact override a sentence about another party (blind QA round 16, tester V items 1, 2, 4, 5)", () => {
    // On record: Mythos Preview 83.1% on CyberGym; up to $100 million in usage credits; Hegseth's 2026 designation; close to 3,000 leaked assets.
    const cyber = 'Mythos Preview scored 83.1% on CyberGym. ';
    // The benchmark every CyberGym score names is no party of Mythos Preview's score.
    assert.deepEqual(pl006(cyber + "Meta's model, by contrast, scored 41.5% on CyberGym."), []);
    // A sentence naming a party none of the cued facts is of borrows nothing from the paragraph.
    assert.deepEqual(pl006('Anthropic backs Glasswing with up to $100 million in usage credits. OpenAI pledged up to $25 million in API credits to defenders in 2025.'), []);
    assert.deepEqual(pl006('Pete Hegseth designated Anthropic a supply chain risk. The Commerce Department has listed DJI as a supply chain risk since 2024.'), []);
    // An indefinite possessor, read past the comma of a number.
    assert.deepEqual(pl006("Anthropic's leak exposed nearly 3,000 assets. A startup's misconfigured bucket exposed about 9,000 internal files in June 2025."), []);
    // The fact's own subject, a stand-in for it, or its parties: still checked.
    assert.deepEqual(pl006(cyber + 'Mythos Preview scored 85.1% on CyberGym.'), ['85.1%']);
    assert.deepEqual(pl006(cyber + 'It scored 85.1% on CyberGym.'), ['85.1%']);
    assert.deepEqual(pl006('Mythos Preview was released in April. The model scored 85.1% on CyberGym.'), ['85.1%']);
    assert.deepEqual(pl006(cyber + 'Anthropic said the model scored 85.1% on CyberGym.'), ['85.1%']);
    assert.deepEqual(pl006("Anthropic's leak exposed nearly 3,000 assets. The leak exposed about 9,000 internal files."), ['about 9,000']);
    // Another party named past the subject, in a clause of its own, leaves the subject the paragraph's.
    assert.deepEqual(pl006('A Chinese state-sponsored group automated a campaign against roughly 30 targets. The group, which Anthropic detected and shut down, hit about 40 targets in total.'), ['about 40']);
  });

  it("writes the record's bound with a bare figure it replaces", () => {
    assert.deepEqual(fixes('In 2026, 13 employees of OpenAI and Google DeepMind filed an amicus brief.'), ['more than 30']);
    assert.deepEqual(fixes('Mythos Preview found a two-year-old flaw in OpenBSD.'), ['twenty-seven-year-old']);
    // An upper bound too (blind QA round 9, R item 2): "$150 million" against "up to $100 million" on record.
    assert.deepEqual(fixes('Anthropic will commit $150 million in usage credits to Project Glasswing.'), ['up to $100 million']);
  });
});
