import type { LinkDefinition } from '../markdown/structure';
import { normalizeLabel } from './resolve';

/**
 * The links of a document's prose to a web page: inline links, `[told CNN](https://cnn.com/…)`,
 * and reference-style links whose definition is a web address, `[Alignment Risk Update][aru]`,
 * `[Fortune][]` and `[Fortune]` with `[aru]: https://… "…"` defined. Op-eds, blog posts and news
 * copy cite by linking; with `policyLens.citations.links` on, such a link sources the quotations
 * and cites the claims of its sentence as a resolved marker would (see pipeline.ts).
 *
 * Not links to a source: images (`![chart](https://…)`), links to the document itself or to a
 * file (`[below](#scores)`, `[notes](./notes.md)`), and reference-style links with a number, a
 * footnote or a Pandoc label (`[text][4]` is a citation marker, read as one). Links in code, in
 * comments and in struck text are none: only what the mask keeps as prose counts.
 *
 * One pass over the mask's `]`s; a link's text is walked back once to find its `[`.
 */
export interface WebLink {
  /** Offset of the link's `[`. */
  readonly start: number;
  /** Offset just past its `)`, or past the `]` of its label. */
  readonly end: number;
  /** Offset of the `]` that closes the link's text: the sentence that holds it holds the link. */
  readonly at: number;
  readonly url: string;
}

/** A web address as a link destination or definition writes it. */
const webUrlRe = /^<?(?:https?:\/\/|www\.)[^\s<>]*/i;
/** Longest link text or label looked at, in characters: longer brackets are no links a reader sees. */
const maxBracket = 1000;
/** Longest destination looked at (with its title). */
const maxDestination = 2100;

/**
 * The `[` that opens the bracket closed at `close` in `mask`, or -1: nested brackets counted when
 * `nested` (a link's text, `[see [1] here](…)`), else none allowed (a label). The search stops at
 * `floor` (where the last link looked at ended: links do not nest), at a blank line and after
 * `maxBracket` characters, so the whole pass stays linear.
 */
function openingBracket(mask: string, close: number, floor: number, nested: boolean): number {
  let depth = 0;
  const stop = Math.max(floor, close - maxBracket);
  for (let i = close - 1; i >= stop; i--) {
    const c = mask.charCodeAt(i);
    if (c === 93 /* ] */) {
      if (!nested) return -1;
      depth++;
    } else if (c === 91 /* [ */) {
      if (depth === 0) return i;
      depth--;
    } else if (c === 10 && mask.charCodeAt(i - 1) === 10) return -1;
  }
  return -1;
}

/** Index just past the `)` closing the destination opened at `open` in `text`, or -1. */
function closingParen(text: string, open: number): number {
  let depth = 0;
  const stop = Math.min(text.length, open + maxDestination);
  for (let i = open; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c === 92) i++;
    else if (c === 40) depth++;
    else if (c === 41 && --depth === 0) return i + 1;
    else if (c === 10 && text.charCodeAt(i + 1) === 10) return -1;
  }
  return -1;
}

/** The web address of a destination or definition, without its angle brackets; undefined when it is none. */
function webUrl(destination: string): string | undefined {
  const m = webUrlRe.exec(destination.trimStart());
  return m ? m[0].replace(/^</, '').replace(/>$/, '') : undefined;
}

/** A label a citation marker takes, not a link's: a number, a footnote, a Pandoc key. */
const markerLabelRe = /^(?:\d+|\^.*|-?@.*)$/;

/**
 * The web links of the prose, in document order. `mask` is the prose with non-prose blanked
 * (link destinations among it), `text` the document, `definitions` its link reference definitions.
 */
export function webLinks(text: string, mask: string, definitions: readonly LinkDefinition[]): WebLink[] {
  // Labels a reference-style link may use, with their web address (the first definition of a label wins).
  const named = new Map<string, string | undefined>();
  for (const d of definitions) {
    const label = normalizeLabel(d.label);
    if (!markerLabelRe.test(label) && !named.has(label)) named.set(label, webUrl(d.url));
  }
  const out: WebLink[] = [];
  // Where the last bracket looked at closed: no link's text reaches back past it.
  let floor = 0;
  for (let i = mask.indexOf(']'); i >= 0; i = mask.indexOf(']', i + 1)) {
    const next = text.charCodeAt(i + 1);
    if (next === 40 /* ( */) {
      // An inline link: its destination was cut from the prose.
      if (mask.charCodeAt(i + 1) === 40) continue;
      const close = closingParen(text, i + 1);
      const url = close < 0 ? undefined : webUrl(text.slice(i + 2, close - 1));
      if (!url) continue;
      const open = openingBracket(mask, i, floor, true);
      floor = close;
      if (open < 0 || text.charCodeAt(open - 1) === 33 /* ! an image */) continue;
      out.push({ start: open, end: close, at: i, url });
      continue;
    }
    if (!named.size) continue;
    if (next === 91 /* [ */) {
      // `[text][label]`, or `[text][]` with the text as its label.
      const labelClose = mask.indexOf(']', i + 2);
      if (labelClose < 0 || labelClose - i > maxBracket) continue;
      const written = mask.slice(i + 2, labelClose);
      if (written.includes('[')) continue;
      const open = openingBracket(mask, i, floor, false);
      floor = labelClose + 1;
      if (open < 0) continue;
      const label = normalizeLabel(written || mask.slice(open + 1, i));
      const url = named.get(label);
      if (url && text.charCodeAt(open - 1) !== 33) out.push({ start: open, end: labelClose + 1, at: i, url });
      // The label's `]` closes no link text of its own.
      i = labelClose;
      continue;
    }
    // `[label]` alone (not a definition's `[label]:` opening a line).
    const open = openingBracket(mask, i, floor, false);
    if (open < 0 || text.charCodeAt(open - 1) === 33 || text.charCodeAt(open - 1) === 93 /* ] the label of `[text][label]` */) continue;
    if (next === 58 /* : */ && /^[ \t]{0,3}$/.test(text.slice(text.lastIndexOf('\n', open - 1) + 1, open))) continue;
    // Most brackets are markers ("[12]", "[^3]", "[@key]"), no label of a link: not read further.
    const first = mask.charCodeAt(open + 1);
    if ((first >= 48 && first <= 57) || first === 94 || first === 64) continue;
    const url = named.get(normalizeLabel(mask.slice(open + 1, i)));
    if (url) out.push({ start: open, end: i + 1, at: i, url });
  }
  return out;
}

/** A link as a message or a card names it: its host without "www." (`cnn.com`), or the address cut short. */
export function linkName(url: string): string {
  const host = /^(?:[a-z][a-z0-9+.-]*:\/\/)?([^/?#\s:]+)/i.exec(url)?.[1];
  return (host ?? url.slice(0, 60)).replace(/^www\./i, '');
}

/** "a link to cnn.com", "links to cnn.com and axios.com", for the links that source a quotation or cite a claim. */
export function linksText(urls: readonly string[]): string {
  const names = [...new Set(urls.map(linkName))];
  const shown = names.length > 3 ? [...names.slice(0, 3), `${names.length - 3} more`] : names;
  const list = shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}` : shown[0];
  return `${urls.length > 1 ? 'links' : 'a link'} to ${list}`;
}
