import type { Position, Range, Span } from '../types';

/** How many line breaks ("\r\n", "\n" or "\r", as `LineIndex` counts them) `text` holds. */
export function countLineBreaks(text: string): number {
  let n = 0;
  if (text.indexOf('\r') < 0) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
    return n;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    if (c === 10 || c === 13) n++;
  }
  return n;
}

/**
 * Converts UTF-16 offsets of a text to line/character positions as VS Code counts them:
 * lines end at "\r\n", "\n" or "\r"; characters are UTF-16 code units.
 */
export class LineIndex {
  /** Offset at which each line starts. */
  readonly lineStarts: number[];
  /**
   * Offset at which each line's line break starts (the text's length for the last line):
   * kept, because reading the text around each position asked for costs a cache miss each
   * in a large document.
   */
  private readonly lineEnds: number[];

  constructor(readonly text: string) {
    const starts = [0];
    const ends: number[] = [];
    // No match objects: a draft has tens of thousands of lines. Most texts have no "\r",
    // and indexOf finds each "\n" fastest.
    if (text.indexOf('\r') < 0) {
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
        ends.push(i);
        starts.push(i + 1);
      }
    } else {
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c !== 10 && c !== 13) continue;
        ends.push(i);
        if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    ends.push(text.length);
    this.lineStarts = starts;
    this.lineEnds = ends;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** Offset just past the last character of `line`, before its line break. */
  lineEnd(line: number): number {
    return line + 1 >= this.lineEnds.length ? this.text.length : this.lineEnds[Math.max(0, line)];
  }

  lineText(line: number): string {
    return this.text.slice(this.lineStarts[line], this.lineEnd(line));
  }

  /** The line of the last answer: look-ups mostly come in document order. */
  private lastLine = 0;

  lineOf(offset: number): number {
    const starts = this.lineStarts;
    const count = starts.length;
    // The line of the last answer, or the next one; else a search that gallops out from the
    // last answer (a block's sentences come after its entity names, back a few lines), then
    // halves the interval it found.
    const last = this.lastLine;
    let lo: number;
    let hi: number;
    if (starts[last] <= offset) {
      if (last + 1 >= count || offset < starts[last + 1]) return last;
      if (last + 2 >= count || offset < starts[last + 2]) return (this.lastLine = last + 1);
      lo = last + 2;
      for (let step = 2; lo + step < count && starts[lo + step] <= offset; step <<= 1) lo += step;
      hi = Math.min(count - 1, lo + (lo - last));
    } else {
      hi = last - 1;
      for (let step = 1; hi - step >= 0 && starts[hi - step] > offset; step <<= 1) hi -= step;
      lo = Math.max(0, hi - (last - hi) - 1);
    }
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    this.lastLine = lo;
    return lo;
  }

  position(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineOf(o);
    return { line, character: Math.min(o, this.lineEnd(line)) - this.lineStarts[line] };
  }

  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(end) };
  }

  offset(position: Position): number {
    const line = Math.max(0, Math.min(position.line, this.lineStarts.length - 1));
    return Math.min(this.lineStarts[line] + Math.max(0, position.character), this.lineEnd(line));
  }

  spanRange(span: Span): Range {
    return this.range(span.start, span.end);
  }
}
