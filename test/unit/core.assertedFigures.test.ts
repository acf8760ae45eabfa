// Figures a sentence states without asserting them as the entity's value: denials, questions,
// conditions, proposals and predictions (blind QA report U, items 1 and 4).
import * as assert from 'node:assert/strict';
import { findingTexts, bundledAnalyzer } from './support/findingTexts';

const pl006 = (text: string): string[] => findingTexts('PL006', text);
const pl007 = (text: string): string[] => findingTexts('PL007', text);
// On record: Anthropic donates $4 million to open-source security groups and commits up to
// $100 million in usage credits; Mythos Preview scores 83.1% on CyberGym; Glasswing has 12 founding partners.

describe('figures a sentence does not assert', () => {
  it('leaves a denied figure unverified, so the quick fix cannot make a true denial false', () => {
    assert.deepEqual(pl006('Anthropic did not pledge $40 million to open-source security.'), []);
    assert.deepEqual(pl006('Mythos Preview did not score 93.9% on CyberGym.'), []);
    assert.deepEqual(pl006("Mythos Preview didn't score 93.9% on CyberGym."), []);
    assert.deepEqual(pl006('Anthropic never pledged $40 million to open-source security.'), []);
    assert.deepEqual(pl006('It is false that Glasswing has two dozen founding partners.'), []);
    // The denial still asserts something checkable: it wants a citation.
    assert.deepEqual(pl007('Anthropic did not pledge $40 million to open-source security.'), ['$40 million']);
  });

  it('still checks a figure asserted beside a denial', () => {
    // A negation in another clause.
    assert.deepEqual(pl006('Anthropic did not say why, but it committed $40 million to open-source security.'), ['$40 million']);
    assert.deepEqual(pl006('Mythos Preview did not top the chart; it scored 93.9% on CyberGym.'), ['93.9%']);
    // The figure after "but", or after ", not", is the asserted one.
    assert.deepEqual(pl006('Mythos Preview scored not 83.1% but 93.9% on CyberGym.'), ['93.9%']);
    assert.deepEqual(pl006('Mythos Preview scored 93.9% on CyberGym, not 83.1%.'), ['93.9%']);
    // "not only", "not more than", "not until" assert a figure or a bound.
    assert.deepEqual(pl006('Anthropic is donating not only $40 million to open-source security groups.'), ['$40 million']);
    // A full stop ends the denial's clause, also where a sentence runs on after it in lower case.
    assert.deepEqual(pl006("Critics didn't agree.[2] then Mythos Preview scored 93.9% on CyberGym."), ['93.9%']);
    assert.deepEqual(pl006("Critics didn't agree. then Mythos Preview scored 93.9% on CyberGym."), ['93.9%']);
    // A denied figure that agrees with a fact does not shield the fact from the asserted one.
    assert.deepEqual(
      pl006('Anthropic did not announce Claude Mythos Preview 11 days after the designation of the company as a supply chain risk but 12 days after the Mythos leak.'),
      ['12 days'],
    );
    // The plain figure stays contradicted.
    assert.deepEqual(pl006('Mythos Preview scored 93.9% on CyberGym.'), ['93.9%']);
  });

  it('checks the figure of what a denied judgement is measured against: "next to", "compared with", "beside"', () => {
    // On record: talks on a $200 million Pentagon contract broke down (blind QA round 7, tester F item 13).
    assert.deepEqual(pl006('Neither sum is large next to the $250 million Pentagon contract that the company walked away from.'), ['$250 million']);
    assert.deepEqual(pl006('Neither sum is large next to a $250 million Pentagon contract of the kind the company walked away from.'), ['$250 million']);
    assert.deepEqual(pl006("Anthropic's donations are not large compared with the $250 million Pentagon contract."), ['$250 million']);
    assert.deepEqual(pl006('Neither sum is large beside the $200 million Pentagon contract.'), []);
    // The denial itself still leaves its figure unverified.
    assert.deepEqual(pl006('Anthropic did not walk away from a $250 million Pentagon contract.'), []);
    assert.deepEqual(pl006('Anthropic did not pledge $40 million, next to nothing for the industry.'), []);
  });

  it('leaves a figure in a condition, a proposal or after a modal unverified, but keeps its PL007', () => {
    assert.deepEqual(pl006('If Anthropic had committed $1 billion in usage credits, more maintainers would benefit.'), []);
    assert.deepEqual(pl006('Anthropic should double the donations to open-source security groups to $8 million.'), []);
    assert.deepEqual(pl006('With Mythos Preview at the top, the next Capybara-tier model would clear 95% on CyberGym.'), []);
    assert.deepEqual(pl006('Anthropic could raise the usage credits to $250 million if partners match it.'), []);
    assert.deepEqual(pl006('Mythos Preview might score 90% on CyberGym with more compute.'), []);
    assert.deepEqual(pl006('Mythos Preview is expected to reach 90% on CyberGym.'), []);
    assert.deepEqual(pl007('Anthropic should double the donations to open-source security groups to $8 million.'), ['$8 million']);
    // The condition ends with its clause: the main clause asserts.
    assert.deepEqual(pl006('If you count only the founders, Glasswing has 20 founding partners.'), ['20']);
    // "May" the month is no modal.
    assert.deepEqual(pl006('In May 2026, Mythos Preview scored 93.9% on CyberGym.'), ['93.9%']);
  });

  it('asks no citation for what a counterfactual supposes, but does for an open condition (blind QA round 11, Q item 9)', () => {
    assert.deepEqual(pl007('If Anthropic had committed $1 billion, I would feel better.'), []);
    assert.deepEqual(pl007('Had Anthropic committed $1 billion, critics would have cheered.'), []);
    assert.deepEqual(pl007('If the filing were 400 pages long, nobody could read it.'), []);
    assert.deepEqual(pl007('If the leak had come on March 20, the announcement would have moved too.'), []);
    // An open condition, or a past one with no "would", states what may be so: its figure still wants a source.
    assert.deepEqual(pl007('If Anthropic commits $1 billion, I will feel better.'), ['$1 billion']);
    assert.deepEqual(pl007('If Anthropic had committed $1 billion by March, it kept quiet about it.'), ['$1 billion']);
    // A counterfactual denial takes the figure as given ("had not pledged" says it did), and a clause after "but" asserts.
    assert.deepEqual(pl007('If Anthropic had not pledged $100 million, critics would have complained.'), ['$100 million']);
    assert.deepEqual(pl007('If Anthropic had committed $1 billion, I would feel better, but it gave $4 million.'), ['$4 million']);
    // A figure of a thing the condition names as given: there was such a contract.
    assert.deepEqual(pl007('If the Department had signed the $250 million contract it was negotiating, would any of this be different?'), ['$250 million']);
  });

  it('leaves a prediction unverified, but checks "will" that states a commitment on record', () => {
    assert.deepEqual(pl006('By 2027, Mythos-class models will score above 90% on CyberGym.'), []);
    assert.deepEqual(pl006('The next Mythos release will score 95% on CyberGym.'), []);
    // The article's own future-tense phrasing of a fact: confirmed when right, contradicted when wrong.
    assert.deepEqual(pl006('Anthropic will provide up to $100 million in usage credits.'), []);
    assert.deepEqual(pl006('Anthropic will provide up to $1 billion in usage credits.'), ['up to $1 billion']);
    const verdict = bundledAnalyzer.analyze('Anthropic will provide up to $100 million in usage credits.').claims[0];
    assert.equal(verdict.status, 'confirmed');
  });

  it('checks what a speaker says after a modal of politeness: "I would remind the committee that …"', () => {
    assert.deepEqual(pl006('I would remind the committee that Mythos Preview scored 93.9% on CyberGym.'), ['93.9%']);
    assert.deepEqual(pl006('I must stress that Anthropic committed $40 million to open-source security.'), ['$40 million']);
    assert.deepEqual(pl006('We would like to point out that Glasswing has two dozen founding partners.'), ['two dozen']);
    // A modal before another verb still governs its figure.
    assert.deepEqual(pl006('Anthropic would commit $40 million to open-source security.'), []);
  });

  it('checks a pledge reported in the past: "said it would" is the pledge itself', () => {
    assert.deepEqual(pl006('Anthropic said it would commit $1 billion in usage credits.'), ['$1 billion']);
    assert.deepEqual(bundledAnalyzer.analyze('Anthropic said it would commit up to $100 million in usage credits.').claims[0].status, 'confirmed');
    // Unless the pledge itself is conditional.
    assert.deepEqual(pl006('Anthropic said that if partners matched it, it would commit $1 billion in usage credits.'), []);
  });

  it('reads "the company" in what a company\'s officer says as that company (blind QA round 8, P item 5)', () => {
    assert.deepEqual(pl006('Dario Amodei said the company would commit $150 million in usage credits.'), ['$150 million']);
    assert.deepEqual(pl006('Dario Amodei, who went on camera on launch day, said the company would commit $150 million in usage credits.'), ['$150 million']);
    assert.deepEqual(pl006('Logan Graham told reporters the firm would commit $150 million in usage credits.'), ['$150 million']);
    const status = (text: string) => bundledAnalyzer.analyze(text).claims[0].status;
    assert.equal(status('Dario Amodei told reporters the company would commit up to $100 million in usage credits and $4 million in direct donations.'), 'confirmed');
    // Not a verb of saying; an officer of no company (the Linux Foundation); a sentence that names a company of its own.
    assert.equal(status('Dario Amodei praised the company for its $150 million in usage credits.'), 'unverified');
    assert.equal(status('Jim Zemlin said the company would commit $150 million in usage credits.'), 'unverified');
    assert.deepEqual(pl006('Dario Amodei said Microsoft, not the company, would commit $150 million in usage credits.'), []);
  });
});

