/**
 * Inline non-prose inside a block, found as ranges for the mask to blank: code spans, HTML
 * comments and tags, MDX comments (`{/* … *\/}`), autolinks, raw URLs, link and image
 * destinations (not alt text, unless it is only a Marp directive such as `bg right:40%`),
 * the targets of wikilinks and embeds (`[[Page]]`, `![[chart.png]]`; an alias, `[[Page|alias]]`,
 * is the link's visible text), math, backslash escapes, template tags on one line
 * (`{{< tweet id="190…" >}}`, `{% include x %}`, `{{ page.title }}`: Hugo, Jekyll/Liquid,
 * Jinja). Suppression comments found on the way are collected.
 *
 * Deleted text and a reviewer's notes are no prose either, as an HTML comment is not: GFM
 * strikethrough (`~~old words~~`, see strikethrough), the content of `<del>`, `<s>` and
 * `<strike>` with their tags (an element left open runs to the end of the block, as a browser
 * closes it there), and CriticMarkup's deletions `{--old--}`, comments `{>>note<<}` and the old
 * side of a substitution `{~~old~>new~~}`. Of an addition `{++new++}`, a highlight `{==words==}`
 * and a substitution's new side, only the marks are cut: their words are the text.
 */

import { delimiterFlanks, struckRanges } from './strikethrough';
import { pushEditorAsides } from './editorAside';
import { forEachMerged } from '../util/mergedRanges';

export interface Directive {
  readonly kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-line';
  /** Codes named; empty means every code. */
  readonly codes: readonly string[];
  /** Offset of the comment in the text. */
  readonly offset: number;
}

// One left-to-right scan; each alternative is anchored on a distinct first character.
const inlineRe =
  /(`+)|<!--|<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]{0,500})?\/?>|<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]{0,2000}>|<[^\s@<>]{1,200}@[^\s@<>]{1,200}>|(!?)\[\[([^[\]\r\n|]{1,500})(?:\|([^[\]\r\n]{0,500}))?\]\](?![([])|!\[|\]\(|\{\/\*|\\[!-/:-@[-`{-~]|\b(?:https?|ftp):\/\/[^\s<>]{0,2000}|\bwww\.[^\s<>]{1,2000}|\$\$|\$(?=[^\s$])|\{\{[^\r\n{}]{0,1000}\}\}|\{%[^\r\n{}]{0,1000}?%\}|%%|~~+|\{(?:--|>>|~~|\+\+|==)/g;

/** Characters that can start inline non-prose (URLs are tested apart: "w" and ":" are everywhere). */
const prefilter = /[`<!\]\\${~]/;
/** A closing `$` of inline math: not after white space, not before a digit. */
const closingDollar = /[^\s$]\$(?!\d)/g;
/** A suppression comment, as an HTML comment or as an MDX one (`{/* policy-lens-disable-line *\/}`). */
const directiveRe = /(?:<!--|\{\/\*)\s*policy-lens-(disable-next-line|disable-line|disable|enable)\b([^<>{}]*?)(?:-->|\*\/\})/g;
/**
 * Alt text that is only Marp's image directives (`![bg right:40% 80%](…)`, `![w:320 sepia](…)`):
 * keywords, sizes, positions and filters, no words a reader sees.
 */
const marpAlt =
  /^[ \t]*(?:(?:bg|fit|contain|cover|auto|vertical|horizontal|(?:left|right)(?::\d{1,3}(?:\.\d{1,3})?%)?|(?:w|h|width|height):\d{1,5}(?:\.\d{1,3})?(?:px|%|em|rem|pt|cm|mm|in|vw|vh)?|\d{1,4}(?:\.\d{1,3})?%|(?:blur|brightness|contrast|drop-shadow|grayscale|hue-rotate|invert|opacity|saturate|sepia)(?::[^\s\]]{1,60})?)(?:[ \t]+|$))+$/;
/** An image's alt text up to its `](` (no brackets or line breaks inside). */
const altText = /[^[\]\r\n]{1,300}(?=\]\()/y;

/** Suppression comments in `content` (an HTML block or one inline comment) starting at `offset`. */
export function collectDirectives(content: string, offset: number, out: Directive[]): void {
  if (!content.includes('policy-lens-')) return;
  directiveRe.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = directiveRe.exec(content))) {
    out.push({ kind: m[1] as Directive['kind'], codes: m[2].match(/PL\d{3}/g) ?? [], offset: offset + m.index });
  }
}

/**
 * For every `(` of `s`, the index just past the `)` that closes it, or -1 when a blank line or
 * the end comes first (backslash escapes skipped). One pass with a stack: looking each link
 * destination up here, rather than scanning from each `](`, keeps a block of many unclosed
 * `](` linear.
 */
function parenMatches(s: string): Int32Array {
  const close = new Int32Array(s.length).fill(-1);
  const stack: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 92) i++; // backslash
    else if (c === 40) stack.push(i);
    else if (c === 41) {
      const open = stack.pop();
      if (open !== undefined) close[open] = i + 1;
    } else if (c === 10 && s.charCodeAt(i + 1) === 10) stack.length = 0;
  }
  return close;
}

