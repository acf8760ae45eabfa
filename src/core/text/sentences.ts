import type { QuotePair } from '../quotes/scanQuotes';
import { numericItems, type MarkerHit } from '../citations/markers';
import { firstAtOrAfter } from '../util/search';
import { isWordChar } from './words';
import { turnOpening } from './turnOpeners';
import { elidesMidSentence } from './elision';

/**
 * Sentence boundaries in one block of the mask. A sentence ends at . ! ? or … followed
 * by space and a capital, a digit, an opening mark or an in-text citation key (`@key`),
 * emoji in between allowed, or at the block's end. Closing quotation marks and citation
 * markers after the punctuation, directly or after spaces on the same line (`…models.[4]`,
 * `…generally." [10]`, also past emoji set off by spaces: `…generally.” 😬 [10]`), belong to
 * the sentence they close. Abbreviations ("U.S.", "Dr.", "e.g.", "sec.") and decimals ("83.1%") do not end a sentence (a scale glued to a figure, "$250k.", is no abbreviation), nor does punctuation inside
 * a quotation that goes on, nor an ellipsis after a word no sentence ends on ("scores 86.1% on …
 * CyberGym", see elidesMidSentence); a contraction's last letter ("isn't.") is no initial. An
 * author-year citation after the closing marks (`…generally." (CNN 2026)`) belongs to the
 * sentence too: `authorYear` lists the block's author-year markers, when the document has them.
 */

/** . ! ? … and the full stops of Chinese and Japanese (see isCjkTerminal). */
const isTerminal = (c: number) => c === 46 || c === 33 || c === 63 || c === 0x2026 || isCjkTerminal(c);
/**
 * 。 ！ ？ ｡ (ideographic full stop, fullwidth marks, halfwidth full stop): Chinese and Japanese
 * put no space after them and have no capitals, so the mark ends a sentence when text follows it
 * directly ("…しました。次に…"), closing brackets and markers after it included ("…記録しました。[1]");
 * before white space, what follows decides, as after a Latin full stop.
 */
const isCjkTerminal = (c: number) => c >= 0x3002 && (c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff61);
/** 」 』 ） 】 〕 〗 〙 〛 》 〉 ＂ ＇: closing marks of Chinese and Japanese text, after its full stop. */
const isCjkCloser = (c: number) => c === 0x300d || c === 0x300f || c === 0xff09 || c === 0x3011 || c === 0x3015 || c === 0x3017 || c === 0x3019 || c === 0x301b || c === 0x300b || c === 0x3009 || c === 0xff02 || c === 0xff07;
/** 」 』: a Japanese quotation closes; text glued after it goes on with the sentence ("「…。」と述べた。"). */
const isCjkQuoteCloser = (c: number) => c === 0x300d || c === 0x300f;
/** Never the last word of a sentence when followed by a period ("Rs." is the rupee: "Rs. 2,50,000"). */
const abbreviations = new Set(
  'mr mrs ms dr prof sr jr st gen sen rep gov lt col capt sgt no nos fig figs vol vols pp p cf eg ie e.g i.e vs v al etc approx est dept univ inc corp ltd co u.s u.k u.n e.u a.m p.m ph.d jan feb mar apr jun jul aug sep sept oct nov dec mt ft sec secs ch chap para paras ss incl excl esp viz ibid ca mio mrd ext extn rm rs'.split(' '),
);
/** " ' ” ’ » « “ › ) ] (“ closes a German „…“ quotation, « a German »…« one) */
const isCloser = (c: number) => c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 0xab || c === 0x201c || c === 0x203a || c === 41 || c === 93;
/** Emphasis that closes after a sentence's full stop: "*Updated April 16, 2026.* This explainer…". */
const isEmphasis = (c: number) => c === 42 /* * */ || c === 95; /* _ */
/** A space that French typesetting puts before a closing guillemet: "… du tout. »" */
const isGuillemetSpace = (c: number) => c === 32 || c === 0xa0 || c === 0x202f;
/** A citation marker; a bracket that opens with a number (group 1) is one when numericItems reads it (`[3, p. 12]`). */
const markerRe = /\[(?:\^[^\]\s]{1,100}|(\d{1,4}[^\[\]\r\n@]{0,500})|[^\[\]\r\n@]{0,300}@[^\[\]\r\n]{0,300})\]/y;
/**
 * Spaces or tabs on the line, before a marker set off from its sentence (`…generally." [10]`),
 * and any emoji set off by them (`…generally.” 😬 [10]`: pictographs, skin tones, flags, ZWJ
 * sequences, variation selectors, keycaps).
 */
