import type { Claim, ClaimValue } from '../types';
import { headerUnit, type HeaderUnit } from './headerUnit';
import { littleWords } from './countedNoun';

/**
 * A figure set first and glossed after a dash, as "By the numbers" lists and fact boxes write
 * them: "- **16** — age in years of the FFmpeg bug it found", "**11** – days between the leak and
 * the launch", "244: pages in the system card". The gloss's first words name the figure's unit as
 * a table's header names its column's ("Age (years)", "Days after the leak"): the 16 is an age of
 * 16 years, not a count that a count of times on record could contradict. Only a bare number that
 * opens its sentence (past emphasis) is read so, and only the words of the gloss up to its first
 * little word ("of", "between", "the"…; "in" only before a unit, "age in years").
 */

/** After the figure: its emphasis closing, then a dash or a colon. */
const glossLead = /[*_]{0,3}[ \t]{0,3}(?:[—–:]|-{1,2})[ \t]{1,3}/y;

/** Before the figure, in its sentence: nothing but emphasis and white space. */
const openingOnly = /^[\s*_]*$/;

/** A figure written as bare digits: "16", "3,000", "93.9". */
const bareDigits = /^\d[\d,]*(?:\.\d+)?$/;

/** A word of the gloss, with the white space before it. */
const glossWord = /[ \t]{0,3}(\p{L}+)(?![\p{L}\p{N}])/uy;

/** The time units a gloss may name after "in" ("age in years", "delay in days"). */
const unitAfterIn = /^(?:days?|weeks?|months?|years?|percent|per|dollars?|euros?)$/i;

/** How many words of the gloss are read for its unit. */
const headWords = 4;

/**
 * The unit the gloss after the claim's opening bare figure gives it (see above), and the figure,
 * or undefined. `text` is the document's; the claim's offsets are in it.
 */
export function glossUnit(claim: Claim, text: string): { readonly index: number; readonly unit: HeaderUnit } | undefined {
  const v = claim.values[0];
  if (!v || v.kind !== 'count' || v.unit !== undefined || v.approx !== undefined || !bareDigits.test(v.text)) return undefined;
  if (!openingOnly.test(text.slice(claim.span.start, v.span.start))) return undefined;
  glossLead.lastIndex = v.span.end;
  if (!glossLead.test(text)) return undefined;
  let at = glossLead.lastIndex;
  const words: string[] = [];
  for (let k = 0; k < headWords; k++) {
    glossWord.lastIndex = at;
    const m = glossWord.exec(text);
    if (!m || m.index + m[0].length > claim.span.end) break;
    const lower = m[1].toLowerCase();
    if (littleWords.has(lower)) {
      // "age in years": "in" before a unit goes on.
      const next = glossWord.exec(text);
      if (lower !== 'in' || !next || !unitAfterIn.test(next[1])) break;
    }
    words.push(m[1]);
    at = m.index + m[0].length;
  }
  if (!words.length) return undefined;
  const unit = headerUnit(words.join(' '));
  return unit ? { index: 0, unit } : undefined;
}

/** The claim with its opening bare figure read in the unit its gloss gives (see `glossUnit`), or the claim itself. */
export function withGlossUnit(claim: Claim, gloss: ReturnType<typeof glossUnit>): Claim {
  if (!gloss) return claim;
  const { index, unit } = gloss;
  const scale = unit.scale ?? 1;
  const values = claim.values.map((v, vi): ClaimValue =>
    vi === index ? { ...v, kind: unit.kind, unit: unit.unit, ...(scale !== 1 && v.number !== undefined ? { number: v.number * scale } : {}) } : v,
  );
  return { ...claim, values };
}
