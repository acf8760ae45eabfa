import type { Block } from '../markdown/structure';
import type { EntityMention } from '../types';
import { firstAtOrAfter } from '../util/search';
import { titleByPlace } from './titleByPlace';
import { termByUse } from './termByUse';

/**
 * Whether quotation marks hold a name or a title rather than someone's words: a name of the
 * fact base (`"Claude Mythos Preview"`), a heading of the same document (`read "What actually
 * happened?" below`), or the title of a reference of the document or a source of the fact base
 * (`the post "Project Glasswing: Securing Critical Software for the AI Era"`), or a title by
 * where it stands, a link's whole text or the first words of a reading list's item (see
 * `titleByPlace`), or words inside a link whose whole text is such a title (`[DOD Says …'s 'Red
 * Lines' Make It an 'Unacceptable Risk to National Security'](https://…)`), or a term by how its
 * sentence uses it: one a definition defines, a clause of the document quoted by its label, a
 * poll's option (see `termByUse`). Such a span is a term, as a short one is, and no quotation.
 *
 * Built once per analysis; `titles` are the reference and source titles. The heading that holds
 * the quotation itself does not count (`## "We cannot accede"` quotes), nor does a heading that
 * holds quotation marks; and words on record (`onRecord`) are always a quotation, whatever
 * heading or title they equal.
 */
export function namedInQuotes(
  text: string,
  mask: string,
  blocks: readonly Block[],
  entities: readonly EntityMention[],
  titles: readonly string[],
  onRecord: readonly string[],
): (innerStart: number, innerEnd: number, inner: string) => boolean {
  let headings: Map<string, number> | undefined;
  let titleSet: Set<string> | undefined;
  let recordSet: Set<string> | undefined;
  const titleHere = titleByPlace(text, mask, blocks);
  const termHere = termByUse(text, mask, blocks, entities);
  return (innerStart, innerEnd, inner) => {
    if (isOneMention(mask, entities, innerStart, innerEnd)) return true;
    const key = normalize(inner);
    if (!key) return false;
    titleSet ??= new Set(titles.map(normalize).filter((t) => t.length > 0));
    // Words quoted inside a title, as a link's text gives it, are the title's (words on record included:
    // the headline quotes them), not a quotation.
    const linkText = enclosingLinkText(text, innerStart - 1, innerEnd);
    if (linkText !== undefined && titleSet.has(normalize(linkText))) return true;
    recordSet ??= new Set(onRecord.map(normalize));
    if (recordSet.has(key)) return false;
    if (titleSet.has(key)) return true;
    // A link's whole text, or the first words of a reading list's item: a title by where it stands.
    if (titleHere(innerStart - 1, innerEnd)) return true;
    if (termHere(innerStart - 1, innerEnd)) return true;
    if (!headings) {
      headings = new Map();
      for (let b = 0; b < blocks.length; b++) {
        if (blocks[b].kind !== 'heading') continue;
        const heading = mask.slice(blocks[b].start, blocks[b].end);
        if (!quoteMarkRe.test(heading)) headings.set(normalize(heading), b);
      }
    }
    const b = headings.get(key);
    return b !== undefined && !(blocks[b].start <= innerStart && innerStart < blocks[b].end);
  };
}

/** How far from a quotation's marks the brackets of a link's text around it are looked for. */
const linkReach = 300;

/**
 * The text of the link whose brackets hold the marks at `open` and `close` (`[… 'Red Lines' …](https://…)`,
 * `[…][ref]`), when the marks stand inside one; else undefined.
 */
function enclosingLinkText(text: string, open: number, close: number): string | undefined {
  let from = open - 1;
  const floor = Math.max(0, open - linkReach);
  while (from >= floor && text[from] !== '[' && text[from] !== ']' && text[from] !== '\n') from--;
  if (from < floor || text[from] !== '[') return undefined;
  let to = close + 1;
  const ceiling = Math.min(text.length, close + linkReach);
  while (to < ceiling && text[to] !== ']' && text[to] !== '[' && text[to] !== '\n') to++;
  if (to >= ceiling || text[to] !== ']' || (text[to + 1] !== '(' && text[to + 1] !== '[')) return undefined;
  return text.slice(from + 1, to);
}

/** Whether one entity mention covers [start, end), but for spaces and punctuation around it. */
function isOneMention(mask: string, entities: readonly EntityMention[], start: number, end: number): boolean {
  const k = firstAtOrAfter(entities, start, (e) => e.span.start);
  const m = entities[k];
  if (!m || m.span.end > end) return false;
  return onlyPunctuation(mask, start, m.span.start) && onlyPunctuation(mask, m.span.end, end);
}

function onlyPunctuation(mask: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = mask.charCodeAt(i);
    if (!(c <= 32 || c === 0x2c || c === 0x2e || c === 0x3a || c === 0x3b || c === 0x21 || c === 0x3f || c === 0x2a || c === 0x5f)) return false;
  }
  return true;
}

const edgeChars = new Set(' \t\n\r"“”‘’\'«»‹›„*_#.,:;!?()[]—–-'.split(''));

const marksRe = /["“”‘’'«»‹›„*_]/g;
/** A quotation mark (not an apostrophe): a heading that holds one quotes. */
const quoteMarkRe = /["“”«»‹›„]/;

/** Lowercase, single-spaced, without quotation marks and emphasis, and without punctuation around it. */
function normalize(s: string): string {
  let from = 0;
  let to = s.length;
  while (from < to && edgeChars.has(s[from])) from++;
  while (to > from && edgeChars.has(s[to - 1])) to--;
  return s.slice(from, to).replace(marksRe, '').replace(/\s+/g, ' ').toLowerCase();
}
