import type { ClaimKind, ClaimValue } from '../types';
import { isAsciiWordCode, isDigitCode, isWhiteSpace } from '../text/words';
import type { Mutable } from '../util/mutable';
import { isCitedNames } from '../citations/authorYear';
import { addressOrCodeEnd, publicLawNumberEnd } from './addressOrCode';
import { isReactionCount } from './reactionCount';
import { isVagueAmount } from './vagueAmount';
import { isMailbagCount } from './mailbagCount';
import { indirectQuestionSpan, isYesNoQuestion, openingWhetherSpan } from './question';
import { foreignMonthPattern, isoDate, monthNumber, monthPattern, parseDigits, parseNumber, readDecimalWords, readNumberWords, scaleOf } from './numbers';
import { relationOf } from './relativeFigure';
import { lastedAsAge } from './lastedAsAge';
import { fractionOfScale } from './fractionOfScale';
import { datesFigureBefore, mayHoldRelativeUnit, relativeUnitRe } from './relativeUnit';
import { spokenDate, spokenDayFirstRe, spokenMonthFirstRe } from './spokenDate';
import { compoundDuration, compoundDurationRe, mayHoldCompoundDuration } from './compoundDuration';
import { countsOwnText } from './ownTextCount';
import { continuesLabelList, pluralCourseLabels } from './labelList';
import { yearNamesLaw } from './statuteYear';
import { continuesStandardIdentifier } from './standardEdition';
import { mayHoldPowerOfTen, powerOfTenRe, powerOfTenValue } from './powerOfTen';
import { scaleBoundsEnd } from './scaleBounds';
import { isZeroCompound } from './zeroCompound';
import { isVersionNumber } from './versionNumber';
import { isPincitePage, isRecordLabelled } from './recordCite';
import { gluedScaleCountRe, isGluedScaleCount, mayHoldGluedScale } from './gluedScale';

/** A value found in a sentence, in text offsets, before ranges are attached. */
export interface ValueHit {
  readonly kind: ClaimKind;
  readonly start: number;
  readonly end: number;
  readonly number?: number;
  readonly unit?: string;
  readonly date?: string;
  readonly approx?: ClaimValue['approx'];
  /** Where the words that qualify the figure begin ("nearly" of "nearly 30"), when words do. */
  readonly qualifierStart?: number;
  readonly relation?: ClaimValue['relation'];
}

export interface ClaimHit {
  readonly kinds: ClaimKind[];
  readonly values: ValueHit[];
}

