// Figures and dates as writers outside the US write them (Indian lakhs and crores, "17-yr-old",
// "a billion", "Q1 2026", "18th March 2026"): read as the values they are, and corrected by a
// quick fix in the writer's own form.
import * as assert from 'assert';
import { analyzer, contradictions, statusOf } from './support/sentenceFigures';

/** The figures PL007 names in `sentence`, which cites nothing. */
function hinted(sentence: string): string[] {
  const text = `# Draft\n\n${sentence}\n`;
  return analyzer
    .analyze(text)
    .findings.filter((f) => f.code === 'PL007')
    .map((f) => text.slice(f.span.start, f.span.end));
}

describe('Indian numbering: lakh, crore and digits grouped in lakhs', () => {
  it('reads "lakh" and "crore" as scales, so a correct amount is confirmed', () => {
    assert.strictEqual(statusOf('The Pentagon contract was worth USD 20 crore.[1]'), 'confirmed');
    assert.strictEqual(statusOf('Anthropic gives USD 40 lakh in direct donations to open-source security organisations.[1]'), 'confirmed');
    assert.strictEqual(statusOf('Anthropic gives USD 40 lakhs in direct donations to open-source security organisations.[1]'), 'confirmed');
  });

  it('spans the scale word and fixes in lakhs or crores, not "USD 200,000,000 crore"', () => {
    assert.deepStrictEqual(contradictions('The Pentagon contract was worth USD 25 crore.[1]'), [['USD 25 crore', 'USD 20 crore']]);
    // A crore is ten million: below one, the fix counts in lakhs.
    assert.deepStrictEqual(contradictions('Anthropic gives $1.5 crore in direct donations to open-source security organisations.[1]'), [['$1.5 crore', '$40 lakh']]);
    assert.deepStrictEqual(contradictions('Close to 30 lakh unpublished internal assets were exposed in the Mythos leak.[1]'), [['Close to 30 lakh', 'Close to 3,000']]);
  });

  it('reads digits grouped the Indian way as one figure, and fixes them in the same grouping', () => {
    assert.strictEqual(statusOf('Anthropic gives USD 40,00,000 in direct donations to open-source security organisations.[1]'), 'confirmed');
    assert.deepStrictEqual(contradictions('Anthropic gives USD 50,00,000 in direct donations to open-source security organisations.[1]'), [['USD 50,00,000', 'USD 40,00,000']]);
    assert.deepStrictEqual(contradictions('The Pentagon contract was worth USD 2,50,00,00,000.[1]'), [['USD 2,50,00,00,000', 'USD 20,00,00,000']]);
  });

  it('reads the rupee sign as money, and keeps thousands grouped as they were', () => {
    assert.deepStrictEqual(hinted('The translation budget is ₹ 2,50,000.'), ['₹ 2,50,000']);
    assert.deepStrictEqual(hinted('The translation budget is Rs. 2,50,000.'), ['Rs. 2,50,000']);
    assert.deepStrictEqual(analyzer.analyze('The translation budget is ₹ 2,50,000.').claims[0]?.kinds, ['money']);
    assert.strictEqual(statusOf('Close to 3,000 unpublished internal assets were exposed in the Mythos leak.[1]'), 'confirmed');
  });
});

describe('the shorthand of an age in years: "17-yr-old", "17 yrs old", "17 yo"', () => {
  it('reads each as an age and fixes it in the same shorthand', () => {
    for (const [written, fixed] of [
      ['17-yr-old', '16-yr-old'],
      ['17 yr old', '16 yr old'],
      ['17-yrs-old', '16-yrs-old'],
      ['17 yo', '16 yo'],
      ['17-yo', '16-yo'],
      ['17 y.o.', '16 y.o.'],
    ]) {
      assert.deepStrictEqual(contradictions(`Mythos found a ${written} FFmpeg bug.[1]`), [[written, fixed]], written);
    }
    assert.strictEqual(statusOf('Mythos found a 16-yr-old FFmpeg bug.[1]'), 'confirmed');
    assert.deepStrictEqual(contradictions('Mythos found an FFmpeg bug that had survived for 17 yrs.[1]'), [['17 yrs', '16 yrs']]);
  });
});

describe('"a thousand", "a million", "a billion" as counts', () => {
  it('reads one of the scale as a count when it counts a noun or a bound qualifies it', () => {
    assert.deepStrictEqual(hinted('Apple matters because its platforms reach over a billion users.'), ['over a billion']);
    assert.deepStrictEqual(hinted('Apple matters because its platforms reach a billion users.'), ['a billion']);
    assert.deepStrictEqual(contradictions('Anthropic gave a million dollars to open-source security groups.[1]'), [['a million dollars', 'four million dollars']]);
  });

  it('leaves the idioms alone: "thanks a million", "one in a million"', () => {
    assert.deepStrictEqual(hinted('Thanks a million.'), []);
    assert.deepStrictEqual(hinted('She is one in a million.'), []);
  });

  it('still reads "half a million" and "a quarter of a billion dollars" whole', () => {
    assert.deepStrictEqual(hinted('The company has half a million users.'), ['half a million']);
    assert.deepStrictEqual(hinted('The company has a quarter of a billion dollars.'), ['a quarter of a billion dollars']);
  });
});

describe('a date corrected in the form it was written in', () => {
  it('keeps a quarter a quarter: "Q1 2026" → "Q2 2026"', () => {
    assert.deepStrictEqual(contradictions('Glasswing launched in Q1 2026.[1]'), [['Q1 2026', 'Q2 2026']]);
    assert.deepStrictEqual(contradictions('Glasswing launched in Q3-2026.[1]'), [['Q3-2026', 'Q2-2026']]);
    assert.deepStrictEqual(contradictions('Glasswing launched in the first quarter of 2026.[1]'), [['first quarter of 2026', 'second quarter of 2026']]);
  });

  it('keeps an ordinal day ordinal and an abbreviated month abbreviated', () => {
    assert.deepStrictEqual(contradictions('The Pentagon filing came on 18th March 2026.[1]'), [['18th March 2026', '17th March 2026']]);
    assert.deepStrictEqual(contradictions('The formal announcement of Claude Mythos Preview came on 18th March 2026.[1]'), [['18th March 2026', '7th April 2026']]);
    assert.deepStrictEqual(contradictions('Glasswing launched on April 9th, 2026.[1]'), [['April 9th, 2026', 'April 7th, 2026']]);
    assert.deepStrictEqual(contradictions('The Pentagon filing came on the 18th of March.[1]'), [['18th of March', '17th of March']]);
    assert.deepStrictEqual(contradictions('The Pentagon filing came on Mar. 18, 2026.[1]'), [['Mar. 18, 2026', 'Mar. 17, 2026']]);
    assert.deepStrictEqual(contradictions('Glasswing launched on 9 April 2026.[1]'), [['9 April 2026', '7 April 2026']]);
  });
});
