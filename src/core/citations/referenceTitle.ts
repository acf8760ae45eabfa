import { isWordChar } from '../text/words';

/**
 * The title, publisher and link of a reference written as free text, in the common styles:
 * "Author, Title, Publisher, date", "Publisher — Title", "Title - Publisher (PDF)",
 * "Publisher - Title - Outlet", "“Title,” Outlet", "Publisher, ‘Title’", "[Title](url) — Outlet",
 * "Author. (2026). Title. Publisher." When no rule finds the title with confidence, the title
 * is the whole text: a message shows its start rather than a wrong fragment.
 */
export interface ReferenceDescription {
  readonly title: string;
  readonly publisher?: string;
  readonly url?: string;
}

interface Found {
  readonly title: string;
  /** The rest of the text, in pieces: publisher, outlet, author (dates left out). */
  readonly others: readonly string[];
}

const edgePunctuation = new Set([...' \t\n.,;:–—-']);
const urlEdge = new Set(['.', ',', ';', ')']);

/** Trim characters of `set` from the end (and the start) with a loop: regexes such as /[.,]+$/ retry at every character of a long run. */
function trimSet(s: string, set: ReadonlySet<string>, start = false): string {
  let a = 0;
  let b = s.length;
  while (b > 0 && set.has(s[b - 1])) b--;
  if (start) while (a < b && set.has(s[a])) a++;
  return s.slice(a, b);
}

const trimEdges = (s: string) => trimSet(s.trim(), edgePunctuation, true).trim();
const wordCount = (s: string) => s.split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

// ---------------------------------------------------------------- dates

const monthRe = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/i;
const yearRe = /^(?:1[5-9]|20)\d\d[a-z]?$/;
const isoDateRe = /^\d{4}-\d\d(?:-\d\d)?$/;
const dayRe = /^\d{1,2}(?:st|nd|rd|th)?$/;
const brackets = new Set([...'().[]']);
const dateWordRe = /^(?:accessed|retrieved|published|updated|last|on|n\.d\.?|c\.|circa)$/i;

/** Whether a piece of a reference is only a date: "7th April 2026", "Apr. 7, 2026", "accessed 2026-05-01", "n.d.". */
function isDateLike(piece: string): boolean {
  const words = piece.split(/[\s,]+/).map((w) => trimSet(w, brackets, true)).filter(Boolean);
  if (!words.length || words.length > 6) return false;
  const datedBy = (w: string) => yearRe.test(w) || isoDateRe.test(w) || /^n\.d\.?$/i.test(w);
  return words.some(datedBy) && words.every((w) => datedBy(w) || monthRe.test(w) || dayRe.test(w) || dateWordRe.test(w));
}

/**
 * A bracketed note of when something happened to the work, a word or two before a day and month
 * with or without a year: "circulated 30 April", "updated 3 May 2026", "rev. 9 April" (not "p. 30").
 */
function isDatedNote(s: string): boolean {
  const words = s.split(/[\s,]+/).filter(Boolean);
  const lead = words.findIndex((w) => dayRe.test(w) || monthRe.test(w));
  if (lead < 1 || lead > 2 || !words.slice(0, lead).every((w) => /^[a-z]{2,15}\.?$/.test(w))) return false;
  const date = words.slice(lead);
  return date.length <= 3 && date.some((w) => monthRe.test(w)) && date.every((w) => dayRe.test(w) || monthRe.test(w) || yearRe.test(w));
}

/** The text without a date at its end: "(Apr. 7, 2026)", ", 7th April 2026", "(circulated 30 April)". */
function withoutTrailingDate(s: string): string {
  let rest = trimEdges(s);
  for (let i = 0; i < 2; i++) {
    if (rest.endsWith(')')) {
      const open = rest.lastIndexOf('(');
      if (open > 0 && (isDateLike(rest.slice(open + 1, -1)) || isDatedNote(rest.slice(open + 1, -1)))) {
        rest = trimEdges(rest.slice(0, open));
        continue;
      }
    }
    const comma = rest.lastIndexOf(', ');
    if (comma > 0 && isDateLike(rest.slice(comma + 2))) {
      rest = trimEdges(rest.slice(0, comma));
      continue;
    }
    break;
  }
  return rest;
}

