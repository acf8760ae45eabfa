import type { ClaimKind, ClaimValue } from '../types';
import { isoDate, monthNumber, monthPattern, parseNumber } from './numbers';

/** A value found in a sentence, in text offsets, before ranges are attached. */
export interface ValueHit {
  readonly kind: ClaimKind;
  readonly start: number;
  readonly end: number;
  readonly number?: number;
  readonly unit?: string;
  readonly date?: string;
  readonly approx?: ClaimValue['approx'];
}

export interface ClaimHit {
  readonly kinds: ClaimKind[];
  readonly values: ValueHit[];
}

const M = monthPattern;
const monthWordRe = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b/;
const dateMdyRe = new RegExp(`\\b(${M})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?`, 'g');
const dateDmyRe = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${M})(?:,?\\s+(\\d{4}))?\\b`, 'g');
const dateMyRe = new RegExp(`\\b(${M}),?\\s+(\\d{4})\\b`, 'g');
const isoRe = /\b(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b/g;

/**
 * Every number in a sentence, digits or words, in one scan. Digits glued to a letter or a
 * hyphenated name ("GPT-5", "ASL-3") are left out by the look-behind.
 */
const numberTokenRe =
  /(?<![\w.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\w]|[.,]\d)|\b(?:(?:[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty|[Ss]ixty|[Ss]eventy|[Ee]ighty|[Nn]inety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|[Tt]hirteen|[Ff]ourteen|[Ff]ifteen|[Ss]ixteen|[Ss]eventeen|[Ee]ighteen|[Nn]ineteen|[Dd]ozen|[Hh]undred|[Oo]ne(?=[\s-]+(?:thousand|million|billion|trillion|hundred)\b))\b/g;
/** Cheap test before the scan: a digit or the letters number words share. */
const mayHoldNumber = /\d|(?:wo|hree|our|ive|ix|even|ight|ine|en|elve|ty|dozen|hundred|one)\b/i;

// A line break counts as one white-space character whatever its style: `(?:\r\n|\s)` where one is meant.
const scaleAfter = /^(?:\s+|-)?(thousand|million|billion|trillion|bn|mn|tn|[mbk])\b/i;
const percentAfter = /^(?:(?:\r\n|\s)?[-–](?:\r\n|\s)?((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?))?(?:\r\n|\s)?(%|percent\b|per cent\b|percentage points?\b)/i;
const currencyBefore = /(?:US|USD(?:\r\n|\s)?|EUR(?:\r\n|\s)?|GBP(?:\r\n|\s)?)?[$€£¥](?:\r\n|\s)?$|\b(?:USD|EUR|GBP)(?:\r\n|\s)?$/;
const currencyWordAfter = /^\s+(dollars|euros|pounds)\b/i;
const ageAfter = /^(?:-|\r\n|\s)(year|month|week|day)s?(?:-|\r\n|\s)old\b/i;
const measureAfter = /^(?:-|\r\n|\s)(pages?|words?|lines?|characters?|tokens?|parameters?|GB|MB|TB|KB|PB|GW|MW|kW|kWh|TWh|km|kilometers|kilometres|miles|kg|tons|tonnes|FLOPs?|petaflops|exaflops)\b/;
const durationAfter = /^(?:-|\r\n|\s)(?:more\s+|additional\s+)?(seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century)\b/i;
const plusAfter = /^(?:\+|-plus)/;

const superlativeWordRe =
  /\b(?:first|only|most|least|best|worst|largest|biggest|greatest|highest|lowest|strongest|fastest|smallest|newest|latest|earliest|oldest|longest|safest|leading|top)\b|\bbest-|\bunprecedented\b|\bfirst[- ]ever\b/gi;
const determinerBefore = /\b(?:the|its|their|our|his|her|your)\s+(?:[^\s]+\s+){0,2}$/i;
const speechRe =
  /\b(?:said|says|say|told|tells|warned|warns|wrote|writes|described|describes|argued|argues|stated|states|claimed|claims|announced|announces|declared|declares|reported|reports|noted|notes|added|explained|explains|acknowledged|acknowledges|insisted|insists|testified|concluded|concludes|asserted|asserts|calling|called|[Aa]ccording to)\b/;

const approxBefore: [RegExp, NonNullable<ClaimValue['approx']>][] = [
  [/\b(?:about|around|approximately|roughly|nearly|almost|some|close to|circa|an estimated)\s*$|~\s*$/i, 'about'],
  [/\b(?:at least|no fewer than|no less than)\s*$/i, 'at-least'],
  [/\b(?:more than|over|above|upwards of|in excess of|exceeding)\s*$/i, 'more-than'],
  [/\b(?:less than|fewer than|under|below|just under)\s*$/i, 'less-than'],
  [/\bup to\s*$/i, 'up-to'],
];
const functionWords = new Set(
  'in on by of about over nearly some around roughly since for with and to the a an at from after before under up more less than only just almost all its their our his her this that these those it we they he she'.split(' '),
);
const yearContext = /\b(?:in|since|by|until|till|of|from|to|through|during|before|after|early|late|mid|circa|year|fiscal|spring|summer|autumn|fall|winter|the|and|or|between|around)\s*-?$/i;
const referenceWordBefore = /\b(?:Section|Article|Figure|Fig\.|Table|Chapter|No\.|p\.|pp\.|page|version|v)\s*$/i;

const anyApprox = /(?:about|around|approximately|roughly|nearly|almost|some|close to|circa|estimated|~|least|fewer|less|more|over|above|upwards|excess|exceeding|under|below|up to)\s*$/i;

/**
 * The `n` characters before `at`, a line break counting as one ("\r\n" and "\r" read as
 * "\n"), so that what a look-back window sees does not depend on the line endings.
 */
function contextBefore(text: string, at: number, n: number): string {
  const raw = text.slice(Math.max(0, at - 2 * n), at);
  return raw.includes('\r') ? raw.replace(/\r\n?/g, '\n').slice(-n) : raw.slice(-n);
}

function approxOf(text: string, start: number): ClaimValue['approx'] | undefined {
  const before = contextBefore(text, start, 24);
  if (!anyApprox.test(before)) return undefined;
  for (const [re, approx] of approxBefore) if (re.test(before)) return approx;
  return undefined;
}

function normalizeScale(s: string): string {
  const t = s.toLowerCase();
  return t === 'bn' || t === 'b' ? 'billion' : t === 'mn' || t === 'm' ? 'million' : t === 'tn' ? 'trillion' : t === 'k' ? 'thousand' : t;
}

/** Values and claim kinds in one sentence. `excluded` spans (markers, entity names) hold no values. */
export function detectClaim(text: string, offset: number, excluded: readonly [number, number][]): ClaimHit | undefined {
  const values: ValueHit[] = [];
  // Spans already taken (markers, names, values found). A few are checked one by one; past 32,
  // a map of the sentence's characters answers in the length of the candidate instead, so a
  // sentence of thousands of markers or numbers stays linear.
  const taken: [number, number][] = [];
  let map: Uint8Array | undefined;
  const mark = (a: number, b: number) => {
    for (let i = Math.max(0, a), e = Math.min(b, text.length); i < e; i++) map![i] = 1;
  };
  const add = (a: number, b: number) => {
    if (map) mark(a, b);
    else if (taken.push([a, b]) > 32) {
      map = new Uint8Array(text.length);
      for (const [x, y] of taken) mark(x, y);
    }
  };
  for (const [a, b] of excluded) add(a - offset, b - offset);
  /** Whether [a, b), a non-empty span of the sentence, overlaps nothing taken. */
  const free = (a: number, b: number) => {
    if (map) {
      for (let i = Math.max(0, a), e = Math.min(b, text.length); i < e; i++) if (map[i]) return false;
      return true;
    }
    for (const [x, y] of taken) if (b > x && a < y) return false;
    return true;
  };
  const take = (hit: Omit<ValueHit, 'start' | 'end'>, a: number, b: number) => {
    add(a, b);
    const approx = hit.approx ?? approxOf(text, a);
    const v: { -readonly [K in keyof ValueHit]: ValueHit[K] } = { kind: hit.kind, start: a + offset, end: b + offset };
    // A number too long for a double (hundreds of digits) has no value worth checking.
    if (hit.number !== undefined && Number.isFinite(hit.number)) v.number = hit.number;
    if (hit.unit !== undefined) v.unit = hit.unit;
    if (hit.date !== undefined) v.date = hit.date;
    if (approx) v.approx = approx;
    values.push(v);
  };
  const scan = (re: RegExp, handle: (m: RegExpExecArray) => void) => {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) if (free(m.index, m.index + m[0].length)) handle(m);
  };

  if (/\d/.test(text)) {
    scan(isoRe, (m) => take({ kind: 'date', date: `${m[1]}-${m[2]}-${m[3]}` }, m.index, m.index + m[0].length));
    if (monthWordRe.test(text)) {
      scan(dateMdyRe, (m) => take({ kind: 'date', date: isoDate(m[3] ? Number(m[3]) : undefined, monthNumber(m[1]), Number(m[2])) }, m.index, m.index + m[0].length));
      scan(dateDmyRe, (m) => take({ kind: 'date', date: isoDate(m[3] ? Number(m[3]) : undefined, monthNumber(m[2]), Number(m[1])) }, m.index, m.index + m[0].length));
      scan(dateMyRe, (m) => take({ kind: 'date', date: isoDate(Number(m[2]), monthNumber(m[1]), undefined) }, m.index, m.index + m[0].length));
    }
  }
  if (mayHoldNumber.test(text)) {
    numberTokenRe.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = numberTokenRe.exec(text))) {
      const a = m.index;
      let b = a + m[0].length;
      if (!free(a, b)) continue;
      const token = m[0];
      const isDigits = /^\d/.test(token);
      const after = text.slice(b, b + 40);
      const before = text.slice(Math.max(0, a - 16), a);
      let n = parseNumber(token);
      const scale = scaleAfter.exec(after);
      // Money: a currency sign before, or a currency word after.
      const sign = currencyBefore.exec(before);
      if (sign && isDigits) {
        const scaled = scale ? (n ?? 0) * (parseNumber(`1 ${normalizeScale(scale[1])}`) ?? 1) : n;
        const unit = /€|EUR/.test(sign[0]) ? 'EUR' : /£|GBP/.test(sign[0]) ? 'GBP' : /¥/.test(sign[0]) ? 'JPY' : 'USD';
        const start = a - sign[0].length;
        if (free(start, b)) take({ kind: 'money', number: scaled, unit }, start, b + (scale ? scale[0].length : 0));
        continue;
      }
      const bigScale = scale && /^(?:\s+|-)(?:thousand|million|billion|trillion)\b/i.test(scale[0]) ? scale : null;
      if (bigScale) {
        n = (n ?? 0) * (parseNumber(`1 ${normalizeScale(bigScale[1])}`) ?? 1);
        b += bigScale[0].length;
      }
      const rest = text.slice(b, b + 40);
      const word = currencyWordAfter.exec(rest);
      if (word) {
        const unit = /euro/i.test(word[1]) ? 'EUR' : /pound/i.test(word[1]) ? 'GBP' : 'USD';
        take({ kind: 'money', number: n, unit }, a, b + word[0].length);
        continue;
      }
      const pct = isDigits ? percentAfter.exec(rest) : null;
      if (pct) {
        take({ kind: 'percentage', number: n, unit: pct[1] ? `to ${parseNumber(pct[1])}` : '%' }, a, b + pct[0].length);
        continue;
      }
      const age = ageAfter.exec(rest);
      if (age) {
        take({ kind: 'age', number: n, unit: age[1].toLowerCase() }, a, b + age[0].length);
        continue;
      }
      const measure = measureAfter.exec(rest);
      if (measure) {
        take({ kind: 'measure', number: n, unit: measure[1].toLowerCase().replace(/s$/, '') }, a, b + measure[0].length);
        continue;
      }
      const duration = durationAfter.exec(rest);
      if (duration) {
        take({ kind: 'duration', number: n, unit: duration[1].toLowerCase().replace(/ies$/, 'y').replace(/s$/, '') }, a, b + duration[0].length);
        continue;
      }
      if (isDigits && !bigScale && /^(1[6-9]\d{2}|20\d{2})$/.test(token)) {
        // A year when a preposition or month stands before it, or punctuation after it.
        if (yearContext.test(before) || /^(?:$|s\b|[,.;:)!?'"”’]|\s+[-–—(A-Z])/.test(rest)) {
          take({ kind: 'date', date: token }, a, b);
          continue;
        }
      }
      if (isDigits) {
        if (referenceWordBefore.test(before)) continue;
        // "Opus 4.6", "Llama 3", "Microsoft 365": a number after a capitalised name is a version.
        const prevWord = /(\p{Lu}[\p{L}-]*)(?:\r\n|\s)$/u.exec(before);
        if (prevWord && !bigScale && !functionWords.has(prevWord[1].toLowerCase()) && monthNumber(prevWord[1]) === undefined) continue;
      }
      const plus = plusAfter.exec(rest);
      take({ kind: 'count', number: n, ...(plus ? { approx: 'more-than' as const } : {}) }, a, b + (plus ? plus[0].length : 0));
    }
  }

  const kinds = new Set<ClaimKind>();
  for (const v of values) kinds.add(v.kind);
  superlativeWordRe.lastIndex = 0;
  let s: RegExpExecArray | null;
  while ((s = superlativeWordRe.exec(text))) {
    if (/^(?:best-|unprecedented|first[- ]ever)/i.test(s[0]) || determinerBefore.test(contextBefore(text, s.index, 60))) {
      kinds.add('superlative');
      break;
    }
  }
  if (speechRe.test(text)) kinds.add('reported-speech');
  if (!kinds.size) return undefined;
  values.sort((a, b) => a.start - b.start);
  return { kinds: [...kinds], values };
}
