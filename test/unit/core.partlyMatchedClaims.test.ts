import * as assert from 'assert';
import { buildLedger } from '../../src/core/ledger/buildLedger';
import { claimCard } from '../../src/core/hover/claimCard';
import { analyzer, sources, statusOf } from './support/sentenceFigures';

/** The first claim of `sentence`, set before a References list that cites it. */
const claimOf = (sentence: string) => analyzer.analyze(`${sentence}${sources}`).claims[0];

// Blind QA round 19, tester E item M-2 and tester F items 3.1 and 3.2: a claim one of whose figures
// agrees with a fact was "confirmed" while another figure of it was on no record.
describe('a claim with a figure no fact checks', () => {
  it('is not confirmed when one figure agrees and another is left unchecked', () => {
    const partly = claimOf('Scores on Anthropic’s figures: 83.1% on CyberGym and 95.2% on SWE-bench Verified, against 80.8% for Opus 4.6.[1]');
    assert.equal(partly.status, 'unverified');
    // What agrees is still shown.
    assert.deepEqual(partly.facts, ['swe-bench-verified-opus-4-6']);
    assert.equal(statusOf('On the harder SWE-bench Pro, the figures were 77.8% and 56.4%.[1]'), 'unverified');
  });

  it('stays confirmed when every figure agrees, or the one left is denied or the writer’s own', () => {
    assert.equal(statusOf('Mythos Preview scored 93.9% on SWE-bench Verified against 80.8% for Opus 4.6.[1]'), 'confirmed');
    assert.equal(statusOf('Anthropic announced Claude Mythos Preview on April 7, 2026.[1]'), 'confirmed');
    // A figure the sentence denies is not asserted.
    assert.equal(statusOf('Mythos Preview scored 83.1% on CyberGym, not 98%.[1]'), 'confirmed');
    // Nor does the writer's plan.
    assert.equal(statusOf('Mythos Preview scored 83.1% on CyberGym, and we will publish our review on 12 June 2026.[1]'), 'confirmed');
    // A month named alone asks for nothing by itself.
    assert.equal(statusOf('Mythos Preview scored 83.1% on CyberGym, and in May we will test it again.[1]'), 'confirmed');
  });

  it('keeps a contradicted claim contradicted', () => {
    assert.equal(statusOf('Mythos Preview scored 86.1% on CyberGym and 95.2% on a benchmark of its own.[1]'), 'contradicted');
  });

  it('says in the hover and the ledger that it is partly matched, and which figures no fact checks', () => {
    const text = `Scores on Anthropic’s figures: 83.1% on CyberGym and 95.2% on SWE-bench Verified, against 80.8% for Opus 4.6.[1]${sources}`;
    const analysis = analyzer.analyze(text);
    // The card's Markdown escapes its punctuation.
    const card = claimCard(analyzer.factIndex, analysis.claims[0]).replace(/\\/g, '');
    assert.match(card, /partly matched: not every figure is on record/);
    assert.match(card, /No fact on record checks “83\.1%”, “95\.2%”\./);
    assert.match(card, /“80\.8%” agrees/);
    const item = buildLedger(analysis, analyzer.factIndex).groups[0].items[0];
    assert.equal(item.status, 'unverified');
    assert.match(item.tooltip, /^Partly matched: not every figure is on record\./);
    assert.match(item.tooltip, /No fact on record checks “83\.1%”, “95\.2%”\./);
    // A claim matched to no fact says so as before.
    const none = analyzer.analyze(`The survey had 412 respondents.[1]${sources}`);
    assert.match(claimCard(analyzer.factIndex, none.claims[0]), /not matched to a fact on record/);
    assert.doesNotMatch(claimCard(analyzer.factIndex, none.claims[0]), /No fact on record checks/);
  });
});

// The fact's own statement says "further organizations": so does an analyst ("over 40 further organisations").
describe('the further organizations beyond the founding partners', () => {
  it('are the additional organizations on record', () => {
    assert.equal(statusOf('Glasswing gives access to 12 founding partners and over 40 further organisations.[1]'), 'confirmed');
    assert.equal(statusOf('Glasswing gives access to 12 founding partners and about 25 further organisations.[1]'), 'contradicted');
    // Not without a tie to the programme.
    assert.equal(statusOf('Further organizations may join the coalition of 12 labs next year.[1]'), 'unverified');
  });
});
