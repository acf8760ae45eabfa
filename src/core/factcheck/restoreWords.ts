import { tokenize } from './quoteMatch';
import { bestWindow } from './wordWindow';
import { squeezeInvisibles } from '../text/invisibles';
import { asReferenceCompounds, compoundForms, type CompoundForms } from '../text/hyphenCompounds';

/** A replacement of `text.slice(start, end)` in the document. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

/** A word of the writer's quotation (document offsets) or of the words on record (offsets in them). */
interface Word {
  readonly norm: string;
  readonly start: number;
  readonly end: number;
}

/** One step of the word alignment: writer word `w` and record word `r`, either of them absent (-1) for an added or a dropped word. */
interface Step {
  readonly w: number;
  readonly r: number;
  readonly same: boolean;
}

/** The largest alignment table built (writer words × record words): a misquote is near a record of a few dozen words. */
const maxCells = 250_000;

const lineBreakRe = /[\r\n]/;

/**
 * Whether the document keeps two words apart from `from` to `to`: a line break (a hard-wrapped
 * quotation keeps it, a block quote its `> `), or text the prose mask blanked (a comment, a tag,
 * struck or deleted words, a link destination), which no edit may delete or cut in two.
 */
function keptApart(text: string, mask: string, from: number, to: number): boolean {
  return lineBreakRe.test(text.slice(from, to)) || blanksText(text, mask, from, to);
}

/** Whether the mask blanked text from `from` to `to` (it writes U+2010 and U+2011 as "-"). */
function blanksText(text: string, mask: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (mask.charCodeAt(k) !== c && c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0x2010 && c !== 0x2011) return true;
  }
  return false;
}
const lowerRe = /\p{Ll}/u;
const upperStartRe = /^\p{Lu}/u;
const lowerStartRe = /^\p{Ll}/u;

/**
 * The writer's words in the document from `from` to `to`, read in the prose mask (markup, link
 * destinations and line prefixes such as a block quote's `> ` are no words) without the spans
 * of `skip` (citation markers, whose numbers are no words), and without invisible characters:
 * "re\u200Bleasing" is one word, whose offsets are the document's. With `forms`, its compounds are
 * read as the record writes them: "pre-emptively" is one word when the record has "preemptively".
 */
function writerWords(mask: string, from: number, to: number, skip: readonly { start: number; end: number }[], forms?: CompoundForms): Word[] {
  const { text, at } = squeezeInvisibles(mask.slice(from, to));
  const out: Word[] = [];
  const tokens = tokenize(text);
  for (const t of forms ? asReferenceCompounds(text, tokens, forms) : tokens) {
    const start = from + at[t.start];
    const end = from + at[t.end - 1] + 1;
    if (!skip.some((s) => start < s.end && end > s.start)) out.push({ norm: t.norm, start, end });
  }
  return out;
}

/**
 * What a replaced word costs in the alignment, against 2 for an added or a dropped one: a
 * replacement wins over dropping one word and adding another, but keeping a word the record
 * has wins over replacing two ("powerful model we have ever built" puts back "AI" before
 * "model", and does not replace "model" with "AI", "we" with "model" …).
 */
const replaceCost = 3;
const addCost = 2;

/** The word alignment of the writer's words to the record's that keeps the most words and changes the fewest, in order. */
function align(a: readonly Word[], b: readonly Word[]): Step[] | undefined {
  const n = a.length;
  const m = b.length;
  if ((n + 1) * (m + 1) > maxCells) return undefined;
  const w = m + 1;
  const cost = new Int32Array((n + 1) * w);
  const diagonal = (i: number, j: number) => cost[(i - 1) * w + j - 1] + (a[i - 1].norm === b[j - 1].norm ? 0 : replaceCost);
  for (let i = 0; i <= n; i++) cost[i * w] = i * addCost;
  for (let j = 0; j <= m; j++) cost[j] = j * addCost;
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      cost[i * w + j] = Math.min(diagonal(i, j), cost[(i - 1) * w + j] + addCost, cost[i * w + j - 1] + addCost);
    }
  }
  const steps: Step[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const here = cost[i * w + j];
    if (i > 0 && j > 0 && here === diagonal(i, j)) {
      steps.push({ w: --i, r: --j, same: a[i].norm === b[j].norm });
    } else if (i > 0 && here === cost[(i - 1) * w + j] + addCost) {
      steps.push({ w: --i, r: -1, same: false });
    } else {
      steps.push({ w: -1, r: --j, same: false });
    }
  }
  return steps.reverse();
}

