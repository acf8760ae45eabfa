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

/**
 * `guillemet` is « … » (French, Swiss, Italian…); `reversed-guillemet` is » … « (German,
 * Danish), and also » … » (Swedish, Finnish), told apart by the mark that opened. The single
 * guillemets ‹ … › and › … ‹ are the same pairs in their single form (`single-guillemet`,
 * `reversed-single-guillemet`), read the same way.
 */
type Family = 'double' | 'single' | 'guillemet' | 'reversed-guillemet' | 'single-guillemet' | 'reversed-single-guillemet' | 'low-double' | 'low-single';

interface Open {
  readonly at: number;
  readonly family: Family;
  readonly mark: string;
}

/** " ' “ ” ‘ ’ « » ‹ › „ ‚ (below « only " and ' are marks: one comparison rules out most characters) */
function isMarkCode(c: number): boolean {
  if (c < 0xab) return c === 34 || c === 39;
  return c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0xab || c === 0xbb || c === 0x2039 || c === 0x203a || c === 0x201e || c === 0x201a;
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
      return family === 'guillemet' || family === 'reversed-guillemet';
    case '«':
      return family === 'reversed-guillemet';
    case '›':
      return family === 'single-guillemet' || family === 'reversed-single-guillemet';
    case '‹':
      return family === 'reversed-single-guillemet';
    default:
      return false;
  }
}

const families: readonly Family[] = ['double', 'single', 'guillemet', 'reversed-guillemet', 'single-guillemet', 'reversed-single-guillemet', 'low-double', 'low-single'];

/**
 * The marks open in a paragraph, innermost last, with a count per family: whether a family
 * is open, or whether a closing mark has a partner at all, is answered at once however many
 * marks are open (a paragraph of thousands of “ and ' made each ' look through all of them).
 */
class OpenMarks {
  readonly items: Open[] = [];
  private readonly counts: Record<Family, number> = {
    double: 0,
    single: 0,
    guillemet: 0,
    'reversed-guillemet': 0,
    'single-guillemet': 0,
    'reversed-single-guillemet': 0,
    'low-double': 0,
    'low-single': 0,
  };

  /** Whether a mark of family `a` or `b` is open. */
  has(a: Family, b: Family = a): boolean {
    return this.counts[a] > 0 || this.counts[b] > 0;
  }

  top(): Open | undefined {
    return this.items[this.items.length - 1];
  }

  push(open: Open): void {
    this.items.push(open);
    this.counts[open.family]++;
  }

  /** Index of the innermost open mark that `mark` closes, or -1. */
  partnerOf(mark: string): number {
    if (!families.some((f) => this.counts[f] > 0 && closes(mark, f))) return -1;
    let k = this.items.length - 1;
    while (k >= 0 && !closes(mark, this.items[k].family)) k--;
    return k;
  }

  /** Drops the marks from index `k` on (each mark is dropped once: the searches above stay linear). */
  cut(k: number): void {
    for (let j = k; j < this.items.length; j++) this.counts[this.items[j].family]--;
    this.items.length = k;
  }
}

/**
 * Whether a straight double quote can only open: white space or the paragraph's start before
 * it, a letter or digit after it. (One between two words, or after a word, closes.)
 */
function opensStraight(prev: string | undefined, next: string | undefined): boolean {
  return (prev === undefined || isSpace(prev)) && isWordChar(next);
}

