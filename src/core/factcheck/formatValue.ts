import type { ClaimValue } from '../types';
import type { FactValue } from '../factbase/schema';
import { months } from '../claims/numbers';
import { isWhiteSpace } from '../text/words';
import { pluralNoun, singularNoun } from '../text/inflect';
import { numberInWords, wholeInWords } from './numberInWords';
import { articleForOne, unitAgreeing } from './unitAfterFigure';
import { indianGrouping, indianGroupsRe, inIndianScale } from './indianNumbers';
import { namedDateAsWritten, quarterAsWritten } from './writtenDate';
import { caretNotation, inPowerNotation, powerNotationOf, type PowerNotation } from './powerOfTenAsWritten';
import { decimalsOf } from './compareValues';

const monthName = (m: number) => months[m - 1].replace(/^./, (c) => c.toUpperCase());

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

function number(n: number): string {
  return numberFormat.format(n);
}

const currencySign = (currency: string) => (currency === 'USD' ? '$' : currency === 'EUR' ? '€' : currency === 'GBP' ? '£' : `${currency} `);

/** An amount in words of its scale: "4 million", "1.5 billion", "250,000". */
function scaledAmount(amount: number): string {
  for (const [scale, name] of [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']] as const) {
    if (amount >= scale) return `${number(amount / scale)} ${name}`;
  }
  return number(amount);
}

function money(amount: number, currency: string): string {
  return `${currencySign(currency)}${scaledAmount(amount)}`;
}

/** A scale abbreviated after the figure ("$1M", "$2.5 bn", "€300k"), and the space before it. */
const scaleAbbreviationRe = /\d(\s?)(mn|bn|tn|[kmbt])\b/i;
/** A scale in words after the figure ("$4 million"). */
const scaleWordRe = /\d\s*(?:thousand|million|billion|trillion)\b/i;
/** The currency written as a word after the figure ("4 million dollars"). */
const currencyWordRe = /(?:dollars|euros|pounds)$/i;

/** A scale glued to a figure in figures, at the start of the text after it ("5k", "3m times"). */
const gluedScaleRe = /^(mn|bn|tn|[kmb])(?![a-z])/i;

/** The currency word that ends `text` ("4 million dollars"), with the white space before it. */
function currencyWordAfter(text: string): string | undefined {
  const word = currencyWordRe.exec(text);
  if (!word) return undefined;
  let start = word.index;
  while (start > 0 && isWhiteSpace(text.charCodeAt(start - 1))) start--;
  return start < word.index ? text.slice(start) : undefined;
}

/** The amount with its scale abbreviated the way `written` ("M", "m" or "mn") abbreviates it: "$4M" for "$1M". */
function abbreviatedAmount(amount: number, written: string, space: string): string {
  const twoLetters = written.length === 2;
  const capitals = written === written.toUpperCase();
  for (const [scale, letter, pair] of [[1e12, 't', 'tn'], [1e9, 'b', 'bn'], [1e6, 'm', 'mn'], [1e3, 'k', 'k']] as const) {
    if (amount < scale) continue;
    const suffix = twoLetters ? pair : letter;
    return `${number(amount / scale)}${space}${capitals ? suffix.toUpperCase() : suffix}`;
  }
  return number(amount);
}

/** `n` in figures, grouped the way `text` groups its digits: the Indian way ("50,00,000" → "40,00,000") or in thousands. */
function figuresAsWritten(text: string, n: number): string {
  return indianGroupsRe.test(text) ? indianGrouping(n) : number(n);
}

/**
 * The amount on record written the way the text wrote its amount: the scale abbreviated ("$1M"
 * → "$4M"), in words ("$1 million" → "$4 million"), in lakhs or crores ("USD 25 crore" → "USD
 * 20 crore"), or not at all ("$1,000,000" → "$4,000,000", "USD 50,00,000" → "USD 40,00,000");
 * the currency as a word after it ("4 million dollars"), or the text's own sign ("US$1.5M" →
 * "US$4M") when the currency is the record's.
 */
function moneyAsWritten(text: string, currency: string | undefined, amount: number, recordCurrency: string): string {
  const abbreviation = scaleAbbreviationRe.exec(text);
  const inFigures = /\d/.test(text) && !scaleWordRe.test(text);
  const figure =
    inIndianScale(text, amount) ??
    (abbreviation ? abbreviatedAmount(amount, abbreviation[2], abbreviation[1]) : inFigures ? figuresAsWritten(text, amount) : scaledAmount(amount));
  const word = currencyWordAfter(text);
  if (word && !/\d/.test(text)) {
    // All in words ("half a million dollars"): the amount on record too, "four million dollars", where it reads in words.
    const spelled = inWordsAsWritten(amount, text, '') ?? figure;
    return `${/^[A-Z]/.test(text) ? spelled.charAt(0).toUpperCase() + spelled.slice(1) : spelled}${word}`;
  }
  if (word) return `${figure}${word}`;
  const digit = text.search(/\d/);
  const sign = currency === recordCurrency && digit > 0 ? text.slice(0, digit) : currencySign(recordCurrency);
  return `${sign}${figure}`;
}

/** A percentage written with a decimal comma ("55,4 %", "55,4%"), and the space before its sign. */
const decimalPercentRe = /\d,\d{1,2}(\s?)%/;
const decimalPointRe = /\./g;
/** A percentage range's first end: the unit after its number, if any, and the dash or word ("to", "and") before the second. */
const rangeEndsRe = /^\d[\d.,]*(\s?(?:%|per ?cent|percentage points?))?(\s*[-\u2013\u2014]\s*|\s+(?:to|and)\s+)\d/i;

const approxWords: Record<string, string> = { about: 'about ', 'more-than': 'more than ', 'less-than': 'less than ', 'up-to': 'up to ', 'at-least': 'at least ', exact: '' };

/**
 * A span of time on record for a message: "11 days"; one of its unit in words, "one decade", or
 * "a decade" after a qualifier ("about a decade" reads, "about 1 decade" does not).
 */
function timeSpan(n: number, unit: string, approx: string): string {
  if (n !== 1) return `${number(n)} ${pluralNoun(unit)}`;
  return `${approx === 'exact' ? 'one' : unit === 'hour' ? 'an' : 'a'} ${unit}`;
}

/**
 * A count's unit for one: "1 page", "1 founding partner" (the last word is the noun). Other
 * counts keep the unit as the fact base writes it, in the plural: "GB" or "kWh" take no "s".
 */
function unitFor(n: number, unit: string): string {
  if (n !== 1) return unit;
  const last = unit.lastIndexOf(' ') + 1;
  return `${unit.slice(0, last)}${singularNoun(unit.slice(last))}`;
}

const described = new WeakMap<FactValue, string>();

/** The value on record, for a message ("83.1%", "up to $100 million", "April 7, 2026"). */
export function describeValue(v: FactValue): string {
  // Written once per value: hundreds of figures in a draft are checked against the same few facts.
  let text = described.get(v);
  if (text === undefined) described.set(v, (text = describe(v)));
  return text;
}

/**
 * The value on record, for a message, in the notation of the text's figure `written` when that
 * is a power of ten ("10²⁶ FLOP" → "10²⁵ FLOP on record"); else as `describeValue` writes it.
 */
export function describeValueAsWritten(v: FactValue, written: string): string {
  const notation = v.type === 'count' || v.type === 'measure' ? powerNotationOf(written) : undefined;
  return notation ? describe(v, notation) : describeValue(v);
}

/** A figure from a quadrillion up reads only as a power of ten: "10^25", not "10,000,000,000,000,000,000,000,000". */
const powerOfTenFrom = 1e15;

/** A count's or a measure's figure: in the notation given, or as a power of ten when it is too large to read in figures. */
function countFigure(n: number, notation: PowerNotation | undefined): string {
  const power = notation || n >= powerOfTenFrom ? inPowerNotation(n, notation ?? caretNotation) : undefined;
  return power ?? number(n);
}

function describe(v: FactValue, notation?: PowerNotation): string {
  switch (v.type) {
    case 'percent':
      return `${approxWords[v.approx]}${number(v.value)}${v.to !== undefined ? `-${number(v.to)}` : ''}%`;
    case 'money':
      return `${approxWords[v.approx]}${money(v.amount, v.currency)}`;
    case 'count':
      return `${approxWords[v.approx]}${countFigure(v.value, notation)}${v.to !== undefined ? `-${countFigure(v.to, notation)}` : ''}${v.unit ? ` ${unitFor(v.to ?? v.value, v.unit)}` : ''}`;
    case 'measure':
      return `${approxWords[v.approx]}${countFigure(v.value, notation)} ${v.unit}`;
    case 'duration':
      return `${approxWords[v.approx]}${timeSpan(v.value, v.unit, v.approx)}`;
    case 'age':
      return `${approxWords[v.approx]}${timeSpan(v.value, v.unit, v.approx)} old`;
    case 'date': {
      const [y, m, d] = v.date.split('-').map(Number);
      if (d) return `${monthName(m)} ${d}, ${y}`;
      if (m) return `${monthName(m)} ${y}`;
      return String(y);
    }
  }
}

/** The unit word of a duration as written. */
const timeUnitRe = /\b(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?|century|centuries)\b/i;
/** The half of a span of time, after its unit ("a week and a half") or before it ("10 and a half days"). */
const andAHalfRe = /(?<!\s)\s+and\s+a\s+half\b/i;

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

/** The scales a large figure is written in words with: "five million". */
const scaleNames = [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']] as const;

/**
 * The figure `n` in words, as the text wrote its figure (`written`) in words, before the text
 * after it (`tail`): one of a unit with an article ("roughly two decades" → "roughly a decade",
 * unless the text wrote "one"), a whole number up to one hundred spelled out ("twelve",
 * "forty-four"), a large one by its scale ("five million", or "1.5 million" when the text wrote
 * its scale); undefined when figures read better ("244").
 */
function inWordsAsWritten(n: number, written: string, tail: string): string | undefined {
  const article = n === 1 && !/^one$/i.test(written) ? articleForOne(tail) : undefined;
  if (article) return article;
  const whole = wholeInWords(n);
  if (whole !== undefined) return whole;
  for (const [scale, name] of scaleNames) {
    if (n < scale) continue;
    const times = wholeInWords(n / scale);
    if (times !== undefined) return `${times} ${name}`;
    return /million|billion|trillion/i.test(written) ? `${number(n / scale)} ${name}` : undefined;
  }
  return undefined;
}

/** A percentage range written in words, on one line: the word between its ends. */
const wordRangeJointRe = / (?:to|and) /i;
/** White space, also a line break, that a figure in words is put on one line by. */
const whiteSpaceRunRe = /\s+/g;
/** The unit of a percentage written in words, at its end (the white space before it is read apart). */
const percentUnitEndRe = /(?:%|per ?cent|percentage points?)$/i;

/** The unit that ends a percentage in words, with the white space before it: " percent", " per cent", "%". */
function percentUnitOf(text: string): string | undefined {
  const unit = percentUnitEndRe.exec(text);
  if (!unit) return undefined;
  let start = unit.index;
  while (start > 0 && isWhiteSpace(text.charCodeAt(start - 1))) start--;
  return text.slice(start);
}

/**
 * The percentage on record in words, as the text wrote its own: "eighty point eight percent" →
 * "fifty-three point four percent", "seventy to eighty per cent" → "eighty to ninety per cent";
 * the text's unit and capital stay. Undefined when the record's figure has no words
 * (`numberInWords`).
 */
function percentInWords(text: string, value: number, to: number | undefined): string | undefined {
  const from = numberInWords(value);
  const upTo = to === undefined ? '' : numberInWords(to);
  if (from === undefined || upTo === undefined) return undefined;
  const unit = percentUnitOf(text) ?? ' percent';
  const joint = to === undefined ? '' : (wordRangeJointRe.exec(text.replace(whiteSpaceRunRe, ' '))?.[0] ?? ' to ');
  const out = `${from}${joint}${upTo}${unitAgreeing(unit, to ?? value)}`;
  return /^[A-Z]/.test(text) ? out.charAt(0).toUpperCase() + out.slice(1) : out;
}

/**
 * The value on record written the way the text wrote its value, for the quick fix that
 * replaces it: "66.6%" → "83.1%", "ten" → "twelve", "7 April" → "26 March", "18th March 2026" → "17th March 2026",
 * "Q1 2026" → "Q2 2026", "late April 2026" → "April 7, 2026",
 * "$10 million" → "$100 million", "30-year-old" → "27-year-old".
 */
export function rewriteValue(value: ClaimValue, fact: FactValue): string | undefined {
  const text = value.text;
  switch (fact.type) {
    case 'percent': {
      // "two-thirds of the tasks", "nine in ten attacks": a figure in its place would not read.
      if (value.unit === 'fraction') return undefined;
      // "eighty point eight percent" → "fifty-three point four percent": words stay words.
      const spelled = /^[A-Za-z]/.test(text) ? percentInWords(text, fact.value, fact.to) : undefined;
      if (spelled !== undefined) return spelled;
      const unit = /%|percentage points?|per ?cent/i.exec(text)?.[0] ?? '%';
      // A range written as one keeps its words: "70 and 80 percent" (after "between") → "80 and 90 percent", "70% to 80%" → "80% to 90%".
      const ends = fact.to !== undefined ? rangeEndsRe.exec(text) : null;
      const joint = ends ? `${ends[1] ?? ''}${ends[2]}` : '-';
      const range = fact.to !== undefined ? `${number(fact.value)}${joint}${number(fact.to)}` : number(fact.value);
      // "55,4 %" → "53,4 %": a decimal comma, and the space before "%" that goes with it, stay the writer's.
      const comma = decimalPercentRe.exec(text);
      if (comma) return `${range.replace(decimalPointRe, ',')}${comma[1]}%`;
      return `${range}${unit === '%' ? '%' : ` ${unit}`}`;
    }
    case 'money':
      return moneyAsWritten(text, value.unit, fact.amount, fact.currency);
    case 'count':
    case 'measure':
    case 'age':
    case 'duration': {
      const n = fact.value;
      // "10^26 FLOP" → "10^25 FLOP", "2.1 × 10^25" → "3.2 × 10^25": a power of ten is replaced whole, in its notation.
      const power = fact.type === 'count' || fact.type === 'measure' ? powerNotationOf(text) : undefined;
      if (power) return `${countFigure(n, power)}${text.slice(power.length)}`;
      const m = /^(\d(?:[\d,.]|[ \u00a0\u2009\u202f](?=\d))*|[A-Za-z]+(?:-[a-z]+)?)(.*)$/s.exec(text);
      if (!m) return undefined;
      // A number in words is replaced whole, and alone: "half a million" → "five million", "two
      // hundred" → "244", "twenty-year-old" → "sixteen-year-old".
      const spelled = numberWordsRe.exec(text);
      if (spelled && spelled[0].length !== m[1].length) {
        m[2] = text.slice(spelled[0].length);
        m[1] = spelled[0];
      }
      const wasWord = /^[A-Za-z]/.test(m[1]);
      let tail = m[2];
      // "two decades old" was read in years.
      if (fact.type === 'age' && fact.unit === 'year') tail = tail.replace(/\bdecades?\b/i, 'years');
      // "a week and a half", "one and a half weeks" against eleven days: the record's figure holds the half.
      if (fact.type === 'duration' || fact.type === 'age') tail = tail.replace(andAHalfRe, '');
      // "two weeks", "a fortnight" against eleven days on record: the record's figure goes with the record's unit.
      if (fact.type === 'duration' && value.unit !== fact.unit) tail = tail.replace(timeUnitRe, fact.unit);
      // "a 16-month-old bug", "for 27 months" against years on record: "16-year-old", "27 years" (the number agrees below).
      if (fact.type === 'age' && (value.unit ?? 'year') !== fact.unit) tail = tail.replace(timeUnitRe, fact.unit);
      // "roughly two decades" against about one: "roughly a decade", not "one decades".
      tail = unitAgreeing(tail, n);
      let head = (wasWord ? inWordsAsWritten(n, m[1], tail) : undefined) ?? number(n);
      // "3 000" → "5 000": thousands grouped by a space stay grouped by the same space.
      const grouping = /[ \u00a0\u2009\u202f]/.exec(m[1]);
      if (grouping) head = head.replace(/,/g, grouping[0]);
      // "2,50,000" → "3,00,000": digits grouped the Indian way stay grouped so.
      else if (!wasWord && indianGroupsRe.test(m[1])) head = indianGrouping(n);
      if (wasWord && /^[A-Z]/.test(m[1])) head = head.replace(/^./, (c) => c.toUpperCase());
      // "~5k" → "~3k", "3m times" → "5m times": a scale glued to the figure stays glued, in its letters.
      const glued = wasWord ? null : gluedScaleRe.exec(tail);
      if (glued && n >= 1e3) {
        head = abbreviatedAmount(n, glued[1], '');
        tail = tail.slice(glued[1].length);
      }
      // "25 lakh assets" → "30 lakh assets": an Indian scale stays the scale.
      // (Below a lakh, the figure on record goes alone: "3,000 assets".)
      if (!wasWord && indianScaleStartRe.test(tail)) return `${inIndianScale(text, n) ?? head}${tail.replace(indianScaleStartRe, '')}`;
      if (/^\s+(?:million|billion|thousand|trillion)\b/i.test(tail) && n >= 1e6) {
        tail = tail.replace(/^\s+(?:million|billion|thousand|trillion)/i, '');
        head = n >= 1e9 ? `${number(n / 1e9)} billion` : `${number(n / 1e6)} million`;
      }
      return `${head}${tail}`;
    }
    case 'date': {
      const [y, mo, d] = fact.date.split('-').map(Number);
      if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return fact.date;
      // An ISO month ("2025-06") stays one: in a list of them, "May 2025" would stand out.
      if (/^\d{4}-\d{2}$/.test(text)) return mo ? `${y}-${String(mo).padStart(2, '0')}` : String(y);
      const figures = numericDate(text, value.date, y, mo, d);
      if (figures !== undefined) return figures;
      const hasYear = /\d{4}/.test(text);
      if (/^\d{4}s?$/.test(text)) return String(y);
      // A part of a year ("late 2026") gives way to the month on record.
      if (value.date && /^\d{4}-\d{2}\/\d{2}$/.test(value.date) && mo) return `${monthName(mo)} ${y}`;
      // A part of a month ("late April 2026") gives way to the day on record.
      if (value.date?.includes('/') && mo && d) return `${monthName(mo)} ${d}${hasYear ? `, ${y}` : ''}`;
      // A quarter stays a quarter ("Q1 2026" → "Q2 2026"), a named date keeps its form ("18th March 2026" → "17th March 2026").
      const quarter = mo && value.date && quarterDateRe.test(value.date) ? quarterAsWritten(text, y, mo) : undefined;
      if (quarter !== undefined) return quarter;
      const named = mo ? namedDateAsWritten(text, y, mo, d) : undefined;
      if (named !== undefined) return named;
      if (/^\d{1,2}/.test(text) && mo && d) return `${d} ${monthName(mo)}${hasYear ? ` ${y}` : ''}`;
      if (mo && d && /\d{1,2}/.test(text.replace(/\d{4}/, ''))) return `${monthName(mo)} ${d}${hasYear ? `, ${y}` : ''}`;
      if (mo) return `${monthName(mo)}${hasYear ? ` ${y}` : ''}`;
      return String(y);
    }
  }
}

/** The date the detector gives a quarter: "2026-Q1". */
const quarterDateRe = /^\d{4}-Q[1-4]$/;

/** An Indian scale word at the start of the text after a figure (" lakh", "-crore"). */
const indianScaleStartRe = /^(?:\s+|-)(?:lakhs?|lacs?|crores?)\b/i;

/** The bounds on record a figure written bare leaves out: the fix writes them with the figure. */
const recordBounds: ReadonlySet<string> = new Set(['more-than', 'less-than', 'at-least', 'up-to']);

/** "a " or "an " at the end of a qualifier's words: the article of a number word ("about a dozen"), which the figure on record does not take. */
const articleEnd = /\ban?\s+$/i;

/**
 * The value on record in place of a qualified figure, its qualifier included, so that the text
 * says what the record does: "nearly 30" against "more than 30" → "more than 30"; "some two
 * dozen" against it → "more than thirty"; "more than $250 million" against "up to $100 million" →
 * "up to $100 million". The writer's words stay when they say what the record does ("around
 * three dozen" against about 30 → "around thirty"; "some 144 pages" against exactly 244 → "some
 * 244 pages", which still agrees); any other bound gives way to the exact figure on record
 * ("fewer than ten" and "nearly ten" against twelve → "twelve": "fewer than twelve" and "nearly
 * twelve" would still be wrong). A capital the qualifier opened with stays at the start.
 * `rewriteValue` when the figure has no qualifying words.
 */
/** A number in words, capitalised, at the start of a figure ("Thirty", "Twelve", "A dozen"), not a month's name. */
const spelledNumberStart =
  /^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|Fourteen|Fifteen|Sixteen|Seventeen|Eighteen|Nineteen|Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety|Hundred|A|Half|Dozen)(?![a-z])/;

export function rewriteQualified(value: ClaimValue, fact: FactValue): string | undefined {
  const qualified = value.qualified;
  const recordApprox = 'approx' in fact ? fact.approx : 'exact';
  const figure = rewriteValue(value, qualified && value.approx === 'about' && recordApprox === 'exact' ? atWritersPrecision(value, fact) : fact);
  // A bound on record goes with its figure: "13 employees" against "more than 30" → "more than 30", not "30"
  // (not inside a compound, "a two-hundred-million-dollar pool", where no bound can stand).
  if (!qualified && figure !== undefined && value.approx === undefined && recordBounds.has(recordApprox) && !value.text.includes('-')) {
    // The capital of a number word that opened the sentence moves to the bound: "Thirteen" → "More than thirty".
    const out = `${approxWords[recordApprox]}${spelledNumberStart.test(figure) ? figure.charAt(0).toLowerCase() + figure.slice(1) : figure}`;
    return /^[A-Z]/.test(value.text) ? out.charAt(0).toUpperCase() + out.slice(1) : out;
  }
  if (!qualified || figure === undefined) return figure;
  // The writer's own words stay when they say what the record does ("around" for "about", "over" for "more than").
  const keeps = value.approx === recordApprox || (value.approx === 'about' && recordApprox === 'exact');
  const words = keeps ? qualified.text.slice(0, qualified.text.length - value.text.length).replace(articleEnd, '') : recordApprox === 'exact' ? '' : approxWords[recordApprox];
  const out = `${words}${figure}`;
  return /^[A-Z]/.test(qualified.text) ? out.charAt(0).toUpperCase() + out.slice(1) : out;
}

/**
 * An exact percentage on record at the decimal places of the writer's "about" figure: "about 82%"
 * against 83.1% is mended to "about 83%", what the writer meant to round, not "about 83.1%".
 */
function atWritersPrecision(value: ClaimValue, fact: FactValue): FactValue {
  if (fact.type !== 'percent' || fact.to !== undefined || value.unit === 'fraction') return fact;
  const scale = 10 ** decimalsOf(value.text);
  const rounded = Math.round(fact.value * scale) / scale;
  return rounded === fact.value ? fact : { ...fact, value: rounded };
}
