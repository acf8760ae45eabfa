import { parseBlocks, type Token } from './parser';
import { countLineBreaks } from '../text/lineIndex';

/**
 * markdown-it's block parse of a document, one *section* at a time, so that an analysis cache
 * can keep the tokens of the sections an edit did not touch. The tokens, with their line
 * maps moved to the document's lines, are exactly those of parsing the whole text at once
 * (a property test holds it to that).
 *
 * A section starts at an ATX heading at the start of a line after a blank line. There the
 * parser is between blocks, whatever came before: a blank line ends paragraphs, tables and
 * HTML blocks of kinds 6 and 7, and a line that is neither indented nor a list item ends
 * every list, block quote and indented code block. Only two things run on past both: a
 * fenced code block and an HTML block of kinds 1–5 (`<!--`, `<script>`, …) that are not
 * closed yet. Parsed alone, such a section ends with one of them running to its last line;
 * it is then parsed together with the next one instead.
 *
 * The work stays linear in the text whatever it holds: a section is at least 1,024
 * characters long (100,000 one-line headings make a few hundred sections, not 100,000
 * parses), and after 16 sections parsed together the rest of the text is parsed at
 * once (an unclosed fence before thousands of headings would otherwise be parsed again with
 * each of them).
 */

/** Where a section may start: right after a blank line, at a `#` heading. */
const sectionStart = /(?:\r\n|\n|\r)[ \t]*(?:\r\n|\n|\r)(?=#{1,6}(?:[ \t\r\n]|$))/g;
export interface SectionLimits {
  /** The shortest section, in characters. */
  readonly minSection: number;
  /** Sections parsed together, at most, before the rest of the text is parsed at once. */
  readonly maxMerges: number;
}

const defaultLimits: SectionLimits = { minSection: 1024, maxMerges: 16 };

/** A section's tokens, with line maps counted from the section's first line, and its line count. */
export interface ParsedSection {
  readonly tokens: readonly Token[];
  readonly lines: number;
}

/** How sections are parsed: the cache's lookup by section text, or a plain parse. */
export type SectionParser = (section: string, parse: () => ParsedSection) => ParsedSection;

export function parseSection(section: string): ParsedSection {
  return { tokens: parseBlocks(section), lines: countLineBreaks(section) };
}

/** True when a fence or HTML block reaches the end of the section: it may go on past it. */
function runsOn(parsed: ParsedSection): boolean {
  // Nested ones too, though a container ends them at the next section's heading: cheap, and safe.
  return parsed.tokens.some((t) => (t.type === 'fence' || t.type === 'html_block') && t.map !== null && t.map[1] >= parsed.lines);
}

/** Offsets at which sections start after the first, at least `minSection` apart. */
function sectionStarts(text: string, minSection: number): number[] {
  const starts: number[] = [];
  let last = 0;
  sectionStart.lastIndex = Math.max(0, minSection - 1);
  let m: RegExpExecArray | null;
  while ((m = sectionStart.exec(text))) {
    const at = m.index + m[0].length;
    if (at - last < minSection) continue;
    starts.push(at);
    last = at;
    sectionStart.lastIndex = Math.max(sectionStart.lastIndex, at + minSection - 1);
  }
  return starts;
}

/**
 * A copy of a token with its line map moved down by `lineOffset` lines; the cached token is
 * left as it is. Its fields are copied by name: markdown-it's constructor defines each field
 * through a helper, and copying from it generically costs as much again.
 */
function moved(t: Token, lineOffset: number): Token {
  if (!t.map) return t;
  const copy: Token = Object.create(Object.getPrototypeOf(t) as object);
  copy.type = t.type;
  copy.tag = t.tag;
  copy.attrs = t.attrs;
  copy.map = [t.map[0] + lineOffset, t.map[1] + lineOffset];
  copy.nesting = t.nesting;
  copy.level = t.level;
  copy.children = t.children;
  copy.content = t.content;
  copy.markup = t.markup;
  copy.info = t.info;
  copy.meta = t.meta;
  copy.block = t.block;
  copy.hidden = t.hidden;
  return copy;
}

/**
 * The block tokens of `text`, parsed section by section through `parse`; `text` starts at
 * line `firstLine` of the document (token maps count from there, as `parseBlocks`' do).
 * `limits` are for tests, which need sections of a few characters.
 */
export function parseBlocksBySection(text: string, parse: SectionParser, firstLine = 0, limits: SectionLimits = defaultLimits): Token[] {
  const { minSection, maxMerges } = limits;
  const starts = sectionStarts(text, minSection);
  starts.push(text.length);
  const tokens: Token[] = [];
  let from = 0;
  let line = firstLine;
  let merges = 0;
  for (let k = 0; k < starts.length; k++) {
    // Too many sections cut inside one fence or HTML block: the rest of the text at once.
    if (merges === maxMerges) k = starts.length - 1;
    const to = starts[k];
    const source = text.slice(from, to);
    const parsed = parse(source, () => parseSection(source));
    // Cut inside a fence or an HTML block: parse it with the next section instead.
    if (k < starts.length - 1 && runsOn(parsed)) {
      merges++;
      continue;
    }
    for (const t of parsed.tokens) tokens.push(line === 0 ? t : moved(t, line));
    line += parsed.lines;
    from = to;
    merges = 0;
  }
  return tokens;
}
