import type { QuotePair } from './scanQuotes';
import { holdsVerbOfSaying } from '../factcheck/verbCredits';
import { speechNoun } from '../factcheck/remarkOf';

/** How far before a quotation mark its sentence in a reference entry is read. */
const window = 200;
/** Where a sentence of an entry ends before a quotation: a stop, question or exclamation mark before a space. */
const sentenceEndRe = /[.!?][*_)\]"”’]*\s+/g;
/**
 * A noun that reports words, close before the quotation: "Dario Amodei's remark that “…”", "his
 * words, “…”", "quotes Graham's line: “…”", "the CEO's warning that “…”".
 * Example: speechNounRe.test("Includes Dario Amodei's remark that ") is true.
 */
const speechNounRe = new RegExp(String.raw`\b${speechNoun}\b[^"“”«»„\r\n]{0,20}$`, 'i');

/**
 * Of the quotation pairs of a reference entry, those that report someone's words in the entry's
 * annotation, not a title: a verb of saying or a noun of speech before the mark in its sentence
 * (`- CNN. (2026). *Anthropic releases …*. Includes Dario Amodei's remark that "We did not …"`,
 * `… Dario Amodei told CNN that "…"`). A title in quotation marks opens its sentence or follows the
 * authors and year with no such word (`Fortune. 2026. "Anthropic accidentally leaked …"`), and
 * words quoted inside an emphasised or linked title (`*DOD says Anthropic's 'red lines' make it an
 * 'unacceptable risk …'*`) are the title's.
 * Example: for `CNN. *Title*. Includes Graham's remark that "we did not feel comfortable"`, the pair is kept.
 */
export function reportedInEntry(mask: string, start: number, pairs: readonly QuotePair[]): QuotePair[] {
  const out: QuotePair[] = [];
  for (const p of pairs) {
    const before = mask.slice(Math.max(start, p.open - window), p.open);
    let from = 0;
    sentenceEndRe.lastIndex = 0;
    for (let m = sentenceEndRe.exec(before); m; m = sentenceEndRe.exec(before)) from = m.index + m[0].length;
    const sentence = before.slice(from);
    if (insideTitle(sentence)) continue;
    if (speechNounRe.test(sentence) || holdsVerbOfSaying(sentence)) out.push(p);
  }
  return out;
}

/** Whether words that run up to a quotation mark leave an emphasis or a link's text open: the mark is in a title. */
function insideTitle(sentence: string): boolean {
  let stars = 0;
  let unders = 0;
  let brackets = 0;
  for (const c of sentence) {
    if (c === '*') stars++;
    else if (c === '_') unders++;
    else if (c === '[') brackets++;
    else if (c === ']') brackets--;
  }
  return stars % 2 === 1 || unders % 2 === 1 || brackets > 0;
}
