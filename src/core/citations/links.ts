import type { LinkDefinition } from '../markdown/structure';
import { normalizeLabel } from './resolve';

/**
 * The links of a document's prose to a web page: inline links, `[told CNN](https://cnn.com/…)`,
 * reference-style links whose definition is a web address, `[Alignment Risk Update][aru]`,
 * `[Fortune][]` and `[Fortune]` with `[aru]: https://… "…"` defined, autolinks
 * (`<https://cnn.com/…>`), bare URLs that GFM links (`https://cnn.com/…`, `www.cnn.com/…`) and HTML
 * anchors (`<a href="https://cnn.com/…">told CNN</a>`). Op-eds, blog posts and news
 * copy cite by linking; with `policyLens.citations.links` on, such a link sources the quotations
 * and cites the claims of its sentence as a resolved marker would (see pipeline.ts).
 *
 * Not links to a source, in any of these forms: images (`![chart](https://…)`), links to the
 * document itself, to a file or to an address that is no web page (`[below](#scores)`,
 * `[notes](./notes.md)`, `<a href="#scores">`, `<mailto:press@…>`), and reference-style links with
 * a number, a footnote or a Pandoc label (`[text][4]` is a citation marker, read as one). Links in
 * code, in comments and in struck text are none: only what the mask keeps as prose counts.
 *
 * One pass over the mask's `]`s; a link's text is walked back once to find its `[`. Autolinks,
 * bare URLs and anchors are the cuts the inline scan made of them (`Structure.urlCuts`): each is
 * read once, with no scan of its own.
 */
export interface WebLink {
  /** Offset of the link's `[`. */
  readonly start: number;
  /** Offset just past its `)`, or past the `]` of its label. */
  readonly end: number;
  /**
   * Offset of the `]` that closes the link's text, of an autolink's or a bare URL's first
   * character, or of an anchor's text: the sentence that holds it holds the link.
   */
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
export function webLinks(text: string, mask: string, definitions: readonly LinkDefinition[], urlCuts: readonly number[] = []): WebLink[] {
  const bracketed = bracketLinks(text, mask, definitions);
  if (!urlCuts.length) return bracketed;
  // Both in document order (an HTML block's anchors come before its other addresses: sorted when
  // out of order), merged, leaving out an address written as a bracket link's text (`[https://…](https://…)`).
  const cuts = inOrder(urlCuts);
  const out: WebLink[] = [];
  let k = 0;
  for (let c = 0; c < cuts.length; c += 2) {
    const link = cutLink(text, cuts[c], cuts[c + 1]);
    if (!link) continue;
    while (k < bracketed.length && bracketed[k].at < link.at) out.push(bracketed[k++]);
    const last = out[out.length - 1];
    if (!(last && last.start <= link.start && link.start < last.end)) out.push(link);
  }
  while (k < bracketed.length) out.push(bracketed[k++]);
  return out;
}

/** Flat `[start, end, …]` ranges sorted by start (the same list when they are already). */
function inOrder(ranges: readonly number[]): readonly number[] {
  let sorted = true;
  for (let k = 2; k < ranges.length && sorted; k += 2) sorted = ranges[k] >= ranges[k - 2];
  if (sorted) return ranges;
  const pairs: [number, number][] = [];
  for (let k = 0; k < ranges.length; k += 2) pairs.push([ranges[k], ranges[k + 1]]);
  return pairs.sort((a, b) => a[0] - b[0]).flat();
}

/** An anchor's `href`, quoted or not. */
const hrefRe = /\shref[ \t]*=[ \t]*(?:"([^"]*)"|'([^']*)'|([^\s"'<>`=]+))/i;

/**
 * The web link of a cut the inline scan made, [start, end): an autolink `<https://…>`, a bare URL
 * or an anchor's opening tag, whose link runs to its `</a>` (looked for in the paragraph, at most
 * `maxBracket` characters on). Undefined when its address is no web page's.
 */
function cutLink(text: string, start: number, end: number): WebLink | undefined {
  const first = text.charCodeAt(start);
  if (first !== 60 /* < */) {
    // An address as a link's text runs on into the link's destination (`https://…](https://…)`): the destination is the link's.
    const raw = text.slice(start, end);
    const bracket = raw.indexOf('](');
    const url = webUrl(bracket < 0 ? raw : raw.slice(bracket + 2).replace(/\)$/, ''));
    return url ? { start, end, at: start, url } : undefined;
  }
  if (text.charCodeAt(start + 1) !== 97 && text.charCodeAt(start + 1) !== 65) {
    const url = webUrl(text.slice(start + 1, end - 1));
    return url ? { start, end, at: start, url } : undefined;
  }
  const href = hrefRe.exec(text.slice(start, end));
  const url = href ? webUrl(href[1] ?? href[2] ?? href[3]) : undefined;
  if (!url) return undefined;
  const stop = Math.min(text.length, end + maxBracket);
  const close = text.slice(end, stop).search(/<\/a\s*>|\n[ \t>]*\n/i);
  const closeEnd = close >= 0 && text.charCodeAt(end + close) === 60 ? text.indexOf('>', end + close) + 1 : end;
  return { start, end: closeEnd, at: end, url };
}

/** The inline and reference-style links of the prose (see webLinks). */
function bracketLinks(text: string, mask: string, definitions: readonly LinkDefinition[]): WebLink[] {
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