// ---------------------------------------------------------------- quoted titles

interface Delimiters {
  readonly open: string;
  readonly close: string;
  /** Whether a space may stand inside the marks, as French typography sets guillemets (`« Titre »`). */
  readonly spaced?: boolean;
}

/**
 * Marks that set a title apart: quotation marks of the English, German (`„Title“`, `»Title«`,
 * `‚Title‘`), Polish (`„Title”`) and French or Swiss (`«Title»`, `‹Title›`) styles, and italics
 * (`*Title*`, `_Title_`).
 */
const titleMarks: readonly Delimiters[] = [
  { open: '“', close: '”' },
  { open: '"', close: '"' },
  { open: '‘', close: '’' },
  { open: "'", close: "'" },
  { open: '„', close: '“' },
  { open: '„', close: '”' },
  { open: '‚', close: '‘' },
  { open: '«', close: '»', spaced: true },
  { open: '‹', close: '›', spaced: true },
  { open: '»', close: '«' },
  { open: '*', close: '*' },
  { open: '_', close: '_' },
];

/**
 * The outermost spans of `s` between one kind of marks, as [start, end) with the marks: a mark
 * opens at a word's start and closes at a word's end, so apostrophes inside words are skipped
 * and curly quotes nest ("‘DOD Says Anthropic’s ‘Red Lines’ Make It …’"). `**` is bold, not a mark.
 */
function markedSpans(s: string, marks: Delimiters): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const nests = marks.open !== marks.close;
  let depth = 0;
  let start = 0;
  for (let j = 0; j < s.length; j++) {
    const c = s[j];
    if (c !== marks.open && c !== marks.close) continue;
    if (c === '*' && (s[j - 1] === '*' || s[j + 1] === '*')) continue;
    const opens = c === marks.open && !isWordChar(s[j - 1]) && s[j + 1] !== undefined && (marks.spaced || s[j + 1] !== ' ');
    const closes = c === marks.close && !isWordChar(s[j + 1]) && (marks.spaced || s[j - 1] !== ' ') && j > 0;
    if (depth > 0 && closes && (!nests || !opens)) {
      depth--;
      if (depth === 0) spans.push({ start, end: j + 1 });
    } else if (opens && (nests || depth === 0)) {
      if (depth === 0) start = j;
      depth++;
    }
  }
  return spans;
}

const separatorBefore = new Set([...',.:;—–-(|']);
const separatorAfter = new Set([...',.:;—–-()|[']);

/** The first character of `s` at or after `i` (step 1) or before `i` (step -1) that is not a space. */
function nextNonSpace(s: string, i: number, step: 1 | -1): string | undefined {
  let j = step === 1 ? i : i - 1;
  while (j >= 0 && j < s.length && s[j] === ' ') j += step;
  return s[j];
}

/** Whether a marked span stands apart as a piece of the reference, not as words inside a title ("Anthropic's 'Red Lines' Make It"). */
function standsApart(s: string, span: { start: number; end: number }): boolean {
  const before = nextNonSpace(s, span.start, -1);
  const after = nextNonSpace(s, span.end, 1);
  const innerEnd = nextNonSpace(s, span.end - 1, -1);
  const beforeOk = before === undefined || separatorBefore.has(before);
  const afterOk = after === undefined || separatorAfter.has(after) || (innerEnd !== undefined && ',.;:'.includes(innerEnd));
  return beforeOk && afterOk && span.end - span.start > 3;
}

/** A title in quotation marks or italics that stands apart: "“Title,” Outlet", "Publisher, ‘Title’, 2026". */
function markedTitle(s: string): Found | undefined {
  let best: { start: number; end: number } | undefined;
  for (const marks of titleMarks) {
    const span = markedSpans(s, marks).find((x) => standsApart(s, x));
    if (span && (!best || span.start < best.start)) best = span;
  }
  if (!best) return undefined;
  const title = trimEdges(s.slice(best.start + 1, best.end - 1));
  return { title, others: pieces(`${s.slice(0, best.start)}, ${s.slice(best.end)}`) };
}

