// Differences, ratios and strict bounds: figures that are not the level on record, or bound it strictly (QA round 12, reports U and V).
import * as assert from 'node:assert/strict';
import { createAnalyzer } from '../../src/core/index';
import { findingTexts, bundledAnalyzer } from './support/findingTexts';
import type { FactBaseInput } from '../../src/core/factbase/schema';
import { parseFactBase } from '../../src/core/factbase/load';

const cited = (sentence: string) => `${sentence}[1]\n\n[1]: https://www.anthropic.com/glasswing "Project Glasswing"\n`;
const pl006 = (sentence: string) => findingTexts('PL006', cited(sentence));
const claimOf = (sentence: string) => bundledAnalyzer.analyze(cited(sentence)).claims[0];
const relations = (sentence: string) => claimOf(sentence).values.map((v) => [v.text, v.relation]);

describe('a figure that measures a difference is not the level on record', () => {
  // On record: Mythos Preview 83.1% and Opus 4.6 66.6% on CyberGym; 93.9% and 80.8% on SWE-bench Verified.
  it('leaves differences alone: percentage points, "higher than", "by N percent" after a verb of lead, "a gain of"', () => {
    assert.deepEqual(pl006("Mythos Preview scores 83.1% on CyberGym, 16.5 percentage points more than Opus 4.6."), []);
    assert.deepEqual(pl006("On CyberGym, Mythos Preview scores 16.5 percentage points higher than Opus 4.6's."), []);
    assert.deepEqual(pl006("Mythos Preview's CyberGym score is about 25 percent higher than Opus 4.6's."), []);
    assert.deepEqual(pl006('On CyberGym, Mythos Preview shows a relative gain of about 25 percent over Opus 4.6.'), []);
    assert.deepEqual(pl006('On SWE-bench Verified, Mythos Preview leads Opus 4.6 by 13.1 percent.'), []);
    assert.deepEqual(pl006('On CyberGym, Opus 4.6 trails Mythos Preview by 16.5 percentage points.'), []);
    assert.deepEqual(pl006('Mythos Preview beats Opus 4.6 on CyberGym by 16.5 points.'), []);
    assert.deepEqual(pl006('Mythos Preview scores 83.1% on CyberGym, up 16.5% on Opus 4.6.'), []);
  });

  it('marks the figure as a difference, and keeps the levels beside it checked', () => {
    assert.deepEqual(relations('Mythos Preview scores 83.1% on CyberGym, 16.5 percentage points more than Opus 4.6.'), [
      ['83.1%', undefined],
      ['16.5 percentage points', 'difference'],
    ]);
    // A wrong level beside a difference is still caught; "up from" gives a level.
    assert.deepEqual(pl006('Mythos Preview scores 85.1% on CyberGym, 16.5 percentage points more than Opus 4.6.'), ['85.1%']);
    assert.deepEqual(pl006('Mythos Preview scores 83.1% on CyberGym, up from 60.6% for Opus 4.6.'), ['60.6%']);
    assert.deepEqual(relations('Mythos Preview scores 83.1% on CyberGym, up from 66.6% for Opus 4.6.'), [
      ['83.1%', undefined],
      ['66.6%', undefined],
    ]);
    // "led by" names who led: no difference.
    assert.deepEqual(relations('Glasswing was led by 12 founding partners.'), [['12', undefined]]);
    // "more than 40 other organizations" is a bound, not a difference.
    assert.deepEqual(relations('It gives more than 40 other organizations access.'), [['40', undefined]]);
  });

  it('still holds a difference against a fact that records one (a user fact base with a "lead" measure)', () => {
    const team: FactBaseInput = {
      version: 1,
      entities: [{ id: 'atlas', kind: 'model', name: 'Atlas-3', aliases: [], summary: 'A model.' }],
      facts: [{ id: 'atlas-lead', statement: 'Atlas-3 leads its predecessor on HazardEval by 12 percentage points.', entities: ['atlas'], measure: 'hazardeval-lead', cues: ['HazardEval'], value: { type: 'percent', value: 12 }, sources: [] }],
    };
    const parsed = parseFactBase(JSON.stringify(team), 'team.json');
    assert.deepEqual(parsed.errors, []);
    const analyzer = createAnalyzer({ factBase: parsed.factBase! });
    const texts = (s: string) => findingTexts('PL006', `${s}[1]\n\n[1]: https://example.com/a "A"\n`, analyzer);
    assert.deepEqual(texts('Atlas-3 leads its predecessor on HazardEval by 15 percentage points.'), ['15 percentage points']);
    assert.deepEqual(texts('Atlas-3 leads its predecessor on HazardEval by 12 percentage points.'), []);
  });
});

