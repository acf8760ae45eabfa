import type { ClaimKind, ClaimValue } from '../types';
import { digitsPattern, isoDate, monthNumber, monthPattern, numberWordPattern, parseNumber, scalePattern } from './numbers';

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

const D = digitsPattern;
const W = numberWordPattern;
const S = scalePattern;
const M = monthPattern;

const dateMdyRe = new RegExp(`\\b(${M})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?`, 'g');
const dateDmyRe = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${M})(?:,?\\s+(\\d{4}))?\\b`, 'g');
const dateMyRe = new RegExp(`\\b(${M}),?\\s+(\\d{4})\\b`, 'g');
const isoRe = /\b(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b/g;
const yearRe = /\b(1[6-9]\d{2}|20\d{2})(s?)\b/g;
const moneyRe = new RegExp(`(?:US|USD\\s?|EUR\\s?|GBP\\s?)?[$€£¥](\\s?${D})(?:\\s?(${S}|bn|mn|tn|[mbk])\\b)?|\\b(?:USD|EUR|GBP)\\s?(${D})(?:\\s?(${S}))?\\b|\\b(${D}|${W})(?:\\s+(${S}))?\\s+(dollars|euros|pounds)\\b`, 'gi');
const percentRe = new RegExp(`\\b(${D})(?:\\s?[-–]\\s?(${D}))?\\s?(%|percent\\b|per cent\\b|percentage points?\\b)`, 'gi');
const ageRe = new RegExp(`\\b(${D}|${W})[-\\s](year|month|week|day)s?[-\\s]old\\b|\\baged\\s+(${D})\\b`, 'gi');
const measureRe = new RegExp(
  `\\b(${D}|${W})(?:\\s+(${S}))?(?:-|\\s)(pages?|words?|lines?|characters?|tokens?|parameters?|GB|MB|TB|KB|PB|GW|MW|kW|kWh|TWh|km|kilometers|kilometres|miles|kg|tons|tonnes|FLOPs?|petaflops|exaflops)\\b`,
  'g',
);
const durationRe = new RegExp(`\\b(${D}|${W})(?:-|\\s)(?:more\\s+|additional\\s+)?(seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century)\\b`, 'gi');
const countRe = new RegExp(`(?<![\\w.,$€£-])(${D})(?:\\s+(${S}))?(\\+|-plus)?(?![\\w%]|[.,]\\d)|\\b(${W})(?:[\\s-]+(${S}))?(-plus)?\\b`, 'gi');

const superlativeRe =
  /\b(?:the|its|their|our|his|her|your)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:first|only|most|least|best|worst|largest|biggest|greatest|highest|lowest|strongest|fastest|smallest|newest|latest|earliest|oldest|longest|safest|leading|top)\b|\bbest-\p{L}+|\bfor the first time\b|\bunprecedented\b|\bfirst[- ]ever\b/iu;
const speechRe =
  /\b(?:said|says|say|told|tells|warned|warns|wrote|writes|described|describes|argued|argues|stated|states|claimed|claims|announced|announces|declared|declares|reported|reports|noted|notes|added|explained|explains|acknowledged|acknowledges|insisted|insists|testified|concluded|concludes|asserted|asserts|calling|called|according to)\b/;

const approxBefore: [RegExp, NonNullable<ClaimValue['approx']>][] = [
  [/\b(?:about|around|approximately|roughly|nearly|almost|some|close to|circa|an estimated|~)\s*$/i, 'about'],
  [/\b(?:at least|no fewer than|no less than)\s*$/i, 'at-least'],
  [/\b(?:more than|over|above|upwards of|in excess of|exceeding)\s*$/i, 'more-than'],
  [/\b(?:less than|fewer than|under|below|just under)\s*$/i, 'less-than'],
  [/\bup to\s*$/i, 'up-to'],
];
const functionWords = new Set('in on by of about over nearly some around roughly since for with and to the a an at from after before under up more less than only just almost all its their our his her this that these those it we they he she'.split(' '));
const yearContext = /\b(?:in|since|by|until|till|of|from|to|through|during|before|after|early|late|mid|circa|year|fiscal|spring|summer|autumn|fall|winter|the|and|or|between|around)\s*-?$/i;

function approxOf(text: string, start: number): ClaimValue['approx'] | undefined {
  const before = text.slice(Math.max(0, start - 24), start);
  for (const [re, approx] of approxBefore) if (re.test(before)) return approx;
  return undefined;
}

/** Values and claim kinds in one sentence. `excluded` spans (markers, entity names) hold no values. */
export function detectClaim(text: string, offset: number, excluded: readonly [number, number][]): ClaimHit | undefined {
  const values: ValueHit[] = [];
  const taken: [number, number][] = excluded.map(([a, b]) => [a - offset, b - offset]);
  const free = (a: number, b: number) => taken.every(([x, y]) => b <= x || a >= y);
  const take = (hit: Omit<ValueHit, 'start' | 'end'>, a: number, b: number) => {
    taken.push([a, b]);
    const approx = hit.approx ?? approxOf(text, a);
    values.push({ ...hit, ...(approx ? { approx } : {}), start: a + offset, end: b + offset });
  };
  const scan = (re: RegExp, handle: (m: RegExpExecArray) => void) => {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      if (free(m.index, m.index + m[0].length)) handle(m);
    }
  };
  const hasDigit = /\d/.test(text);

  if (hasDigit || /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/.test(text)) {
    scan(isoRe, (m) => take({ kind: 'date', date: `${m[1]}-${m[2]}-${m[3]}` }, m.index, m.index + m[0].length));
    scan(dateMdyRe, (m) => take({ kind: 'date', date: isoDate(m[3] ? Number(m[3]) : undefined, monthNumber(m[1]), Number(m[2])) }, m.index, m.index + m[0].length));
    scan(dateDmyRe, (m) => take({ kind: 'date', date: isoDate(m[3] ? Number(m[3]) : undefined, monthNumber(m[2]), Number(m[1])) }, m.index, m.index + m[0].length));
    scan(dateMyRe, (m) => take({ kind: 'date', date: isoDate(Number(m[2]), monthNumber(m[1]), undefined) }, m.index, m.index + m[0].length));
  }
  scan(moneyRe, (m) => {
    const digits = m[1] ?? m[3] ?? m[5];
    const scale = m[2] ?? m[4] ?? m[6];
    const base = parseNumber(digits) ?? 0;
    const factor = scale ? parseNumber(`1 ${normalizeScale(scale)}`) ?? 1 : 1;
    const symbol = /€|EUR|euros/i.test(m[0]) ? 'EUR' : /£|GBP|pounds/i.test(m[0]) ? 'GBP' : /¥/.test(m[0]) ? 'JPY' : 'USD';
    take({ kind: 'money', number: base * factor, unit: symbol }, m.index, m.index + m[0].length);
  });
  if (hasDigit) {
    scan(percentRe, (m) => take({ kind: 'percentage', number: parseNumber(m[1]), unit: m[2] ? `to ${parseNumber(m[2])}` : '%' }, m.index, m.index + m[0].length));
  }
  scan(ageRe, (m) => take({ kind: 'age', number: parseNumber(m[1] ?? m[3]), unit: (m[2] ?? 'year').toLowerCase() }, m.index, m.index + m[0].length));
  scan(measureRe, (m) => {
    const n = parseNumber(`${m[1]}${m[2] ? ` ${m[2]}` : ''}`);
    take({ kind: 'measure', number: n, unit: m[3].toLowerCase().replace(/s$/, '') }, m.index, m.index + m[0].length);
  });
  scan(durationRe, (m) => take({ kind: 'duration', number: parseNumber(m[1]), unit: m[2].toLowerCase().replace(/ies$/, 'y').replace(/s$/, '') }, m.index, m.index + m[0].length));
  if (hasDigit) {
    scan(yearRe, (m) => {
      const before = text.slice(Math.max(0, m.index - 12), m.index);
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 2);
      if (/[$€£.,\d]$/.test(before)) return;
      if (!yearContext.test(before) && !/^(?:$|[,.;:)!?'"”’]|\s*$|\s+[-–—(A-Z])/.test(after)) return;
      take({ kind: 'date', date: m[1] }, m.index, m.index + m[0].length);
    });
  }
  scan(countRe, (m) => {
    const word = m[4];
    if (word) {
      // "one" alone is a pronoun far more often than a count.
      if (/^(?:one|zero)$/i.test(word) && !m[5]) return;
      if (word[0] === word[0].toUpperCase() && m.index === 0 && !m[5]) return; // "Two" opening a sentence still counts below
    }
    const a = m.index;
    const before = text.slice(Math.max(0, a - 10), a);
    if (!word && /(?:\b(?:Section|Article|Figure|Fig\.|Table|Chapter|No\.|p\.|pp\.|page|version|v)\s*)$/i.test(before)) return;
    // "Opus 4.6", "Llama 3", "Microsoft 365": a number right after a capitalised name is a version, not a count.
    const prevWord = /(\p{Lu}[\p{L}-]*)\s$/u.exec(before);
    if (!word && prevWord && !functionWords.has(prevWord[1].toLowerCase()) && monthNumber(prevWord[1]) === undefined) return;
    const approx = m[3] || m[6] ? ('more-than' as const) : undefined;
    const n = parseNumber(`${m[1] ?? word}${m[2] ?? m[5] ? ` ${m[2] ?? m[5]}` : ''}`);
    take({ kind: 'count', number: n, ...(approx ? { approx } : {}) }, a, a + m[0].length);
  });

  const kinds = new Set<ClaimKind>(values.map((v) => v.kind));
  if (superlativeRe.test(text)) kinds.add('superlative');
  if (speechRe.test(text)) kinds.add('reported-speech');
  if (!kinds.size) return undefined;
  values.sort((a, b) => a.start - b.start);
  return { kinds: [...kinds], values };
}

function normalizeScale(s: string): string {
  const t = s.toLowerCase();
  return t === 'bn' || t === 'b' ? 'billion' : t === 'mn' || t === 'm' ? 'million' : t === 'tn' ? 'trillion' : t === 'k' ? 'thousand' : t;
}
