import { collectDirectives, type Directive } from './inlineMask';
import { HtmlElements, type HtmlCell } from './htmlElements';

/**
 * The text of an HTML block (a CommonMark HTML block: `<div class="note">`, `<details>`, an MDX
 * component such as `<Callout type="info">` or `<TabItem>`), read as a browser shows it: the
 * words between the tags are prose, the tags themselves (with their attributes), comments
 * (`<!-- … -->`, MDX's `{/* … *\/}`), declarations, processing instructions, CDATA, and the whole
 * of a raw element (`<script>`, `<style>`, `<pre>`, `<textarea>`, `<code>`: code, not prose)
 * or of a deletion (`<del>`, `<s>`, `<strike>`: deleted text; one left open runs on over the
 * blocks after it, see HtmlElements) are not.
 *
 * The text falls into *pieces*, each one block of prose. A tag of a block-level element (`<div>`,
 * `<p>`, `<li>`, `<td>`, `<summary>`, …) ends one and starts the next, as a paragraph's end
 * does; a tag of a phrasing element (`<b>`, `<abbr>`, `<sup>`, `<a>`, …) lies inside its
 * sentence; any other tag (a component, `<Callout>`, `<TabItem>`, a custom element) ends a piece
 * where it stands at the start or end of a line, and lies inside its sentence in mid-line
 * (`This is <Highlight>green</Highlight> text.`). A blank line also ends one.
 *
 * One pass over the block's text; each tag, comment and raw element is read once.
 */

/**
 * A piece's text: flat `[start, end, start, end, …]` runs of prose, each within one line;
 * `quoted` when it stands inside a `<blockquote>` element, `cell` when in a table's cell.
 */
export type HtmlPiece = number[] & { quoted?: boolean; cell?: HtmlCell };

/** Elements whose content is deleted text, not prose (they lie inside a sentence, as their content would). */
const deletionElements = new Set(['del', 's', 'strike']);
/** Elements whose content is code or raw text, not prose. */
const rawElements = new Set(['script', 'style', 'pre', 'textarea', 'code', 'xmp', 'listing', 'plaintext']);
/** Elements that lie inside a sentence (`<code>` too: its content is left out, as a code span's is). */
const phrasingElements = new Set(
  'a abbr b bdi bdo big br cite code data del dfn em font i img ins kbd mark nobr q rp rt ruby s samp small span strike strong sub sup time tt u var wbr'.split(' '),
);
/** Block-level elements (CommonMark's list for HTML blocks of kind 6, and a few more). */
const blockElements = new Set(
  [
    'address article aside base basefont blockquote body button caption center col colgroup dd details dialog dir div dl dt fieldset figcaption figure footer form frame frameset',
    'h1 h2 h3 h4 h5 h6 head header hgroup hr html iframe label legend li link main menu menuitem meter nav noframes noscript ol optgroup option output p param progress search',
    'section select source summary table tbody td template tfoot th thead title tr track ul video audio picture canvas object embed',
  ]
    .join(' ')
    .split(' '),
);

/** The longest tag read (a long JSX attribute object, a `style` attribute); a longer one is text. */
const maxTagLength = 4000;

