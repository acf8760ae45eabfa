/**
 * Comments that span paragraphs: Obsidian's `%% … %%` and MDX's `{/* … *\/}` opened at the
 * start of a line and closed after a blank line, and so CriticMarkup's deletions `{-- … --}` and
 * comments `{>> … <<}`, the old side and marks of a substitution `{~~ … ~> … ~~}` and the marks
 * of an addition `{++ … ++}` or a highlight `{== … ==}` (their words are the text). A blank line
 * ends a paragraph, so the inline reading of these (see inlineMask) never sees both ends; they
 * are found here, over the whole text, before it is parsed. Fenced code is skipped: `%%` opens a
 * MATLAB cell there.
 */

/**
 * The text with each such comment blanked (line breaks kept, so offsets and lines stay), and the
 * comments' ranges. The parser reads `parseText`, the same but for a comment that closes in
 * mid-line before text ("… old words --} New text."): it is blanked there only up to the start of
 * that line, so that the text after it starts its line as written (blanks and then text would be
 * indented code).
 */
export interface HiddenComments {
  readonly text: string;
  readonly parseText: string;
  /** Flat `[start, end, …]` offsets of the comments, in order. */
  readonly ranges: readonly number[];
}

/** `text` with the flat ranges `ranges` (in order) blanked, line breaks kept. */
function blankRanges(text: string, ranges: readonly number[]): string {
  let out = '';
  let at = 0;
  for (let k = 0; k < ranges.length; k += 2) {
    out += text.slice(at, ranges[k]) + text.slice(ranges[k], ranges[k + 1]).replace(/[^\r\n]/g, ' ');
    at = ranges[k + 1];
  }
  return out + text.slice(at);
}

const opener = /^ {0,3}(%%|\{\/\*|\{--|\{>>|\{~~|\{\+\+|\{==)/;
/** The close of each opener. */
const closes: Readonly<Record<string, string>> = { '%%': '%%', '{/*': '*/}', '{--': '--}', '{>>': '<<}', '{~~': '~~}', '{++': '++}', '{==': '==}' };
/**
 * Whether a line of `text` may open one: an opening mark after at most three spaces at a line's
 * start (the lines are read only then). Each mark is looked up where it stands, not line by line.
 */
function opensALine(text: string): boolean {
  for (const mark in closes) {
    for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 1)) {
      let k = at;
      while (k > 0 && at - k < 3 && text.charCodeAt(k - 1) === 32) k--;
      if (k === 0 || text.charCodeAt(k - 1) === 10) return true;
    }
  }
  return false;
}
const fence = /^ {0,3}(`{3,}|~{3,})/;
const blankLine = /\n[ \t]*\r?\n/g;

export function hideComments(text: string): HiddenComments | undefined {
  if (!opensALine(text)) return undefined;
  const ranges: number[] = [];
  // The last searches, reused while they still lie ahead: a text of many openers that never
  // close, or close far on, is read once, not once per opener.
  const closeAt = new Map<string, number>();
  let blankAt = -2;
  /** The first `close` at or after `from`, or -1. */
  const nextClose = (close: string, from: number): number => {
    const known = closeAt.get(close);
    if (known !== undefined && (known === -1 || known >= from)) return known;
    const at = text.indexOf(close, from);
    closeAt.set(close, at);
    return at;
  };
  /** The first blank line at or after `from`, or -1. */
  const nextBlank = (from: number): number => {
    if (blankAt === -1 || blankAt >= from) return blankAt;
    blankLine.lastIndex = from;
    blankAt = blankLine.exec(text)?.index ?? -1;
    return blankAt;
  };
  let inFence: string | undefined;
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, Math.min(lineEnd, lineStart + 200));
    const f = fence.exec(line);
    if (inFence !== undefined) {
      if (f && f[1][0] === inFence[0] && f[1].length >= inFence.length && line.slice(f[0].length).trim() === '') inFence = undefined;
    } else if (f) {
      inFence = f[1];
    } else {
      const o = opener.exec(line);
      if (o) {
        const mark = o[1];
        const close = closes[mark];
        const from = lineStart + o[0].length;
        const open = from - mark.length;
        const at = nextClose(close, from);
        const end = at < 0 ? -1 : at + close.length;
        const blank = end > 0 ? nextBlank(from) : -1;
        const arrow = mark === '{~~' && end > 0 ? nextClose('~>', from) : -1;
        if (end > 0 && blank >= 0 && blank < at && (mark !== '{~~' || (arrow >= 0 && arrow < at))) {
          // A comment or a deletion whole; a substitution's old side and marks; an addition's or a highlight's marks.
          if (mark === '{~~') ranges.push(open, arrow + 2, at, end);
          else if (mark === '{++' || mark === '{==') ranges.push(open, from, at, end);
          else ranges.push(open, end);
          lineStart = end;
          continue;
        }
      }
    }
    lineStart = lineEnd + 1;
  }
  if (!ranges.length) return undefined;
  // What the parser sees blanked: each comment, but the last line of one followed by text.
  const blanked: number[] = [];
  const tails: number[] = [];
  for (let k = 0; k < ranges.length; k += 2) {
    const start = ranges[k];
    const end = ranges[k + 1];
    const lastLine = text.lastIndexOf('\n', end - 1) + 1;
    if (lastLine > start && textFollows(text, end)) {
      blanked.push(start, lastLine);
      tails.push(lastLine, end);
    } else blanked.push(start, end);
  }
  const parseText = blankRanges(text, blanked);
  return { text: tails.length ? blankRanges(parseText, tails) : parseText, parseText, ranges };
}

/** Whether the line goes on with text after `at`. */
function textFollows(text: string, at: number): boolean {
  for (let i = at; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return false;
    if (c !== 32 && c !== 9) return true;
  }
  return false;
}
