import type { CitationKind } from '../types';
import { isDigitCode } from '../text/words';
import { isCrossReference } from './crossReference';

/** A citation marker found in prose, before resolution. */
export interface MarkerHit {
  readonly label: string;
  readonly kind: CitationKind;
  readonly start: number;
  readonly end: number;
  readonly locator?: string;
}

/**
 * `[1]`, `[1, 6]`, `[2-4]`, `[3, p. 12]`, `[^note]`, and any bracket holding a Pandoc `@key`.
 * A bracket that opens with a number is taken loosely here and read by numericItems, which
 * decides whether it is a marker: a locator grammar written as one pattern costs V8 a tenth of
 * a second to compile and is hard to keep free of backtracking.
 */
const bracketRe = /\[(\^[^\]\s]{1,100}|\d{1,4}[^\[\]\r\n@]{0,500}|[^\[\]\r\n@]{0,300}@[A-Za-z0-9_][^\[\]\r\n]{0,300})\]/g;
/** At most this many numbers in one numeric marker (`[1, 2, …]`). */
const maxNumbers = 51;
const keyRe = /(?<![\w.@])@([A-Za-z0-9_](?:[\w:.#$%&+?<>~/-]{0,200}[\w])?)/g;
const inTextKeyRe = /(?<![\w.@\[])@([A-Za-z0-9_](?:[\w:.#$%&+?<>~/-]{0,200}[\w])?)/g;
/** At most this many numbers between a range's ends. */
const maxRange = 100;

/**
 * Whether `from`–`to` can be a range of reference numbers: it runs forward, its ends are at
 * most maxRange apart, and it is not a span of years. `2026-04` (an ISO month, or the start of a
 * date `2026-04-07`) runs backward; `2026-2027` has two four-digit ends, and no document cites
 * a run of references past its thousandth.
 */
function isMarkerRange(from: number, to: number): boolean {
  return from <= to && to - from <= maxRange && !(from >= 1000 && to >= 1000);
}

/**
 * Markers in a masked block. `original` is the unmasked text (to see a link's `(`),
 * `inTextKeys` turns on Pandoc's in-text `@key` (only when a bibliography is declared,
 * so that handles such as @someone are not taken for citations elsewhere). Cross-references
 * (`@fig-scores`, `[@tbl-1]`: isCrossReference) are no markers; the offsets where each starts
 * and ends go to `crossReferences`, in pairs, with or without a bibliography, so that the
 * number of `@sec-2` is not read as a figure.
 */
export function findMarkers(mask: string, original: string, start: number, end: number, inTextKeys: boolean, out: MarkerHit[], crossReferences?: number[]): void {
  const block = mask.slice(start, end);
  const hasAt = block.includes('@');
  if (!block.includes('[') && !hasAt) return;
  const bracketed: [number, number][] = [];
  bracketRe.lastIndex = 0;
  let m: RegExpExecArray | null;
  // The last bracket holding one bare number, which a dash may join to the next (`[1]–[3]`).
  let lone: { n: number; start: number; end: number } | undefined;
  while ((m = bracketRe.exec(block))) {
    const s = start + m.index;
    const e = s + m[0].length;
    const next = original.charCodeAt(e);
    if (next === 40 /* ( */) continue; // a link
    if (next === 58 /* : */ && /^[ \t]*$/.test(mask.slice(mask.lastIndexOf('\n', s - 1) + 1, s))) continue; // a definition
    if (original.charCodeAt(s - 1) === 33 /* ! */) continue;
    const inner = m[1];
    bracketed.push([s, e]);
    if (inner.startsWith('^')) {
      out.push({ label: inner, kind: 'footnote', start: s, end: e });
    } else if (isDigitCode(inner.charCodeAt(0)) && !inner.includes('@')) {
      const items = numericItems(inner);
      if (!items) {
        bracketed.pop();
        continue;
      }
      const single = items.length === 1 && !items[0].locator ? items[0].n : undefined;
      if (single !== undefined && lone && lone.end + 1 === s && isDash(mask.charCodeAt(lone.end))) pushBetween(lone.n, single, lone.start, e, out);
      pushNumbers(items, s + 1, s, e, out);
      lone = single !== undefined ? { n: single, start: s, end: e } : undefined;
    } else {
      pushKeys(inner, s + 1, s, e, out, crossReferences);
    }
  }
  if (hasAt && (inTextKeys || crossReferences)) {
    inTextKeyRe.lastIndex = 0;
    while ((m = inTextKeyRe.exec(block))) {
      const crossReference = isCrossReference(m[1]);
      if (!inTextKeys && !crossReference) continue;
      const s = start + m.index;
      if (bracketed.some(([a, b]) => s >= a && s < b)) continue;
      if (crossReference) crossReferences?.push(s, s + m[0].length);
      else out.push({ label: `@${m[1]}`, kind: 'pandoc', start: s, end: s + m[0].length });
    }
  }
}

function pushNumbers(items: readonly NumericItem[], innerStart: number, s: number, e: number, out: MarkerHit[]): void {
  const single = items.length === 1;
  for (let i = 0; i < items.length; i++) {
    const cur = items[i];
    const at = innerStart + cur.at;
    // A number with a locator spans both ("2, p. 4" in "[2, p. 4; 5]"): the locator's numbers are its own.
    out.push({ label: String(cur.n), kind: 'numeric', start: single ? s : at, end: single ? e : innerStart + cur.end, ...(cur.locator ? { locator: cur.locator } : {}) });
    const next = items[i + 1];
    if (!next) break;
    // A range: the numbers inside it are markers too, placed on the whole range.
    if (next.range) pushBetween(cur.n, next.n, at, innerStart + next.at + next.len, out);
  }
}

/**
 * The numbers strictly between `from` and `to` of a range, each a marker placed on the whole
 * range [start, end): `[2-4]` and IEEE's `[2]–[4]` both cite 3. Two markers that are no range
 * (`[9]–[2]`, `[1]–[5000]`) cite nothing between.
 */
function pushBetween(from: number, to: number, start: number, end: number, out: MarkerHit[]): void {
  if (!isMarkerRange(from, to)) return;
  for (let k = from + 1; k < to; k++) out.push({ label: String(k), kind: 'numeric', start, end });
}

/** One number of a numeric marker: where it is in the bracket, and the locator after it. */
export interface NumericItem {
  readonly n: number;
  /** Offsets in the bracket's inside: the number, and the end of its locator (or of the number). */
  readonly at: number;
  readonly len: number;
  readonly end: number;
  /** Whether a dash joins it to the number before (`2-4`). */
  readonly range: boolean;
  readonly locator?: string;
}

const isBlank = (c: number) => c === 32 || c === 9;
const isSpace = (c: number) => c === 32 || c === 9 || c === 0xa0;
const isDash = (c: number) => c === 45 || c === 0x2013 || c === 0x2014;
const isLower = (c: number) => c >= 97 && c <= 122;
const isUpper = (c: number) => c >= 65 && c <= 90;

/** Index after up to `max` characters at `i` that pass `test`. */
function skip(text: string, i: number, max: number, test: (c: number) => boolean): number {
  const stop = Math.min(text.length, i + max);
  while (i < stop && test(text.charCodeAt(i))) i++;
  return i;
}

/**
 * The numbers of a bracket's inside, or null when it is not a numeric marker. A number, then
 * either a locator or nothing; numbers are joined by "," ";" a dash or "and", and after a
 * locator by ";" only, so a comma after a locator always continues it ("pp. 12, 14") and
 * `[3, 4]` stays a list. A dash that joins no range of reference numbers (isMarkerRange) makes
 * the bracket something else: a date `[2026-04-07]`, years `[2026-2027]`, `[9-2]`, `[1-5000]`.
 * Linear in the inside's length: every step moves forward.
 */
export function numericItems(inner: string): NumericItem[] | null {
  const items: NumericItem[] = [];
  let i = 0;
  let range = false;
  for (;;) {
    const at = i;
    i = skip(inner, i, 4, isDigitCode);
    if (i === at || items.length === maxNumbers) return null;
    const n = Number(inner.slice(at, i));
    if (range && !isMarkerRange(items[items.length - 1].n, n)) return null;
    const len = i - at;
    const loc = locatorEnd(inner, i);
    const locator = loc.end > i ? inner.slice(loc.start, loc.end) : undefined;
    if (locator) i = loc.end;
    items.push({ n, at, len, end: i, range, ...(locator ? { locator } : {}) });
    if (i === inner.length) return items;
    // The separator before the next number.
    let j = locator ? skip(inner, i, 3, isBlank) : skip(inner, i, inner.length, isBlank);
    const c = inner.charCodeAt(j);
    range = isDash(c);
    if (c === 59 /* ; */ || (!locator && (range || c === 44))) j++;
    else if (!locator && inner.startsWith('and', j)) j += 3;
    else return null;
    i = locator ? skip(inner, j, 3, isBlank) : skip(inner, j, inner.length, isBlank);
  }
}

/**
 * What names a part of a source, lower-cased: page, paragraph, part, section, chapter, figure,
 * table, appendix, article, note, footnote, line, volume, column, slide, clause, rule, as words
 * or abbreviations, singular or plural.
 */
const locatorTerms = new Set(
  'p pp page pages para paras paragraph paragraphs part parts pt sec secs section sections ch chs chap chaps chapter chapters fig figs figure figures tab tabs table tables tbl app appx appendix art arts article articles n nn note notes fn fns footnote footnotes l ll line lines vol vols col cols column columns slide slides cl clause clauses rule rules'.split(' '),
);

/**
 * The locator after a marker's number at `i`, as IEEE and legal styles write it: ", p. 12",
 * ", pp. 12–14", ", para. 4", ", Table 1", ", § 2", ", p. 4, n. 2", or a legal pinpoint " at 12".
 * Returns where its text starts and ends (end === i when there is none).
 */
function locatorEnd(text: string, i: number): { start: number; end: number } {
  const none = { start: i, end: i };
  let k = skip(text, i, 3, isBlank);
  let gap = k > i;
  const comma = text.charCodeAt(k) === 44;
  if (comma) {
    const j = k + 1;
    k = skip(text, j, 3, isBlank);
    gap = k > j;
  }
  // A pinpoint after white space: "3 at 12", "3, at 12–14".
  if (gap && text.startsWith('at', k)) {
    let e = skip(text, k + 2, 3, isSpace);
    if (e > k + 2 && isDigitCode(text.charCodeAt(e))) {
      e = skip(text, e, 6, isDigitCode);
      for (let n = 0; n < 10; n++) {
        const s = skip(text, e, 3, isBlank);
        const c = text.charCodeAt(s);
        if (!(isDash(c) || c === 44 || c === 38)) break;
        const d = skip(text, s + 1, 3, isBlank);
        if (!isDigitCode(text.charCodeAt(d))) break;
        e = skip(text, d, 6, isDigitCode);
      }
      return { start: k, end: e };
    }
  }
  if (!comma) return none;
  // Parts, the first with its term: "p. 12", "pp. 12–14, 20", "p. 4, n. 2".
  let e = labelEnd(text, k);
  if (e < 0) return none;
  e = valueEnd(text, e);
  if (e < 0) return none;
  for (let n = 0; n < 10; n++) {
    const s = skip(text, e, 3, isBlank);
    const c = text.charCodeAt(s);
    let d: number;
    if (isDash(c) || c === 44 || c === 38 /* & */) d = s + 1;
    else if (text.startsWith('and', s)) d = s + 3;
    else break;
    d = skip(text, d, 3, isBlank);
    // A term of its own ("n. 2"), or a part of the same kind ("14" in "pp. 12, 14").
    const l = labelEnd(text, d);
    let v = l >= 0 ? valueEnd(text, l) : -1;
    if (v < 0) v = valueEnd(text, d);
    if (v < 0) break;
    e = v;
  }
  return { start: k, end: e };
}

/** After a locator term and its period or space ("p. ", "Table "), or a § or ¶ sign; -1 if none. */
function labelEnd(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 0xa7 || c === 0xb6) {
    let e = i + 1;
    if (text.charCodeAt(e) === c) e++;
    return skip(text, e, 3, isSpace);
  }
  if (!isLower(c) && !isUpper(c)) return -1;
  const e = skip(text, i + 1, 9, isLower);
  if (!locatorTerms.has(text.slice(i, e).toLowerCase())) return -1;
  if (text.charCodeAt(e) === 46 /* . */) return skip(text, e + 1, 3, isSpace);
  const s = skip(text, e, 3, isSpace);
  return s > e ? s : -1;
}

const isRomanLower = (c: number) => c === 105 || c === 118 || c === 120 || c === 108 || c === 99 || c === 100 || c === 109;
const isRomanUpper = (c: number) => c === 73 || c === 86 || c === 88 || c === 76 || c === 67 || c === 68 || c === 77;

/**
 * After one part at `i`: 12, 12a, 2.3, xii, XII, B, A-1, each with up to three "(b)"s; -1 if none.
 * The part must end there: at the end, before a separator, ";" or white space.
 */
function valueEnd(text: string, i: number): number {
  const c = text.charCodeAt(i);
  let e: number;
  if (isDigitCode(c)) {
    e = skip(text, i, 6, isDigitCode);
    if (isLower(text.charCodeAt(e))) e++;
    for (let n = 0; n < 5 && text.charCodeAt(e) === 46 && isDigitCode(text.charCodeAt(e + 1)); n++) {
      e = skip(text, e + 1, 4, isDigitCode);
      if (isLower(text.charCodeAt(e))) e++;
    }
  } else if (isRomanLower(c)) {
    e = skip(text, i, 8, isRomanLower);
  } else if (isUpper(c)) {
    e = i + 1;
    if (isRomanUpper(text.charCodeAt(e))) e = skip(text, e, 7, isRomanUpper);
    else {
      const d = text.charCodeAt(e) === 45 ? e + 1 : e;
      if (isDigitCode(text.charCodeAt(d))) e = skip(text, d, 4, isDigitCode);
    }
  } else return -1;
  for (let n = 0; n < 3 && text.charCodeAt(e) === 40 /* ( */; n++) {
    const s = skip(text, e + 1, 4, (k) => isLower(k) || isDigitCode(k));
    if (s === e + 1 || text.charCodeAt(s) !== 41 /* ) */) break;
    e = s + 1;
  }
  const after = text.charCodeAt(e);
  return e >= text.length || isBlank(after) || isDash(after) || after === 44 || after === 38 || after === 59 ? e : -1;
}

/** The Pandoc keys of a bracket's inside; its cross-references go to `crossReferences` (see findMarkers). */
function pushKeys(inner: string, innerStart: number, s: number, e: number, out: MarkerHit[], crossReferences?: number[]): void {
  const keys: { key: string; at: number; len: number }[] = [];
  keyRe.lastIndex = 0;
  let m: RegExpExecArray | null;
  let count = 0;
  for (; (m = keyRe.exec(inner)); count++) {
    const at = innerStart + m.index;
    if (isCrossReference(m[1])) crossReferences?.push(at, at + m[0].length);
    else keys.push({ key: m[1], at, len: m[0].length });
  }
  if (!keys.length) return;
  // One key alone spans its bracket; one of several (cross-references counted) spans itself.
  const single = count === 1;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    // What follows the key up to the next `;` is its locator ("p. 4").
    const after = inner.slice(k.at + k.len - innerStart).split(';')[0].replace(/^\s*,\s*/, '').trim();
    out.push({
      label: `@${k.key}`,
      kind: 'pandoc',
      start: single ? s : k.at,
      end: single ? e : k.at + k.len,
      ...(after ? { locator: after } : {}),
    });
  }
}