/** A tag's name, and what may follow it: white space, `/` or `>`. */
const tagName = /[A-Za-z][A-Za-z0-9._:-]{0,80}(?=[\s/>])/y;
/** Where markup may start: `<`, or MDX's `{/*`. */
const markupStart = /<|\{\/\*/g;

/**
 * Reads tags: the index just past the `>` that closes the tag whose name ends at `from`, or -1.
 * Quoted attribute values and JSX expressions (`{…}`, nested, with strings inside) are skipped,
 * so a `>` in them (`onClick={() => x}`, `title="a > b"`) does not close it; a `<` outside them
 * shows that the `<` before was text ("if a <b then"). The characters read for `<`s that open
 * no tag are counted against a budget of a few times the text's length, so that text full of
 * them ("<a {<a {<a {…") is read in linear time; past it, a `<` opens no tag.
 */
class TagReader {
  private budget: number;

  constructor(private readonly s: string) {
    this.budget = 8 * s.length + 4096;
  }

  end(from: number): number {
    const s = this.s;
    if (this.budget <= 0) return -1;
    const limit = Math.min(s.length, from + maxTagLength);
    let depth = 0;
    let i = from;
    let found = -1;
    for (; i < limit; i++) {
      const c = s.charCodeAt(i);
      if ((c === 34 || c === 39 || c === 96) && (depth > 0 || s.charCodeAt(i - 1) === 61) /* = */) {
        // "…", '…' as an attribute's value; in JSX braces a template literal `…` too.
        const close = s.indexOf(s[i], i + 1);
        if (close < 0 || close >= limit) break;
        i = close;
      } else if (c === 123 /* { */) depth++;
      else if (c === 125 /* } */) depth = Math.max(0, depth - 1);
      else if (c === 62 /* > */ && depth === 0) {
        found = i + 1;
        break;
      } else if (c === 60 /* < */ && depth === 0) break;
    }
    if (found < 0) this.budget -= i - from + 1;
    return found;
  }
}

/** A raw element's closing tag, in any case. */
const rawClose = /<\/(script|style|pre|textarea|code|xmp|listing|plaintext)(?![A-Za-z0-9-])/gi;
/** A deletion element's closing tag, in any case. */
const deletionClose = /<\/(del|s|strike)(?![A-Za-z0-9-])/gi;

/**
 * The index just past the closing tag of the element `name` (lower case) at or after `from` in
 * `s`, found with `closeRe` (`rawClose`, `deletionClose`), or -1.
 */
function pastClose(s: string, from: number, name: string, closeRe: RegExp): number {
  closeRe.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = closeRe.exec(s))) {
    if (m[1].toLowerCase() !== name) continue;
    const gt = s.indexOf('>', closeRe.lastIndex);
    return gt < 0 ? s.length : gt + 1;
  }
  return -1;
}

/**
 * The index just past the first closing tag of the deletion element `name` in `s.slice(from, to)`
 * (offsets of `s`), or -1: where deleted text an HTML block left open ends in a paragraph.
 */
export function deletionCloseIn(s: string, from: number, to: number, name: string): number {
  const close = pastClose(s.slice(from, to), 0, name, deletionClose);
  return close < 0 ? -1 : from + close;
}

/** Whether `s` holds only white space from `from` to the end of its line (or `to`). */
function restOfLineBlank(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === 10 || c === 13) return true;
    if (c === 60 /* < */) return true; // another tag follows
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/**
 * The pieces of prose of the HTML block text `s`, in offsets of `s`. MDX comments' suppression
 * directives are collected into `directives` with offsets `mapOffset(i)` (HTML comments' are
 * collected with the whole block), and, when `links` is given, the opening tags of its anchors
 * (`<a href="…">`), flat `[start, end, …]` in those offsets, as inlineCuts collects them in prose.
 */
