import type { CitationKind } from '../types';

/** A citation marker found in prose, before resolution. */
export interface MarkerHit {
  readonly label: string;
  readonly kind: CitationKind;
  readonly start: number;
  readonly end: number;
  readonly locator?: string;
}

// `[1]`, `[1, 6]`, `[2-4]`, `[^note]`, and any bracket holding a Pandoc `@key`.
const bracketRe = /\[(\^[^\]\s]{1,100}|\d{1,4}(?:[ \t]*(?:[-–—,;]|and)[ \t]*\d{1,4}){0,50}|[^\[\]\r\n@]{0,300}@[A-Za-z0-9_][^\[\]\r\n]{0,300})\]/g;
const keyRe = /(?<![\w.@])@([A-Za-z0-9_](?:[\w:.#$%&+?<>~/-]{0,200}[\w])?)/g;
const inTextKeyRe = /(?<![\w.@\[])@([A-Za-z0-9_](?:[\w:.#$%&+?<>~/-]{0,200}[\w])?)/g;
const numberRe = /\d{1,4}/g;
const maxRange = 100;

/**
 * Markers in a masked block. `original` is the unmasked text (to see a link's `(`),
 * `inTextKeys` turns on Pandoc's in-text `@key` (only when a bibliography is declared,
 * so that handles such as @someone are not taken for citations elsewhere).
 */
export function findMarkers(mask: string, original: string, start: number, end: number, inTextKeys: boolean, out: MarkerHit[]): void {
  const block = mask.slice(start, end);
  if (!block.includes('[') && !(inTextKeys && block.includes('@'))) return;
  const bracketed: [number, number][] = [];
  bracketRe.lastIndex = 0;
  let m: RegExpExecArray | null;
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
    } else if (/^\d/.test(inner) && !inner.includes('@')) {
      pushNumbers(inner, s + 1, s, e, out);
    } else {
      pushKeys(inner, s + 1, s, e, out);
    }
  }
  if (inTextKeys && block.includes('@')) {
    inTextKeyRe.lastIndex = 0;
    while ((m = inTextKeyRe.exec(block))) {
      const s = start + m.index;
      if (bracketed.some(([a, b]) => s >= a && s < b)) continue;
      out.push({ label: `@${m[1]}`, kind: 'pandoc', start: s, end: s + m[0].length });
    }
  }
}

function pushNumbers(inner: string, innerStart: number, s: number, e: number, out: MarkerHit[]): void {
  const numbers: { n: number; at: number; len: number }[] = [];
  numberRe.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = numberRe.exec(inner))) numbers.push({ n: Number(m[0]), at: innerStart + m.index, len: m[0].length });
  const single = numbers.length === 1;
  for (let i = 0; i < numbers.length; i++) {
    const cur = numbers[i];
    out.push({ label: String(cur.n), kind: 'numeric', start: single ? s : cur.at, end: single ? e : cur.at + cur.len });
    const next = numbers[i + 1];
    if (!next) break;
    const between = inner.slice(cur.at + cur.len - innerStart, next.at - innerStart);
    if (/[-–—]/.test(between) && next.n > cur.n && next.n - cur.n <= maxRange) {
      // A range: the numbers inside it are markers too, placed on the whole range.
      for (let k = cur.n + 1; k < next.n; k++) out.push({ label: String(k), kind: 'numeric', start: cur.at, end: next.at + next.len });
    }
  }
}

function pushKeys(inner: string, innerStart: number, s: number, e: number, out: MarkerHit[]): void {
  const keys: { key: string; at: number; len: number }[] = [];
  keyRe.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = keyRe.exec(inner))) keys.push({ key: m[1], at: innerStart + m.index, len: m[0].length });
  if (!keys.length) return;
  const single = keys.length === 1;
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