/** A step that puts a record word in place of a writer word. */
const replaces = (s: Step) => s.w >= 0 && s.r >= 0 && !s.same;

/**
 * The runs of steps that change something, each as [first, last) into `steps`: split between
 * two replaced words (each is replaced on its own, whatever markup stands between them) and
 * where the writer broke the line between two of its words (a hard-wrapped quotation keeps its
 * line breaks, a block quote its `> `) or the mask blanked text between them (a comment or
 * struck words stay as written: see `keptApart`), and a run at the quotation's start that adds or
 * drops a word taken on to the writer's first kept word, so that the replacement opens with a
 * word whose case the writer chose ("And we did" → "We did", not "we did").
 */
function changedRuns(steps: readonly Step[], words: readonly Word[], text: string, mask: string): [number, number][] {
  const runs: [number, number][] = [];
  let k = 0;
  while (k < steps.length) {
    if (steps[k].same) {
      k++;
      continue;
    }
    let end = k + 1;
    let lastWord = steps[k].w;
    while (end < steps.length && !steps[end].same) {
      const w = steps[end].w;
      if (replaces(steps[end]) && replaces(steps[end - 1])) break;
      if (w >= 0 && lastWord >= 0 && keptApart(text, mask, words[lastWord].end, words[w].start)) break;
      if (w >= 0) lastWord = w;
      end++;
    }
    const atStart = !steps.slice(0, k).some((s) => s.w >= 0);
    const apart = lastWord >= 0 && end < steps.length && keptApart(text, mask, words[lastWord].end, words[steps[end].w].start);
    if (atStart && !steps.slice(k, end).every(replaces) && end < steps.length && steps[end].same && !apart) end++;
    runs.push([k, end]);
    k = end;
  }
  return runs;
}

/** How the writer sets apostrophes and inner quotation marks, to write the record's in the same way. */
interface MarkStyle {
  readonly apostrophe: string;
  readonly curly: boolean;
}

function markStyle(region: string): MarkStyle {
  const curly = /[“”‘’„«»‹›]/.test(region);
  const apostrophe = /\p{L}’\p{L}/u.test(region) ? '’' : /\p{L}'\p{L}/u.test(region) ? "'" : curly ? '’' : "'";
  return { apostrophe, curly };
}

const wordCharRe = /[\p{L}\p{N}]/u;