export function htmlBlockText(s: string, directives: Directive[], mapOffset: (at: number) => number, elements = new HtmlElements(), links?: number[]): HtmlPiece[] {
  const pieces: HtmlPiece[] = [];
  elements.startBlock();
  const tags = new TagReader(s);
  let piece: HtmlPiece = [];
  /** Whether the current line has shown text yet (a tag after it is not at the line's start). */
  let lineHasText = false;

  const endPiece = () => {
    if (piece.length) pieces.push(piece);
    piece = [];
  };

  /** Adds the text `s.slice(from, to)`, line by line; a blank line ends the piece. */
  const addText = (from: number, to: number) => {
    let lineStart = from;
    for (let i = from; i <= to; i++) {
      const c = i < to ? s.charCodeAt(i) : -1;
      if (c !== 10 && c !== -1) continue;
      let a = lineStart;
      let b = i;
      while (a < b && isBlank(s.charCodeAt(a))) a++;
      while (b > a && isBlank(s.charCodeAt(b - 1))) b--;
      if (b > a) {
        if (!piece.length) {
          if (elements.quoteDepth > 0) piece.quoted = true;
          const cell = elements.cellNow();
          if (cell) piece.cell = cell;
        }
        piece.push(a, b);
        lineHasText = true;
      } else if (c === 10 && lineStart > from && !lineHasText) {
        endPiece(); // a blank line
      }
      if (c === 10) lineHasText = false;
      lineStart = i + 1;
    }
  };

  let text = 0;
  // Deleted text that an earlier block left open runs to its closing tag.
  if (elements.deleted !== undefined) {
    const close = pastClose(s, 0, elements.deleted, deletionClose);
    if (close < 0) return pieces;
    elements.deleted = undefined;
    text = close;
  }
  markupStart.lastIndex = text;
  /** The tag just read, for `elements`. */
  let tagRead: { key: string; closing: boolean; selfClosing: boolean } | undefined;
  let m: RegExpExecArray | null;
  while ((m = markupStart.exec(s))) {
    const at = m.index;
    let end = -1;
    let breaks = false;
    if (m[0] === '{/*') {
      const close = s.indexOf('*/}', at + 3);
      if (close >= 0) {
        end = close + 3;
        collectDirectives(s.slice(at, end), mapOffset(at), directives);
      }
    } else if (s.startsWith('<!--', at)) {
      const close = s.indexOf('-->', at + 4);
      end = close < 0 ? s.length : close + 3;
    } else if (s.startsWith('<![CDATA[', at)) {
      const close = s.indexOf(']]>', at + 9);
      end = close < 0 ? s.length : close + 3;
    } else if (s.startsWith('<?', at)) {
      const close = s.indexOf('?>', at + 2);
      end = close < 0 ? s.length : close + 2;
    } else if (s.startsWith('<!', at)) {
      const close = s.indexOf('>', at + 2);
      end = close < 0 ? s.length : close + 1;
    } else {
      const closing = s.charCodeAt(at + 1) === 47; /* / */
      const nameAt = closing ? at + 2 : at + 1;
      tagName.lastIndex = nameAt;
      const name = tagName.exec(s)?.[0];
      // `<>` and `</>`: JSX fragments.
      const fragment = name === undefined && s.charCodeAt(nameAt) === 62;
      if (name !== undefined || fragment) {
        end = fragment ? nameAt + 1 : tags.end(nameAt + name!.length);
        const key = name?.toLowerCase() ?? '';
        if (end > 0 && !closing && rawElements.has(key) && s.charCodeAt(end - 2) !== 47 /* / */) {
          const close = pastClose(s, end, key, rawClose);
          end = close < 0 ? s.length : close;
        } else if (end > 0 && !closing && deletionElements.has(key) && s.charCodeAt(end - 2) !== 47 /* / */) {
          // Deleted text, with its tags: to the closing tag, or on past the block's end.
          const close = pastClose(s, end, key, deletionClose);
          if (close < 0) elements.deleted = key;
          end = close < 0 ? s.length : close;
        }
        if (end > 0 && !phrasingElements.has(key)) {
          breaks = blockElements.has(key) || rawElements.has(key) || !lineHasTextBefore(at) || restOfLineBlank(s, end, s.length);
        }
        if (end > 0 && name !== undefined) tagRead = { key, closing, selfClosing: s.charCodeAt(end - 2) === 47 /* / */ };
        if (links && end > 0 && !closing && key === 'a') links.push(mapOffset(at), mapOffset(end));
      }
    }
    if (end < 0) continue;
    addText(text, at);
    if (breaks) endPiece();
    if (tagRead) elements.tag(tagRead.key, tagRead.closing, tagRead.selfClosing, end);
    tagRead = undefined;
    text = end;
    // Markup that spans lines leaves the line it ends on with no text yet.
    for (let i = at; i < end; i++) if (s.charCodeAt(i) === 10) lineHasText = false;
    markupStart.lastIndex = end;
  }
  addText(text, s.length);
  endPiece();
  return pieces;

  /** Whether the line of `at` shows text before it (text already added, or text since the last markup). */
  function lineHasTextBefore(at: number): boolean {
    for (let i = at - 1; i >= text; i--) {
      const c = s.charCodeAt(i);
      if (c === 10) return false;
      if (!isBlank(c)) return true;
    }
    return lineHasText;
  }
}

const isBlank = (c: number) => c === 32 || c === 9 || c === 13;
