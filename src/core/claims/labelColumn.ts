import type { ClaimHit } from './detectClaims';
import { isLabelWord } from './detectClaims';
import { withoutValues } from './withoutValues';

/**
 * A table column whose header names a label ("Line", "Item", "No.", "#", "Ref", "Step", "Budget
 * line", "Para", "Paragraph", "¶", "§") numbers its rows: the bare numbers under it ("| 4.3 |
 * Case-study travel | $22,500 |", a fact-check sheet's "| 9 | Leak on 26 March | … |" under "¶")
 * label the row and count nothing, as "line 4.3" or "¶ 9" would in a sentence. A label word in
 * the plural heads counts ("| Document | Pages |": "| System card | 244 |" has 244 pages).
 */

const letterRe = /[\p{L}#¶§]/u;

/** The header's last word, lower-case, without Markdown marks and punctuation: "**Budget line**" → "line", "¶" → "¶". */
function lastWord(text: string): string {
  let e = text.length;
  while (e > 0 && !letterRe.test(text[e - 1])) e--;
  let s = e;
  while (s > 0 && letterRe.test(text[s - 1])) s--;
  return text.slice(s, e).toLowerCase();
}

/** A mark that labels a part as a word does: "#", "¶", "§", and "¶¶", "§§" for several. */
const labelMarkRe = /^(?:#|¶¶?|§§?)$/;

/**
 * Whether a header's last word is a label word in the plural, which counts the parts it names:
 * "pages", "paragraphs", "paras", "lines", "items" (not "pp", "ss").
 */
function isPluralLabel(word: string): boolean {
  return word.length > 2 && word.endsWith('s') && isLabelWord(word.slice(0, -1));
}

/**
 * Whether a header cell's text names a label column: its last word is a label word in the
 * singular or a mark ("Line", "No.", "Para", "#", "¶", "§"), in a short header; "Pages" and "Paragraphs" count.
 */
export function isLabelHeader(headerText: string): boolean {
  if (headerText.length > 40) return false;
  const word = lastWord(headerText);
  return labelMarkRe.test(word) || (isLabelWord(word) && !isPluralLabel(word));
}

/**
 * A header that is only "Figure" or "Figures": in a briefing's "| Measure | Figure | Source |"
 * the word means the value, and its cells ("| CAOC commissioners | 9 |") are the figures of
 * the row; a list of figures ("| Figure | Caption |") numbers its rows instead (see `numbersRows`).
 */
const figureHeaderRe = /^[\s*_]*figures?[\s*_:.]*$/i;

/** Whether a header cell's text is only "Figure" or "Figures", which names a value as often as a label. */
export function isFigureHeader(headerText: string): boolean {
  return headerText.length <= 40 && figureHeaderRe.test(headerText);
}

/** A cell that is a whole number alone, in emphasis or not: "3", "**12**". */
const wholeNumberCellRe = /^[\s*_]*(\d{1,4})\.?[\s*_]*$/;

/**
 * Whether the cells of a column number its rows: whole numbers, each one more than the one
 * above ("1", "2", "3"), two at least. A column of figures ("9", "32", "421") does not.
 */
export function numbersRows(cells: readonly string[]): boolean {
  if (cells.length < 2) return false;
  let previous: number | undefined;
  for (const cell of cells) {
    const m = wholeNumberCellRe.exec(cell);
    if (!m) return false;
    const n = Number(m[1]);
    if (previous !== undefined && n !== previous + 1) return false;
    previous = n;
  }
  return true;
}

/**
 * A header that names when a task is due ("Due", "Due date", "Deadline", "By when", "Target
 * date"): an action-item table's column, whose dates ("16.04.2026", "17.04.", "EOM") schedule the
 * team's own work. They state nothing about the world: no claim, no citation wanted. ("When" and
 * "Date" head a timeline's column of events too, which are claims.)
 */
const scheduleHeaderRe = /^[\s*_]*(?:due(?:[ \t]+(?:date|by|on))?|deadline|by[ \t]+when|target[ \t]+date)[\s*_:.]*$/i;

/** Whether a header cell's text names a schedule column (see scheduleHeaderRe). */
export function isScheduleHeader(headerText: string): boolean {
  return headerText.length <= 40 && scheduleHeaderRe.test(headerText);
}

/**
 * A header that names the versions of a piece of software, as an advisory's table of affected
 * versions writes it: "Branch", "Release", "Versions", "Affected", "Affected versions", "Fixed in",
 * "Patched in", "Introduced in", "First fixed". ("Version" alone is a label word: see isLabelHeader.)
 */
const versionHeaderRe =
  /^[\s*_]*(?:branch(?:es)?|releases?|versions|affected(?:[ \t]+(?:versions?|releases?|branch(?:es)?))?|unaffected|not[ \t]+affected|fixed(?:[ \t]+(?:in|versions?|releases?))?|patched(?:[ \t]+in)?|introduced(?:[ \t]+in)?|first[ \t]+fixed|vulnerable(?:[ \t]+versions?)?)[\s*_:.]*$/i;

/** Whether a header cell's text names a column of versions (see versionHeaderRe). */
export function isVersionHeader(headerText: string): boolean {
  return headerText.length <= 40 && versionHeaderRe.test(headerText);
}

/** A bare number or a numbering, as a label column writes it: "4", "4.3", "4.3.1". */
const bareNumberRe = /^\d{1,4}(?:\.\d{1,4}){0,3}\.?$/;
/** A version as a column of versions writes it, with a point: "4.2", "5.0" (a bare "12" there may count: "| Affected | 12 |"). */
const pointedNumberRe = /^\d{1,4}(?:\.\d{1,4}){1,3}$/;

/**
 * The claim of a cell under a label header without its bare numbers, or null when nothing is
 * left; under a header of versions (`versions`), without its numbers written with a point. `textOf`
 * gives a value's text.
 */
export function withoutLabels(hit: ClaimHit, textOf: (start: number, end: number) => string, versions = false): ClaimHit | null {
  const bare = versions ? pointedNumberRe : bareNumberRe;
  return withoutValues(hit, (v) => v.kind === 'count' && v.approx === undefined && bare.test(textOf(v.start, v.end)));
}
