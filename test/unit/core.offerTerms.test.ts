// An offer's terms, a price or a discount the writer or a sponsor sets, are no claims about the world and want no
// citation (blind QA round 19, tester P item 3): a sponsor read's "20% off … with code", "Plans start at $49 per seat",
// the show's own "$5 and $12 monthly tiers". A price that names a party of the fact base, an amount "off" outside an
// offer, and a sum that is no price keep their hints.
import * as assert from 'node:assert/strict';
import { bundledAnalyzer } from './support/findingTexts';

/** The figures each PL007 of `text` names, as its message quotes them. */
const hints = (text: string) =>
  bundledAnalyzer
    .analyze(`# Episode\n\n${text}\n`)
    .findings.filter((f) => f.code === 'PL007')
    .map((f) => f.message.slice(f.message.indexOf('“')));

describe("an offer's terms", () => {
  it('takes a discount in a sentence of a code or an offer for no claim', () => {
    for (const line of [
      'Dual Use listeners get 20% off the first year with code **DUALUSE20** at ledgerline.example/dualuse.',
      'Save $50 off any annual plan with promo code SPRING.',
    ])
      assert.deepEqual(hints(line), [], line);
    assert.deepEqual(hints('Shares closed 20% off their high.'), ['“20%”']);
    assert.deepEqual(hints('Listeners get 20% off with code X, and 40 organisations have access.'), ['“40”']);
  });

  it('takes a price a plan opens on, sold per seat, or of a tier, for no claim', () => {
    for (const line of [
      'Plans start at $49 per seat per month.',
      'Support the show at dualuse.example/support ($5 and $12 monthly tiers; the $12 tier gets the ad-free feed).',
      'Seats are $10 per user.',
    ])
      assert.deepEqual(hints(line), [], line);
    // A sum that is no price, one with a scale word, or a price of a party of the fact base keeps its hint.
    assert.deepEqual(hints('Small projects get $20,000 a year under a two-tier scheme.'), ['“$20,000”']);
    assert.deepEqual(hints('Plans start at $100 million a year.'), ['“$100 million”']);
    assert.deepEqual(hints("Anthropic's plans start at $49 per seat per month."), ['“$49”']);
  });
});
