import { isSpace, isWordChar } from '../text/words';

/** A matched pair of quotation marks (outermost only; nested quotes are part of it). */
export interface QuotePair {
  readonly open: number;
  /** Offset of the closing mark. */
  readonly close: number;
}

/** A quotation mark with no partner in its paragraph. */
export interface StrayMark {
  readonly at: number;
  readonly mark: string;
  readonly role: 'open' | 'close';
}

type Family = 'double' | 'single' | 'guillemet' | 'low-double' | 'low-single';

interface Open {
  readonly at: number;
  readonly family: Family;
  readonly mark: string;
}

/** " ' “ ” ‘ ’ « » „ ‚ (below « only " and ' are marks: one comparison rules out most characters) */
function isMarkCode(c: number): boolean {
  if (c < 0xab) return c === 34 || c === 39;
  return c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0xab || c === 0xbb || c === 0x201e || c === 0x201a;
}
/** Marks whose opening partner is the given family. */
function closes(mark: string, family: Family): boolean {
  switch (mark) {
    case '"':
      return family === 'double';
    case '”':
      return family === 'double' || family === 'low-double';
    case '“':
      return family === 'low-double';
    case "'":
    case '’':
      return family === 'single' || family === 'low-single';
    case '‘':
      return family === 'low-single';
    case '»':
      return family === 'guillemet';
    default:
      return false;
  }
}

/** Whether a mark of family `a` or `b` is open. */
function hasFamily(stack: readonly Open[], a: Family, b: Family): boolean {
  for (let k = 0; k < stack.length; k++) if (stack[k].family === a || stack[k].family === b) return true;
  return false;
}

/** What may stand right before an opening single quote. */
const opensBefore = /[([{\-—–"“‘«„/]/;
/** After an apostrophe: ’90s, 'tis, 'em… are elisions, not quotations. */
const elision = /^\d\ds\b|^(?:tis|twas|em|cause|til)\b/i;

/**
 * Scan one paragraph (masked text between `start` and `end`) for quotations.
 * Apostrophes inside or after words (don't, Anthropic's, companies') are not marks;
 * a straight double quote opens when none is open and closes when one is.
 */
export function scanQuotes(mask: string, start: number, end: number, pairs: QuotePair[], strays: StrayMark[]): void {
  const stack: Open[] = [];
  // A character loop bounded by the block: a regex search would run past `end` to the next
  // mark anywhere in the document, once per block.
  for (let at = start; at < end; at++) {
    const code = mask.charCodeAt(at);
    if (!isMarkCode(code)) continue;
    const mark = mask[at];
    const prev = at > start ? mask[at - 1] : undefined;
    const next = at + 1 < end ? mask[at + 1] : undefined;
    const prevWord = isWordChar(prev);
    const nextWord = isWordChar(next);
    let role: 'open' | 'close' | 'none';
    let family: Family = 'double';
    switch (mark) {
      case '"': {
        const hasOpen = hasFamily(stack, 'double', 'double');
        if (hasOpen) role = 'close';
        else if (isSpace(next)) role = isSpace(prev) ? 'none' : 'close';
        else role = 'open';
        break;
      }
      case "'":
      case '’': {
        const hasOpen = hasFamily(stack, 'single', 'low-single');
        if (prevWord && nextWord) role = 'none'; // don't, Anthropic's
        else if (!prevWord && nextWord && !isSpace(prev) && prev !== undefined && !opensBefore.test(prev)) role = 'none';
        else if (!prevWord && nextWord) {
          // 'Capybara' opens; ’90s and 'tis are elisions; a curly ’ rarely opens.
          const rest = mask.slice(at + 1, at + 5);
          role = mark === '’' || elision.test(rest) ? 'none' : 'open';
          family = 'single';
        } else if (!nextWord && !isSpace(prev) && prev !== undefined) role = hasOpen ? 'close' : 'none'; // companies' = apostrophe
        else role = 'none';
        break;
      }
      case '‘':
        if (stack.length && stack[stack.length - 1].family === 'low-single') role = 'close';
        else if (prevWord && nextWord) role = 'none';
        else {
          role = isSpace(next) ? 'none' : 'open';
          family = 'single';
        }
        break;
      case '“':
        if (stack.length && stack[stack.length - 1].family === 'low-double') role = 'close';
        else role = 'open';
        break;
      case '”':
        role = 'close';
        break;
      case '«':
        role = 'open';
        family = 'guillemet';
        break;
      case '»':
        role = hasFamily(stack, 'guillemet', 'guillemet') ? 'close' : 'none';
        break;
      case '„':
        role = 'open';
        family = 'low-double';
        break;
      case '‚':
        role = prevWord ? 'none' : 'open'; // a low single mark after a word is a comma-like glyph
        family = 'low-single';
        break;
      default:
        role = 'none';
    }
    if (role === 'open') {
      stack.push({ at, family, mark });
    } else if (role === 'close') {
      let k = stack.length - 1;
      while (k >= 0 && !closes(mark, stack[k].family)) k--;
      if (k < 0) {
        if (mark !== "'" && mark !== '’') strays.push({ at, mark, role: 'close' });
        continue;
      }
      // Marks left open inside the pair: single ones were apostrophes; report double ones.
      for (let j = stack.length - 1; j > k; j--) {
        if (stack[j].family !== 'single') strays.push({ at: stack[j].at, mark: stack[j].mark, role: 'open' });
      }
      const opener = stack[k];
      stack.length = k;
      if (k === 0) pairs.push({ open: opener.at, close: at });
    }
  }
  for (const o of stack) {
    // An unclosed straight single quote is most often an apostrophe ('cause): not reported.
    if (o.mark !== "'") strays.push({ at: o.at, mark: o.mark, role: 'open' });
  }
}
