import { listName, type ReferenceSection } from '../markdown/structure';
import { authorKeys, type AuthorYearEntry } from './authorYear';
import type { Resolution } from './resolve';

interface Registered {
  readonly year: string;
  readonly names: string;
  readonly index: number;
  readonly section: ReferenceSection;
}

/** A comma before a citation's year: "Axios, 2026", "Fortune, 2026c", "Smith, n.d.". */
const commaBeforeYearRe = /,\s*(?:(?:1[6-9]|20)\d{2}|n\.d\.)/;

/** "the References list", "the Reading list or the References list": the lists a citation was looked for in. */
function listsNamed(sections: readonly ReferenceSection[]): string {
  if (!sections.length) return 'the reference list';
  const named = sections.map((s) => `the ${listName(s)}`);
  return named.length === 1 ? named[0] : `${named.slice(0, -1).join(', ')} or ${named[named.length - 1]}`;
}

/**
 * The author-year entries of a document's reference lists, and how a citation's label
 * ("Anthropic 2026a", "Smith et al. 2020") finds one: by all its names, then by its first
 * author, then by the year. A corporate author written with its other name in brackets answers
 * to both: "(OMB 2025)" and "(Office of Management and Budget 2025)" find "OMB (Office of
 * Management and Budget). 2025. …". A year without its letter ("Fortune 2026") finds the one entry of
 * that year; with two ("2026a", "2026b") it is ambiguous and says so.
 */
export function authorYearEntries() {
  const byKey = new Map<string, Registered[]>();
  // The lists that hold author-year entries, in order: a citation that matches none is looked for in all of them.
  const sections: ReferenceSection[] = [];
  const register = (key: string, r: Registered) => {
    const list = byKey.get(key);
    if (!list) byKey.set(key, [r]);
    else if (!list.some((x) => x.index === r.index)) list.push(r);
  };
  const add = (entry: AuthorYearEntry, index: number, section: ReferenceSection) => {
    if (!sections.includes(section)) sections.push(section);
    const r = { year: entry.year.toLowerCase(), names: entry.names, index, section };
    register(entry.keys.whole, r);
    register(entry.keys.first, r);
    if (entry.aliasKey) register(entry.aliasKey, r);
  };
  const related = (section: ReferenceSection | undefined) => {
    if (!section) return {};
    return { relatedStart: section.headingStart, relatedEnd: section.headingEnd, relatedMessage: listName(section) };
  };
  /**
   * `written`: the citation as the text has it ("(Axios, 2026)"): a message names it with the comma
   * before the year when the text has one, "(Axios, 2026) matches no entry", else as "(Axios 2026)".
   */
  const resolve = (citation: string, written = ''): Resolution => {
    const cut = citation.lastIndexOf(' ');
    const names = citation.slice(0, cut);
    const year = citation.slice(cut + 1).toLowerCase();
    const label = commaBeforeYearRe.test(written) ? `${names},${citation.slice(cut)}` : citation;
    const keys = authorKeys(names);
    const entries = byKey.get(keys.whole) ?? byKey.get(keys.first) ?? [];
    if (!entries.length) return { reason: `(${label}) matches no entry in ${listsNamed(sections)}: no work by ${names}`, ...related(sections[0]) };
    const exact = entries.filter((e) => e.year === year);
    if (exact.length) return { referenceIndex: exact[0].index };
    const lettered = entries.filter((e) => e.year.length === 5 && e.year.startsWith(year));
    if (lettered.length === 1) return { referenceIndex: lettered[0].index };
    const section = entries[0].section;
    const has = entries.map((e) => e.year).join(', ');
    const where = listsNamed([...new Set(entries.map((e) => e.section))]);
    // The years a fix may cite instead: the lettered ones of the year, else every year the list has for the names.
    const years = (lettered.length > 1 ? lettered : entries).map((e) => e.year);
    const otherYears = years.length <= 3 ? years : undefined;
    if (lettered.length > 1) return { reason: `(${label}) is ambiguous: ${where} has ${names} ${has}; add the letter`, otherYears, ...related(section) };
    return { reason: `(${label}) matches no entry in ${where}: it has ${names} ${has}`, otherYears, ...related(section) };
  };
  return { add, resolve };
}
