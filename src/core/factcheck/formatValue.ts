import type { ClaimValue } from '../types';
import type { FactValue } from '../factbase/schema';
import { months } from '../claims/numbers';

const words = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
const monthName = (m: number) => months[m - 1].replace(/^./, (c) => c.toUpperCase());

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

function number(n: number): string {
  return numberFormat.format(n);
}

function money(amount: number, currency: string): string {
  const sign = currency === 'USD' ? '$' : currency === 'EUR' ? '€' : currency === 'GBP' ? '£' : `${currency} `;
  for (const [scale, name] of [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']] as const) {
    if (amount >= scale) return `${sign}${number(amount / scale)} ${name}`;
  }
  return `${sign}${number(amount)}`;
}

/** A percentage written with a decimal comma ("55,4 %", "55,4%"), and the space before its sign. */
const decimalPercentRe = /\d,\d{1,2}(\s?)%/;
const decimalPointRe = /\./g;

const approxWords: Record<string, string> = { about: 'about ', 'more-than': 'more than ', 'less-than': 'less than ', 'up-to': 'up to ', 'at-least': 'at least ', exact: '' };

const described = new WeakMap<FactValue, string>();

/** The value on record, for a message ("83.1%", "up to $100 million", "April 7, 2026"). */
export function describeValue(v: FactValue): string {
  // Written once per value: hundreds of figures in a draft are checked against the same few facts.
  let text = described.get(v);
  if (text === undefined) described.set(v, (text = describe(v)));
  return text;
}

function describe(v: FactValue): string {
  switch (v.type) {
    case 'percent':
      return `${approxWords[v.approx]}${number(v.value)}${v.to !== undefined ? `-${number(v.to)}` : ''}%`;
    case 'money':
      return `${approxWords[v.approx]}${money(v.amount, v.currency)}`;
    case 'count':
      return `${approxWords[v.approx]}${number(v.value)}${v.to !== undefined ? `-${number(v.to)}` : ''}${v.unit ? ` ${v.unit}` : ''}`;
    case 'measure':
      return `${approxWords[v.approx]}${number(v.value)} ${v.unit}`;
    case 'duration':
      return `${approxWords[v.approx]}${number(v.value)} ${v.unit}${v.value === 1 ? '' : 's'}`;
    case 'age':
      return `${approxWords[v.approx]}${number(v.value)} ${v.unit}${v.value === 1 ? '' : 's'} old`;
    case 'date': {
      const [y, m, d] = v.date.split('-').map(Number);
      if (d) return `${monthName(m)} ${d}, ${y}`;
      if (m) return `${monthName(m)} ${y}`;
      return String(y);
    }
  }
}

/** The unit word of a duration as written. */
const timeUnitRe = /\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|century|centuries)\b/i;

const numberWord = 'half|an?|and|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen';
/** A number written in words, at the start of a value ("half a million", "two hundred and forty-four"). */
const numberWordsRe = new RegExp(`^(?:${numberWord})\\b(?:[\\s-]+(?:${numberWord})\\b)*`, 'i');

/** Two digits, as a date in figures writes a part that the text padded ("07.04.2026"). */
const padAs = (n: number, part: string) => (part.length === 2 ? String(n).padStart(2, '0') : String(n));

/**
 * The date on record in the figures the text used: "9.4.2026" → "7.4.2026", "26.03.2026" →
 * "07.04.2026", "27/02/2026" → "07/04/2026" (day first), "04/27/2026" → "04/07/2026" (month
 * first), "05/2025" → "04/2026". A slashed date whose order is unknown ("09/04/2026", `stated`
 * holding both readings) gets the ISO date, which no reader can misread. Undefined when the
 * text is no date in figures, or the record lacks a part it needs.
 */
function numericDate(text: string, stated: string | undefined, y: number, mo: number | undefined, d: number | undefined): string | undefined {
  if (!mo) return undefined;
  const monthYear = /^(\d{1,2})\/\d{4}$/.exec(text);
  if (monthYear) return `${padAs(mo, monthYear[1])}/${y}`;
  const m = /^(\d{1,2})([./])(\d{1,2})[./]\d{4}$/.exec(text);
  if (!m || !d) return undefined;
  if (stated?.includes('|')) return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const dayFirst = m[2] === '.' || Number(m[1]) > 12;
  const [dayPart, monthPart] = dayFirst ? [m[1], m[3]] : [m[3], m[1]];
  const day = padAs(d, dayPart);
  const month = padAs(mo, monthPart);
  return `${dayFirst ? `${day}${m[2]}${month}` : `${month}${m[2]}${day}`}${m[2]}${y}`;
}

/**
 * The value on record written the way the text wrote its value, for the quick fix that
 * replaces it: "66.6%" → "83.1%", "ten" → "twelve", "7 April" → "26 March", "late April 2026" → "April 7, 2026",
 * "$10 million" → "$100 million", "30-year-old" → "27-year-old".
 */
