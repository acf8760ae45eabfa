import { isAsciiWordCode, isDigitCode, isWhiteSpace } from '../text/words';

/**
 * A plural label noun labels every number of the list or range after it: "paragraphs 2.3 and
 * 2.4", "Questions 6 and 7", "Questions 1 to 9", "sections 3–5", "pages 12, 14 and 19", "§§ 4
 * and 5", "¶¶ 4 and 6", "Weeks 1–6". Each number names a part of a document or a course; none counts anything.
 */

/** Plural nouns and abbreviations that name parts of a document or a list ("paragraphs", "pp", "Figs"). */
const pluralLabels: ReadonlySet<string> = new Set(
  (
    'sections subsections articles chapters parts paragraphs clauses appendices annexes exhibits footnotes endnotes figures tables pages lines items ' +
    'steps options recommendations entries rows columns versions volumes slides waves phases stages tiers paras secs chs arts figs pp vols nos refs fns ss'
  ).split(' '),
);
/**
 * Plurals that are verbs too ("Anthropic notes 12 and 40 partners"): labels when capitalised
 * ("Questions 6 and 7") or after a word a noun follows ("see notes 3 and 4", "on questions 6 and 7").
 */
const pluralNounOrVerbLabels: ReadonlySet<string> = new Set('questions notes sources references points rounds'.split(' '));
/**
 * Plurals of the parts of a course or a programme ("Weeks 1–6", "Sessions 3 and 4", "for modules 2 to
 * 5", the seminar "groups 1 and 2", "panels 1 and 2"): no verbs (or none a count follows), so a list or a range of numbers after one is always labelled by it.
 */
export const pluralCourseLabels: ReadonlySet<string> = new Set('weeks sessions units modules lectures lessons seminars tutorials workshops groups panels'.split(' '));
const nounContextWords: ReadonlySet<string> = new Set('see in on of at to from under per the these those our its their cf and'.split(' '));

/** The most items read back along one list: "pages 1, 2, 3, …" further than this is a list of figures. */
const maxItems = 12;

/** The index of the last character before `at`, past at most three white-space characters, or -1. */
function skipSpaceBack(text: string, at: number): number {
  let k = at - 1;
  while (k >= 0 && k >= at - 3 && isWhiteSpace(text.charCodeAt(k))) k--;
  return k;
}

/** The lower-case ASCII word that ends at `end` (exclusive), or "" when letters run past 12 or a digit is glued to it. */
function wordEndingAt(text: string, end: number): { word: string; start: number } {
  let k = end;
  while (k > 0 && end - k < 13 && isAsciiLetter(text.charCodeAt(k - 1))) k--;
  if (k === end || end - k > 12 || isDigitCode(text.charCodeAt(k - 1))) return { word: '', start: end };
  return { word: text.slice(k, end).toLowerCase(), start: k };
}

function isAsciiLetter(c: number): boolean {
  const l = c | 32;
  return l >= 97 && l <= 122;
}

/**
 * Where the joiner of a list or range ends before the item at `at` (a comma, "and", "or", "to",
 * "through", "&", a dash, or a comma and "and"), looking back: `end`, the index just after the
 * item before, and `comma`, set when the joiner is a bare comma, which may also end a clause
 * ("In sections 2 and 3, 40 firms signed"). Undefined when no joiner stands there.
 */
function itemBeforeJoiner(text: string, at: number): { end: number; comma: boolean } | undefined {
  let k = skipSpaceBack(text, at);
  if (k < 0) return undefined;
  const c = text.charCodeAt(k);
  if (c === 45 || c === 0x2013 || c === 38 /* & */) return { end: skipSpaceBack(text, k) + 1, comma: false };
  if (c === 44 /* , */) return { end: skipSpaceBack(text, k) + 1, comma: true };
  const { word, start } = wordEndingAt(text, k + 1);
  if (word !== 'and' && word !== 'or' && word !== 'to' && word !== 'through') return undefined;
  if (!isWhiteSpace(text.charCodeAt(start - 1))) return undefined;
  k = skipSpaceBack(text, start);
  // ", and" of a serial list.
  if (text.charCodeAt(k) === 44) k = skipSpaceBack(text, k);
  return { end: k + 1, comma: false };
}

/**
 * Where the label item ending at `end` starts ("2.3", "6", "B", "4(a)"), or -1: digits, dots,
 * letters glued to digits, or a single capital letter.
 */
function itemStart(text: string, end: number): number {
  let k = end;
  while (k > 0 && end - k < 12) {
    const c = text.charCodeAt(k - 1);
    if (!(isAsciiWordCode(c) || c === 46 || c === 40 || c === 41)) break;
    k--;
  }
  if (k === end || !isWhiteSpace(text.charCodeAt(k - 1))) return -1;
  const item = text.slice(k, end);
  const c = item.charCodeAt(0);
  if (isDigitCode(c)) return k;
  return item.length === 1 && c >= 65 && c <= 90 ? k : -1;
}

/** Whether a plural label noun, "§§" or "¶¶" stands right before `at` ("paragraphs 2.3", "pp. 12", "§§ 4", "¶¶ 4"). */
function pluralLabelBefore(text: string, at: number): boolean {
  const k = skipSpaceBack(text, at);
  if (k < 1) return false;
  if (text.charCodeAt(k) === 0xa7 || text.charCodeAt(k) === 0xb6) return text.charCodeAt(k - 1) === text.charCodeAt(k);
  const end = text.charCodeAt(k) === 46 ? k : k + 1;
  const { word, start } = wordEndingAt(text, end);
  if (pluralLabels.has(word) || pluralCourseLabels.has(word)) return true;
  if (!pluralNounOrVerbLabels.has(word)) return false;
  const first = text.charCodeAt(start);
  if (first >= 65 && first <= 90) return true;
  const p = skipSpaceBack(text, start);
  return p >= 0 && p < start - 1 && nounContextWords.has(wordEndingAt(text, p + 1).word);
}

/**
 * Whether the number at [a, b) continues a list or range of labels that a plural label noun
 * opens: "paragraphs 2.3 and 2.4", "Questions 1 to 9", "sections 3–5", "pages 12, 14 and 19".
 * After a bare comma the number must not count the word after it (`countsWordAfter`: "In
 * sections 2 and 3, 40 firms signed"). Reads back at most twelve items.
 * Example: continuesLabelList('see paragraphs 2.3 and 2.4 below', 24, 27, () => false) → true.
 */
export function continuesLabelList(text: string, a: number, b: number, countsWordAfter: (text: string, b: number) => boolean): boolean {
  let at = a;
  for (let n = 0; n < maxItems; n++) {
    const joint = itemBeforeJoiner(text, at);
    if (!joint || (joint.comma && n === 0 && countsWordAfter(text, b))) return false;
    const start = itemStart(text, joint.end);
    if (start < 0) return false;
    if (pluralLabelBefore(text, start)) return true;
    at = start;
  }
  return false;
}