// ---------------------------------------------------------------- separated pieces

/** The rest of a reference in pieces, split at commas and separating dashes, dates left out. */
function pieces(s: string): string[] {
  return s
    .split(/[,;]|\s[-–—]\s/)
    .map(trimEdges)
    .filter((p) => p && !isDateLike(p));
}

/**
 * The piece that is clearly the title: the one with the most words, at least two, and longer than
 * each other piece by two words or more, or by one when the other is short (a publisher's name).
 */
function clearlyLongest(parts: readonly string[]): number | undefined {
  const counts = parts.map(wordCount);
  const i = counts.reduce((best, n, k) => (n > counts[best] ? k : best), 0);
  if (counts[i] < 2) return undefined;
  const clear = counts.every((n, k) => k === i || counts[i] - n >= 2 || (counts[i] > n && n <= 3));
  return clear ? i : undefined;
}

const dashChars = ['—', '–', '-'] as const;

/**
 * Offsets of the dashes of kind `dash` that separate pieces (" - ", and "—" written without spaces),
 * leaving out a pair that sets off a phrase starting in lower case ("Most Powerful - and Dangerous - AI Model").
 */
function separatingDashes(s: string, dash: string): number[] {
  const at: number[] = [];
  for (let i = s.indexOf(dash); i >= 0; i = s.indexOf(dash, i + 1)) {
    const spaced = s[i - 1] === ' ' && s[i + 1] === ' ';
    if (spaced || (dash === '—' && isWordChar(s[i - 1]) && isWordChar(s[i + 1]))) at.push(i);
  }
  const kept: number[] = [];
  for (let k = 0; k < at.length; k++) {
    const next = nextNonSpace(s, at[k] + 1, 1);
    if (next !== undefined && /\p{Ll}/u.test(next)) {
      k++; // this dash and the one closing the phrase
      continue;
    }
    kept.push(at[k]);
  }
  return kept;
}

/** Pieces split at dashes of the strongest kind that separates any: "Publisher — Title", "Title - Publisher", "Author - Title - Outlet". */
function dashSeparatedTitle(s: string): Found | undefined {
  for (const dash of dashChars) {
    const at = separatingDashes(s, dash);
    if (!at.length) continue;
    const parts = [...at, s.length]
      .map((end, k) => trimEdges(s.slice(k === 0 ? 0 : at[k - 1] + 1, end)))
      .filter((p) => p && !isDateLike(p));
    if (parts.length < 2) return undefined;
    const i = clearlyLongest(parts);
    if (i === undefined) return undefined;
    return { title: withoutTrailingDate(parts[i]), others: [...parts.slice(i + 1), ...parts.slice(0, i)] };
  }
  return undefined;
}

/** Whether a comma piece continues the one before it: lower case ("and Policy"), initials ("J."), "Inc.", "Jr.". */
function continuesPiece(piece: string): boolean {
  return /^\p{Ll}/u.test(piece) || /^(?:\p{Lu}\.\s?){1,3}$/u.test(piece) || /^(?:Inc|Ltd|LLC|Jr|Sr|et al)\.?$/.test(piece);
}

/** "Author, Title, Publisher, date" and "Publisher, Title": the middle pieces, or the clearly longer of two. */
function commaSeparatedTitle(s: string): Found | undefined {
  const parts: string[] = [];
  for (const raw of s.split(', ')) {
    const piece = trimEdges(raw);
    if (!piece) continue;
    if (parts.length && continuesPiece(piece)) parts[parts.length - 1] += `, ${piece}`;
    else parts.push(piece);
  }
  const kept = parts.filter((p) => !isDateLike(p));
  if (kept.length === 2) {
    const i = clearlyLongest(kept);
    return i === undefined ? undefined : { title: kept[i], others: [kept[1 - i]] };
  }
  if (kept.length < 3) return undefined;
  const title = kept.slice(1, -1).join(', ');
  if (wordCount(title) < 2 || wordCount(kept[kept.length - 1]) > 5) return undefined;
  return { title, others: [kept[kept.length - 1], kept[0]] };
}

