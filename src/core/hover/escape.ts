/**
 * Escaping for hover Markdown. Everything that comes from a document or a fact base goes
 * through these helpers, so no data can add links (`command:` or otherwise), HTML,
 * images, headings or any other structure to a hover card.
 */

// Every ASCII punctuation character can be backslash-escaped in CommonMark.
const asciiPunctuation = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g;
// Line breaks and other control characters: data is always rendered on one line.
// eslint-disable-next-line no-control-regex
const controlOrBreak = /[\u0000-\u001f\u007f\u0085\u2028\u2029]+/g;
// Bidirectional overrides and zero-width characters that could disguise text.
const invisible = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** Escape text for inline Markdown: it renders as exactly these characters, on one line. */
export function md(text: string | number | undefined | null): string {
  if (text === undefined || text === null) return '';
  return String(text)
    .replace(controlOrBreak, ' ')
    .replace(invisible, '')
    .replace(/ {2,}/g, ' ')
    .replace(asciiPunctuation, (c) => `\\${c}`);
}

/** Shorten long text to `max` characters (on a word boundary when possible), then escape it. */
export function mdClip(text: string, max = 240): string {
  const flat = text.replace(controlOrBreak, ' ').trim();
  if (flat.length <= max) return md(flat);
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${md(space > max * 0.6 ? cut.slice(0, space) : cut)}…`;
}

/**
 * A web address safe to link to: only `http:` and `https:`, with the characters that could
 * end a Markdown link destination percent-encoded. Anything else gives undefined.
 */
export function safeUrl(url: string | undefined): string | undefined {
  const trimmed = url?.trim();
  if (!trimmed || trimmed.length > 2048) return undefined;
  if (/[\u0000-\u0020\u007f-\u009f]/.test(trimmed)) return undefined;
  const m = /^(https?):\/\/[^/?#]/i.exec(trimmed);
  if (!m) return undefined;
  try {
    return `${m[1].toLowerCase()}${trimmed.slice(m[1].length)}`.replace(
      /[()<>"'`\\[\]\u{a0}-\u{10ffff}]/gu,
      (c) => encodeURIComponent(c).replace(/[()']/g, (x) => `%${x.charCodeAt(0).toString(16).toUpperCase()}`),
    );
  } catch {
    return undefined; // a lone surrogate
  }
}

/** A link whose text is escaped and whose target is a checked web address; plain text otherwise. */
export function mdLink(text: string, url: string | undefined): string {
  const href = safeUrl(url);
  return href ? `[${md(text)}](${href})` : md(text);
}

/** Words shown as a Markdown block quote (one paragraph, escaped). */
export function mdBlockQuote(text: string, max = 600): string {
  return `> ${mdClip(text, max)}`;
}