describe('a figure that a noun of change is said to be is a difference (QA round 15, report T item 1)', () => {
  // On record: Mythos Preview 83.1% and Opus 4.6 66.6% on CyberGym; 77.8% and 53.4% on SWE-bench Pro.
  it('leaves "its relative gain … is about 25%" and a label "Gain … over Opus 4.6: 16.5%" alone', () => {
    assert.deepEqual(pl006("Mythos Preview's relative gain on CyberGym is about 25%."), []);
    assert.deepEqual(pl006('The lead on SWE-bench Pro over Opus 4.6 was 24.4%.'), []);
    const list = 'Key figures for Mythos Preview:[1]\n\n- Relative gain on CyberGym: about 25%\n- Gain on CyberGym over Opus 4.6: 16.5%\n- Relative gain on SWE-bench Pro: roughly 46%\n\n[1]: https://www.anthropic.com/glasswing "Project Glasswing"\n';
    assert.deepEqual(findingTexts('PL006', list), []);
    assert.deepEqual(relations("Mythos Preview's relative gain on CyberGym is about 25%."), [['25%', 'difference']]);
  });

  it('still reads the level when the noun of change is not what the figure is said to be', () => {
    const list = 'Key figures for Mythos Preview:[1]\n\n- CyberGym: 85.1%\n- Lead model on CyberGym: 85.1%\n- Score on CyberGym after the gain: 85.1%\n\n[1]: https://www.anthropic.com/glasswing "Project Glasswing"\n';
    assert.deepEqual(findingTexts('PL006', list), ['85.1%', '85.1%', '85.1%']);
    assert.deepEqual(pl006("The gain on CyberGym means Mythos Preview's score is 85.1%."), ['85.1%']);
    assert.deepEqual(pl006("Mythos Preview's score on CyberGym is 85.1%."), ['85.1%']);
  });
});

describe('a multiplier "N times …" is not a count of occurrences', () => {
  // On record: automated testing had run past the FFmpeg bug five million times.
  it('leaves "1.5 times what", "1.25 times the score of" alone, and still reads a count of times', () => {
    const after = 'Mythos Preview found a 27-year-old flaw in OpenBSD.[1]\n\n';
    const text = (s: string) => `${after}${s}[1]\n\n[1]: https://www.anthropic.com/glasswing "Project Glasswing"\n`;
    assert.deepEqual(findingTexts('PL006', text('On SWE-bench Pro, Mythos Preview scores nearly 1.5 times what Opus 4.6 does.')), []);
    assert.deepEqual(findingTexts('PL006', text('On CyberGym, Mythos Preview scores about 1.25 times the score of Opus 4.6.')), []);
    assert.deepEqual(relations('Mythos Preview runs three times as many tests and 1.5 times faster.'), [
      ['three', 'ratio'],
      ['1.5', 'ratio'],
    ]);
    assert.deepEqual(pl006('Automated testing had run past the FFmpeg bug five hundred times without catching it.'), ['five hundred']);
  });

  // QA round 15, report T item 2: the multiplier's "times" made the FFmpeg count's cue.
  it('does not let the multiplier\'s "times" tie the sentence\'s other numbers to the count of test passes', () => {
    const text = (s: string) => `Mythos Preview leads Opus 4.6.[1]\n\n${s}[1]\n\n[1]: https://www.anthropic.com/glasswing "Project Glasswing"\n`;
    assert.deepEqual(findingTexts('PL006', text("Mythos Preview's SWE-bench Pro score is roughly 1.5 times that of Opus 4.6 (77.8 / 53.4 ≈ 1.46).")), []);
    assert.deepEqual(findingTexts('PL006', text("Mythos Preview's SWE-bench Pro score, 77.8%, is 1.46 times Opus 4.6's.")), []);
    assert.deepEqual(relations("Mythos Preview's SWE-bench Pro score, 77.8%, is 1.46 times Opus 4.6's."), [
      ['77.8%', undefined],
      ['1.46', 'ratio'],
    ]);
    // The level beside the multiplier is still checked, and a count of times still is.
    assert.deepEqual(findingTexts('PL006', text("Mythos Preview's SWE-bench Pro score is 79.8%, roughly 1.5 times that of Opus 4.6.")), ['79.8%']);
    assert.deepEqual(pl006('Automated testing had passed over 500,000 times the FFmpeg bug that Mythos Preview found.'), ['500,000']);
    assert.deepEqual(relations('Automated testing had run past the bug five million times without catching the bug\'s cause.'), [['five million', undefined]]);
  });

  it('keeps a multiplier\'s cue for a fact that records a ratio (a user fact base with "times as many")', () => {
    const team: FactBaseInput = {
      version: 1,
      entities: [{ id: 'atlas', kind: 'model', name: 'Atlas-3', aliases: [], summary: 'A model.' }],
      facts: [{ id: 'atlas-speedup', statement: 'Atlas-3 runs tests 3 times faster than its predecessor.', entities: ['atlas'], measure: 'test-speedup', cues: ['times'], value: { type: 'count', value: 3, unit: 'times' }, sources: [] }],
    };
    const parsed = parseFactBase(JSON.stringify(team), 'team.json');
    assert.deepEqual(parsed.errors, []);
    const analyzer = createAnalyzer({ factBase: parsed.factBase! });
    const texts = (s: string) => findingTexts('PL006', `${s}[1]\n\n[1]: https://example.com/a "A"\n`, analyzer);
    assert.deepEqual(texts('Atlas-3 runs tests 5 times faster than its predecessor.'), ['5']);
  });
});