describe('a figure another document gives, reported to be corrected (blind QA report L, item 3)', () => {
  // On record: the announcement on 7 April 2026; twelve founding partners; 83.1% on CyberGym; the leak on March 26.
  const paper = 'The consultation paper dates the announcement of Claude Mythos Preview to 9 April 2026.';

  it('leaves it unverified when the next sentence corrects it, so the fix cannot make the correction meaningless', () => {
    assert.deepEqual(pl006(`${paper} The correct date is 7 April 2026.[1]\n\n[1]: https://example.org`), []);
    assert.deepEqual(pl006('One newspaper dated the announcement of Claude Mythos Preview to 9 April 2026. In fact, Anthropic announced it on 7 April 2026.'), []);
    assert.deepEqual(pl006('The paper states that Glasswing has fifteen founding partners. That is not what the public record shows.'), []);
    // It still wants a citation.
    assert.deepEqual(pl007(`${paper} The correct date is 7 April 2026.[1]\n\n[1]: https://example.org`), ['9 April 2026']);
  });

  it('leaves it unverified when a later clause of the same sentence corrects it (blind QA round 8, P item 7)', () => {
    // On record: Mythos Preview found a 27-year-old flaw in OpenBSD.
    const said = 'Graham said on the podcast that Mythos found a 26-year-old bug in OpenBSD';
    assert.deepEqual(pl006(`${said}, but the announcement gives the age as 27 years.`), []);
    assert.deepEqual(pl006(`${said}; the announcement puts its age at 27 years.`), []);
    assert.deepEqual(pl006(`${said}, but in fact it was 27 years old.`), []);
    assert.deepEqual(pl007(`${said}, but the announcement gives the age as 27 years.`), ['26-year-old']);
    // The correcting figure is still checked; a later clause that corrects nothing, or the writer's own figure, is not a correction.
    assert.deepEqual(pl006(`${said}, but the announcement says Mythos found a 28-year-old flaw in OpenBSD.`), ['28-year-old']);
    assert.deepEqual(pl006(`${said}, but Anthropic later found 40 more bugs.`), ['26-year-old']);
    assert.deepEqual(pl006(`${said}, but it was not the oldest.`), ['26-year-old']);
    assert.deepEqual(pl006('Mythos found a 26-year-old bug in OpenBSD, but the announcement gives the age as 27 years.'), ['26-year-old']);
  });

  it('leaves it unverified when the writer calls it wrong, or gives it as hearsay', () => {
    assert.deepEqual(pl006('The consultation paper wrongly dates the announcement of Claude Mythos Preview to 9 April 2026.'), []);
    assert.deepEqual(pl006('The consultation paper states incorrectly that Glasswing has fifteen founding partners.'), []);
    assert.deepEqual(pl006('Some reports put the number of Glasswing founding partners at fifteen.'), []);
    assert.deepEqual(pl006('According to one newspaper, Glasswing has fifteen founding partners.'), []);
  });

  it('still checks the record quoted, the writer’s own voice, and a figure no one is said to give', () => {
    // The fact's own source, or an outlet, stating a figure with no mark of error: a misquote of the record.
    assert.deepEqual(pl006('The system card reports a CyberGym score of 81.3% for Mythos Preview.'), ['81.3%']);
    assert.deepEqual(pl006('Fortune reported the leak on March 28.'), ['March 28']);
    assert.deepEqual(pl006(paper), ['9 April 2026']);
    assert.deepEqual(pl006(`${paper} Anthropic announced Glasswing the same day.`), ['9 April 2026']);
    // "This paper", "we": the writer's own figure, corrected or not.
    assert.deepEqual(pl006('This paper puts the number of Glasswing founding partners at fifteen. In fact, the count is disputed.'), ['fifteen']);
    // "In fact" that gives no figure of its own insists rather than corrects.
    assert.deepEqual(pl006('The paper states that Glasswing has fifteen founding partners. In fact, it goes further.'), ['fifteen']);
    // An adverb of error on another verb judges the act, not a statement of it.
    assert.deepEqual(pl006('Anthropic was wrongly designated a supply chain risk on 5 March 2026.'), ['5 March 2026']);
  });
});

describe('a verb that takes its complement as given still asserts it under a negation (blind QA report L, item 12)', () => {
  // On record: the designation followed talks on a $200 million Pentagon contract; twelve founding partners.
  it('checks the figure after "does not mention that", "nor that", "not aware that", "the fact that"', () => {
    assert.deepEqual(pl006('The paper does not mention that the designation followed talks on a $250 million Pentagon contract.'), ['$250 million']);
    assert.deepEqual(
      pl006('The paper does not mention that Glasswing has fifteen founding partners, nor that Anthropic donated $40 million to open-source security.'),
      ['fifteen', '$40 million'],
    );
    assert.deepEqual(pl006('Officials were not aware that Glasswing had fifteen founding partners.'), ['fifteen']);
    assert.deepEqual(pl006('The paper does not change the fact that Glasswing has fifteen founding partners.'), ['fifteen']);
  });

  it('still leaves a denial of saying, or a doubt, unverified', () => {
    assert.deepEqual(pl006('The paper did not say that Glasswing has fifteen founding partners.'), []);
    assert.deepEqual(pl006('It is not clear that Glasswing has fifteen founding partners.'), []);
    assert.deepEqual(pl006('Anthropic did not pledge $40 million to open-source security, nor $50 million.'), []);
  });
});