/** The record's words with their apostrophes and quotation marks as the writer sets them: "'Capybara'" → "‘Capybara’" in a curly-quoted draft. */
function inStyle(words: string, style: MarkStyle): string {
  if (!/['"‘’“”]/.test(words)) return words;
  let out = '';
  for (let i = 0; i < words.length; i++) {
    const c = words[i];
    const before = i > 0 && wordCharRe.test(words[i - 1]);
    const after = i + 1 < words.length && wordCharRe.test(words[i + 1]);
    if (c === "'" || c === '’' || c === '‘') {
      if (before && after) out += style.apostrophe;
      else if (!style.curly) out += "'";
      else out += before || !after ? '’' : '‘';
    } else if (c === '"' || c === '“' || c === '”') {
      out += !style.curly ? '"' : before || !after ? '”' : '“';
    } else out += c;
  }
  return out;
}

/**
 * The edits that put the words on record in place of a misquotation's words, changing only the
 * words that differ: the writer's other words, their case, the marks of a quotation nested in
 * it, its markup and its line breaks stay as written. `onRecord` is the record's words the
 * quotation lines up with (`RecordMatch.wordsOnRecord`); the quotation's words are read in the
 * prose `mask` from `from` to `to`, leaving out the spans of `skip` (its citation markers).
 * Aligned word by word (see `align`), each run of changed words becomes one edit: a word
 * replaced by the record's, a dropped word put back before the next word, an added word deleted
 * with the space after it. Undefined when the words cannot be aligned (too many) or nothing
 * differs. Costs one table of writer words × record words, for a PL004 finding only.
 */
export function restoreWords(
  text: string,
  mask: string,
  from: number,
  to: number,
  skip: readonly { start: number; end: number }[],
  onRecord: string,
): TextEdit[] | undefined {
  const record: Word[] = tokenize(onRecord);
  // A compound the writer hyphenates and the record writes closed (or the reverse) is no changed word.
  const written = writerWords(mask, from, to, skip, compoundForms([{ text: onRecord, tokens: record }]));
  if (!written.length || !record.length) return undefined;
  const steps = align(written, record);
  if (!steps) return undefined;
  // The quotation with its marks, when they stand just outside it.
  const style = markStyle(text.slice(Math.max(0, from - 1), to + 1));
  // A quotation in capitals ("WE DID NOT FEEL …") gets the record's words in capitals.
  const capitals = written.length >= 3 && !lowerRe.test(mask.slice(from, to));
  const edits: TextEdit[] = [];
  for (const [first, last] of changedRuns(steps, written, text, mask)) {
    const run = steps.slice(first, last);
    const ws = run.filter((s) => s.w >= 0).map((s) => s.w);
    const rs = run.filter((s) => s.r >= 0);
    // The record's words of the run, with its punctuation between them.
    let newText = rs.length ? inStyle(onRecord.slice(record[rs[0].r].start, record[rs[rs.length - 1].r].end), style) : '';
    if (capitals) newText = newText.toUpperCase();
    else if (ws.length && ws[0] === 0 && upperStartRe.test(text.slice(written[0].start)) && lowerStartRe.test(newText)) newText = newText.charAt(0).toUpperCase() + newText.slice(1);
    if (ws.length && rs.length) {
      edits.push({ start: written[ws[0]].start, end: written[ws[ws.length - 1]].end, newText });
    } else if (rs.length) {
      // Dropped words go back before the writer's next word, or after its last.
      const next = steps.slice(last).find((s) => s.w >= 0);
      const prev = [...steps.slice(0, first)].reverse().find((s) => s.w >= 0);
      if (next) edits.push({ start: written[next.w].start, end: written[next.w].start, newText: `${newText} ` });
      else if (prev) edits.push({ start: written[prev.w].end, end: written[prev.w].end, newText: ` ${newText}` });
    } else {
      // Added words go with the space after them, or before them at the end of a line or of the quotation.
      const a = written[ws[0]];
      const b = written[ws[ws.length - 1]];
      const after = written[ws[ws.length - 1] + 1];
      const before = written[ws[0] - 1];
      if (after && !keptApart(text, mask, b.end, after.start)) edits.push({ start: a.start, end: after.start, newText: '' });
      else if (before && !keptApart(text, mask, before.end, a.start)) edits.push({ start: before.end, end: b.end, newText: '' });
      else edits.push({ start: a.start, end: b.end, newText: '' });
    }
  }
  return edits.length ? edits : undefined;
}

/**
 * Where the stretch of a quotation that lines up with the words on record stands in the document,
 * from its first word to its last: for a quotation that holds a record with a word changed among
 * more words (`RecordMatch.within`), in "Anthropic could disable its technology or unilaterally
 * alter the behavior of its model at a moment of operational need", the words from "disable" to
 * "model". Read like `restoreWords`; undefined when the quotation has no words.
 */
export function recordStretch(mask: string, from: number, to: number, skip: readonly { start: number; end: number }[], onRecord: string): { start: number; end: number } | undefined {
  const record = tokenize(onRecord);
  const written = writerWords(mask, from, to, skip, compoundForms([{ text: onRecord, tokens: record }]));
  if (!written.length || !record.length) return undefined;
  const w = bestWindow(record.map((t) => t.norm), written.map((t) => t.norm));
  return w.end > w.start ? { start: written[w.start].start, end: written[w.end - 1].end } : undefined;
}

/**
 * The edit that puts the words on record back in their order in place of a quotation that holds
 * them in another order ("higher than for previous models, but very low" → "very low, but higher
 * than for previous models"): its words from the first to the last become the record's, in the
 * writer's marks and case. Undefined when a citation marker (`skip`) or text the mask blanked (a
 * comment, struck words) stands among them, which one replacement would delete.
 */
export function restoreOrder(
  text: string,
  mask: string,
  from: number,
  to: number,
  skip: readonly { start: number; end: number }[],
  onRecord: string,
): TextEdit[] | undefined {
  const written = writerWords(mask, from, to, []);
  if (!written.length) return undefined;
  const start = written[0].start;
  const end = written[written.length - 1].end;
  if (skip.some((s) => s.start < end && s.end > start) || blanksText(text, mask, start, end)) return undefined;
  let newText = inStyle(onRecord, markStyle(text.slice(Math.max(0, from - 1), to + 1)));
  if (written.length >= 3 && !lowerRe.test(mask.slice(from, to))) newText = newText.toUpperCase();
  else if (upperStartRe.test(text.slice(start)) && lowerStartRe.test(newText)) newText = newText.charAt(0).toUpperCase() + newText.slice(1);
  return newText === text.slice(start, end) ? undefined : [{ start, end, newText }];
}
