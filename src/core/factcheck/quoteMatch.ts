import type { FactIndex } from '../factbase/factIndex';
import type { QuotationOnRecord } from '../factbase/schema';

/**
 * Match a quotation against the quotations on record, the way a writer quotes:
 * case, punctuation and curly/straight marks do not count; an ellipsis stands for
 * left-out words; a bracketed insertion ("[the company]") stands for a word or two;
 * quoting part of a longer quotation is exact.
 */
export interface RecordMatch {
  readonly record: QuotationOnRecord;
  readonly kind: 'exact' | 'near';
  /** The words on record the quotation lines up with (the record's own spelling). */
  readonly wordsOnRecord: string;
  /** Word edits between the quotation and those words (0 when exact). */
  readonly edits: number;
}

interface Token {
  readonly norm: string;
  /** Offsets in the source string. */
  readonly start: number;
  readonly end: number;
}

const tokenRe = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  tokenRe.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = tokenRe.exec(text))) out.push({ norm: m[0].toLowerCase().replace(/’/g, "'"), start: m.index, end: m.index + m[0].length });
  return out;
}

/** Segments of a quotation between ellipses; a bracketed insertion leaves a gap after the word before it. */
function segmentsOf(text: string): { tokens: string[]; gapsAfter: boolean[] }[] {
  return text
    .split(/\s*(?:…|\.\s?\.\s?\.)\s*/)
    .map((part) => {
      const tokens: string[] = [];
      const gapsAfter: boolean[] = [];
      for (const piece of part.split(/(\[[^[\]]*\])/)) {
        if (piece.startsWith('[') && piece.endsWith(']')) {
          if (gapsAfter.length) gapsAfter[gapsAfter.length - 1] = true;
          continue;
        }
        for (const t of tokenize(piece)) {
          tokens.push(t.norm);
          gapsAfter.push(false);
        }
      }
      return { tokens, gapsAfter };
    })
    .filter((seg) => seg.tokens.length > 0);
}

/** Where a segment occurs in `hay` from `from`, allowing up to 3 words at each insertion gap. */
function findRun(hay: readonly string[], seg: { tokens: string[]; gapsAfter: boolean[] }, from: number): [number, number] | undefined {
  for (let s = from; s < hay.length; s++) {
    let h = s;
    let ok = true;
    for (let k = 0; k < seg.tokens.length; k++) {
      if (hay[h] !== seg.tokens[k]) {
        ok = false;
        break;
      }
      h++;
      if (seg.gapsAfter[k] && k + 1 < seg.tokens.length) {
        let skip = 0;
        while (skip <= 3 && hay[h + skip] !== seg.tokens[k + 1]) skip++;
        if (skip > 3) {
          ok = false;
          break;
        }
        h += skip;
      }
    }
    if (ok) return [s, h];
  }
  return undefined;
}

/** Smallest word edit distance of `a` to any window of `b` (Sellers' algorithm), with the window. */
function bestWindow(a: readonly string[], b: readonly string[]): { edits: number; start: number; end: number } {
  const n = a.length;
  const m = b.length;
  // prev[j]: edits to align a[0..i) ending at b[j); start[j]: where that window starts.
  let prev = new Array<number>(m + 1).fill(0);
  let prevStart = Array.from({ length: m + 1 }, (_, j) => j);
  for (let i = 1; i <= n; i++) {
    const cur = new Array<number>(m + 1);
    const curStart = new Array<number>(m + 1);
    cur[0] = i;
    curStart[0] = 0;
    for (let j = 1; j <= m; j++) {
      const sub = prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      const del = prev[j] + 1;
      const ins = cur[j - 1] + 1;
      if (sub <= del && sub <= ins) {
        cur[j] = sub;
        curStart[j] = prevStart[j - 1];
      } else if (del <= ins) {
        cur[j] = del;
        curStart[j] = prevStart[j];
      } else {
        cur[j] = ins;
        curStart[j] = curStart[j - 1];
      }
    }
    prev = cur;
    prevStart = curStart;
  }
  let best = { edits: Infinity, start: 0, end: 0 };
  // On a tie the longer window wins: "releasing this widely" lines up with "…this generally", not "…this".
  for (let j = 1; j <= m; j++) if (prev[j] <= best.edits) best = { edits: prev[j], start: prevStart[j], end: j };
  return best;
}

interface RecordIndex {
  readonly tokens: Map<string, Token[]>;
  /** Word → ids of the record quotations holding it. */
  readonly byWord: Map<string, string[]>;
}

const recordIndexes = new WeakMap<FactIndex, RecordIndex>();

function recordIndex(index: FactIndex): RecordIndex {
  let ri = recordIndexes.get(index);
  if (ri) return ri;
  const tokens = new Map<string, Token[]>();
  const byWord = new Map<string, string[]>();
  for (const q of index.factBase.quotations) {
    const t = tokenize(q.text);
    tokens.set(q.id, t);
    for (const w of new Set(t.map((x) => x.norm))) {
      let list = byWord.get(w);
      if (!list) byWord.set(w, (list = []));
      list.push(q.id);
    }
  }
  ri = { tokens, byWord };
  recordIndexes.set(index, ri);
  return ri;
}

/** Record quotations sharing words with the quotation, most shared first. */
function candidates(index: FactIndex, ri: RecordIndex, words: ReadonlySet<string>): QuotationOnRecord[] {
  const shared = new Map<string, number>();
  for (const w of words) for (const id of ri.byWord.get(w) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
  const out: [QuotationOnRecord, number][] = [];
  for (const [id, n] of shared) {
    const q = index.quotation(id);
    if (q && (n >= 2 || words.size <= 2)) out.push([q, n]);
  }
  return out.sort((a, b) => b[1] - a[1]).map(([q]) => q);
}

export function matchRecord(quoteText: string, index: FactIndex): RecordMatch | undefined {
  const segments = segmentsOf(quoteText);
  const words = segments.flatMap((s) => s.tokens);
  if (!words.length) return undefined;
  let near: RecordMatch | undefined;
  const ri = recordIndex(index);
  for (const record of candidates(index, ri, new Set(words))) {
    const recTokens = ri.tokens.get(record.id) ?? [];
    const hay = recTokens.map((t) => t.norm);
    // Exact: each segment found, in order.
    let from = 0;
    let first = -1;
    let last = -1;
    let exact = true;
    for (const seg of segments) {
      const run = findRun(hay, seg, from);
      if (!run) {
        exact = false;
        break;
      }
      if (first < 0) first = run[0];
      last = run[1];
      from = run[1];
    }
    if (exact && first >= 0) {
      return { record, kind: 'exact', wordsOnRecord: record.text.slice(recTokens[first].start, recTokens[last - 1].end), edits: 0 };
    }
    // Near: few changed words against some window of the record, enough words to be sure.
    const flat = words;
    if (flat.length < 4) continue;
    const w = bestWindow(flat, hay);
    const allowed = Math.max(1, Math.floor(flat.length * 0.25));
    const same = flat.length - w.edits;
    if (w.edits > 0 && w.edits <= allowed && same >= 3 && w.end > w.start && (!near || w.edits < near.edits)) {
      near = { record, kind: 'near', wordsOnRecord: record.text.slice(recTokens[w.start].start, recTokens[w.end - 1].end), edits: w.edits };
    }
  }
  return near;
}