/** APA: "Author. (2026, April 7). Title. Publisher." — the sentence after the dated parenthesis. */
function apaTitle(s: string): Found | undefined {
  const close = s.indexOf('). ');
  if (close < 0) return undefined;
  const open = s.lastIndexOf('(', close);
  if (open < 0 || !isDateLike(s.slice(open + 1, close))) return undefined;
  const rest = s.slice(close + 3);
  const end = rest.indexOf('. ');
  const title = trimEdges(end < 0 ? rest : rest.slice(0, end));
  if (wordCount(title) < 2) return undefined;
  return { title, others: pieces(`${s.slice(0, open)}, ${end < 0 ? '' : rest.slice(end + 2)}`) };
}

// ---------------------------------------------------------------- links

const genericLinkText = /^(?:link|here|pdf|html|online|source|website|web|url|read more|full text)$/i;

/** A Markdown link's text as the title, when it is a title: not a URL, not "PDF", and not clearly shorter than what stands beside it. */
function linkTitle(linkText: string, rest: string): Found | undefined {
  const text = trimEdges(linkText);
  if (!text || genericLinkText.test(text) || /^(?:https?|ftp):\/\//.test(text)) return undefined;
  const outside = rest.replace(linkText, ',');
  const others = pieces(outside);
  if (!others.length) return undefined;
  const inner = markedTitle(text)?.title ?? text;
  const longestOther = others.reduce((most, p) => Math.max(most, wordCount(p)), 0);
  if (wordCount(inner) < 3 && wordCount(inner) < longestOther) return undefined;
  return { title: inner, others };
}

/** The text of a reference's links, its URL, and the text with links replaced by their text and bare URLs removed. */
function withoutLinks(text: string): { rest: string; url?: string; linkText?: string } {
  let rest = text.trim();
  let url: string | undefined;
  let linkText: string | undefined;
  const link = /\[([^[\]]+)\]\(([^\s()]+)(?:\s+"[^"]*")?\)/.exec(rest);
  if (link) {
    url = link[2].replace(/^<|>$/g, '');
    linkText = link[1];
    rest = rest.replace(link[0], () => link[1]);
  }
  const bare = /<?((?:https?|ftp):\/\/[^\s>]+)>?/.exec(rest);
  if (bare) {
    url ??= trimSet(bare[1], urlEdge);
    rest = rest.replace(bare[0], '').trim();
  }
  return { rest, ...(url ? { url } : {}), ...(linkText ? { linkText } : {}) };
}

/** Bold marks and format notes that say nothing of the title: "**Anthropic**", "(PDF)". */
function withoutNoise(s: string): string {
  return s
    .replace(/\*\*/g, '')
    .replace(/\((?:PDF|pdf|HTML|online)\)|\[(?:PDF|pdf)\]/g, ' ')
    .replace(/\s+/g, ' ');
}

export function describeReference(text: string): ReferenceDescription {
  const { rest: linked, url, linkText } = withoutLinks(text);
  const rest = trimEdges(withoutNoise(linked));
  const found =
    (linkText !== undefined ? linkTitle(withoutNoise(linkText), rest) : undefined) ??
    markedTitle(rest) ??
    apaTitle(rest) ??
    dashSeparatedTitle(rest) ??
    commaSeparatedTitle(withoutTrailingDate(rest));
  const urlPart = url ? { url } : {};
  if (!found || !found.title) return { title: rest || text.trim(), ...urlPart };
  const publisher = [...new Set(found.others)].filter((p) => p !== found.title).join(', ');
  return { title: found.title, ...(publisher ? { publisher } : {}), ...urlPart };
}
