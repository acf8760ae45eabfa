import type { FactIndex } from '../factbase/factIndex';
import type { QuotationOnRecord } from '../factbase/schema';
import { distinctiveWords } from './recordTies';
import { bestWindow, longestRun } from './wordWindow';
import { reorderedWindow } from './reorderedWords';
import { seenText } from '../text/invisibles';
import { spellingKey } from '../text/spellingVariants';
import { asReferenceCompounds, compoundForms, type CompoundForms } from '../text/hyphenCompounds';

/**
 * Match a quotation against the quotations on record, the way a writer quotes:
 * case, punctuation, curly/straight marks, British/American spelling and a compound written closed or with
 * a hyphen ("pre-emptively" for "preemptively", see `hyphenCompounds`) do not count; an ellipsis stands for
 * left-out words; a bracketed insertion ("[the company]") stands for a word or two;
 * quoting part of a longer quotation is exact. A quotation that holds a whole record (or a
 * long run of one) and more words around it `contains` the record: it quotes more of what
 * was said, so its speaker is the record's, but it is no misquote.
 */
export interface RecordMatch {
  readonly record: QuotationOnRecord;
  /** `reordered`: the words of a stretch of the record, all of them and no other, with its clauses in another order. */
  readonly kind: 'exact' | 'near' | 'reordered' | 'contains';
  /** The words on record the quotation lines up with (the record's own spelling): what a fix puts back. */
  readonly wordsOnRecord: string;
  /**
   * For a near match, the record's phrases those words stand in, whole at both ends: what a
   * message shows as "the words on record". "low, but higher than for any previous model" lines
   * up with "low, but higher than for previous models", from the phrase "very low, but higher
   * than for previous models"; cut at "low", the message would drop the "very" that gives the
   * record its sense.
   */
  readonly phraseOnRecord?: string;
  /** Word edits between the quotation and those words (0 when exact). */
  readonly edits: number;
  /** How many words of the quotation equal words on record: few make a stock phrase (see `recordTies`). */
  readonly matchedWords: number;
  /**
   * For a near match: the whole record stands, with a word or two changed, among more words of
   * the quotation ("Anthropic could disable its technology or unilaterally alter the behavior of
   * its model at a moment of operational need" for the record "disable its technology or
   * preemptively alter the behavior of its model"). The misquote is the stretch of the
   * quotation that lines up with the record (see `recordStretch`), not the whole quotation.
   */
  readonly within?: boolean;
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
  // replaceAll with a string: a regex literal here would be a new RegExp object per word.
  // A British or American spelling of a word is the word ("behaviour" quotes "behavior"): see `spellingKey`.
  while ((m = tokenRe.exec(text))) out.push({ norm: spellingKey(m[0].toLowerCase().replaceAll('’', "'")), start: m.index, end: m.index + m[0].length });
  return out;
}

/**
 * Contractions whose "'s" is "is" (not a possessive), and the few whose stem changes when spelt
 * out. A Map: a word of a quotation such as "constructor" must not find an object's property.
 */
const spelledOut = new Map<string, readonly string[]>([
  ["it's", ['it', 'is']],
  ["that's", ['that', 'is']],
  ["there's", ['there', 'is']],
  ["here's", ['here', 'is']],
  ["what's", ['what', 'is']],
  ["who's", ['who', 'is']],
  ["he's", ['he', 'is']],
  ["she's", ['she', 'is']],
  ["let's", ['let', 'us']],
  ["won't", ['will', 'not']],
  ["can't", ['can', 'not']],
  ["shan't", ['shall', 'not']],
  ["cannot", ['can', 'not']],
]);

/** Endings spelt out the same way after any stem: "we've" → "we have", "don't" → "do not". */
const contractionEnd = /^([\p{L}\p{N}]+)(n't|'ve|'re|'ll|'m|'d)$/u;
const endingWords: Record<string, string> = { "n't": 'not', "'ve": 'have', "'re": 'are', "'ll": 'will', "'m": 'am', "'d": 'would' };