const M = monthPattern;
/** A month of another language, in full, as European writers put it after its day or before its year: "9 avril 2026", "7 de abril de 2026", "März 2026". Each ends in an ASCII letter, so "\b" ends it. */
const F = foreignMonthPattern;
const monthWordRe = new RegExp(`\\b(?:January|February|March|April|May|June|July|August|September|October|November|December|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC|${F})\\b`);
const dateMdyRe = new RegExp(`\\b(${M})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?`, 'g');
/** A day before its month: "7 April 2026", "the 7th of April", "8. April 2026", and as French, Spanish, Italian and Portuguese write it, "1er avril 2026", "7 de abril de 2026". */
const dateDmyRe = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th|er|\\.)?\\s+(?:(?:of|de)\\s+)?(${M}|${F})(?:,?\\s+(?:de\\s+)?(\\d{4}))?\\b`, 'g');
const dateMyRe = new RegExp(`\\b(${M}|${F}),?\\s+(?:de\\s+)?(\\d{4})\\b`, 'g');
const isoRe = /\b(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b/g;
/**
 * An ISO year and month ("2026-03"), not inside an identifier ("POL-2026-03", "v2026-03-x"). A
 * second part above the year's last two digits ("2008-09", "2019-20") is a span of years, which
 * the year reading takes (see isoMonthDate).
 */
const isoMonthRe = /(?<![\w./-])((?:1[6-9]|20)\d{2})-(0[1-9]|1[0-2])(?![\w-]|[.,/]\d)/g;
/**
 * A span of days in one month, month first: "March 24–27", "March 24 to 27, 2026", "between
 * March 24 and 27" ("and" only after "between": "March 3 and 27" may be two things).
 */
const dayRangeMdyRe = new RegExp(
  `\\b(?:([Bb]etween)\\s+)?(${M})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:[ \\t]?[-–][ \\t]?|\\s+(to|through|and)\\s+)(\\d{1,2})(?:st|nd|rd|th)?\\b(?!%)(?:,?\\s+(\\d{4})\\b)?`,
  'g',
);
/** The same, day first: "24–27 March", "24 to 27 March 2026", "between 24 and 27 March". */
const dayRangeDmyRe = new RegExp(
  `\\b(?:([Bb]etween)\\s+)?(\\d{1,2})(?:st|nd|rd|th)?(?:[ \\t]?[-–][ \\t]?|\\s+(to|through|and)\\s+)(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${M})(?:,?\\s+(\\d{4}))?\\b`,
  'g',
);
/**
 * A fiscal year as budgets write it: "FY2027", "FY 2026", "FY26", "FY2026–27". It is read as its
 * year, as "fiscal year 2026" is; two digits are of the 2000s.
 */
const fiscalYearRe = /\bFY[ \u00a0-]?((?:19|20)?\d{2})(?:[-–/](?:\d{4}|\d{2}))?(?!\w)/g;
/** A calendar quarter with its year: "Q1 2026", "Q3-2025", "the first quarter of 2026". */
const quarterRe = /\b(?:Q([1-4])(?:,?\s+(?:of\s+)?|[-/])|(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\s+(?:of\s+)?)((?:1[6-9]|20)\d{2})\b/gi;
const quarterWords: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };
/**
 * A part of a month, perhaps with its year: "early April 2026", "mid-April", "late March",
 * "mid- to late April", "the first week of April 2026".
 */
const partOfMonthRe = new RegExp(
  `\\b(?:([Ee]arly|[Mm]id|[Ll]ate)(?:[\\s-]*(?:to|or)[\\s-]+(early|mid|late))?[\\s-]+|(?:[Tt]he\\s+)?([Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ll]ast)\\s+week\\s+of\\s+)(${M})(?:,?\\s+(\\d{4}))?\\b`,
  'g',
);
/**
 * A part of a year: "late 2026", "mid-2025", "early to mid 2026", "the second half of 2026",
 * "H1 2026". Read before the year alone, which "late" would otherwise leave as the whole year.
 */
const partOfYearRe = /\b(?:([Ee]arly|[Mm]id|[Ll]ate)(?:[\s-]*(?:to|or)[\s-]+(early|mid|late))?[\s-]+|(?:[Tt]he\s+)?([Ff]irst|[Ss]econd)\s+half\s+of\s+|H([12])\s+)((?:1[6-9]|20)\d{2})\b/g;
/** Cheap test before partOfYearRe: one of its first words. */
const mayHoldPartOfYear = /\b(?:early|mid|late|half|H[12])\b/i;
/** The months of a year each part spans: thirds for early, mid and late; halves. */
const partMonths = new Map<string, readonly [number, number]>([
  ['early', [1, 4]],
  ['mid', [5, 8]],
  ['late', [9, 12]],
  ['first', [1, 6]],
  ['second', [7, 12]],
  ['1', [1, 6]],
  ['2', [7, 12]],
]);
/** Cheap test before partOfMonthRe: one of its first words. */
const mayHoldPartOfMonth = /\b(?:early|mid|late|week)\b/i;
/** The days of a month each part spans ("late" ends with the month, 31 standing for its last day). */
const partDays = new Map<string, readonly [number, number]>([
  ['early', [1, 10]],
  ['mid', [11, 20]],
  ['late', [21, 31]],
  ['first', [1, 7]],
  ['second', [8, 14]],
  ['third', [15, 21]],
  ['fourth', [22, 28]],
  ['last', [25, 31]],
]);

/**
 * Every number in a sentence, digits or words, in one scan. Digits glued to a letter ("A100")
 * are left out by the look-behind; digits after a hyphenated name ("GPT-5") by isNotAValue.
 * A comma before one or two digits and a percent sign is a decimal comma ("55,4 %", "83,1%"),
 * as most European languages write it: a thousands separator always has three digits after it.
 * Digits grouped in the Indian way, the last three apart and pairs before them ("2,50,000",
 * "50,00,000", "2,00,00,00,000"), are one figure too, as lakhs and crores are written.
 */
const numberTokenRe =
  /(?<![\w.,])(?:\d+,\d{1,2}(?=\s?%)|(?:\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\w]|[.,]\d))|\b(?:(?:[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty|[Ss]ixty|[Ss]eventy|[Ee]ighty|[Nn]inety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|[Tt]hirteen|[Ff]ourteen|[Ff]ifteen|[Ss]ixteen|[Ss]eventeen|[Ee]ighteen|[Nn]ineteen|[Dd]ozen|[Hh]undred|[Oo]ne(?=[\s-]+(?:thousand|million|billion|trillion|hundred)\b)|[Hh]alf[\s-]an?[\s-](?:thousand|million|billion|trillion)|[Aa]\s(?:thousand|million|billion|trillion))\b/g;
/** Cheap test before the scan: a digit or the letters number words share. */
const mayHoldNumber = /\d|(?:wo|hree|our|ive|ix|even|ight|ine|en|elve|ty|dozen|hundred|one|illion|thousand)\b/i;

// A line break counts as one white-space character whatever its style: `(?:\r\n|\s)` where one is meant.
/**
 * A scale after a figure; "Mio" and "Mrd" are the German million and billion ("USD 4 Mio."),
 * "lakh" (also "lac") and "crore" the Indian hundred thousand and ten million ("USD 40 lakh").
 */
const scaleAfter = /^(?:\s+|-)?(thousand|million|billion|trillion|lakhs?|lacs?|crores?|bn|mn|tn|mio|mrd|[mbk])\b/i;
const percentAfter = /^(?:(?:(?:\r\n|\s)?[-–](?:\r\n|\s)?|(?:\r\n|\s)(?:to|and)(?:\r\n|\s))((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?))?(?:\r\n|\s)?(%|percent\b|per cent\b|percentage points?\b)/i;
const rangeDashRe = /[-–]/;
/** After a percentage: the other end of a range, with its own unit ("% and 85%", "% to 85 per cent", "%–85%"). */
const secondPercentAfter = /^(?:(?:\r\n|\s)?[-–](?:\r\n|\s)?|(?:\r\n|\s)(?:to|and)(?:\r\n|\s))((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?:\r\n|\s)?(?:%|percent\b|per cent\b)/i;
/** A verb of change before "from": "grew from 12 to 90%", "rose sharply from 80% to 85%" state a change, not a range. */
const changeFromBeforeRe =
  /\b(?:rose|risen|rises?|rising|grew|grows?|grown|growing|fell|falls?|fallen|falling|went|goes|going|jump\w*|climb\w*|increas\w*|decreas\w*|declin\w*|dropp?\w*|improv\w*|moved?|moves|moving|shift\w*|chang\w*|surg\w*|soar\w*|slipp?\w*|doubl\w*|tripl\w*|halv\w*|cut|cuts|reduc\w*|rais\w*|lower\w*|boost\w*|expand\w*|shr[iu]nk\w*)(?:\s+\S+){0,3}\s+from(?:\r\n|\s)$/i;
const fromBeforeRe = /\bfrom(?:\r\n|\s)$/i;
/** "and" joining the two ends of a percentage range ("80 and 90 per cent"), which only "between" before it makes one. */
const andJoinsRe = /^(?:\r\n|\s)and\b/i;
const betweenBeforeRe = /\bbetween(?:\r\n|\s)$/i;
/** A currency sign or code before a figure: "$", "US$", "€", "EUR ", "£", "¥", and the rupee's "₹", "INR ", "Rs." and "Rs ". */
const currencyBefore = /(?:US|USD(?:\r\n|\s)?|EUR(?:\r\n|\s)?|GBP(?:\r\n|\s)?)?[$€£¥₹](?:\r\n|\s)?$|\b(?:USD|EUR|GBP|INR)(?:\r\n|\s)?$|\bRs\.?(?:\r\n|\s)?$/;
/** A currency named after a figure, in words or by its code ("200 000 000 USD"). */
const currencyWordAfter = /^\s+(dollars|euros|pounds|USD|EUR|GBP)\b/i;
/** The units of a duration that may be an age (see `lastedAsAge`). */
const ageUnits = new Set(['year', 'decade', 'month', 'week', 'day']);
/** An age after a figure: "-year-old", " years old", and the year's shorthand, "-yr-old", " yrs old". */
const ageAfter = /^(?:-|\r\n|\s)(year|yr|month|week|day|decade)s?(?:-|\r\n|\s)old\b/i;
/** An age in years written short after a figure: "17 yo", "17-yo", "17 y.o.", "17 y/o" (lower case only: "YO" may be a name). */
const shortAgeAfter = /^[-\s](?:yo|y\.o\.|y\/o)(?![\p{L}\p{N}/-])/u;
/** "half a million", read whole: half the scale word's factor. */
const halfScaleRe = /^half[\s-]an?[\s-](\w+)$/i;
/** "a million", "a billion", read whole: one of the scale ("over a billion users"). */
const articleScaleRe = /^a\s(\w+)$/i;
/** Before "a million": "in", as in "one in a million", an idiom that counts nothing. */
const inBeforeRe = /\bin\s+$/i;
/** After a figure: white space and a word, the noun it may count, or a hyphen that makes a compound ("a billion-dollar fund"). */
const wordFollowsRe = /^(?:\s+\p{L}|-\p{L})/u;
/** After a number and its scale, the currency that makes the compound an adjective: "a two-hundred-million-dollar pool". */
const currencyAdjectiveAfter = /^-(dollar|euro|pound)\b/i;
const measureAfter = /^(?:-|\r\n|\s)(pages?|words?|lines?|characters?|tokens?|parameters?|GB|MB|TB|KB|PB|GW|MW|kW|kWh|TWh|km|kilometers|kilometres|miles|kg|tons|tonnes|FLOPs?|petaflops|exaflops)\b/;
/** A unit of time after a figure; "yr" and "yrs" are years ("for 17 yrs"); a day of work is one too ("within 15 working days", "5 business days"). */
const durationAfter = /^(?:-|\r\n|\s)(?:more\s+|additional\s+|working\s+|business\s+|calendar\s+)?(seconds?|minutes?|hours?|days?|weeks?|months?|years?|yrs?|decades?|centuries|century)\b/i;
/**
 * A unit of time written short after a figure, in lower case ("10 min", "90 mins", "2 hrs", "30 sec"),
 * as an agenda or a timetable writes it: "12 HR staff" and "3 SEC filings" name no unit.
 */
const shortDurationAfter = /^(?:-|\r\n|\s)(min|mins|hr|hrs|sec|secs)(?![\p{L}\p{N}])/u;
const shortUnits: Readonly<Record<string, string>> = { min: 'minute', mins: 'minute', hr: 'hour', hrs: 'hour', sec: 'second', secs: 'second' };
const plusAfter = /^(?:\+|-plus)/;
/** "-odd" after a figure: "thirty-odd", "50-odd" are a little over it, read as about it. */
const oddAfter = /^-odd\b/i;
/** After a number word: a hyphen and a word that makes an adjective of it ("two-tier"), not "-plus" or a fraction ("two-thirds"). */
const compoundAfter = /^-(?!plus\b|(?:half|halves|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\b)\p{L}/iu;
/** Before "dozen": "half a " or "half-a-" ("half a dozen" is 6). */
const halfABefore = /\bhalf(?:\r\n|[\s-])an?(?:\r\n|[\s-])$/i;
const theBefore = /\b(?:the|these|those)\s+$/i;
/** After the hour of a time of day: minutes, perhaps seconds ("10:30", "9:05:30"). */
const clockAfter = /^:[0-5]\d(?::[0-5]\d)?(?!\d)/;
/**
 * Before minutes past 24 and their seconds ("58:42"): what reads them as an elapsed time, a runtime or
 * a timestamp, not a ratio: a label or verb of length ("**Runtime:** 58:42", "Runtime: 58:42.", "the
 * episode runs 58:42"), a preposition of a point in a recording ("at 58:42", "from 31:40"), or an
 * opening bracket ("[58:42]"); "The vote split 60:40" keeps its two figures.
 */
const elapsedCueBefore = /(?:\b(?:run(?:ning)?[- ]?time|duration|length|time|runs|ran|lasts|lasted|at|in|from|to|until)(?:[*_]{0,3}:)?[*_]{0,3}[ \t]+|[[(])$/i;
/** After the hour of a time of day told by the twelve-hour clock: "5 pm", "10 a.m.", "11 AM". */
const meridiemAfter = /^ (?:[ap]\.m\.|[ap]m|[AP]\.M\.|[AP]M)(?![\p{L}\p{N}])/u;
/** From a "+" before the digits: an international phone number ("+1 (202) 555-0187", "+44 20 7946 0958"). */
const intlPhoneRe = /^\+\d{1,3}(?:[ .-]?\(\d{1,4}\))?(?:[ .-]\d{1,5}){2,5}(?!\d)/;
/** From a "(" before the digits: a phone number with its area code ("(202) 555-0187"). */
const areaPhoneRe = /^\(\d{2,4}\)[ .-]?\d{2,5}[ .-]\d{2,5}(?!\d)/;
/**
 * Three to five groups of 3 to 5 digits joined by single spaces: a meeting ID, a phone number
 * or an account number ("822 1234 2211", "020 7946 0958", "202 555 0187"), unless every group
 * after the first has three digits and the first no leading zero, as thousands are grouped
 * ("5 000 000", "100 000 000").
 */
const spacedGroupsRe = /^\d{3,5}(?: \d{3,5}){2,4}(?!\d|[.,]\d)/;
const thousandsGroupsRe = /^[1-9]\d{0,2}(?: \d{3})+$/;

/** The identifier written in spaced digit groups at `a` (see spacedGroupsRe), or null. */
function spacedIdentifier(text: string, a: number): RegExpExecArray | null {
  const m = spacedGroupsRe.exec(text.slice(a, a + 32));
  return m && !thousandsGroupsRe.test(m[0]) ? m : null;
}

/** Numbers joined by slashes: a rating, a ratio or a numeric date ("3/5", "24/7", "4/7/2026"), not counts. */
const slashedRe = /^\d{1,4}\/\d{1,4}(?:\/\d{1,4})?(?![\d/])/;
/** Digit groups chained by hyphens ("202-555-0187"), or joined to a group with a leading zero ("555-0187"). */
const hyphenChainRe = /^\d{1,5}(?:(?:-\d{2,5}){2,4}(?!\d)|-0\d{2})/;

const superlativeWordRe =
  /\b(?:first|only|most|least|best|worst|largest|biggest|greatest|highest|lowest|strongest|fastest|smallest|newest|latest|earliest|oldest|longest|safest|leading|top)\b|\bbest-|\bunprecedented\b|\bfirst[- ]ever\b/gi;
const determinerBefore = /\b(?:the|its|their|our|his|her|your)\s+(?:[^\s]+\s+){0,2}$/i;
const speechRe =
  /\b(?:said|says|say|told|tells|warned|warns|wrote|writes|described|describes|argued|argues|stated|states|claimed|claims|announced|announces|declared|declares|reported|reports|noted|notes|added|explained|explains|acknowledged|acknowledges|insisted|insists|testified|concluded|concludes|asserted|asserts|calling|called|[Aa]ccording to)\b/;

/**
 * The qualifiers before a figure, first match wins. "nearly", "almost" and "just under" put the
 * figure a little below the number ("nearly 30" is 27 to 30), which "more than 30" on record
 * contradicts; "about" puts it on either side, and so does "barely" ("barely a week": only just
 * a week, a little over or under it). Their words may be parted by any white space,
 * a line break of a hard-wrapped paragraph too ("more\nthan $150 million").
 */
const approxBefore: [RegExp, NonNullable<ClaimValue['approx']>][] = [
  [/\b(?:nearly|almost|just\s+under|just\s+below|just\s+shy\s+of|not\s+quite|slightly\s+under|slightly\s+below|slightly\s+less\s+than|a\s+little\s+under|a\s+little\s+less\s+than)\s*$/i, 'nearly'],
  [/\b(?:about|around|approximately|roughly|some|close\s+to|circa|an\s+estimated|barely)\s*$|~\s*$/i, 'about'],
  [/\b(?:at\s+least|not?\s+fewer\s+than|not?\s+less\s+than)\s*$/i, 'at-least'],
  // "no more than 3,000 words" is a limit at most 3,000, never "more than": read before "more than".
  [/\b(?:not?\s+more\s+than|no\s+greater\s+than)\s*$/i, 'up-to'],
  [/\b(?:more\s+than|over|above|upwards\s+of|in\s+excess\s+of|exceeding)\s*$/i, 'more-than'],
  [/\b(?:less\s+than|fewer\s+than|under|below)\s*$/i, 'less-than'],
  [/\bup\s+to\s*$/i, 'up-to'],
];
const functionWords = new Set(
  'in on by of about over nearly some around roughly since for with and to the a an at from after before under up more less than only just almost all its their our his her this that these those it we they he she'.split(' '),
);
const yearContext = /\b(?:in|since|by|until|till|of|from|to|through|during|before|after|early|late|mid|circa|year|fiscal|spring|summer|autumn|fall|winter|the|and|or|between|around)\s*-?$/i;
/** A determiner or possessive before a year that modifies the word after it ("the 2026 AI Action Plan", "Anthropic's 2025 report"). */
const yearModifierBefore = /(?:\b(?:the|a|an|this|that|its|their|our|his|her|whose)|['’]s)\s+$/i;
const wordAfterRe = /^[ \t]+\p{L}/u;
/** After a year: "YOA" or "year of account", the Lloyd's underwriting year a year names ("the 2026 YOA"). */
const yearOfAccountAfterRe = /^ (?:YOA|YoA|years? of account)(?![\p{L}\p{N}])/u;
/**
 * Words that name a part of a document, a list or a procedure, or an identifier: the number
 * after one labels that part ("Section 3.2", "item 4", "Appendix 2", "version 4", "slide 6",
 * "survey wave 1", "phase 2", "tier 1"; a reviewer's shorthand for a reference or a footnote,
 * "ref 10", "fn 3"); it counts nothing. Singular, and plural where the plural is no verb ("sections 3 and 4").
 */
const labelWords = new Set(
  'section sections subsection article articles chapter chapters part paragraph paragraphs para clause clauses appendix annex exhibit footnote footnotes endnote endnotes fn ref figure figures table tables page pages line lines item items step steps option options recommendation recommendations entry row column version v volume id ticket slide slides wave waves phase phases stage stages tier tiers ext extension room box'.split(' '),
);
/** Labels joined to their number by a hyphen, "tier-1", "Level-2", "phase-3": it ranks or names, it counts nothing. */
const hyphenedLabels = new Set('tier level phase stage grade category class band priority severity wave step'.split(' '));
/** The same as abbreviations, written with their dot ("Fig. 3", "sec. 2", "No. 5"). */
const abbreviatedLabels = new Set('sec ch chap para paras art fig figs tab p pp vol no nr ref ext extn rm'.split(' '));
/**
 * Abbreviations a number labels also without their dot, as a draft's shorthand writes them ("sec
 * 2", "fig 3"); in lower case or capitalised only: "the SEC 2024 rule" names the agency and its year.
 */
const undottedLabels = new Set(['sec', 'fig']);
/** A statute's section and sections as UK and Commonwealth law cites them, in lower case with their dot ("s. 3(2)", "ss. 4–6"; not "Plan S. 12 countries"). */
const statuteSections = new Set(['s', 'ss']);

/** Whether a lower-case word names a part, a step or an identifier that a number after it labels ("line", "item", "no", "ref"). */
export function isLabelWord(word: string): boolean {
  return labelWords.has(word) || abbreviatedLabels.has(word) || nounOrVerbLabels.has(word);
}
/**
 * Labels that are verbs too ("we note 3 gaps", "they question 12 officials", "we round 3.46 up"), or
 * nouns a count may follow ("the draft 3 officials saw"), among them the number of a draft or an
 * issue, as a masthead or byline writes it ("draft 3", "Revision 2", "Issue 12"): a label when
 * capitalised ("Note 3", "Source 1"), after a word that a noun follows ("see source 1",
 * "in note 3"), or when no ordinary word follows the number ("…, source 1.", "question 3 is",
 * "· draft 3 ·"), and a part of the writer's event, "(group 3)", "panel 2 will be taken with …" (not
 * "group 3 companies").
 */
const nounOrVerbLabels = new Set('note source reference question point round draft revision edition issue group panel'.split(' '));
/**
 * More plurals a number after labels ("subsections 2 and 3", "Annexes 1–4", "rows 4 and 5"), kept
 * out of isLabelWord: a column headed "Entries" or "Versions" may count them.
 */
const pluralLabelWords = new Set('subsections appendices annexes exhibits parts entries rows columns versions volumes boxes refs fns paras'.split(' '));
/**
 * Words that name a kind of code before "code": the number after "class code", "SIC code", "error code" names a class, it counts nothing.
 * Example: 'class' in "class code 7372-AI"; not "in code 27 years old".
 */
const codeKindWords = new Set('class industry sic naics isic nace product occupation occupational risk tax error status postal zip area country currency dialling dialing classification'.split(' '));
/** Plurals of nounOrVerbLabels, a verb's third person too ("The card notes 40 of them"): labels only capitalised or after a word a noun follows ("see notes 3 and 4"). */
const pluralNounOrVerbLabels = new Set('notes sources references questions points rounds'.split(' '));
const nounContextWords = new Set('see in on of at from under per the this that cf each'.split(' '));
/** Auxiliary and modal verbs: after a number, the number is a subject ("the two should", "question 3 is"), not a count of a noun. */
const auxiliaryVerbs = new Set(
  'is are was were be been has have had do does did can could will would shall should may might must need cannot'.split(' '),
);
/** Before one of those, a subject makes it a verb: "we note 3 of them". */
const subjectPronouns = new Set('i we you they'.split(' '));

/**
 * After a year: the year a span of years ends in, its last two digits ("–27" of "2026–27") or
 * all four ("/2020" of "2019/2020"; yearSpanEnd checks that it comes later).
 */
const yearSpanRe = /^[-–/](\d{2}|\d{4})(?!\d)/;
/** After a year: a slash and three or more digits, the number of an act or a file ("/1689" of "2024/1689"). */
const slashNumberRe = /^\/\d{3,}(?!\d)/;
const digitRe = /\d/;
const yearRe = /^(1[6-9]\d{2}|20\d{2})$/;
const yearEndsRe = /^(?:$|s\b|[,.;:)!?'"”’]|\s+[-–—(A-Z])/;
const standsAloneRe = /^(?:best-|unprecedented|first[- ]ever)/i;
const endsInSRe = /s$/;
const endsInIesRe = /ies$/;
const euroRe = /^eur/i;
const poundRe = /^(?:pound|gbp)/i;
const lineBreaksRe = /\r\n?/g;

const anyApprox = /(?:about|around|approximately|roughly|nearly|almost|some|close\s+to|circa|estimated|barely|~|least|than|over|above|upwards\s+of|excess\s+of|exceeding|under|below|up\s+to|shy\s+of|quite)\s*$/i;

/**
 * The `n` characters before `at`, a line break counting as one ("\r\n" and "\r" read as
 * "\n"), so that what a look-back window sees does not depend on the line endings.
 */
function contextBefore(text: string, at: number, n: number): string {
  const raw = text.slice(Math.max(0, at - 2 * n), at);
  return raw.includes('\r') ? raw.replace(lineBreaksRe, '\n').slice(-n) : raw.slice(-n);
}

/**
 * Index of the last character before `at`, and not before `floor`, that is not white space,
 * or -1: a pattern ending in `word\s*$` on the text before `at` can only match if that
 * character ends the word.
 */
function lastNonSpace(text: string, at: number, floor: number): number {
  let k = at - 1;
  while (k >= floor && isWhiteSpace(text.charCodeAt(k))) k--;
  return k >= floor ? k : -1;
}

/**
 * Whether anyApprox may match the window qualifierOf reads: the words it looks for end in
 * t d y e o a r s g w n f or "~" ("about", "around", "roughly", "some", "close to", "circa",
 * "over", "at least", "exceeding", "below", "more than", "in excess of"). The last 24
 * characters before `start` are inside that window whatever the line endings; past them, the
 * full test decides.
 */
function mayEndApproxWord(text: string, start: number): boolean {
  const k = lastNonSpace(text, start, Math.max(0, start - 24));
  if (k < 0) return start > 24;
  const c = text.charCodeAt(k) | 32;
  return c === 116 || c === 100 || c === 121 || c === 101 || c === 111 || c === 97 || c === 114 || c === 115 || c === 103 || c === 119 || c === 110 || c === 102 || c === 126;
}

/**
 * "over" as the particle of a phrasal verb, not a bound: "tools had passed over 500,000 times the
 * bug", "handed over $4 million", "signed over 12 patents". ("went over", "ran over" may also
 * mean "exceeded" and stay bounds; a fact whose cue ends in the word is handled by `readWithCue`.)
 */
const particleOverBefore =
  /\b(?:pass(?:ed|es|ing)?|hand(?:ed|s|ing)?|turn(?:ed|s|ing)?|sign(?:ed|s|ing)?|carr(?:y|ies|ied|ying)|roll(?:ed|s|ing)?|look(?:ed|s|ing)?|watch(?:ed|es|ing)?|gloss(?:ed|es|ing)?|skip(?:ped|s|ping)?|step(?:ped|s|ping)?|presid(?:e|es|ed|ing)|hover(?:ed|s|ing)?)\s+over\s*$/i;

/** Before a date: the words of a source entry that date its reading ("accessed on", "retrieved", "last updated:"). */
const accessBefore = /\b(?:accessed|retrieved|viewed|visited|downloaded|consulted|last (?:updated|modified|checked|reviewed))(?: on)?[\s:,]*$/i;

/** Whether accessBefore may match before `a`: the last character before it, past white space, ":" and ",", is d, n or a letter of "on". */
function mayEndAccess(text: string, a: number): boolean {
  let k = a - 1;
  while (k >= 0 && k >= a - 4 && (isWhiteSpace(text.charCodeAt(k)) || text.charCodeAt(k) === 58 || text.charCodeAt(k) === 44)) k--;
  const c = text.charCodeAt(k) | 32;
  return c === 100 || c === 110;
}

/** "a " or "an " just before a number word ("a dozen"), left out of the qualifier's look-back. */
const articleEnd = /\ban?\s+$/i;

/**
 * A currency written in letters before the digits, "US$250 million", "USD 250 million", "A$4m": the
 * article before it is the noun phrase's ("talks over a US$250 million contract"), not a number word's.
 */
const currencyCode = /[A-Za-z]{1,3}(?:[$€£¥]|[ \t]?\d)/y;

/** Whether the figure at `start` opens on a currency in letters (see `currencyCode`). */
function currencyCodeAt(text: string, start: number): boolean {
  currencyCode.lastIndex = start;
  return currencyCode.test(text);
}

/** The qualifier of a figure: what it says of it, and where its words begin. */
interface Qualifier {
  readonly approx: NonNullable<ClaimValue['approx']>;
  readonly start: number;
}

/** The offset `n` characters before `at`, a line break counting as one, as `contextBefore` counts them. */
function offsetBefore(text: string, at: number, n: number): number {
  let k = at;
  for (; n > 0 && k > 0; n--) k -= text.charCodeAt(k - 1) === 10 && text.charCodeAt(k - 2) === 13 ? 2 : 1;
  return k;
}

/** The words before the figure at `start` that qualify it ("nearly", "more than", "some"), if any. */
function qualifierOf(text: string, start: number): Qualifier | undefined {
  if (!mayEndApproxWord(text, start)) return undefined;
  // "fewer than a dozen", "nearly a hundred": the article before a number word is the number's.
  const raw = contextBefore(text, start, 24);
  const before = isAsciiWordCode(text.charCodeAt(start)) && !isDigitCode(text.charCodeAt(start)) && !currencyCodeAt(text, start) ? raw.replace(articleEnd, '') : raw;
  if (!anyApprox.test(before)) return undefined;
  for (const [re, approx] of approxBefore) {
    const m = re.exec(before);
    if (!m) continue;
    if (approx === 'more-than' && particleOverBefore.test(before)) return undefined;
    return { approx, start: offsetBefore(text, start, raw.length - m.index) };
  }
  return undefined;
}

const none: ValueHit[] = [];

/**
 * One sentence being read: its text, the values found so far, and the spans already taken
 * (markers, names, values found). A few spans are checked one by one; past 32, a map of the
 * sentence's characters answers in the length of the candidate instead, so a sentence of
 * thousands of markers or numbers stays linear. detectClaim does not re-enter, so one
 * instance serves every sentence and a sentence costs no closures or span arrays.
 */
class SentenceScan {
  text = '';
  offset = 0;
  values: ValueHit[] = none;
  /** The next sentence enumerates what this one counts ("… in two ways. First, …"): it leads in as a colon does. */
  leadsIn = false;
  /** The numbers the sentence has labelled so far ("2.17" of "**Room:** 2.17", "3" of "Section 3"), the first few of them. */
  readonly labels: string[] = [];
  /** Where the number the sentence labelled last ends, or -1: a range after it labels its end too ("LMA 5564 to 5567"). */
  labelEnd = -1;
  /** Taken spans as start, end pairs, until there are more than 32 of them. */
  private readonly bounds: number[] = [];
  private map: Uint8Array | undefined;

  reset(text: string, offset: number, excluded: readonly number[], leadsIn: boolean): void {
    this.text = text;
    this.offset = offset;
    this.leadsIn = leadsIn;
    this.values = [];
    this.labels.length = 0;
    this.labelEnd = -1;
    this.bounds.length = 0;
    this.map = undefined;
    for (let k = 0; k + 1 < excluded.length; k += 2) this.add(excluded[k] - offset, excluded[k + 1] - offset);
  }

  private mark(a: number, b: number): void {
    const map = this.map!;
    for (let i = Math.max(0, a), e = Math.min(b, this.text.length); i < e; i++) map[i] = 1;
  }

  add(a: number, b: number): void {
    if (this.map) this.mark(a, b);
    else if (this.bounds.push(a, b) > 64) {
      this.map = new Uint8Array(this.text.length);
      for (let k = 0; k < this.bounds.length; k += 2) this.mark(this.bounds[k], this.bounds[k + 1]);
    }
  }

  /** Whether [a, b), a non-empty span of the sentence, overlaps nothing taken. */
  free(a: number, b: number): boolean {
    const map = this.map;
    if (map) {
      for (let i = Math.max(0, a), e = Math.min(b, this.text.length); i < e; i++) if (map[i]) return false;
      return true;
    }
    const bounds = this.bounds;
    for (let k = 0; k < bounds.length; k += 2) if (b > bounds[k] && a < bounds[k + 1]) return false;
    return true;
  }

  /** The next match of global `re` that overlaps nothing taken. */
  nextFree(re: RegExp): RegExpExecArray | null {
    let m: RegExpExecArray | null;
    while ((m = re.exec(this.text))) if (this.free(m.index, m.index + m[0].length)) return m;
    return null;
  }

  /**
   * Keep `token`, a number the sentence labels, so that the same number named again labels the same
   * thing; true, for the reader that found it. Only the first few are kept: a look-up costs no more
   * than them in a sentence of thousands of labels.
   */
  noteLabel(token: string): true {
    if (this.labels.length < 8 && !this.labels.includes(token)) this.labels.push(token);
    return true;
  }

  /** The values found, in the order found; drops the sentence. */
  finish(): ValueHit[] {
    const values = this.values;
    this.text = '';
    this.values = none;
    this.map = undefined;
    return values;
  }

  /** Record a value on [a, b) of the sentence. */
  take(kind: ClaimKind, a: number, b: number, number?: number, unit?: string, date?: string, approx?: ClaimValue['approx']): void {
    this.add(a, b);
    // The day a source was read ("accessed April 9, 2026", "retrieved 9 April 2026") dates the reading, not what it says.
    if (kind === 'date' && mayEndAccess(this.text, a) && accessBefore.test(contextBefore(this.text, a, 24))) return;
    const qualifier = approx ? undefined : qualifierOf(this.text, a);
    const about = approx ?? qualifier?.approx;
    const v: Mutable<ValueHit> = { kind, start: a + this.offset, end: b + this.offset };
    if (qualifier) v.qualifierStart = qualifier.start + this.offset;
    // A number too long for a double (hundreds of digits) has no value worth checking.
    if (number !== undefined && Number.isFinite(number)) v.number = number;
    if (unit !== undefined) v.unit = unit;
    if (date !== undefined) v.date = date;
    if (about) v.approx = about;
    if (kind !== 'date' && kind !== 'age' && kind !== 'duration') {
      const relation = relationOf(this.text, a, b, kind, contextBefore(this.text, a, 80));
      if (relation) v.relation = relation;
    }
    this.values.push(v);
  }
}

const scan = new SentenceScan();

/**
 * A share written as a fraction: "two-thirds", "three quarters", "a fifth", "half" (before
 * "of"), "nine in ten", "one out of five", "1 in 4". Groups: the numerator and the
 * denominator of a spelled fraction, "half", or the two numbers of "X in Y".
 */
const fractionRe =
  /\b(?:([Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine)([\s-])(half|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)|([Hh]alf)(?=\s+of\b)|([Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|\d{1,3})(?:\s+times?)?\s+(?:in|out\s+of)\s+(?:a\s+)?(two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand|\d{1,4})(?![\d,.]\d))\b/g;
/** Cheap test before fractionRe: a word it needs. */
const mayHoldFraction = /half|third|quarter|fifth|sixth|seventh|eighth|ninth|tenth|\b(?:in|out of) (?:a )?(?:two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand|\d)/i;
const ordinalDenominators = new Map(Object.entries({ half: 2, third: 3, quarter: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 }));
const pluralEndRe = /s$/;
/** After a spelled fraction: "of" and what it is a share of ("two-thirds of the tasks"). */
const shareOfAfter = /^\s+of\b/;
/**
 * "of" before a span of time, a distance or a year: "two-thirds of the way", "a quarter of an hour", "three quarters of 2025" are no shares of a measure;
 * nor are parts of a piece of text, "half of that sentence", "two-thirds of the argument".
 */
const notAShareAfter =
  /^\s+of\s+(?:(?:the|an?|this|that|last|next|my|our|his|her|its|their)\s+)?(?:way|hour|minute|second|day|week|month|year|decade|century|mile|sentence|paragraph|argument|quote|quotation|statement|phrase|clause|passage|speech|answer|headline|equation|(?:1[6-9]|20)\d{2})\b/i;
/** Before "half": a word that says which half, "the first half of", "the latter half of": a part of a thing, not a share of a measure. */
const positionalHalfBefore = /\b(?:first|second|latter|former|back|front|top|bottom|upper|lower)[\s-]+$/i;
/** After a fraction with no "of": the end of its clause ("Opus 4.6 manages about two-thirds and …", "roughly two-thirds [1]."). */
const clauseEndAfter = /^(?:$|\s*[,.;:)!?[—–]|\s+(?:and|or|but|while|whereas)\b)/;
/**
 * A verb before a share that states its complement: "fails a fifth of the tasks" solves four
 * fifths. The share is left unread rather than held against a score on record.
 */
const complementBefore = /\b(?:fail(?:s|ed|ing)?|miss(?:es|ed|ing)?|los(?:e|es|t|ing)|lack(?:s|ed|ing)?|wrong)\s+(?:\p{L}+\s+){0,2}$/iu;

/**
 * The share a fraction at `m` states, in percent; 'none' for a fraction that states no share
 * of a measure, whose number words then count nothing either ("two-thirds of the way": no count
 * of two); undefined for no fraction at all ("30 in 2026" is a count and a year). A spelled
 * fraction needs "of" after it ("a third of the partners", not "a third party"), or, in the
 * plural or hyphenated, the end of its clause ("about two-thirds and"); "X in Y" needs X below
 * Y. A verb before it that makes the share a complement ("fails a fifth") leaves it unchecked.
 */
function fractionShare(text: string, m: RegExpExecArray): number | 'none' | undefined {
  const end = m.index + m[0].length;
  const after = text.slice(end, end + 40);
  let share: number;
  if (m[3]) {
    const denominator = ordinalDenominators.get(m[3].toLowerCase().replace(pluralEndRe, ''));
    const numerator = readNumberWords(m[1].toLowerCase(), 0)?.value ?? 1;
    if (!denominator || numerator >= denominator) return undefined;
    const of = shareOfAfter.test(after);
    const loose = numerator > 1 || m[2] === '-';
    if (of ? notAShareAfter.test(after) : !(loose && clauseEndAfter.test(after))) return numerator > 1 ? 'none' : undefined;
    share = numerator / denominator;
  } else if (m[4]) {
    if (notAShareAfter.test(after) || positionalHalfBefore.test(contextBefore(text, m.index, 12))) return undefined;
    share = 0.5;
  } else {
    const x = parseNumber(m[5]);
    const y = parseNumber(m[6]);
    // "30 in 2026" is a count and a year: a denominator is at most a thousand.
    if (x === undefined || !y || x >= y || y > 1000) return undefined;
    share = x / y;
  }
  if (complementBefore.test(contextBefore(text, m.index, 40))) return 'none';
  return share * 100;
}

/** The part of a whole a spelled fraction at `m` names ("a quarter" 0.25, "three quarters" 0.75, "half" 0.5), if it is spelled and below a whole. */
function spelledFraction(m: RegExpExecArray): number | undefined {
  if (m[4]) return 0.5;
  if (!m[3]) return undefined;
  const denominator = ordinalDenominators.get(m[3].toLowerCase().replace(pluralEndRe, ''));
  const numerator = readNumberWords(m[1].toLowerCase(), 0)?.value ?? 1;
  return denominator && numerator < denominator ? numerator / denominator : undefined;
}

/**
 * Shares written as fractions, as percentages stated roughly: "two-thirds" is about 66.7%,
 * "nine in ten" about 90%; a qualifier before one says how ("more than half of" is more than
 * 50%). The unit "fraction" tells compareValues to allow the slack of "about" (10%).
 */
function takeFractions(text: string): void {
  fractionRe.lastIndex = 0;
  for (let m; (m = scan.nextFree(fractionRe)); ) {
    const part = spelledFraction(m);
    const scaled = part === undefined ? undefined : fractionOfScale(text, m.index + m[0].length, part);
    if (scaled) {
      scan.take(scaled.kind, m.index, scaled.end, scaled.number, scaled.unit);
      continue;
    }
    const share = fractionShare(text, m);
    if (share === 'none') scan.add(m.index, m.index + m[0].length);
    else if (share !== undefined) scan.take('percentage', m.index, m.index + m[0].length, share, 'fraction', undefined, qualifierOf(text, m.index) ? undefined : 'about');
  }
}

/** "a decade", "one century": a duration of one, written with an article ("spent a decade studying"), or with "old" an age. */
const articleDurationRe = /\b(?:[Aa]|[Oo]ne)\s+(decade|century)\b(?!-)(\s+old\b)?/g;
/** Before it, a rate ("once a decade", "twice a century") or a fraction of it ("a quarter of a century"). */
const notDurationBeforeRe = /\b(?:once|twice|thrice|times|of)\s+$/i;

/** Durations of one decade or century written with an article ("a decade old" is an age of 10 years), unless a rate or a part of one. */
function takeArticleDurations(text: string): void {
  articleDurationRe.lastIndex = 0;
  for (let m; (m = scan.nextFree(articleDurationRe)); ) {
    if (notDurationBeforeRe.test(contextBefore(text, m.index, 12))) continue;
    const unit = m[1].toLowerCase();
    // "had lurked in the code for a decade" is an age too (see `lastedAsAge`).
    if (m[2] || lastedAsAge(text, qualifierOf(text, m.index)?.start ?? m.index)) scan.take('age', m.index, m.index + m[0].length, unit === 'decade' ? 10 : 100, 'year');
    else scan.take('duration', m.index, m.index + m[0].length, 1, unit);
  }
}

/**
 * "a week and a half", "ten and a half days", "half a year", "a fortnight": a span of time with a
 * half or in fortnights (see `compoundDuration`), or an age when it says how long a thing lasted
 * unseen ("had lurked for a decade and a half").
 */
function takeCompoundDurations(text: string): void {
  compoundDurationRe.lastIndex = 0;
  for (let m; (m = scan.nextFree(compoundDurationRe)); ) {
    const span = compoundDuration(m);
    if (!span) continue;
    const end = m.index + m[0].length;
    if (ageUnits.has(span.unit) && lastedAsAge(text, qualifierOf(text, m.index)?.start ?? m.index)) {
      const decades = span.unit === 'decade';
      scan.take('age', m.index, end, decades ? span.number * 10 : span.number, decades ? 'year' : span.unit);
    } else scan.take('duration', m.index, end, span.number, span.unit);
  }
}

/**
 * "A week later", "a year ago": one unit of time before a relation word (see `relativeUnit`), its span the article and the unit;
 * not one that dates the figure before it ("down from 19.2 days a year earlier"), which is no figure of its own.
 */
function takeRelativeUnits(text: string): void {
  relativeUnitRe.lastIndex = 0;
  for (let m; (m = scan.nextFree(relativeUnitRe)); ) {
    const end = m.index + m[0].indexOf(m[1]) + m[1].length;
    if (datesFigureBefore(m[0], contextBefore(text, m.index, 40))) scan.add(m.index, end);
    else scan.take('duration', m.index, end, 1, m[1].toLowerCase());
  }
}

/** The last day of a month, of a leap year when the year is not known (February 29). */
function lastDayOf(year: number | undefined, month: number): number {
  return new Date(Date.UTC(year ?? 2024, month, 0)).getUTCDate();
}

/**
 * The date of a part of a month: the days it spans, as an ISO interval whose end gives its day
 * alone ("late April 2026" → "2026-04-21/30", "mid-April" → "--04-11/20", "mid- to late April"
 * → "--04-11/30", "the last week of April 2026" → "2026-04-24/30"). compareValues holds a day
 * on record against the span: "mid-April" is wrong for April 7, "early April" right.
 */
function partOfMonthDate(m: RegExpExecArray): string | undefined {
  const month = monthNumber(m[4]);
  const from = partDays.get((m[1] ?? m[3]).toLowerCase());
  const to = m[2] ? partDays.get(m[2].toLowerCase()) : from;
  if (month === undefined || !from || !to || to[1] < from[0]) return undefined;
  const year = m[5] ? Number(m[5]) : undefined;
  const last = lastDayOf(year, month);
  const first = m[3]?.toLowerCase() === 'last' ? last - 6 : from[0];
  return `${isoDate(year, month, first)}/${String(Math.min(to[1], last)).padStart(2, '0')}`;
}

/**
 * The months a part of a year spans, as an ISO interval of months: "late 2026" → "2026-09/12",
 * "mid- to late 2025" → "2025-05/12", "H1 2026" → "2026-01/06". compareValues holds a month on
 * record against it: "late 2026" is wrong for April 2026, "early 2026" right.
 */
function partOfYearDate(m: RegExpExecArray): string | undefined {
  const from = partMonths.get((m[1] ?? m[3] ?? m[4]).toLowerCase());
  const to = m[2] ? partMonths.get(m[2].toLowerCase()) : from;
  if (!from || !to || to[1] < from[0]) return undefined;
  return `${m[5]}-${String(from[0]).padStart(2, '0')}/${String(to[1]).padStart(2, '0')}`;
}

/** Parts of years ("late 2026", "the first half of 2026"), read before the year alone. */
function takePartsOfYears(): void {
  partOfYearRe.lastIndex = 0;
  for (let m; (m = scan.nextFree(partOfYearRe)); ) {
    const date = partOfYearDate(m);
    if (date) scan.take('date', m.index, m.index + m[0].length, undefined, undefined, date);
  }
}

/** Parts of months ("early April 2026", "mid-April", "the first week of April"), read before a month and year alone. */
function takePartsOfMonths(): void {
  partOfMonthRe.lastIndex = 0;
  for (let m; (m = scan.nextFree(partOfMonthRe)); ) {
    const date = partOfMonthDate(m);
    if (date) scan.take('date', m.index, m.index + m[0].length, undefined, undefined, date);
  }
}

/**
 * The month an ISO year and month states ("2026-03" → "2026-03"), or undefined when it is a
 * span of years written short: a second part above the year's last two digits ("2008-09",
 * "2019-20"), which the year reading takes as one date.
 */
function isoMonthDate(m: RegExpExecArray): string | undefined {
  return Number(m[2]) <= Number(m[1]) % 100 ? `${m[1]}-${m[2]}` : undefined;
}

/**
 * The date of a span of days in one month, as the ISO interval a part of a month uses
 * ("between 24 and 27 March" → "--03-24/27", "March 24–27, 2026" → "2026-03-24/27"), so that
 * compareValues holds a day on record against the span and none of the days reads as a count.
 * `from`, `to` and `month` are the groups of `m` holding them; the year is the last group.
 * Undefined when the days run backwards or past the month's end, or when "and" joins them
 * without "between", or a word the second number counts follows it ("March 3 to 27 partners").
 */
function dayRangeDate(text: string, m: RegExpExecArray, from: number, to: number, month: number): string | undefined {
  const first = Number(m[from]);
  const last = Number(m[to]);
  const monthNo = monthNumber(m[month]);
  const year = m[6] ? Number(m[6]) : undefined;
  if (monthNo === undefined || first < 1 || last <= first || last > lastDayOf(year, monthNo)) return undefined;
  // The word joining the days stands in the group after the first day's.
  if (m[from + 1] === 'and' && !m[1]) return undefined;
  if (month < to && !m[6] && countsWordAfter(text, m.index + m[0].length)) return undefined;
  return `${isoDate(year, monthNo, first)}/${String(last).padStart(2, '0')}`;
}

/** Spans of days in one month (`re`: dayRangeMdyRe or dayRangeDmyRe, read with dayRangeDate's groups), before single dates. */
function takeDayRanges(re: RegExp, from: number, to: number, month: number): void {
  re.lastIndex = 0;
  for (let m; (m = scan.nextFree(re)); ) {
    const date = dayRangeDate(scan.text, m, from, to, month);
    if (date) scan.take('date', m.index, m.index + m[0].length, undefined, undefined, date);
  }
}

/** A date in figures, day first with dots ("9.4.2026", "26.03.2026") or with slashes in either order ("27/02/2026", "04/27/2026"). */
const numericDateRe = /(?<![\w.,/])(\d{1,2})([./])(\d{1,2})\2((?:1[6-9]|20)\d{2})(?![\w/]|[.,]\d)/g;
/** A month and year in figures: "05/2025". */
const numericMonthRe = /(?<![\w.,/])(0?[1-9]|1[0-2])\/((?:1[6-9]|20)\d{2})(?![\w/]|[.,]\d)/g;

/**
 * The date a date in figures states. Dots put the day first ("9.4.2026" is April 9, as German
 * and most European styles write it). Slashes are read day first when the first part is above
 * 12 ("27/02/2026"), month first when the second is ("04/27/2026"); with both 12 or below
 * ("09/04/2026") the order is unknown, and the date is both readings joined by "|"
 * ("2026-04-09|2026-09-04"), which compareValues holds against the record as agreeing when
 * either reading does. Undefined for no date (a month above 12, a day past the month's end).
 */
function numericDate(m: RegExpExecArray): string | undefined {
  const first = Number(m[1]);
  const second = Number(m[3]);
  const year = Number(m[4]);
  const valid = (day: number, month: number) => month >= 1 && month <= 12 && day >= 1 && day <= lastDayOf(year, month);
  if (m[2] === '.' || first > 12) return valid(first, second) ? isoDate(year, second, first) : undefined;
  if (second > 12) return valid(second, first) ? isoDate(year, first, second) : undefined;
  if (!valid(first, second)) return undefined;
  return first === second ? isoDate(year, first, first) : `${isoDate(year, second, first)}|${isoDate(year, first, second)}`;
}

/** Dates and months written in figures ("9.4.2026", "27/02/2026", "05/2025"); see numericDate. */
function takeNumericDates(text: string): void {
  numericDateRe.lastIndex = 0;
  for (let m; (m = scan.nextFree(numericDateRe)); ) {
    if (labelsNumbers(text, m)) continue;
    const date = numericDate(m);
    if (date) scan.take('date', m.index, m.index + m[0].length, undefined, undefined, date);
  }
  if (!text.includes('/')) return;
  numericMonthRe.lastIndex = 0;
  for (let m; (m = scan.nextFree(numericMonthRe)); ) {
    if (!labelsNumbers(text, m)) scan.take('date', m.index, m.index + m[0].length, undefined, undefined, isoDate(Number(m[2]), Number(m[1]), undefined));
  }
}

/**
 * Whether numbers joined by slashes or dots that a label stands before are the label's, a
 * document's or a file's number ("Policy Note No. 7/2026", "Circular no. 12/2025", "Ref. 3/2026"),
 * not a date: taken whole as no value.
 */
function labelsNumbers(text: string, m: RegExpExecArray): boolean {
  if (!isLabelledNumber(text, m.index, m.index + m[0].length)) return false;
  scan.add(m.index, m.index + m[0].length);
  return true;
}

/**
 * ISO dates, quarters, then dates with month names, in a sentence that holds a digit; parts of
 * months also without one ("late April"). A quarter's date is "YYYY-Qn", which compareValues
 * reads as its three months.
 */
function takeDates(text: string, hasDigit: boolean): void {
  if (!hasDigit) {
    if (!monthWordRe.test(text)) return;
    if (mayHoldSpokenDate.test(text)) takeSpokenDates();
    if (mayHoldPartOfMonth.test(text)) takePartsOfMonths();
    takeBareMonths();
    return;
  }
  if (text.includes('-')) {
    isoRe.lastIndex = 0;
    for (let m; (m = scan.nextFree(isoRe)); ) scan.take('date', m.index, m.index + m[0].length, undefined, undefined, `${m[1]}-${m[2]}-${m[3]}`);
    isoMonthRe.lastIndex = 0;
    for (let m; (m = scan.nextFree(isoMonthRe)); ) {
      const date = isoMonthDate(m);
      if (date) scan.take('date', m.index, m.index + m[0].length, undefined, undefined, date);
    }
  }
  if (text.includes('.') || text.includes('/')) takeNumericDates(text);
  if (text.includes('FY')) {
    fiscalYearRe.lastIndex = 0;
    for (let m; (m = scan.nextFree(fiscalYearRe)); ) scan.take('date', m.index, m.index + m[0].length, undefined, undefined, m[1].length === 2 ? `20${m[1]}` : m[1]);
  }
  if (text.includes('Q') || text.includes('q')) {
    quarterRe.lastIndex = 0;
    for (let m; (m = scan.nextFree(quarterRe)); ) {
      const quarter = m[1] ? Number(m[1]) : quarterWords[m[2].toLowerCase()];
      scan.take('date', m.index, m.index + m[0].length, undefined, undefined, `${m[3]}-Q${quarter}`);
    }
  }
  if (mayHoldPartOfYear.test(text)) takePartsOfYears();
  if (!monthWordRe.test(text)) return;
  takeDayRanges(dayRangeMdyRe, 3, 5, 2);
  takeDayRanges(dayRangeDmyRe, 2, 4, 5);
  if (mayHoldSpokenDate.test(text)) takeSpokenDates();
  dateMdyRe.lastIndex = 0;
  for (let m; (m = scan.nextFree(dateMdyRe)); ) {
    scan.take('date', m.index, m.index + m[0].length, undefined, undefined, isoDate(m[3] ? Number(m[3]) : undefined, monthNumber(m[1]), Number(m[2])));
  }
  dateDmyRe.lastIndex = 0;
  for (let m; (m = scan.nextFree(dateDmyRe)); ) {
    scan.take('date', m.index, m.index + m[0].length, undefined, undefined, isoDate(m[3] ? Number(m[3]) : undefined, monthNumber(m[2]), Number(m[1])));
  }
  if (mayHoldPartOfMonth.test(text)) takePartsOfMonths();
  dateMyRe.lastIndex = 0;
  for (let m; (m = scan.nextFree(dateMyRe)); ) scan.take('date', m.index, m.index + m[0].length, undefined, undefined, isoDate(Number(m[2]), monthNumber(m[1]), undefined));
  takeBareMonths();
}

/**
 * Whether the sentence may hold a spoken date, an ordinal in words from "first" to "thirtieth" ("ninth",
 * "twelfth", "twentieth"): the cheap test before takeSpokenDates ("with", "and", "month" do not pass).
 */
const mayHoldSpokenDate = /(?:first|second|third|(?:ur|if|ix|en|gh|in|lf|ie)th)\b/i;

/**
 * Spoken dates ("on the ninth of April", "April the ninth, 2026"; see spokenDate): a month
 * first with no "the" is none when the month may be a verb ("May ninth", "March first").
 */
function takeSpokenDates(): void {
  spokenDayFirstRe.lastIndex = 0;
  for (let m; (m = scan.nextFree(spokenDayFirstRe)); ) {
    const date = spokenDate(m[1], m[2], m[3]);
    // The date starts at its ordinal, past "the ".
    if (date) scan.take('date', m.index + m[0].indexOf(m[1], 3), m.index + m[0].length, undefined, undefined, date);
  }
  spokenMonthFirstRe.lastIndex = 0;
  for (let m; (m = scan.nextFree(spokenMonthFirstRe)); ) {
    if (!m[2] && (m[1] === 'May' || m[1] === 'March')) continue;
    const date = spokenDate(m[3], m[1], m[4]);
    if (date) scan.take('date', m.index, m.index + m[0].length, undefined, undefined, date);
  }
}

/**
 * A month named alone after "in", "during", "last" or "this", as news copy writes a month of the
 * current year ("OpenAI released GPT-5.3-Codex in January"): the month with no year, "--01", which
 * compareValues holds against a month on record by the month alone. Its span is the month's name.
 * Such a date asks for no citation by itself (see `isBareMonth`), and is held against a fact only
 * when the fact's verb governs it (see `bareMonthTied`). Read after every other date, so "in May
 * 2026" and "in early May" stay theirs.
 */
const bareMonthRe = /\b(?:[Ii]n|[Dd]uring|[Ll]ast|[Tt]his)[ \t]{1,3}(January|February|March|April|May|June|July|August|September|October|November|December)\b(?![ \t]{0,3},?[ \t]{0,3}\d)/g;

function takeBareMonths(): void {
  bareMonthRe.lastIndex = 0;
  for (let m; (m = scan.nextFree(bareMonthRe)); ) {
    const end = m.index + m[0].length;
    scan.take('date', end - m[1].length, end, undefined, undefined, isoDate(undefined, monthNumber(m[1]), undefined));
  }
}

/** Whether scaleAfter may match at `b`: it begins with white space, "-" or t m b k. */
function mayStartScale(c: number): boolean {
  const l = c | 32;
  return l === 116 || l === 109 || l === 98 || l === 107 || c === 45 || isWhiteSpace(c);
}

/** Whether currencyBefore may match before `a`: it ends with $ € £ ¥ ₹ D R P s or ".", then at most "\r\n". */
function mayEndCurrency(text: string, a: number): boolean {
  for (let k = a - 1; k >= a - 3; k--) {
    const c = text.charCodeAt(k);
    if (c === 36 || c === 0x20ac || c === 0xa3 || c === 0xa5 || c === 0x20b9 || c === 68 || c === 82 || c === 80 || c === 115 || c === 46) return true;
  }
  return false;
}

/**
 * Start of the word of ASCII letters that ends at `end`, or -1 when there is none or it is
 * longer than `max` or glued to a digit or another letter.
 */
function wordStart(text: string, end: number, max: number): number {
  let k = end;
  for (const floor = Math.max(0, end - max - 1); k > floor; k--) {
    const l = text.charCodeAt(k - 1) | 32;
    if (l < 97 || l > 122) break;
  }
  if (k === end || end - k > max) return -1;
  const l = text.charCodeAt(k - 1) | 32;
  return k > 0 && (isDigitCode(l) || (l >= 97 && l <= 122)) ? -1 : k;
}

/** The last letters of the label words, the dot of an abbreviation, "§" and "#": n s e r t h x m p y w v d f a c g l . § #. */
function mayEndLabel(c: number): boolean {
  const l = c | 32;
  return l === 97 || l === 108 || l === 99 || l === 103 || l === 110 || l === 115 || l === 101 || l === 114 || l === 116 || l === 104 || l === 120 || l === 109 || l === 112 || l === 121 || l === 119 || l === 118 || l === 100 || l === 102 || c === 46 || c === 0xa7 || c === 35;
}

/**
 * The lower-case word of up to 14 ASCII letters that ends before the spaces before `start`, or ''.
 * Example: wordBefore('new class code 7372', 10) → 'class'.
 */
function wordBefore(text: string, start: number): string {
  const p = lastNonSpace(text, start, Math.max(0, start - 3));
  const from = p < 0 ? -1 : wordStart(text, p + 1, 14);
  return from >= 0 ? text.slice(from, p + 1).toLowerCase() : '';
}

/**
 * Whether the number at `a` is labelled: after a label word ("Section 3.2", "see source 1",
 * "Fig. 3", "sec 2"), "§" or "#" ("§ 4", "issue #12"). Only the few characters before `a` are read.
 */
function isLabelledNumber(text: string, a: number, b: number): boolean {
  // "tier-1 suppliers", "Level-2": a label joined to its number by a hyphen.
  if (text.charCodeAt(a - 1) === 45) {
    const from = wordStart(text, a - 1, 9);
    if (from >= 0 && hyphenedLabels.has(text.slice(from, a - 1).toLowerCase())) return true;
  }
  const k = lastNonSpace(text, a, Math.max(0, a - 3));
  if (k < 0) return false;
  const c = text.charCodeAt(k);
  if (!mayEndLabel(c)) return false;
  if (c === 0xa7 || c === 35) return true;
  const end = c === 46 ? k : k + 1;
  const start = wordStart(text, end, 15);
  if (start < 0) return false;
  const word = text.slice(start, end).toLowerCase();
  if (c === 46) return abbreviatedLabels.has(word) || statuteSections.has(text.slice(start, end));
  if (labelWords.has(word) || pluralLabelWords.has(word)) return true;
  if (undottedLabels.has(word)) return text.charCodeAt(start + 1) >= 97;
  // "class code 7372-AI", "SIC code 7372", "error code 404": a code's number names the class, it counts nothing ("in code 27 years old" does).
  if (word === 'code' || word === 'codes') return codeKindWords.has(wordBefore(text, start)) || /^-\p{Lu}/u.test(text.slice(b, b + 2));
  // "Weeks 1–6", "sessions 3 and 4": a part of a course, unless the number counts the word after it ("for weeks 3 people waited").
  if (pluralCourseLabels.has(word)) return !countsWordAfter(text, b);
  if (!nounOrVerbLabels.has(word) && !pluralNounOrVerbLabels.has(word)) return false;
  const first = text.charCodeAt(start);
  if (first >= 65 && first <= 90) return true;
  const p = lastNonSpace(text, start, Math.max(0, start - 3));
  const before = p >= 0 && text.charCodeAt(p) === 46 ? p : p + 1;
  const from = p < 0 ? -1 : wordStart(text, before, 5);
  const prev = from >= 0 ? text.slice(from, before).toLowerCase() : '';
  if (nounContextWords.has(prev)) return true;
  if (pluralNounOrVerbLabels.has(word)) return false;
  return !subjectPronouns.has(prev) && !countsWordAfter(text, b);
}

/**
 * A field label of a place, a reference or a version and its colon, with the emphasis marks a bold
 * label takes, right before a number: "**Room:** ", "Rm: ", "Location: ", "Floor: ", "Ticket: ",
 * "Ref.: ", "**Version:** " (a document's or a program's: "**Version:** 1.2, issued 3 November 2026"),
 * "Revision: ", "Release: ".
 */
const placeOrReferenceFieldRe =
  /\b(?:room|rm|location|floor|ticket|ref|reference|desk|building|version|ver|revision|rev|release|edition|build)\.?[*_]{0,2}:[*_]{0,2}[ \t]*$/i;

/** Whether the number at `a` is the value of such a field ("**Room:** 3.14", "**Version:** 1.2"): it names a place, a record or a version, it counts nothing. */
function isPlaceOrReferenceField(text: string, a: number): boolean {
  const k = lastNonSpace(text, a, Math.max(0, a - 4));
  if (k < 0) return false;
  const c = text.charCodeAt(k);
  // The colon, or the emphasis marks closing a bold label after it.
  if (c !== 58 && c !== 42 && c !== 95) return false;
  return placeOrReferenceFieldRe.test(text.slice(Math.max(0, a - 24), a));
}

/**
 * Whether an ordinary lower-case word follows the number ending at `b` ("note 3 gaps"): the
 * number then counts it. Punctuation, the end or a function word ("source 1.", "note 3 of")
 * leaves it a label.
 */
function countsWordAfter(text: string, b: number): boolean {
  const word = wordAfter(text, b);
  return word !== '' && !functionWords.has(word) && !auxiliaryVerbs.has(word);
}

/** The lower-case ASCII word after white space at `b` ("" when none): "3 gaps" → "gaps". */
function wordAfter(text: string, b: number): string {
  let k = b;
  while (k < b + 3 && isWhiteSpace(text.charCodeAt(k))) k++;
  if (k === b) return '';
  let e = k;
  while (e < k + 12 && text.charCodeAt(e) >= 97 && text.charCodeAt(e) <= 122) e++;
  return e < k + 12 && !isAsciiWordCode(text.charCodeAt(e)) ? text.slice(k, e) : '';
}

/**
 * Whether the number ending at `b` closes a square bracket: all of a marker or a link's text
 * ("[1](https://…)"), or a citation's locator ("[@card, ch. 7]", which the sentence splitter may
 * cut from its "ch."): a label, never a figure.
 */
function closesBracket(text: string, b: number): boolean {
  return text.charCodeAt(b) === 93;
}

/**
 * Whether capitalisedBefore may match the 16 characters before `a`: they end with one white
 * space (or "\r\n") after a run of letters and hyphens holding a capital. Only an ASCII run
 * with no capital is ruled out here; any other letter leaves the answer to the pattern.
 */
function mayEndCapitalised(text: string, a: number): boolean {
  const floor = Math.max(0, a - 16);
  let k = a - 1;
  if (k < floor || !isWhiteSpace(text.charCodeAt(k))) return false;
  if (k - 1 >= floor && text.charCodeAt(k) === 10 && text.charCodeAt(k - 1) === 13) k--;
  for (k--; k >= floor; k--) {
    const c = text.charCodeAt(k);
    if (c >= 128 || (c >= 65 && c <= 90)) return true;
    if (!((c >= 97 && c <= 122) || c === 45)) return false;
  }
  return false;
}

const capitalisedBefore = /(\p{Lu}[\p{L}-]*)(?:\r\n|\s)$/u;

/**
 * Whether the digits at `a`, after a hyphen, end a name: the word joined to them holds a
 * capital ("GPT-5", "COVID-19", "ASL-4", "POL-2026"), as a number after a capitalised name
 * does ("Llama 3"). A month before the hyphen ("Sept-2025") and lower-case words ("mid-2025",
 * "top-10") are left to the other rules.
 */
function endsHyphenatedName(text: string, a: number): boolean {
  let capital = false;
  let k = a - 2;
  for (const floor = Math.max(0, a - 24); k >= floor; k--) {
    const c = text.charCodeAt(k);
    if (c >= 65 && c <= 90) capital = true;
    else if (!((c >= 97 && c <= 122) || isDigitCode(c) || c === 45)) break;
  }
  return capital && monthNumber(text.slice(k + 1, a - 1)) === undefined;
}

/** Groups of three digits after a thin, narrow no-break or no-break space: SI and European thousands ("3\u2009000"). */
const thinSpaceGroupsRe = /^(?:[\u00a0\u2009\u202f]\d{3})+(?![\w-]|[.,]\d)/;
/** The same after plain spaces ("3 000", "5 000 000"), which writers also put between two figures. */
const plainSpaceGroupsRe = /^(?: \d{3})+(?![\w-]|[.,]\d)/;

/**
 * The end of the thousands that follow the digits at [a, b) grouped by spaces, or `b`: "3 000"
 * and "5\u202f000\u202f000" are one figure each, as SI and most European styles write them. A
 * thin, narrow no-break or no-break space before three digits always groups them; a plain space
 * only when the first group has 1 to 3 digits (a year before a count, "in 2025 100 companies",
 * stays two figures) and every later group exactly 3 ("April 9 2026" stays a date), and not
 * after a month name (the day of "April 9 300 firms" is no thousand). The caller passes digits
 * of 1 to 3 characters only.
 */
function spaceGroupsEnd(text: string, a: number, b: number): number {
  const c = text.charCodeAt(b);
  if (c === 0xa0 || c === 0x2009 || c === 0x202f) {
    const m = thinSpaceGroupsRe.exec(text.slice(b, b + 64));
    return m ? b + m[0].length : b;
  }
  if (c !== 32 || !isDigitCode(text.charCodeAt(b + 1))) return b;
  const m = plainSpaceGroupsRe.exec(text.slice(b, b + 64));
  if (!m) return b;
  const before = text.slice(Math.max(0, a - 12), a);
  return monthBeforeRe.test(before) ? b : b + m[0].length;
}
const monthBeforeRe = new RegExp(`\\b${M}\\s+$`);

/**
 * Whether the number at [a, b) opens a street address or a legal citation, or is a public law's
 * number ("Pub. L. 117-328"), which is then taken whole.
 */
function opensAddressOrCode(text: string, a: number, b: number): boolean {
  const law = publicLawNumberEnd(text, a);
  if (law > 0) {
    scan.add(a, law);
    return true;
  }
  const c = text.charCodeAt(b);
  if (c !== 32 && c !== 0xa0) return false;
  const end = addressOrCodeEnd(text, b);
  if (end < 0) return false;
  scan.add(a, end);
  return true;
}

/**
 * Read the number `token` found at `a`, not inside anything taken: money, a percentage, an
 * age, a measure, a duration, a year or a count, or nothing (a version, a section number).
 * Each pattern that reads past the number is tried only when the character there can begin it:
 * most numbers are followed by none of them.
 */
function takeNumber(text: string, token: string, a: number): void {
  let b = a + token.length;
  const isDigits = isDigitCode(token.charCodeAt(0));
  if (isDigits && (isClockOrIdentifier(text, token, a, b) || isZeroCompound(text, token, b) || endsCitation(text, a, b) || inAuthorYearCitation(text, a, b) || opensAddressOrCode(text, a, b) || isReactionCount(text, a, b) || isMailbagCount(text, b))) return;
  // "On a scale from 0 to 1", "(share of tasks, 0–1)": a scale's bounds count nothing.
  const scaleEnd = token === '0' || token === '1' ? scaleBoundsEnd(text, a) : undefined;
  if (scaleEnd !== undefined) {
    scan.add(a, scaleEnd);
    return;
  }
  if (isDigits && token.length <= 3) {
    // "3 000", "5 000 000": thousands grouped by spaces are one figure.
    const groups = spaceGroupsEnd(text, a, b);
    if (groups > b) {
      token = text.slice(a, groups);
      b = groups;
    }
  }
  const half = isDigits ? null : halfScaleRe.exec(token);
  const article = isDigits || half ? null : articleScaleRe.exec(token);
  // "one in a million", "thanks a million": an idiom, unless a noun it counts follows or a bound qualifies it ("over a billion").
  if (article && (inBeforeRe.test(contextBefore(text, a, 8)) || (!wordFollowsRe.test(text.slice(b, b + 3)) && !qualifierOf(text, a)))) {
    scan.add(a, b);
    return;
  }
  let n = isDigits ? parseDigits(token) : half ? (scaleOf(half[1]) ?? 0) / 2 : article ? scaleOf(article[1]) : parseNumber(token);
  if (!isDigits && !half) {
    // A compound number in words is one value: "one hundred and twelve", "two hundred fifty", "two dozen".
    const compound = readNumberWords(text, a);
    if (compound && compound.end > b) {
      n = compound.value;
      b = compound.end;
      scan.add(a, b);
    }
    // "a few dozen", "several hundred": a vague amount, no figure (see `vagueAmount`).
    if (isVagueAmount(text, token, a)) {
      scan.add(a, b);
      return;
    }
    // "half a dozen" is 6, read from "half".
    const halfA = n === 12 && (token === 'dozen' || token === 'Dozen') ? halfABefore.exec(text.slice(Math.max(0, a - 12), a)) : null;
    if (halfA) {
      n = 6;
      a -= halfA[0].length;
    }
    // "Two words are wrong there.", "**A:** Three.": a count of the writer's own text, no figure.
    if (countsOwnText(text, a, b, scan.leadsIn) || isMailbagCount(text, b)) return;
    // "eighty-six point one percent" is 86.1%.
    const decimal = isWhiteSpace(text.charCodeAt(b)) ? readDecimalWords(text, b) : undefined;
    if (decimal && n !== undefined) {
      n += decimal.fraction;
      b = decimal.end;
      scan.add(a, b);
    }
  }
  const scale = mayStartScale(text.charCodeAt(b)) ? scaleAfter.exec(text.slice(b, b + 40)) : null;
  // Money: a currency sign before, or a currency word after.
  const sign = isDigits && mayEndCurrency(text, a) ? currencyBefore.exec(text.slice(Math.max(0, a - 16), a)) : null;
  if (sign) {
    const scaled = scale ? (n ?? 0) * (scaleOf(scale[1]) ?? 1) : n;
    const s = sign[0];
    const unit = currencyOf(s);
    const start = a - s.length;
    if (scan.free(start, b)) scan.take('money', start, b + (scale ? scale[0].length : 0), scaled, unit);
    return;
  }
  // Only a spelled-out scale after white space or "-" scales a number that is not money.
  const bigScale = scale !== null && scale[1].length > 2 && scale[0].length > scale[1].length;
  if (bigScale) {
    n = (n ?? 0) * (scaleOf(scale[1]) ?? 1);
    b += scale[0].length;
  }
  const c = text.charCodeAt(b);
  if (isDigits && c === 32) {
    // A year of account ("Indicated 2026 YOA rates", "the 2025 year of account") names an underwriting cohort, as a label does: no date, no years.
    // "Thanks to the 37 listeners who sent questions", "212 of you hit reply": the writer's own mailbag, as in words.
    if ((yearRe.test(token) && yearOfAccountAfterRe.test(text.slice(b, b + 18))) || isMailbagCount(text, b)) {
      scan.add(a, b);
      return;
    }
  }
  const gap = c === 45 || isWhiteSpace(c);
  // A number in words takes a percent sign or word after a space ("twelve percent", "eighty-six point one per cent").
  const mayPercent = isDigits ? gap || c === 0x2013 || c === 37 || (c | 32) === 112 : gap;
  // The patterns below all begin with white space, "-", "–", "%", "p" or "+".
  const rest = gap || mayPercent || c === 43 ? text.slice(b, b + 40) : '';
  const word = c === 45 ? currencyAdjectiveAfter.exec(rest) : gap ? currencyWordAfter.exec(rest) : null;
  if (word) {
    const unit = euroRe.test(word[1]) ? 'EUR' : poundRe.test(word[1]) ? 'GBP' : 'USD';
    scan.take('money', a, b + word[0].length, n, unit);
    return;
  }
  let pct = mayPercent ? percentAfter.exec(rest) : null;
  // "grew from 12 to 90%" is a change between two figures, not a range; "between 80 and 90 per
  // cent" is one, but "12 and 90%" is two figures.
  if (pct?.[1] && !joinsRange(text, a, pct[0])) pct = null;
  if (pct) {
    // "between 80% and 85%", "80% to 85%": the unit on both ends of a range.
    const second = pct[1] ? null : secondPercentAfter.exec(text.slice(b + pct[0].length, b + pct[0].length + 40));
    if (second && joinsRange(text, a, second[0])) {
      scan.take('percentage', a, b + pct[0].length + second[0].length, n, `to ${parseNumber(second[1])}`);
      return;
    }
    scan.take('percentage', a, b + pct[0].length, n, pct[1] ? `to ${parseNumber(pct[1])}` : '%');
    return;
  }
  if (gap) {
    const age = ageAfter.exec(rest);
    if (age) {
      // "two decades old" is 20 years old; "17-yr-old" 17 years.
      const unit = age[1].toLowerCase();
      const decades = unit === 'decade';
      scan.take('age', a, b + age[0].length, decades && n !== undefined ? n * 10 : n, decades || unit === 'yr' ? 'year' : unit);
      return;
    }
    const shortAge = shortAgeAfter.exec(rest);
    if (shortAge) {
      scan.take('age', a, b + shortAge[0].length, n, 'year');
      return;
    }
    const measure = measureAfter.exec(rest);
    if (measure) {
      scan.take('measure', a, b + measure[0].length, n, measure[1].toLowerCase().replace(endsInSRe, ''));
      return;
    }
    const duration = durationAfter.exec(rest);
    if (duration) {
      const written = duration[1].toLowerCase().replace(endsInIesRe, 'y').replace(endsInSRe, '');
      const unit = written === 'yr' ? 'year' : written;
      // "had survived for 17 years" is an age; "for two decades" 20 years of it.
      if (ageUnits.has(unit) && lastedAsAge(text, qualifierOf(text, a)?.start ?? a)) {
        const decades = unit === 'decade';
        scan.take('age', a, b + duration[0].length, decades && n !== undefined ? n * 10 : n, decades ? 'year' : unit);
        return;
      }
      scan.take('duration', a, b + duration[0].length, n, unit);
      return;
    }
    const short = shortDurationAfter.exec(rest);
    if (short) {
      scan.take('duration', a, b + short[0].length, n, shortUnits[short[1]]);
      return;
    }
  }
  const plus = c === 43 || c === 45 ? plusAfter.exec(rest) : null;
  const odd = c === 45 && !plus ? oddAfter.exec(rest) : null;
  if (isDigits ? isNotAValue(text, token, a, b, bigScale) : !plus && !odd && isNumberWordNoQuantity(text, a, b, c, rest, n)) return;
  // "40+" and "fifty-plus" include their figure ("40 or more"): at least, not the strict "more than".
  // "thirty-odd" is a little over thirty: about thirty, which "more than fifty" on record contradicts.
  const suffix = plus ?? odd;
  scan.take('count', a, b + (suffix ? suffix[0].length : 0), n, undefined, undefined, plus ? 'at-least' : odd ? 'about' : undefined);
}

/**
 * Whether `joint`, the text from a percentage's first number to its second ("–", " to ", " and
 * "), makes the figure at `a` one range: a dash always; "and" after "between" ("between 80 and
 * 90%", not "12 and 90%"); "to" unless a verb of change stands before "from" ("grew from 12 to
 * 90%" is a change; "scores from 80% to 85%" a range).
 */
function joinsRange(text: string, a: number, joint: string): boolean {
  if (rangeDashRe.test(joint)) return true;
  const before = text.slice(Math.max(0, a - 60), a);
  if (andJoinsRe.test(joint)) return betweenBeforeRe.test(before);
  return !(fromBeforeRe.test(before) && changeFromBeforeRe.test(before));
}

/**
 * Whether the number word on [a, b), worth `n`, read as none of the values with a unit, states no
 * quantity: joined by a hyphen to a word into an adjective ("a two-tier system", "a three-part
 * series"; measures, ages and durations such as "ten-day" were read before, and fractions such as
 * "two-thirds" stay), a pronoun ("the two should not be confused": "the" before, an auxiliary verb
 * after), a pair named before ("The two companies are testing…", as "both" would name it; not
 * with a relative clause, "the two labs that signed"), or
 * the idiom for one or a few ("a sentence or two", "a day or two"). `c` is the character at `b`,
 * `rest` the text from `b` when it may begin a pattern.
 */
function isNumberWordNoQuantity(text: string, a: number, b: number, c: number, rest: string, n: number | undefined): boolean {
  if (c === 45) return compoundAfter.test(rest);
  if (n === 2 && mayEndOr(text, a) && orTwoBefore.test(contextBefore(text, a, 32))) return true;
  // "The other two were GH-88 and #1447.", "the remaining three." : the rest of a group named before, as a pronoun.
  if (mayEndRemainder(text, a) && theRemainderBefore.test(contextBefore(text, a, 24))) return standsAsPronoun(text, b, c);
  if (!isWhiteSpace(c) || !mayEndThe(text, a)) return false;
  if (!theBefore.test(contextBefore(text, a, 16))) return false;
  // "the two labs that signed" says how many signed: a relative clause makes the pair a count.
  return auxiliaryVerbs.has(wordAfter(text, b)) || (n === 2 && !relativeAfterNounRe.test(rest));
}

/** Before a number word: "the other", "the remaining", "the last", "the other remaining", which make it the rest of a group named before. */
const theRemainderBefore = /\b(?:the|these|those)\s+(?:other|remaining|last)(?:\s+remaining)?\s+$/i;

/** Whether theRemainderBefore may match before `a`: "other" ends in r, "remaining" in g, "last" in t. */
function mayEndRemainder(text: string, a: number): boolean {
  const k = lastNonSpace(text, a, Math.max(0, a - 4));
  const l = k >= 0 ? text.charCodeAt(k) | 32 : 0;
  return l === 114 || l === 103 || l === 116;
}

/** After "the other two": an auxiliary verb ("were"), or the end of its clause ("…, and the other two."), with no noun it counts. `c` is the character at `b`. */
function standsAsPronoun(text: string, b: number, c: number): boolean {
  if (isWhiteSpace(c)) return auxiliaryVerbs.has(wordAfter(text, b));
  return b >= text.length || c === 44 || c === 46 || c === 59 || c === 58 || c === 41 || c === 33 || c === 63;
}

/** After "the two": a noun and a relative pronoun ("the two labs that …"). */
const relativeAfterNounRe = /^\s+\p{L}+\s+(?:that|which|who|whom|whose)\b/iu;

/** Before "two": "a", a noun and "or" ("a sentence or two"). */
const orTwoBefore = /\ban?\s+\p{L}+\s+or\s+$/iu;

/** Whether orTwoBefore may match before `a`: the last character before it, past white space, is r. */
function mayEndOr(text: string, a: number): boolean {
  const k = lastNonSpace(text, a, Math.max(0, a - 4));
  return k >= 0 && (text.charCodeAt(k) | 32) === 114;
}

/**
 * Whether theBefore may match before `a`: "the", "these" or "those" ends in e. Up to 8
 * white-space characters may stand between: a line break and a block quote's blanked "> "
 * marks ("the\n> two is…" reads as "the\n  two is…").
 */
function mayEndThe(text: string, a: number): boolean {
  const k = lastNonSpace(text, a, Math.max(0, a - 9));
  return k >= 0 && (text.charCodeAt(k) | 32) === 101;
}

/** Before the page or year that ends a parenthetical citation: a comma, a title's closing mark or emphasis. */
const citationLocatorBefore = /[,*_"”’']$/;
/** The opening of a parenthetical citation, up to the number: "(Anthropic, *System Card* ", "(Anthropic, ". */
const citationOpening = /\(\p{Lu}[^()\d\n]{0,80}$/u;

/**
 * Whether the digits at [a, b) end a parenthetical citation, as MLA and author-date styles
 * write them: "(Anthropic, *System Card* 12)", "(Anthropic, “Glasswing” 3)", "(Anthropic,
 * 2026)". The page or year locates a source; it is no figure. A figure in brackets after a
 * word ("(Mythos Preview scored 83)") is left alone.
 */
function endsCitation(text: string, a: number, b: number): boolean {
  let k = b;
  while (k < b + 2 && isWhiteSpace(text.charCodeAt(k))) k++;
  if (text.charCodeAt(k) !== 41 /* ) */) return false;
  const before = text.slice(Math.max(0, a - 84), a).trimEnd();
  return citationLocatorBefore.test(before) && citationOpening.test(before);
}

/**
 * The end of an author-year citation: the year, with a letter that tells two works of one
 * year apart ("2026a") or "n.d." (no date), then perhaps a comma and a page locator, with
 * "p." or "pp." or without, a single page or a span ("3", "pp. 4–5").
 */
const authorYearTail = /(?:^|,?\s)(?:(?:1[6-9]|20)\d{2}[a-z]?|n\.d\.)(?:,\s?(?:pp?\.\s?)?\d{1,5}(?:[-–]\d{1,5})?)?$/;
/**
 * Whether a name, or "et al.", stands just before the bracket at `open`, after one space: the
 * author of a narrative citation, "Anthropic (2026a, 3)", "Smith et al. (2020)".
 */
function nameBeforeBracket(text: string, open: number): boolean {
  if (!isWhiteSpace(text.charCodeAt(open - 1))) return false;
  const end = open - 1;
  let k = end;
  while (k > 0 && k > end - 24 && !isWhiteSpace(text.charCodeAt(k - 1)) && text.charCodeAt(k - 1) !== 40) k--;
  const word = text.slice(k, end);
  if (word === 'al.') return true;
  return word !== '' && word[0] !== word[0].toLowerCase();
}

/**
 * Whether the digits at [a, b) are the year or the page of an author-year citation in
 * brackets, as the Chicago, APA and Harvard styles write them: "(Anthropic 2026a, 3)",
 * "(Smith et al. 2020, pp. 4–5)", "(Smith & Jones n.d., 12)", "(Department of Defense 2026;
 * CNN 2026, 2)", or after the author's name in the sentence, "Anthropic (2026a, 3)". A year or
 * page that locates a source is no figure and no date claim. Names begin with a capital; a
 * lower-case word other than a name's connectors ("(Mythos Preview scored 83 in 2026)"), a
 * digit or a first word that is a preposition ("(Since 2019)") makes it no citation.
 */
function inAuthorYearCitation(text: string, a: number, b: number): boolean {
  // The citation's bracket, and the one of its citations ("; "-separated) that holds the digits.
  let close = b;
  let pieceEnd = -1;
  for (const limit = Math.min(text.length, b + 40); close < limit; close++) {
    const c = text.charCodeAt(close);
    if (c === 41 /* ) */ || c === 40 || c === 10) break;
    if (c === 59 /* ; */ && pieceEnd < 0) pieceEnd = close;
  }
  if (text.charCodeAt(close) !== 41) return false;
  let open = a - 1;
  let pieceStart = -1;
  for (const floor = Math.max(0, a - 160); open >= floor; open--) {
    const c = text.charCodeAt(open);
    if (c === 40 || c === 41 || c === 10) break;
    if (c === 59 && pieceStart < 0) pieceStart = open;
  }
  if (open < 0 || text.charCodeAt(open) !== 40) return false;
  const from = pieceStart < 0 ? open + 1 : pieceStart + 1;
  const tail = authorYearTail.exec(text.slice(from, pieceEnd < 0 ? close : pieceEnd));
  if (!tail) return false;
  const names = text.slice(from, from + tail.index).trim();
  if (names === '') return pieceStart < 0 && nameBeforeBracket(text, open);
  return isCitedNames(names);
}

/**
 * Whether the digits `token` at [a, b) are part of a time of day ("10:30", "5 pm"), a phone number
 * ("+1 (202) 555-0187", "202-555-0187", "020 7946 0958"), a meeting ID ("822 1234 2211"), numbers joined by slashes ("3/5", "24/7"), an
 * identifier ("0412", "CFE/AI-PROC/2026/04", "Regulation (EU) 2024/1689") or the number of a
 * subdivision ("Article 53(1)(d)"): none states a quantity. (A year before a slash and a later
 * year is a span of years.)
 * The whole time or phone number is taken, so that none of its digit groups reads as a count.
 * Each pattern is tried only when the character before or after the digits can begin it.
 */
function isClockOrIdentifier(text: string, token: string, a: number, b: number): boolean {
  const before = text.charCodeAt(a - 1);
  const after = text.charCodeAt(b);
  let start = a;
  let m: RegExpExecArray | null = null;
  // "501(c)(3)", "230(c)", "1201(a)(1)": a code's section with its subdivision glued to it names a status or a rule, it counts nothing.
  if (after === 40 && glueSubdivisionRe.test(text.slice(b, b + 6))) return true;
  if (after === 58 && token.length <= 2 && Number(token) <= 24) m = clockAfter.exec(text.slice(b, b + 6));
  else if (after === 58 && token.length <= 3) m = elapsedTimeAfter(text, a, b);
  else if (after === 32 && token.length <= 2 && Number(token) >= 1 && Number(token) <= 12 && meridiemAfter.test(text.slice(b, b + 6))) {
    scan.add(a, b);
    return true;
  }
  else if (before === 43) m = intlPhoneRe.exec(text.slice((start = a - 1), a + 40));
  else if (before === 40) {
    m = areaPhoneRe.exec(text.slice((start = a - 1), a + 24));
    if (!m && after === 41 && numbersSubdivision(text, a - 1)) return true;
  } else if (before === 47 && isAsciiWordCode(text.charCodeAt(a - 2))) {
    // After a slash glued to a word or a number: a piece of an identifier ("CFE/AI-PROC/2026/04").
    return true;
  } else if (after === 32 && token.length >= 3 && token.length <= 5 && isDigitCode(text.charCodeAt(b + 1))) m = spacedIdentifier(text, a);
  else if (after === 45) m = hyphenChainRe.exec(text.slice(a, a + 30));
  else if (after === 47 && !yearRe.test(token)) m = slashedRe.exec(text.slice(a, a + 16));
  else if (after === 47 && yearSpanEnd(text, token, b) === b) m = slashNumberRe.exec(text.slice(b, b + 12));
  if (m && m[0].charCodeAt(0) === 47) {
    // A year, a slash and a number that ends no span of years: an act's or a file's number ("Regulation (EU) 2024/1689").
    scan.add(a, b + m[0].length);
    return true;
  }
  if (m) {
    // A clock time's match starts after the hour.
    scan.add(start, (m[0].charCodeAt(0) === 58 ? b : start) + m[0].length);
    return true;
  }
  // A group written with a leading zero ("0412", "0187") numbers something; it counts nothing.
  return token.length > 1 && token.charCodeAt(0) === 48 && isDigitCode(token.charCodeAt(1));
}

/**
 * The minutes-and-seconds after the digits at [a, b) when they start an elapsed time past 24 minutes,
 * a runtime or a timestamp, one token and no figure: three parts always ("58:42:10"), two after a cue
 * of length or of a point in a recording ("Runtime: 58:42", "at 58:42"; see `elapsedCueBefore`), else
 * null (the two numbers of a ratio, "split 60:40", stay).
 */
function elapsedTimeAfter(text: string, a: number, b: number): RegExpExecArray | null {
  const m = clockAfter.exec(text.slice(b, b + 6));
  if (!m) return null;
  return m[0].length > 3 || elapsedCueBefore.test(text.slice(Math.max(0, a - 40), a)) ? m : null;
}

/** A subdivision glued to a section's number, a letter or a number in brackets: "(c)" of "501(c)(3)", "(a)" of "1201(a)". */
const glueSubdivisionRe = /^\((?:[a-z]{1,3}|\d{1,3})\)/i;

/**
 * Whether the bracket at `open` opens the number of a subdivision: glued to the word, number or
 * bracket before it, as legal citations write them ("Article 53(1)(d)", "s. 12(3)", "§ 4(b)(2)").
 * The bracketed number labels a paragraph; it counts nothing. "(1) the first…" after a space is
 * left alone.
 */
function numbersSubdivision(text: string, open: number): boolean {
  const c = text.charCodeAt(open - 1);
  return isAsciiWordCode(c) || c === 41;
}

/**
 * The end of the span of years that the year `token` ending at `b` opens ("2026–27", "2019/20",
 * "2019-2020"), or `b` when it opens none: a four-digit end must be a later year.
 */
function yearSpanEnd(text: string, token: string, b: number): number {
  const c = text.charCodeAt(b);
  const m = c === 45 || c === 0x2013 || c === 47 ? yearSpanRe.exec(text.slice(b, b + 6)) : null;
  if (!m) return b;
  if (m[1].length === 4 && !(yearRe.test(m[1]) && Number(m[1]) > Number(token))) return b;
  return b + m[0].length;
}

/**
 * For digits that are none of the values with a unit: true when they are a year (taken as a
 * date here), a labelled number ("Section 3.2", "item 4", "[1]"), or a version ("Opus 4.6",
 * "Llama 3", "Microsoft 365": a number after a capitalised name).
 */
function isNotAValue(text: string, token: string, a: number, b: number, bigScale: boolean): boolean {
  let before: string | undefined;
  // The part number or edition year of a standard ("IEC 62443-3-3", "ISO/IEC 27001:2022") names it.
  if (!bigScale && continuesStandardIdentifier(text, a)) return true;
  if (!bigScale && yearRe.test(token)) {
    // The year of a law's name ("the Online Safety Act 2023", "… Modernization Act of 2014") names the law.
    if (yearNamesLaw(text, a)) return true;
    // A span of years ("the 2026–27 financial year", "2019/20", "2019-2020"): one date, not a year and a count.
    const spanEnd = yearSpanEnd(text, token, b);
    if (spanEnd > b) {
      scan.take('date', a, spanEnd, undefined, undefined, token);
      return true;
    }
    before = text.slice(Math.max(0, a - 16), a);
    // A year that names which one of something ("the 2026 budget") states no date.
    if (yearModifierBefore.test(before) && wordAfterRe.test(text.slice(b, b + 3))) return true;
    // A year when a preposition or month stands before it, or punctuation after it.
    if (yearContext.test(before) || yearEndsRe.test(text.slice(b, b + 40))) {
      scan.take('date', a, b, undefined, undefined, token);
      return true;
    }
  }
  if (!labelsNumber(text, token, a, b, bigScale, before)) return false;
  scan.labelEnd = b;
  return true;
}

/**
 * Whether the digits `token` at [a, b), no year that dates anything, label something: after a
 * label word, a field, a capitalised name, or a labelled number and a range's joiner.
 */
function labelsNumber(text: string, token: string, a: number, b: number, bigScale: boolean, before: string | undefined): boolean {
  // "LMA 5564 to 5567", "Section 3 to 5", "clause 4–6": the range's end labels what its start does.
  if (endsLabelRange(text, a, b)) return true;
  if (closesBracket(text, b) || isLabelledNumber(text, a, b)) return scan.noteLabel(token);
  if (bigScale) return false;
  // "ECF Nos. 1, 9", "Dkt. 12", "Compl. ¶ 22", "Civ. L.R. 7-11": a docket entry, a paragraph of the record or a rule.
  if (isRecordLabelled(text, a)) return scan.noteLabel(token);
  // "ECF No. 14 at 3", "*Id.* at 5": the page of a pincite, unless it counts the word after it ("Section 3 at 40 firms").
  if (isPincitePage(text, a, scan.labelEnd) && !countsWordAfter(text, b)) return true;
  // "**Room:** 3.14", "Ticket: 4411": a field of a place or a reference, whose number names it.
  if (isPlaceOrReferenceField(text, a)) return scan.noteLabel(token);
  // "**Room:** 2.17 (the lecture capture in 2.17 is unreliable)": the label named again, counting no word after it.
  if (scan.labels.includes(token) && !countsWordAfter(text, b)) return true;
  // "the 3.x series", "the 4.2 branch", "a release candidate for 5.0", "libtessera 5.0": a version, which counts nothing.
  if (isVersionNumber(text, token, a, b)) return true;
  // "paragraphs 2.3 and 2.4", "Questions 1 to 9", "sections 3–5": the plural labels every number of its list.
  if (continuesLabelList(text, a, b, countsWordAfter)) return true;
  if (text.charCodeAt(a - 1) === 45) return endsHyphenatedName(text, a);
  if (!mayEndCapitalised(text, a)) return false;
  const prevWord = capitalisedBefore.exec((before ??= text.slice(Math.max(0, a - 16), a)));
  if (prevWord === null || monthNumber(prevWord[1]) !== undefined) return false;
  // A function word in capitals before a decimal is part of a name: the licence "CC BY 4.0".
  return !functionWords.has(prevWord[1].toLowerCase()) || (token.includes('.') && allCapitalsRe.test(prevWord[1]));
}

const allCapitalsRe = /^\p{Lu}{2,}$/u;
/** What joins the two ends of a range: a dash, "to" or "through", between spaces or none. */
const rangeJoinerRe = /^[ \t\u00a0]*(?:[-–—]|to|through)[ \t\u00a0]*$/;

/**
 * Whether the number at [a, b) ends a range whose start the sentence has just labelled ("LMA 5564
 * to 5567", "Section 3 to 5", "clause 4–6"), and counts no word after it: "Claude 3 to 40 partners"
 * counts partners.
 */
function endsLabelRange(text: string, a: number, b: number): boolean {
  const end = scan.labelEnd;
  return end >= 0 && end < a && a - end <= 11 && rangeJoinerRe.test(text.slice(end, a)) && !countsWordAfter(text, b);
}

/** Whether a superlative word in the sentence makes a superlative claim. */
function hasSuperlative(text: string): boolean {
  superlativeWordRe.lastIndex = 0;
  let s: RegExpExecArray | null;
  while ((s = superlativeWordRe.exec(text))) {
    if (standsAloneRe.test(s[0]) || determinerBefore.test(contextBefore(text, s.index, 60))) return true;
  }
  return false;
}

/** The currency a sign or code before a figure names ("$", "US$", "€", "EUR ", "£", "¥", "₹", "INR ", "Rs."). */
function currencyOf(sign: string): string {
  if (sign.includes('€') || sign.includes('EUR')) return 'EUR';
  if (sign.includes('£') || sign.includes('GBP')) return 'GBP';
  if (sign.includes('¥')) return 'JPY';
  return sign.includes('₹') || sign.includes('INR') || sign.includes('Rs') ? 'INR' : 'USD';
}

/**
 * Money with its scale written onto the figure: "$300M", "€40m", "$0.3bn", "£1.2B"; after a
 * currency code too, as budget annexes write it ("USD 40m", "EUR 3m", "USD4bn").
 */
const gluedMoneyRe = /(?:(?:US|USD ?)?([$€£¥])|\b(USD|EUR|GBP)[ \u00a0]?) ?((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(bn|Bn|BN|mn|MN|tn|[kKmMbB])(?![\p{L}\p{N}])/gu;

/** Takes money written with a glued scale (the number pattern stops at no letter after digits). */
function takeGluedMoney(text: string): void {
  if (!mayHoldCurrency(text)) return;
  gluedMoneyRe.lastIndex = 0;
  for (let m; (m = scan.nextFree(gluedMoneyRe)); ) {
    scan.take('money', m.index, m.index + m[0].length, parseDigits(m[3]) * (scaleOf(m[4]) ?? 1), currencyOf(m[1] ?? m[2]));
  }
}

/**
 * Takes counts written with a glued scale ("~5k assets", "3m times"; see gluedScaleCountRe), or
 * measures when a unit follows ("70k tokens"), unless a distance or a label reads them.
 */
function takeGluedCounts(text: string): void {
  gluedScaleCountRe.lastIndex = 0;
  for (let m; (m = scan.nextFree(gluedScaleCountRe)); ) {
    const end = m.index + m[0].length;
    if (!isGluedScaleCount(text, m.index, end) || isNotAValue(text, m[1], m.index, end, false)) {
      scan.add(m.index, end);
      continue;
    }
    const n = parseDigits(m[1]) * (scaleOf(m[2]) ?? 1);
    const measure = measureAfter.exec(text.slice(end, end + 40));
    if (measure) scan.take('measure', m.index, end + measure[0].length, n, measure[1].toLowerCase().replace(endsInSRe, ''));
    else scan.take('count', m.index, end, n);
  }
}

/**
 * Takes quantities written as powers of ten ("10^26 operations", "10²⁶", "1e26", "3 × 10^25 FLOP"):
 * one figure each, a measure when a unit of one follows, else a count.
 */
function takePowersOfTen(text: string): void {
  powerOfTenRe.lastIndex = 0;
  for (let m; (m = scan.nextFree(powerOfTenRe)); ) {
    const end = m.index + m[0].length;
    const value = powerOfTenValue(m);
    if (value === undefined) {
      scan.add(m.index, end);
      continue;
    }
    const measure = measureAfter.exec(text.slice(end, end + 40));
    if (measure) scan.take('measure', m.index, end + measure[0].length, value, measure[1].toLowerCase().replace(endsInSRe, ''));
    else scan.take('count', m.index, end, value);
  }
}

/** Whether a currency sign or code stands in the text. */
function mayHoldCurrency(text: string): boolean {
  return text.includes('$') || text.includes('€') || text.includes('£') || text.includes('¥') || currencyCodeRe.test(text);
}
const currencyCodeRe = /USD|EUR|GBP/;
/** Whether the sentence may put an indirect question ("asked whether", "wondered if", "enquired"): the cheap test before indirectQuestionSpan. */
const mayAskIndirectly = /ask|wonder|quer|quir/i;

/**
 * Values and claim kinds in one sentence. `excluded` spans (markers, entity names) hold no
 * values: a flat list of start, end pairs, in the offsets of `offset`'s text. A yes-or-no question
 * of the writer's own ("Did Anthropic pledge $40 million?") asserts nothing: no figures, no superlative.
 * `leadsIn`: the next sentence opens on the first of what this one counts ("First, …"; see countsOwnText).
 */
export function detectClaim(text: string, offset: number, excluded: readonly number[], leadsIn = false): ClaimHit | undefined {
  // A yes-or-no question asserts no figure and no superlative; reported speech in it is still reported.
  if (isYesNoQuestion(text)) return speechRe.test(text) ? { kinds: ['reported-speech'], values: [] } : undefined;
  scan.reset(text, offset, excluded, leadsIn);
  // "RM asked whether it was worth $200 million or $250 million.": an indirect question asserts none of its figures.
  // So does one that opens the sentence, as a list item under a lead-in that asks ("- whether the Government will …").
  const asked = (mayAskIndirectly.test(text) ? indirectQuestionSpan(text) : undefined) ?? openingWhetherSpan(text);
  if (asked) scan.add(asked[0], asked[1]);
  const hasDigit = digitRe.test(text);
  takeDates(text, hasDigit);
  if (hasDigit) takeGluedMoney(text);
  if (hasDigit && mayHoldGluedScale.test(text)) takeGluedCounts(text);
  if (hasDigit && mayHoldPowerOfTen.test(text)) takePowersOfTen(text);
  if (mayHoldCompoundDuration.test(text)) takeCompoundDurations(text);
  if (mayHoldFraction.test(text)) takeFractions(text);
  if (text.includes('decade') || text.includes('centur')) takeArticleDurations(text);
  if (mayHoldRelativeUnit.test(text)) takeRelativeUnits(text);
  if (hasDigit || mayHoldNumber.test(text)) {
    numberTokenRe.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = numberTokenRe.exec(text))) if (scan.free(m.index, m.index + m[0].length)) takeNumber(text, m[0], m.index);
  }
  const values = scan.finish();
  const kinds: ClaimKind[] = [];
  for (const v of values) if (!kinds.includes(v.kind)) kinds.push(v.kind);
  if (hasSuperlative(text)) kinds.push('superlative');
  if (speechRe.test(text)) kinds.push('reported-speech');
  if (!kinds.length) return undefined;
  if (!inOrder(values)) values.sort((a, b) => a.start - b.start);
  return { kinds, values };
}

function inOrder(values: readonly ValueHit[]): boolean {
  for (let i = 1; i < values.length; i++) if (values[i].start < values[i - 1].start) return false;
  return true;
}