/** Trailing punctuation that GFM leaves outside a bare URL. */
function trimUrl(url: string): string {
  let end = url.length;
  while (end > 0 && /[.,:;!?"'*_~)\]]/.test(url[end - 1])) {
    if (url[end - 1] === ')') {
      const opens = url.slice(0, end).split('(').length - 1;
      const closes = url.slice(0, end).split(')').length - 1;
      if (closes <= opens) break;
    }
    end--;
  }
  return url.slice(0, end);
}

const noCuts: readonly number[] = [];

/** The close of each CriticMarkup mark, by its opening. */
const criticCloses: Readonly<Record<string, string>> = { '{--': '--}', '{>>': '<<}', '{~~': '~~}', '{++': '++}', '{==': '==}' };
/** A deletion element's opening tag, and its name. */
const deletionOpen = /^<(del|s|strike)(?=[\s>])/i;
/** The closing tag of each deletion element, in any case. */
const deletionCloses: Readonly<Record<string, RegExp>> = { del: /<\/del\s*>/gi, s: /<\/s\s*>/gi, strike: /<\/strike\s*>/gi };

/**
 * The first place at or after `from` where a close (a string, or a global regular expression)
 * stands in `s`, with its length; -1 when none. Each close's last answer is kept and reused
 * while it still lies ahead: a block of many openers that never close is searched once, not
 * once per opener (searches start further right each time).
 */
class CloseFinder {
  private readonly last = new Map<string | RegExp, { at: number; length: number }>();

  constructor(private readonly s: string) {}

  find(close: string | RegExp, from: number): { at: number; length: number } {
    const known = this.last.get(close);
    if (known && (known.at === -1 || known.at >= from)) return known;
    let found: { at: number; length: number };
    if (typeof close === 'string') {
      found = { at: this.s.indexOf(close, from), length: close.length };
    } else {
      close.lastIndex = from;
      const m = close.exec(this.s);
      found = m ? { at: m.index, length: m[0].length } : { at: -1, length: 0 };
    }
    this.last.set(close, found);
    return found;
  }
}

/** Flat `[start, end, …]` ranges sorted by start. */
function sortedRanges(ranges: readonly number[]): number[] {
  const pairs: [number, number][] = [];
  for (let k = 0; k < ranges.length; k += 2) pairs.push([ranges[k], ranges[k + 1]]);
  pairs.sort((x, y) => x[0] - y[0]);
  return pairs.flat();
}

/**
 * The union of two lists of ranges, flat `[start, end, …]` and sorted by start: `cuts` disjoint,
 * `more` possibly overlapping one another. Ranges that overlap or touch become one.
 */
export function unionOf(cuts: readonly number[], more: readonly number[]): number[] {
  const out: number[] = [];
  forEachMerged(cuts, more, (a, b) => {
    if (out.length && a <= out[out.length - 1]) out[out.length - 1] = Math.max(out[out.length - 1], b);
    else out.push(a, b);
  });
  return out;
}

/**
 * The inline non-prose of `s` (a block's text from `offset` on, container markers blanked)
 * as ranges to blank, flat `[start, end, start, end, ...]` in text offsets, in order and
 * disjoint. Returning ranges rather than a masked copy lets the caller write the mask once.
 */
export function inlineCuts(s: string, offset: number, directives: Directive[], links?: number[]): readonly number[] {
  const asides = teamAsides(s, offset);
  if (!prefilter.test(s) && !s.includes('://') && !s.includes('www.') && !s.includes('%%')) return asides;
  const cuts = withoutAsides(s, offset, directives, links);
  return asides.length ? unionOf(cuts, asides) : cuts;
}

/**
 * A reviewer's asides to the team in `s` (see `pushEditorAsides`), flat `[start, end, …]` in text
 * offsets: "[Priya: check, I had $200m]", "(I had $200 million)" are notes, as a comment is, whose
 * figures, names and quoted words ("[Priya: I had "much more likely this year" from Axios?]") are
 * no prose of the draft.
 */
function teamAsides(s: string, offset: number): readonly number[] {
  if (!s.includes('[') && !s.includes('(')) return noCuts;
  const found: number[] = [];
  pushEditorAsides(s, 0, s.length, found);
  if (!found.length) return noCuts;
  for (let k = 0; k < found.length; k++) found[k] += offset;
  return found;
}

/** An autolink's opening, `<https:`, `<mailto:` (an HTML tag has no colon after its name). */
const autolinkOpen = /^<[A-Za-z][A-Za-z0-9+.-]{1,31}:/;
/** An `<a …>` opening tag. */
const anchorOpen = /^<a\s/i;

/**
 * `links`, when given, collects the cuts that are links a reader follows, flat `[start, end, …]` in
 * text offsets and in order: autolinks (`<https://…>`), bare URLs (`https://…`, `www.…`) and the
 * opening tags of HTML anchors (`<a href="…">`), for links.ts to read their addresses from.
 */
function withoutAsides(s: string, offset: number, directives: Directive[], links?: number[]): readonly number[] {
  // Matches come left to right; a cut that starts inside the last one kept is dropped
  // (even where it reaches further).
  const cuts: number[] = [];
  let kept = 0;
  // Strikethrough delimiter runs, flat [at, flags, …], paired once the block is read; cuts found
  // out of order (the closing marks of CriticMarkup), flat [start, end, …] in text offsets.
  const runs: number[] = [];
  const later: number[] = [];
  /** Where the `~~}` closing a CriticMarkup substitution stands (its tildes are no strikethrough). */
  let substitutionClose = -1;
  let finder: CloseFinder | undefined;
  const closes = () => (finder ??= new CloseFinder(s));
  let parens: Int32Array | undefined;
  /** Index just past the `)` closing a link destination opened at `open` (the `(`), or -1. */
  const closeParen = (open: number) => (parens ??= parenMatches(s))[open];
  // The last search for a closing `$`: from where, and what it found (-1: none to the end).
  let dollarFrom = -1;
  let dollarAt = -1;
  let breakFrom = -1;
  let breakAt = -1;
  inlineRe.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = inlineRe.exec(s))) {
    const at = m.index;
    const tok = m[0];
    let end = at + tok.length;
    if (m[1]) {
      // Code span: the next backtick run of the same length closes it.
      const run = m[1];
      let search = end;
      let close = -1;
      while ((search = s.indexOf(run, search)) >= 0) {
        const before = s.charCodeAt(search - 1) === 96;
        const after = s.charCodeAt(search + run.length) === 96;
        if (!before && !after) {
          close = search;
          break;
        }
        while (s.charCodeAt(search) === 96) search++;
      }
      if (close < 0) continue; // a lone backtick run is literal text
      end = close + run.length;
    } else if (tok === '<!--') {
      const close = s.indexOf('-->', at + 4);
      end = close < 0 ? s.length : close + 3;
      collectDirectives(s.slice(at, end), offset + at, directives);
    } else if (m[3] !== undefined) {
      // A wikilink or an embed: the target is a destination; an alias is the visible text.
      if (at < kept) continue;
      const aliasAt = at + m[2].length + 3 + m[3].length;
      if (m[2] || m[4] === undefined || !m[4].trim()) cuts.push(offset + at, offset + end);
      else cuts.push(offset + at, offset + aliasAt, offset + end - 2, offset + end);
      kept = end;
      inlineRe.lastIndex = end;
      continue;
    } else if (tok === '![') {
      // Image: the "!" is not prose; the alt text is, as a link's text is (readers of the
      // page and of screen readers see it), and the destination is cut as a link's. Alt text
      // that is only a Marp directive is no text: cut up to its `](`, which is read next.
      altText.lastIndex = at + 2;
      const alt = altText.exec(s);
      if (alt && /[a-z]/.test(alt[0]) && marpAlt.test(alt[0])) {
        if (at >= kept) {
          cuts.push(offset + at, offset + altText.lastIndex + 1);
          kept = altText.lastIndex + 1;
        }
        inlineRe.lastIndex = altText.lastIndex;
        continue;
      }
      end = at + 1;
    } else if (tok === '{/*') {
      // An MDX comment, when it closes in the block.
      const close = s.indexOf('*/}', at + 3);
      if (close < 0) continue;
      end = close + 3;
      collectDirectives(s.slice(at, end), offset + at, directives);
    } else if (tok === '](') {
      const close = closeParen(at + 1);
      if (close < 0) continue;
      if (at + 1 >= kept) {
        cuts.push(offset + at + 1, offset + close);
        kept = close;
      }
      inlineRe.lastIndex = close;
      continue;
    } else if (tok.charCodeAt(0) === 126 /* ~ */) {
      // A run of tildes: two may be a strikethrough's delimiter (three or more, or one
      // standing in a longer run the scan entered past its start, are text).
      if (tok.length === 2 && s.charCodeAt(at - 1) !== 126 && at !== substitutionClose) runs.push(at, delimiterFlanks(s, at, end));
      continue;
    } else if (criticCloses[tok] !== undefined) {
      // CriticMarkup, when its mark closes in the block (else it is text).
      const close = closes().find(criticCloses[tok], end).at;
      const arrow = tok === '{~~' ? closes().find('~>', end).at : -1;
      if (close < 0 || (tok === '{~~' && (arrow < 0 || arrow > close))) {
        inlineRe.lastIndex = at + 1;
        continue;
      }
      if (tok === '{--' || tok === '{>>') {
        end = close + 3; // a deletion, a comment: all of it
      } else {
        // The old side of a substitution and its marks; an addition's or a highlight's marks.
        if (tok === '{~~') {
          end = arrow + 2;
          substitutionClose = close;
        }
        later.push(offset + close, offset + close + 3);
      }
    } else if (tok === '%%') {
      // An Obsidian comment (`%% not shown %%`), when it closes in the block: hidden from readers.
      const close = s.indexOf('%%', end);
      if (close < 0) continue;
      end = close + 2;
    } else if (tok === '$$') {
      const close = s.indexOf('$$', end);
      if (close < 0) continue;
      end = close + 2;
    } else if (tok === '$') {
      // Pandoc's rule: no space after the opening $, none before the closing one,
      // and the closing one is not followed by a digit ("$100 and $4" is money).
      if (/^\d/.test(s.slice(end))) continue;
      // The first closing `$` at or after `end`. Searches start further right each time, so the
      // last answer holds while it lies at or after `end` (or when there was none).
      if (dollarFrom < 0 || end < dollarFrom || (dollarAt >= 0 && dollarAt < end)) {
        closingDollar.lastIndex = end;
        dollarAt = closingDollar.exec(s)?.index ?? -1;
        dollarFrom = end;
      }
      if (dollarAt < 0) continue;
      // A blank line between the two marks ends it (same reuse of the last search).
      if (breakFrom < 0 || end < breakFrom || (breakAt >= 0 && breakAt < end)) {
        breakAt = s.indexOf('\n\n', end);
        breakFrom = end;
      }
      if (breakAt >= 0 && breakAt + 2 <= dollarAt + 1) continue;
      end = dollarAt + 2;
    } else if (tok.charCodeAt(0) === 92) {
      // Backslash escape: the escaped mark is not a quotation mark or a bracket.
    } else if (tok.startsWith('http') || tok.startsWith('ftp') || tok.startsWith('www')) {
      end = at + trimUrl(tok).length;
      if (links && at >= kept) links.push(offset + at, offset + end);
    } else if (links && tok.charCodeAt(0) === 60 /* < */ && (autolinkOpen.test(tok) || anchorOpen.test(tok))) {
      if (at >= kept) links.push(offset + at, offset + end);
    } else if (tok.charCodeAt(tok.length - 2) !== 47 /* / */ && deletionOpen.test(tok)) {
      // `<del>`, `<s>`, `<strike>`: deleted text, to the closing tag or the end of the block.
      const name = deletionOpen.exec(tok)![1].toLowerCase();
      const close = closes().find(deletionCloses[name], end);
      end = close.at < 0 ? s.length : close.at + close.length;
    }
    if (at >= kept) {
      cuts.push(offset + at, offset + end);
      kept = end;
    }
    inlineRe.lastIndex = Math.max(end, at + 1);
  }
  if (!runs.length && !later.length) return cuts;
  const struck = runs.length ? struckRanges(runs, offset) : [];
  // A mark nested in another's text closes first: the closing marks in order of start.
  const marks = later.length > 2 ? sortedRanges(later) : later;
  const more = !marks.length ? struck : !struck.length ? marks : unionOf(struck, marks);
  return more.length ? unionOf(cuts, more) : cuts;
}
