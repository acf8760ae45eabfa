/** Figures written back in words, for a fix that keeps the writer's style ("eighty percent" → "fifty-three point four percent"). */

const ones = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const tens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/**
 * A whole number from zero to one hundred in words, as style guides spell them out: "twelve",
 * "forty-four", "one hundred". Undefined past one hundred ("244" reads better in figures) and for
 * anything but a whole number.
 */
export function wholeInWords(n: number): string | undefined {
  if (!Number.isInteger(n) || n < 0 || n > 100) return undefined;
  if (n < 20) return ones[n];
  if (n === 100) return 'one hundred';
  const unit = n % 10;
  return unit ? `${tens[Math.floor(n / 10)]}-${ones[unit]}` : tens[n / 10];
}

/**
 * A number in words with its decimals read digit by digit, as "eighty-six point one percent" is
 * written: 53.4 → "fifty-three point four", 80.05 → "eighty point zero five". At most two
 * decimals, as the figures on record are written; undefined when the whole part has no word
 * (`wholeInWords`) or more decimals would be needed.
 */
export function numberInWords(n: number): string | undefined {
  const [whole, decimals = ''] = String(n).split('.');
  if (decimals.length > 2) return undefined;
  const head = wholeInWords(Number(whole));
  if (head === undefined) return undefined;
  return decimals ? `${head} point ${[...decimals].map((d) => ones[Number(d)]).join(' ')}` : head;
}