export function rewriteValue(value: ClaimValue, fact: FactValue): string | undefined {
  const text = value.text;
  switch (fact.type) {
    case 'percent': {
      // "two-thirds of the tasks", "nine in ten attacks": a figure in its place would not read.
      if (value.unit === 'fraction') return undefined;
      const unit = /%|percentage points?|per ?cent/i.exec(text)?.[0] ?? '%';
      const range = fact.to !== undefined ? `${number(fact.value)}-${number(fact.to)}` : number(fact.value);
      // "55,4 %" → "53,4 %": a decimal comma, and the space before "%" that goes with it, stay the writer's.
      const comma = decimalPercentRe.exec(text);
      if (comma) return `${range.replace(decimalPointRe, ',')}${comma[1]}%`;
      return `${range}${unit === '%' ? '%' : ` ${unit}`}`;
    }
    case 'money':
      return /dollars|euros|pounds/i.test(text) ? money(fact.amount, fact.currency).replace(/^[$€£]/, '') + text.replace(/^.*?(\s+(?:dollars|euros|pounds))$/i, '$1') : money(fact.amount, fact.currency);
    case 'count':
    case 'measure':
    case 'age':
    case 'duration': {
      const n = fact.value;
      const m = /^(\d(?:[\d,.]|[ \u00a0\u2009\u202f](?=\d))*|[A-Za-z]+(?:-[a-z]+)?)(.*)$/s.exec(text);
      if (!m) return undefined;
      // A number in words is replaced whole: "half a million" → "5 million", "two hundred" → "244".
      const spelled = numberWordsRe.exec(text);
      if (spelled && spelled[0].length > m[1].length) {
        m[2] = text.slice(spelled[0].length);
        m[1] = spelled[0];
      }
      const wasWord = /^[A-Za-z]/.test(m[1]);
      let head = wasWord && Number.isInteger(n) && n <= 20 ? words[n] : number(n);
      if (wasWord && n >= 1e6 && /million|billion|trillion/i.test(m[1])) head = n >= 1e9 ? `${number(n / 1e9)} billion` : `${number(n / 1e6)} million`;
      // "3 000" → "5 000": thousands grouped by a space stay grouped by the same space.
      const grouping = /[ \u00a0\u2009\u202f]/.exec(m[1]);
      if (grouping) head = head.replace(/,/g, grouping[0]);
      if (wasWord && /^[A-Z]/.test(m[1])) head = head.replace(/^./, (c) => c.toUpperCase());
      let tail = m[2];
      if (/^\s+(?:million|billion|thousand|trillion)\b/i.test(tail) && n >= 1e6) {
        tail = tail.replace(/^\s+(?:million|billion|thousand|trillion)/i, '');
        head = n >= 1e9 ? `${number(n / 1e9)} billion` : `${number(n / 1e6)} million`;
      }
      // "two decades old" was read in years.
      if (fact.type === 'age' && fact.unit === 'year') tail = tail.replace(/\bdecade(s?)\b/i, (_, plural: string) => (plural || n !== 1 ? 'years' : 'year'));
      // "two weeks" against eleven days on record: the record's figure goes with the record's unit.
      if (fact.type === 'duration' && value.unit !== fact.unit) tail = tail.replace(timeUnitRe, n === 1 ? fact.unit : `${fact.unit}s`);
      return `${head}${tail}`;
    }
    case 'date': {
      const [y, mo, d] = fact.date.split('-').map(Number);
      if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return fact.date;
      const figures = numericDate(text, value.date, y, mo, d);
      if (figures !== undefined) return figures;
      const hasYear = /\d{4}/.test(text);
      if (/^\d{4}s?$/.test(text)) return String(y);
      // A part of a year ("late 2026") gives way to the month on record.
      if (value.date && /^\d{4}-\d{2}\/\d{2}$/.test(value.date) && mo) return `${monthName(mo)} ${y}`;
      // A part of a month ("late April 2026") gives way to the day on record.
      if (value.date?.includes('/') && mo && d) return `${monthName(mo)} ${d}${hasYear ? `, ${y}` : ''}`;
      if (/^\d{1,2}/.test(text) && mo && d) return `${d} ${monthName(mo)}${hasYear ? ` ${y}` : ''}`;
      if (mo && d && /\d{1,2}/.test(text.replace(/\d{4}/, ''))) return `${monthName(mo)} ${d}${hasYear ? `, ${y}` : ''}`;
      if (mo) return `${monthName(mo)}${hasYear ? ` ${y}` : ''}`;
      return String(y);
    }
  }
}

/** "a " or "an " at the end of a qualifier's words: the article of a number word ("about a dozen"), which the figure on record does not take. */
const articleEnd = /\ban?\s+$/i;

/**
 * The value on record in place of a qualified figure, its qualifier included, so that the text
 * says what the record does: "nearly 30" against "more than 30" → "more than 30"; "some two
 * dozen" against it → "more than 30"; "more than $250 million" against "up to $100 million" →
 * "up to $100 million". The writer's words stay when they say what the record does ("around
 * three dozen" against about 30 → "around 30"; "some 144 pages" against exactly 244 → "some
 * 244 pages", which still agrees); any other bound gives way to the exact figure on record
 * ("fewer than ten" and "nearly ten" against twelve → "twelve": "fewer than twelve" and "nearly
 * twelve" would still be wrong). A capital the qualifier opened with stays at the start.
 * `rewriteValue` when the figure has no qualifying words.
 */
export function rewriteQualified(value: ClaimValue, fact: FactValue): string | undefined {
  const figure = rewriteValue(value, fact);
  const qualified = value.qualified;
  if (!qualified || figure === undefined) return figure;
  const recordApprox = 'approx' in fact ? fact.approx : 'exact';
  // The writer's own words stay when they say what the record does ("around" for "about", "over" for "more than").
  const keeps = value.approx === recordApprox || (value.approx === 'about' && recordApprox === 'exact');
  const words = keeps ? qualified.text.slice(0, qualified.text.length - value.text.length).replace(articleEnd, '') : recordApprox === 'exact' ? '' : approxWords[recordApprox];
  const out = `${words}${figure}`;
  return /^[A-Z]/.test(qualified.text) ? out.charAt(0).toUpperCase() + out.slice(1) : out;
}
