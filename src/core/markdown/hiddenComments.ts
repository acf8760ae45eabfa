/**
 * Comments that span paragraphs: Obsidian's `%% … %%` and MDX's `{/* … *\/}` opened at the
 * start of a line and closed after a blank line. A blank line ends a paragraph, so the inline
 * reading of these comments (see inlineMask) never sees both ends; they are found here, over
 * the whole text, before it is parsed. Fenced code is skipped: `%%` opens a MATLAB cell there.
 */

/** The text with each such comment blanked (line breaks kept, so offsets and lines stay), and the comments' ranges. */
export interface HiddenComments {
  readonly text: string;
  /** Flat `[start, end, …]` offsets of the comments, in order. */
  readonly ranges: readonly number[];
}

const opener = /^ {0,3}(%%|\{\/\*)/;
const fence = /^ {0,3}(`{3,}|~{3,})/;
const blankLine = /\n[ \t]*\r?\n/g;

export function hideComments(text: string): HiddenComments | undefined {
  if (!text.includes('%%') && !text.includes('{/*')) return undefined;
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
        const close = o[1] === '%%' ? '%%' : '*/}';
        const from = lineStart + o[0].length;
        const at = nextClose(close, from);
        const end = at < 0 ? -1 : at + close.length;
        const blank = end > 0 ? nextBlank(from) : -1;
        if (end > 0 && blank >= 0 && blank < at) {
          ranges.push(lineStart + o[0].length - o[1].length, end);
          lineStart = end;
          continue;
        }
      }
    }
    lineStart = lineEnd + 1;
  }
  if (!ranges.length) return undefined;
  let out = '';
  let at = 0;
  for (let k = 0; k < ranges.length; k += 2) {
    out += text.slice(at, ranges[k]) + text.slice(ranges[k], ranges[k + 1]).replace(/[^\r\n]/g, ' ');
    at = ranges[k + 1];
  }
  return { text: out + text.slice(at), ranges };
}