/** What may stand right before an opening single quote. */
const opensBefore = /[([{\-—–"“‘«»‹›„/]/;
/** After an apostrophe: ’90s, 'tis, 'em… are elisions, not quotations. */
const elision = /^\d\ds\b|^(?:tis|twas|em|cause|til)\b/i;

/** What may stand right before a closing mark that hugs its quotation: a word or its punctuation ("low«", "generally.«"). */
const closesAfter = /[\p{L}\p{N}.,;!?…)\]'’"”]/u;

/** Whether a mark stands right after a word or its punctuation with no word after it: "low« said", "låg»." */
function hugsWordBefore(prev: string | undefined, next: string | undefined): boolean {
  return prev !== undefined && closesAfter.test(prev) && !isWordChar(next);
}

/**
 * The role of a « (or ‹, with `reversed` its single family): it closes a German » … « quotation
 * that is open, unless it opens a word after a space ("»sie nannten es «sehr gering» und
 * gingen«" nests a French pair), or one never opened when it hugs the word before it and no word
 * follows ("very low« said"); otherwise it opens a French « … » quotation ("« Bonjour »", "(«Bonjour»)").
 */
function guillemetLeft(open: OpenMarks, prev: string | undefined, next: string | undefined, reversed: Family): 'open' | 'close' {
  if (open.has(reversed)) return (prev === undefined || isSpace(prev)) && isWordChar(next) ? 'open' : 'close';
  return hugsWordBefore(prev, next) ? 'close' : 'open';
}

/**
 * The role of a » (or ›, with `forward` and `reversed` its single families): it closes a French
 * « … » quotation that is open; a German » … « or Swedish » … » one that is open when it hugs the
 * word before it ("»mycket låg»"); otherwise it opens a German one when a word or mark follows it
 * ("»very low«"). Between spaces ("Home » Settings") it is no quotation mark.
 */
function guillemetRight(open: OpenMarks, prev: string | undefined, next: string | undefined, forward: Family, reversed: Family): 'open' | 'close' | 'none' {
  if (open.has(forward)) return 'close';
  if (open.has(reversed) && hugsWordBefore(prev, next)) return 'close';
  return next !== undefined && !isSpace(next) ? 'open' : 'none';
}

/**
 * Scan one paragraph (masked text between `start` and `end`) for quotations.
 * Apostrophes inside or after words (don't, Anthropic's, companies') are not marks;
 * a straight double quote opens when none is open and closes when one is.
 */
export function scanQuotes(mask: string, start: number, end: number, pairs: QuotePair[], strays: StrayMark[]): void {
  const open = new OpenMarks();
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
        const hasOpen = open.has('double');
        if (hasOpen && opensStraight(prev, next)) {
          // ` "very` opens while a straight quotation is open: that one was never closed
          // (`said "never had it. He asked if "very low"`), not closed here.
          const k = open.partnerOf(mark);
          for (let j = k; j < open.items.length; j++) if (open.items[j].family !== 'single') strays.push({ at: open.items[j].at, mark: open.items[j].mark, role: 'open' });
          open.cut(k);
          role = 'open';
        } else if (hasOpen) role = 'close';
        else if (isSpace(next)) role = isSpace(prev) ? 'none' : 'close';
        else role = 'open';
        break;
      }
      case "'":
      case '’': {
        const hasOpen = open.has('single', 'low-single');
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
        if (open.top()?.family === 'low-single') role = 'close';
        else if (prevWord && nextWord) role = 'none';
        else {
          role = isSpace(next) ? 'none' : 'open';
          family = 'single';
        }
        break;
      case '“':
        if (open.top()?.family === 'low-double') role = 'close';
        else role = 'open';
        break;
      case '”':
        role = 'close';
        break;
      case '«':
        role = guillemetLeft(open, prev, next, 'reversed-guillemet');
        family = 'guillemet';
        break;
      case '»':
        role = guillemetRight(open, prev, next, 'guillemet', 'reversed-guillemet');
        family = 'reversed-guillemet';
        break;
      case '‹':
        role = guillemetLeft(open, prev, next, 'reversed-single-guillemet');
        family = 'single-guillemet';
        break;
      case '›':
        role = guillemetRight(open, prev, next, 'single-guillemet', 'reversed-single-guillemet');
        family = 'reversed-single-guillemet';
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
      open.push({ at, family, mark });
    } else if (role === 'close') {
      const k = open.partnerOf(mark);
      if (k < 0) {
        if (mark !== "'" && mark !== '’') strays.push({ at, mark, role: 'close' });
        continue;
      }
      // Marks left open inside the pair: single ones were apostrophes; report double ones.
      const items = open.items;
      for (let j = items.length - 1; j > k; j--) {
        if (items[j].family !== 'single') strays.push({ at: items[j].at, mark: items[j].mark, role: 'open' });
      }
      const opener = items[k];
      open.cut(k);
      if (k === 0) pairs.push({ open: opener.at, close: at });
    }
  }
  for (const o of open.items) {
    // An unclosed straight single quote is most often an apostrophe ('cause): not reported.
    if (o.mark !== "'") strays.push({ at: o.at, mark: o.mark, role: 'open' });
  }
}