describe('a strict bound excludes its own figure', () => {
  // On record: 12 founding partners, a 244-page system card, 83.1% on CyberGym.
  it('contradicts "fewer than", "under" and "more than" the figure on record', () => {
    for (const wrong of ['fewer than a dozen', 'fewer than 12', 'fewer than twelve', 'under 12', 'more than 12']) {
      assert.equal(pl006(`Project Glasswing launched with ${wrong} founding partners.`).length, 1, wrong);
    }
    assert.equal(pl006('The Mythos Preview system card runs to more than 244 pages.').length, 1);
    assert.equal(pl006('Mythos Preview scores less than 83.1% on CyberGym.').length, 1);
    for (const right of ['at least 12', 'fewer than 13', 'more than 11', 'up to 12']) {
      assert.deepEqual(pl006(`Project Glasswing launched with ${right} founding partners.`), [], right);
    }
    assert.deepEqual(pl006('Mythos Preview scores more than 83% on CyberGym.'), []);
    // A new figure in the bound would still be wrong ("fewer than twelve"): the fix replaces the bound with the figure on record.
    const fixes = bundledAnalyzer.analyze(cited('Project Glasswing launched with fewer than ten founding partners.')).findings.filter((f) => f.code === 'PL006').map((f) => f.fixes?.[0]?.edits[0].newText);
    assert.deepEqual(fixes, ['twelve']);
  });

  it('keeps bounds and approximations on record as before', () => {
    // On record: more than 40 additional organizations; about 3,000 leaked assets.
    assert.equal(claimOf('Glasswing gives more than 40 other organizations access.').status, 'confirmed');
    assert.equal(claimOf('Glasswing gives 40+ other organizations access.').status, 'confirmed');
    assert.equal(claimOf('The Mythos leak exposed fewer than 4,000 unpublished assets.').status, 'confirmed');
    // "fewer than 3,000" against "about 3,000" cannot tell.
    assert.equal(claimOf('The Mythos leak exposed fewer than 3,000 unpublished assets.').status, 'unverified');
    assert.deepEqual(pl006('The Mythos leak exposed fewer than 3,000 unpublished assets.'), []);
  });
});

describe('a bound word that belongs to a verb is no bound', () => {
  // On record: automated testing had passed over the FFmpeg bug five million times (cue "passed over").
  it('reads "passed over 500,000 times" as 500,000, and contradicts it', () => {
    assert.deepEqual(pl006('Automated testing had passed over 500,000 times the FFmpeg bug that Mythos Preview found.'), ['500,000']);
    assert.equal(claimOf('Automated testing had passed over five million times the FFmpeg bug that Mythos Preview found.').status, 'confirmed');
  });

  it('reads "over" after a phrasal verb as its particle whatever the fact base, and as a bound after other verbs', () => {
    assert.deepEqual(claimOf('Anthropic handed over $4 million to open-source security.').values.map((v) => v.approx), [undefined]);
    assert.deepEqual(claimOf('Anthropic donated over $4 million to open-source security.').values.map((v) => v.approx), ['more-than']);
  });

  it('reads a bound word that ends a fact\'s cue as the cue\'s, in a user fact base', () => {
    const team: FactBaseInput = {
      version: 1,
      entities: [{ id: 'acme', kind: 'organization', name: 'Acme Robotics', aliases: ['Acme'], summary: 'A company.' }],
      facts: [{ id: 'acme-takeovers', statement: 'Acme Robotics took over three startups in 2025.', entities: ['acme'], measure: 'acquisition-count', cues: ['took over'], value: { type: 'count', value: 3, unit: 'startups' }, sources: [] }],
    };
    const parsed = parseFactBase(JSON.stringify(team), 'team.json');
    assert.deepEqual(parsed.errors, []);
    const analyzer = createAnalyzer({ factBase: parsed.factBase! });
    const texts = (s: string) => findingTexts('PL006', `${s}[1]\n\n[1]: https://example.com/a "A"\n`, analyzer);
    // Read as a bound, "over 2" would agree with 3 and "over 3" contradict it; "over" is the cue's.
    assert.deepEqual(texts('Acme took over 2 startups in 2025.'), ['2']);
    assert.deepEqual(texts('Acme took over 3 startups in 2025.'), []);
  });
});