const lineGap = /[ \t\u00a0]+(?:[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}\u200d\ufe0e\ufe0f\u20e3]+[ \t\u00a0]+)*[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}\u200d\ufe0e\ufe0f\u20e3]*/uy;
/**
 * What opens a sentence after white space: a capital, a digit or a letter of a script with no
 * capitals (Chinese, Japanese, Arabic, Hebrew…), perhaps after opening marks (also the
 * fullwidth bracket and corner quotes, "（译注）", "「"), or an in-text citation key.
 */
const startsSentence = /\s+(?:[\p{Extended_Pictographic}\u200d\ufe0f]+\s+)*(?:["'“‘«»‹›„(\[*_（「『【]*[\p{Lu}\p{Lo}\p{N}]|@[\p{L}\p{N}_])/uy;
/** Whether a Pandoc inline note (`^[…]`), a sentence of its own, starts at `at`: "…widely.[1]^[Anthropic also called it…]". */
const startsInlineNote = (mask: string, at: number) => mask.charCodeAt(at) === 94 /* ^ */ && mask.charCodeAt(at + 1) === 91; /* [ */
/** After a day's number and its period, a month: "am 8. April 2026" is a German date, not a sentence end. */
const monthAfterDay = /[ \t\u00a0]+(?:Jan(?:uar|uary)?|Feb(?:ruar|ruary)?|März|Mar(?:ch)?|Apr(?:il)?|Ma[iy]|June?|Juni|July?|Juli|Aug(?:ust)?|Sep(?:t|tember)?|O[ck]t(?:ober)?|Nov(?:ember)?|De[cz](?:ember)?)(?![\p{L}])/uy;
const space = (c: number) => c === 32 || c === 10 || c === 13 || c === 9 || c === 160;

function wordBefore(text: string, at: number, floor: number): string {
  let i = at;
  while (i > floor) {
    const c = text.charCodeAt(i - 1);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 46 || (c > 127 && /\p{L}/u.test(text[i - 1]))) i--;
    else break;
    if (at - i > 12) return '';
  }
  return text.slice(i, at);
}

const singleLetter = /^\p{L}$/u;
/** ' ’ */
const isApostrophe = (c: number) => c === 39 || c === 0x2019;
const initials = /^(?:\p{L}\.)+\p{L}$/u;

/** Whether `word`, the lower-cased word before a period, makes the period an abbreviation's. */
function isAbbreviation(word: string): boolean {
  return abbreviations.has(word) || (word.endsWith('.') && abbreviations.has(word.slice(0, -1))) || singleLetter.test(word) || initials.test(word);
}

/**
 * Whether `word`, before the period at `at`, is a scale or unit glued to a figure ("$250k.",
 * "£81.0m.", "€1.2bn.", "3D."): no initial or abbreviation, so the period may end the sentence.
 * A word with periods of its own ("5a.m.") stays an abbreviation.
 */
function isUnitAfterFigure(mask: string, at: number, word: string): boolean {
  const c = mask.charCodeAt(at - word.length - 1);
  return word.length > 0 && c >= 48 && c <= 57 && !word.includes('.');
}

/** Whether the period at `at` follows a day's number and precedes a month ("8. April 2026"). */
function isDayOfMonth(mask: string, at: number, floor: number): boolean {
  let k = at;
  while (k > floor && at - k < 2 && mask.charCodeAt(k - 1) >= 48 && mask.charCodeAt(k - 1) <= 57) k--;
  if (k === at || (k > floor && /[\p{L}\p{N}]/u.test(mask[k - 1]))) return false;
  monthAfterDay.lastIndex = at + 1;
  return monthAfterDay.test(mask);
}

/**
 * Reporter and code abbreviations of a legal citation ("136 Stat. 4459", "88 Fed. Reg. 75191",
 * "Pub. L. 117-328", "F. Supp. 2d"): a period after one goes on with the citation when a number or
 * the next abbreviation of the citation follows it; "the Fed. Markets fell" still ends a sentence.
 * Also the docket and record abbreviations before an entry's number ("Dkt. 12", "Doc. 22", "App.
 * 12", "Tr. 45", "Ex. 3"): "the app. 3 teams use it" is rare, "I installed the app. Then…" ends.
 */
const citationAbbreviations = new Set(['stat', 'reg', 'fed', 'pub', 'supp', 'dkt', 'doc', 'app', 'tr', 'ex']);
const citationGoesOn = /[ \t\u00a0]{1,3}(?:\d|(?:Reg|L|Supp|No)\.)/y;

/** Whether the period at `at`, after `word` (lower-cased), is inside a legal citation (see citationAbbreviations). */
function continuesCitation(mask: string, at: number, word: string): boolean {
  if (!citationAbbreviations.has(word)) return false;
  citationGoesOn.lastIndex = at + 1;
  return citationGoesOn.test(mask);
}

function insideQuote(pairs: readonly QuotePair[], at: number, from: number): number {
  for (let k = from; k < pairs.length; k++) {
    const p = pairs[k];
    if (p.open > at) return -1;
    if (at > p.open && at < p.close) return k;
  }
  return -1;
}

/**
 * The end of an author-year citation's bracket that opens at `at` (`…generally." (CNN 2026).`),
 * or -1: such a bracket after a sentence's closing marks belongs to the sentence, as `[4]` does.
 * `markers` are the block's author-year markers, in order of start.
 */
function authorYearBracketAt(mask: string, at: number, end: number, markers: readonly MarkerHit[]): number {
  if (mask.charCodeAt(at) !== 40 /* ( */) return -1;
  // Within the block: a search on through the rest of the document would make many such brackets quadratic.
  let close = at + 1;
  while (close < end && mask.charCodeAt(close) !== 41 /* ) */) close++;
  if (close >= end) return -1;
  const k = firstAtOrAfter(markers, at, (m) => m.start);
  return k < markers.length && markers[k].start < close ? close + 1 : -1;
}

/**
 * A bold or italic lead-in opening a line: "**Prepared:** …", "**Status.** …", "**Window**: …",
 * "_Note:_ …". The label holds no colon, period or emphasis mark, so each part is taken once.
 */
const leadInLine = /[ \t]*[*_]{1,2}[^\s*_:.][^\n*_:.]{0,79}(?:[:.][*_]{1,2}|[*_]{1,2}:)/y;

/** Whether `at` lies inside one of the quotation `pairs` (sorted by opening, not nested). */
function inAnyQuote(pairs: readonly QuotePair[], at: number): boolean {
  const k = firstAtOrAfter(pairs, at, (p) => p.close);
  return k < pairs.length && pairs[k].open < at;
}

/**
 * Sentences of the block [start, end) of `mask`, into `out`. A line that opens with a bold or
 * italic lead-in starts a sentence, also when the line before ends with no full stop, as the
 * lines of a header block do ("**Incident window:** 26 March 2026 to 7 April 2026" then
 * "**Prepared:** Friday, 10 April 2026"); so does a turn of a chat export or transcript, a line
 * that opens with a timestamp or a speaker label ("[10:46] jonas: …", "10:46 Jonas: …",
 * "Marta: …" when another line of the block opens on a label too: see turnOpening). The rest
 * is cut by splitRange.
 */
export function splitSentences(mask: string, start: number, end: number, pairs: readonly QuotePair[], out: [number, number][], authorYear?: readonly MarkerHit[]): void {
  const cuts: number[] = [];
  // Lines that open on a speaker label alone: turns only when two lines of the block open on one.
  let labelled: number[] | undefined;
  let turns = 0;
  for (let nl = start; nl < end; nl++) {
    if (mask.charCodeAt(nl) !== 10) continue;
    leadInLine.lastIndex = nl + 1;
    const leadIn = leadInLine.test(mask) && leadInLine.lastIndex <= end;
    const opening = leadIn ? 'none' : turnOpening(mask, nl + 1, end);
    if ((!leadIn && opening === 'none') || inAnyQuote(pairs, nl)) continue;
    if (opening !== 'none') turns++;
    if (opening === 'labelled') (labelled ??= []).push(nl);
    else cuts.push(nl);
  }
  if (labelled && turns + (turnOpening(mask, start, end) === 'none' ? 0 : 1) >= 2) {
    cuts.push(...labelled);
    cuts.sort((a, b) => a - b);
  }
  let from = start;
  for (const nl of cuts) {
    splitRange(mask, from, nl, pairs, out, authorYear);
    from = nl + 1;
  }
  splitRange(mask, from, end, pairs, out, authorYear);
}

/** Sentences of [start, end) of `mask`, cut at sentence-ending punctuation as the module's comment says. */
function splitRange(mask: string, start: number, end: number, pairs: readonly QuotePair[], out: [number, number][], authorYear?: readonly MarkerHit[]): void {
  let sentenceStart = start;
  while (sentenceStart < end && space(mask.charCodeAt(sentenceStart))) sentenceStart++;
  // The quotations that close before this range have no part in it.
  let pairCursor = firstAtOrAfter(pairs, start, (p) => p.close);
  // The next run of terminal marks is looked for up to `end` only: a search that ran on to the
  // next mark in the rest of the document would make a document of many short blocks quadratic.
  let pos = start;
  for (;;) {
    let at = pos;
    while (at < end && !isTerminal(mask.charCodeAt(at))) at++;
    if (at >= end) break;
    let runEnd = at + 1;
    while (runEnd < mask.length && isTerminal(mask.charCodeAt(runEnd))) runEnd++;
    pos = runEnd;
    let stop = Math.min(runEnd, end);
    // A Chinese or Japanese full stop ends its sentence with no space after it.
    const cjk = isCjkTerminal(mask.charCodeAt(runEnd - 1));
    // Cheap rejections first: "83.1%", "e.g.," and ".com" have no space after the mark.
    const after = mask.charCodeAt(stop);
    if (!cjk && stop < end && !space(after) && !isCloser(after) && !isEmphasis(after) && after !== 91 /* [ */ && after !== 94 /* ^ */) continue;
    if (runEnd - at === 1 && mask.charCodeAt(at) === 46) {
      if (isDayOfMonth(mask, at, sentenceStart)) continue;
      const word = wordBefore(mask, at, sentenceStart);
      // "isn't." ends with a letter after an apostrophe: a contraction, not an initial.
      const contraction = word.length === 1 && isApostrophe(mask.charCodeAt(at - 2));
      if (!contraction && !isUnitAfterFigure(mask, at, word) && (isAbbreviation(word.toLowerCase()) || continuesCitation(mask, at, word.toLowerCase()))) continue;
    }
    // "scores 86.1% on … CyberGym": an ellipsis after a word no sentence ends on leaves words out.
    if (elidesMidSentence(mask, at, runEnd, sentenceStart)) continue;
    while (pairCursor < pairs.length && pairs[pairCursor].close < at) pairCursor++;
    const q = insideQuote(pairs, at, pairCursor);
    let closers = 0;
    // (A » that a word follows opens a German quotation: "Dann ging er. »Neu« beginnt.")
    if (isGuillemetSpace(mask.charCodeAt(stop)) && (mask.charCodeAt(stop + 1) === 0xbb || mask.charCodeAt(stop + 1) === 0x203a) && !isWordChar(mask[stop + 2])) closers++;
    let cjkQuoteClosed = false;
    for (let c: number; stop + closers < end; closers++) {
      c = mask.charCodeAt(stop + closers);
      if (cjk && isCjkCloser(c)) cjkQuoteClosed ||= isCjkQuoteCloser(c);
      else if (!isCloser(c) && !isEmphasis(c)) break;
    }
    if (q >= 0 && !(pairs[q].close >= stop && pairs[q].close < stop + closers)) continue;
    stop = Math.min(end, stop + closers);
    for (;;) {
      lineGap.lastIndex = stop;
      const gap = lineGap.exec(mask);
      const next = gap ? stop + gap[0].length : stop;
      markerRe.lastIndex = next;
      const mk = markerRe.exec(mask);
      if (!mk || markerRe.lastIndex > end || (mk[1] !== undefined && !numericItems(mk[1]))) {
        const bracketEnd = authorYear ? authorYearBracketAt(mask, next, end, authorYear) : -1;
        if (bracketEnd < 0) break;
        stop = bracketEnd;
        continue;
      }
      stop = markerRe.lastIndex;
    }
    if (cjk && stop < end && !space(mask.charCodeAt(stop))) {
      // "「…。」と述べた。": text glued to a closing corner quote goes on with the sentence.
      if (cjkQuoteClosed && isWordChar(String.fromCodePoint(mask.codePointAt(stop)!))) continue;
    } else if (stop < end && !startsInlineNote(mask, stop)) {
      // After white space, what follows decides, as after a Latin full stop: 'He wrote "安全第一。" and left.' goes on.
      startsSentence.lastIndex = stop;
      const st = startsSentence.exec(mask);
      if (!st || st.index + st[0].length > end) continue;
    }
    out.push([sentenceStart, stop]);
    sentenceStart = stop;
    while (sentenceStart < end && space(mask.charCodeAt(sentenceStart))) sentenceStart++;
    pos = Math.max(stop, at + 1);
  }
  let last = end;
  while (last > sentenceStart && space(mask.charCodeAt(last - 1))) last--;
  if (last > sentenceStart) out.push([sentenceStart, last]);
}