/**
 * A normalised word as the words it contracts ("we've" → "we", "have"), so that a quotation
 * that spells a contraction out (or contracts what the record spells out) differs from the
 * record only by its other changes. Other words stand for themselves.
 */
export function spellOut(word: string): readonly string[] {
  const known = spelledOut.get(word);
  if (known) return known;
  if (!word.includes("'")) return [word];
  const m = contractionEnd.exec(word);
  return m ? [m[1], endingWords[m[2]]] : [word];
}

/**
 * Segments of a quotation between ellipses; a bracketed insertion leaves a gap after the word before it.
 * Its compounds are read as the words on record write them (`forms`): "pre-emptively" is "preemptively".
 */
function segmentsOf(text: string, forms: CompoundForms): { tokens: string[]; gapsAfter: boolean[] }[] {
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
        for (const t of asReferenceCompounds(piece, tokenize(piece), forms)) {
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

/** A record quotation's words, tokenized once per fact base. */
interface RecordWords {
  readonly record: QuotationOnRecord;
  readonly tokens: readonly Token[];
  /** The tokens' normalised words, in order. */
  readonly hay: readonly string[];
  /** The same words with contractions spelt out (see `spellOut`), for measuring near matches. */
  readonly spelled: readonly string[];
  /** For each word of `spelled`, the index of the token it comes from. */
  readonly spelledToken: readonly number[];
}

/** Whether `spellOut` may change a word: one with an apostrophe, or a contraction written without one ("cannot"). */
function mayContract(word: string): boolean {
  return word.includes("'") || spelledOut.has(word);
}

/** Words with their contractions spelt out, and the index of the word each comes from. */
function spellAllOut(words: readonly string[]): { spelled: string[]; from: number[] } {
  const spelled: string[] = [];
  const from: number[] = [];
  words.forEach((w, i) => {
    for (const part of spellOut(w)) {
      spelled.push(part);
      from.push(i);
    }
  });
  return { spelled, from };
}

interface RecordIndex {
  readonly records: Map<string, RecordWords>;
  /** Word (contractions spelt out) → ids of the record quotations holding it. */
  readonly byWord: Map<string, string[]>;
  /** How the records write their compounds, closed or hyphen-joined: a quotation's are read the same way. */
  readonly forms: CompoundForms;
}

const recordIndexes = new WeakMap<FactIndex, RecordIndex>();

function recordIndex(index: FactIndex): RecordIndex {
  let ri = recordIndexes.get(index);
  if (ri) return ri;
  const byWord = new Map<string, string[]>();
  const records = new Map<string, RecordWords>();
  const raw = index.factBase.quotations.map((q) => ({ text: q.text, tokens: tokenize(q.text) }));
  const forms = compoundForms(raw);
  for (const [k, q] of index.factBase.quotations.entries()) {
    // A compound one record writes closed is one word in all ("pre-emptively" in one, "preemptively" in another).
    const tokens = asReferenceCompounds(q.text, raw[k].tokens, forms);
    const hay = tokens.map((t) => t.norm);
    const { spelled, from } = spellAllOut(hay);
    for (const w of new Set(spelled)) {
      let list = byWord.get(w);
      if (!list) byWord.set(w, (list = []));
      list.push(q.id);
    }
    const record = index.quotation(q.id);
    if (record) records.set(q.id, { record, tokens, hay, spelled, spelledToken: from });
  }
  ri = { records, byWord, forms };
  recordIndexes.set(index, ri);
  return ri;
}

/** A record quotation sharing words with a quotation. */
interface Candidate {
  readonly words: RecordWords;
  /** How many distinct words of the quotation the record holds. */
  shared: number;
  /** How many words of the quotation, repeats counted, the record holds. */
  found: number;
}

/** Record quotations sharing words with the quotation (its words with their counts), most shared first. */
function candidates(ri: RecordIndex, wordCounts: ReadonlyMap<string, number>): Candidate[] {
  const byId = new Map<string, Candidate>();
  for (const [w, count] of wordCounts) {
    const ids = ri.byWord.get(w);
    if (!ids) continue;
    for (const id of ids) {
      const c = byId.get(id);
      if (c) {
        c.shared++;
        c.found += count;
      } else {
        const words = ri.records.get(id);
        if (words) byId.set(id, { words, shared: 1, found: count });
      }
    }
  }
  const out: Candidate[] = [];
  for (const c of byId.values()) if (c.shared >= 2 || wordCounts.size <= 2) out.push(c);
  return out.sort((a, b) => b.shared - a.shared);
}

/** The most words of a quotation searched for a record it holds with a word changed (see `nearWithin`): a longer one is read sentence by sentence. */
const withinWords = 150;

/**
 * The record's words, all of them (at least `containedRun`), with a word or two changed among
 * more words of a quotation (`words`, contractions spelt out): the stretch of the quotation that
 * lines up with the whole record must start with its first word and end with its last, and
 * differ by no more than a near match may (see `fewEnoughEdits`). "could disable its technology
 * or unilaterally alter the behavior of its model at a moment" holds the record "disable its
 * technology or preemptively alter the behavior of its model" with one word changed.
 * Undefined when it does not. Costs one table of record words × quotation words.
 */
function nearWithin(words: readonly string[], wordCounts: ReadonlyMap<string, number>, rec: RecordWords): RecordMatch | undefined {
  const { spelled, record, tokens } = rec;
  const n = spelled.length;
  if (n < containedRun || words.length <= n || words.length > withinWords) return undefined;
  // Every record word the quotation lacks costs an edit: skip the table when that alone is too many.
  let missing = 0;
  for (const w of spelled) if (!wordCounts.has(w)) missing++;
  const allowed = Math.max(1, Math.floor(n / 4));
  if (missing > allowed) return undefined;
  const w = bestWindow(spelled, words);
  const edits = Math.max(1, w.edits);
  if (w.end <= w.start || words[w.start] !== spelled[0] || words[w.end - 1] !== spelled[n - 1] || !fewEnoughEdits(n, edits, n - edits, n, true)) return undefined;
  const wordsOnRecord = balancedSlice(record.text, tokens[0].start, tokens[tokens.length - 1].end);
  return { record, kind: 'near', wordsOnRecord, edits, matchedWords: n - edits, within: true };
}

/** Opening marks and their closing partners. */
const partners: Record<string, string> = { "'": "'", '‘': '’', '"': '"', '“': '”' };

/**
 * `text.slice(start, end)`, taking in the opening mark just before it when the slice holds its
 * partner: the words on record "'Capybara' is a new name…" start at a word, and cut at it
 * they would read "Capybara' is…".
 */
function balancedSlice(text: string, start: number, end: number): string {
  const open = text[start - 1];
  const close = open === undefined ? undefined : partners[open];
  const at = close === undefined ? -1 : text.indexOf(close, start);
  return at >= 0 && at < end ? text.slice(start - 1, end) : text.slice(start, end);
}

/**
 * Whether a quotation of `n` words (contractions spelt out) with `edits` changed words, `same`
 * of them equal to the record's, is a misquote of a record of `recordWords` words: up to a
 * quarter of its words changed, or up to a third when at least 5 words and most of the
 * record's words stand in it in order and its first and last words line up with the record's
 * (`edgesOnRecord`): "did not feel comfortable releasing it widely" for "We did not feel
 * comfortable releasing this generally." "much more likely than last year" (4 words of "much
 * more likely this year") is an ordinary phrase, and "GPT-5 is the most powerful AI model
 * we've ever built" another model's boast, not misquotes.
 */
function fewEnoughEdits(n: number, edits: number, same: number, recordWords: number, edgesOnRecord: boolean): boolean {
  if (same < 3) return false;
  if (edits <= Math.max(1, Math.floor(n / 4))) return true;
  return edgesOnRecord && edits <= Math.floor(n / 3) && same >= 5 && same >= 0.6 * recordWords;
}

/** Punctuation that ends a phrase of the record: words on record are not cut past it. */
const phraseBreak = /[,;:.!?()\u2013\u2014]/;

/**
 * The record's tokens from `first` to `last`, widened to the ends of their phrases on a side
 * where the quotation's edge word is not the record's: "very low but higher than before" lines
 * up with "very low, but higher than for", whose words on record are "very low, but higher
 * than for previous models" (a fix must not insert a cut-off record). A side where the writer's
 * word is the record's is where the writer chose to start or stop quoting.
 */
function phraseSpan(text: string, tokens: readonly Token[], first: number, last: number, widenStart: boolean, widenEnd: boolean): [number, number] {
  if (widenStart) while (first > 0 && !phraseBreak.test(text.slice(tokens[first - 1].end, tokens[first].start))) first--;
  if (widenEnd) while (last < tokens.length - 1 && !phraseBreak.test(text.slice(tokens[last].end, tokens[last + 1].start))) last++;
  return [first, last];
}

/** The shortest run of a record's words a longer quotation must hold to be that record when the run is not the whole record. */
const containedRun = 6;

/**
 * Quotation marks inside a quotation, a straight single one where it opens a word: the
 * quotation quotes someone in turn ("When Anthropic calls its model 'by far the most powerful
 * AI model we've ever developed,' the rest of us listen"), and their words are not its speaker's.
 */
const innerQuote = /["“”‘]|(?:^|[\s([\u2013\u2014-])'\p{L}/u;

/** The words of a quotation in order, with where an ellipsis or a bracketed insertion leaves a gap after one. */
function wordsWithGaps(segments: ReturnType<typeof segmentsOf>): { words: string[]; gapAfter: boolean[] } {
  const words: string[] = [];
  const gapAfter: boolean[] = [];
  // One by one: spreading a segment of hundreds of thousands of words overflows the stack.
  for (const seg of segments) {
    for (const t of seg.tokens) words.push(t);
    for (const g of seg.gapsAfter) gapAfter.push(g);
    gapAfter[gapAfter.length - 1] = true;
  }
  return { words, gapAfter };
}

/** `gapAfter` of written words carried over to those words spelt out: the gap follows a word's last part. */
function spelledGaps(gapAfter: readonly boolean[], from: readonly number[]): boolean[] {
  return from.map((w, k) => gapAfter[w] && from[k + 1] !== w);
}

/**
 * The quotation on record that `asWritten` quotes, and how closely (exact, contained, near),
 * or undefined: "We did not feel comfortable re\u200Bleasing this generally" quotes Logan Graham exactly.
 */
export function matchRecord(asWritten: string, index: FactIndex): RecordMatch | undefined {
  // Words as the reader sees them: "re\u200Bleasing" is "releasing", "SWE\u2011bench" is "SWE-bench".
  const quoteText = seenText(asWritten);
  const ri = recordIndex(index);
  const segments = segmentsOf(quoteText, ri.forms);
  // Exact matching compares the words as written; near matching, with contractions spelt out.
  const { words: written, gapAfter: writtenGaps } = wordsWithGaps(segments);
  const spelledQuote = written.some(mayContract) ? spellAllOut(written) : undefined;
  const words = spelledQuote ? spelledQuote.spelled : written;
  const gapAfter = spelledQuote ? spelledGaps(writtenGaps, spelledQuote.from) : writtenGaps;
  if (!words.length) return undefined;
  const wordCounts = new Map<string, number>();
  for (const w of words) wordCounts.set(w, (wordCounts.get(w) ?? 0) + 1);
  let near: RecordMatch | undefined;
  let reordered: RecordMatch | undefined;
  let contains: RecordMatch | undefined;
  let within: RecordMatch | undefined;
  const mayContain = !innerQuote.test(quoteText);
  for (const { words: rec, found } of candidates(ri, wordCounts)) {
    const { record, tokens: recTokens, hay, spelled, spelledToken } = rec;
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
      return { record, kind: 'exact', wordsOnRecord: balancedSlice(record.text, recTokens[first].start, recTokens[last - 1].end), edits: 0, matchedWords: written.length };
    }
    // Contains: a whole record of enough words, or a long run of one, word for word among more
    // words. Holding the whole record, the other words are more of what was said, not changes.
    if (mayContain && found >= containedRun && written.length > hay.length) {
      const run = longestRun(written, hay, writtenGaps);
      const whole = run.length === hay.length && run.length >= containedRun;
      if ((whole || run.length >= distinctiveWords) && (!contains || run.length > contains.matchedWords)) {
        contains = { record, kind: 'contains', wordsOnRecord: balancedSlice(record.text, recTokens[run.start].start, recTokens[run.end - 1].end), edits: 0, matchedWords: run.length };
      }
      if (whole) continue;
    }
    // Reordered: every word of a stretch of the record and no other, its clauses in another order
    // (no word changed, so no edit count would call it a misquote). Not across left-out words.
    if (!reordered && found >= words.length && !gapAfter.slice(0, -1).some(Boolean)) {
      const moved = reorderedWindow(words, spelled);
      if (moved) {
        const wordsOnRecord = balancedSlice(record.text, recTokens[spelledToken[moved.start]].start, recTokens[spelledToken[moved.end - 1]].end);
        reordered = { record, kind: 'reordered', wordsOnRecord, edits: 0, matchedWords: words.length };
        continue;
      }
    }
    // The whole record with a word changed among more words: a misquote of it, set in a longer quotation.
    if (mayContain && !near) {
      const inside = nearWithin(words, wordCounts, rec);
      if (inside && (!within || inside.edits < within.edits || (inside.edits === within.edits && inside.matchedWords > within.matchedWords))) within = inside;
    }
    // Near: few changed words against some window of the record, enough words to be sure.
    const flat = words;
    if (flat.length < 4) continue;
    // Every word of the quotation not paired with an equal word of the record costs an edit, and
    // only the words the record holds (at most one per record word) can be paired: skip the
    // table when even that fewest number of edits could not be accepted below.
    const atLeast = flat.length - Math.min(found, spelled.length);
    if (!fewEnoughEdits(flat.length, atLeast, flat.length - atLeast, spelled.length, true) || (near && atLeast >= near.edits)) continue;
    const w = bestWindow(flat, spelled, gapAfter);
    // Not exact as written, yet no word changed once contractions are spelt out: still one change.
    const edits = Math.max(1, w.edits);
    const same = flat.length - w.edits;
    const firstOnRecord = flat[0] === spelled[w.start];
    const lastOnRecord = flat[flat.length - 1] === spelled[w.end - 1];
    // An edge word that is not the record's still lines up when the window reaches the record's
    // end there, but one of the two must be the record's: "GPT-5 is … ever built" is no misquote.
    const edgesOnRecord = (firstOnRecord || lastOnRecord) && (firstOnRecord || w.start === 0) && (lastOnRecord || w.end === spelled.length);
    if (w.end > w.start && fewEnoughEdits(flat.length, edits, same, spelled.length, edgesOnRecord) && (!near || edits < near.edits)) {
      const [firstToken, lastToken] = phraseSpan(record.text, recTokens, spelledToken[w.start], spelledToken[w.end - 1], !firstOnRecord, !lastOnRecord);
      const [phraseFirst, phraseLast] = phraseSpan(record.text, recTokens, firstToken, lastToken, true, true);
      near = {
        record,
        kind: 'near',
        wordsOnRecord: balancedSlice(record.text, recTokens[firstToken].start, recTokens[lastToken].end),
        phraseOnRecord: balancedSlice(record.text, recTokens[phraseFirst].start, recTokens[phraseLast].end),
        edits,
        matchedWords: same,
      };
    }
  }
  // A record held whole with a word changed says more than a shorter run of another held word for word.
  return reordered ?? near ?? (contains && within && contains.matchedWords >= within.matchedWords + within.edits ? contains : within) ?? contains;
}
