import type { Citation } from '../types';
import type { ReferenceSection } from '../markdown/structure';

/**
 * How a document writes author-year citations and their entries, read from its own markers and
 * list, so that a quick fix writes as it does: APA's `(Anthropic, 2026a)` and `Axios. (2026).`, or
 * the Chicago form `(Anthropic 2026a)` and `Axios. 2026.` (the default, when the document shows
 * neither).
 */
export interface AuthorYearStyle {
  /** A citation of `label` ("Anthropic 2026a"): "(Anthropic, 2026a)" when the document's citations put a comma before the year. */
  marker(label: string): string;
  /**
   * The head of a new entry: "Axios. (2026)." when the list's entries bracket the year with stops
   * (APA), "Axios (2026)" when they bracket it with none (Harvard: "Anthropic (2026a) *Title*."),
   * else "Axios. 2026." ("n.d." not "n.d..").
   */
  head(names: string, year: string): string;
  /** A new entry's title: `*Title*.` when the list's entries set their titles in emphasis, else `“Title.”`. */
  title(title: string): string;
}

const yearPart = String.raw`(?:(?:1[6-9]|20)\d{2}[a-z]?|n\.d\.)`;
/** A year after a comma, as APA and Harvard cite: "Anthropic, 2026a". */
const commaYearRe = new RegExp(String.raw`,\s*${yearPart}`);
/** A year after the names and a space only, as Chicago cites: "Anthropic 2026a" (not "Anthropic (2026a)"). */
const bareYearRe = new RegExp(String.raw`[^\s,(]\s+${yearPart}`);
/** An entry whose year is in brackets after its names: "Axios. (2026).", "Amodei, D. (2026, April 7)." */
const bracketYearRe = new RegExp(String.raw`^[^()]{1,200}?\(${yearPart}[),]`);
/** The same with no stop after the bracket, as Harvard writes it: "Anthropic (2026a) *Title*", "CNN (2026) 'Title'". */
const bareBracketYearRe = new RegExp(String.raw`^[^()]{1,200}?[^\s.]\s\(${yearPart}\)\s`);

const withStop = (s: string) => (/[.?!]$/.test(s) ? s : `${s}.`);

/**
 * Reads the style from the text of the document's author-year citations (`text.slice(span)`, each
 * a few words) and the entries of its list. The form most of them use wins; a tie keeps the default.
 */
export function authorYearStyle(text: string, citations: readonly Citation[], list: ReferenceSection | undefined): AuthorYearStyle {
  let comma = 0;
  let bare = 0;
  for (const c of citations) {
    if (c.kind !== 'author-year') continue;
    const written = text.slice(c.span.start, Math.min(c.span.end, c.span.start + 300));
    if (commaYearRe.test(written)) comma++;
    else if (bareYearRe.test(written)) bare++;
  }
  let bracketed = 0;
  let bareBracketed = 0;
  let emphasised = 0;
  let entries = 0;
  for (const item of list?.items ?? []) {
    const entry = item.authorYear;
    if (!entry) continue;
    entries++;
    if (bracketYearRe.test(item.text)) {
      bracketed++;
      if (bareBracketYearRe.test(item.text)) bareBracketed++;
    }
    if (entry.title && (item.text.includes(`*${entry.title}*`) || item.text.includes(`_${entry.title}_`))) emphasised++;
  }
  const useComma = comma > bare;
  const brackets = bracketed * 2 > entries;
  const bareBrackets = brackets && bareBracketed * 2 > bracketed;
  const emphasis = emphasised * 2 > entries;
  const written = (label: string) => {
    const cut = label.lastIndexOf(' ');
    return useComma && cut > 0 ? `${label.slice(0, cut)},${label.slice(cut)}` : label;
  };
  return {
    marker: (label) => `(${written(label)})`,
    head: (names, year) => (bareBrackets ? `${names} (${year})` : brackets ? `${withStop(names)} (${year}).` : `${withStop(names)} ${withStop(year)}`),
    title: (title) => (emphasis ? `*${title}*${/[.?!]$/.test(title) ? '' : '.'}` : `“${withStop(title)}”`),
  };
}
