import type { Source } from '../factbase/schema';
import type { ReferenceItem } from '../markdown/structure';

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const monthName = months.join('|');

/**
 * An item that names its publisher, then the title in quotation marks: `Anthropic, "Project
 * Glasswing: …", 7 April 2026.` (the comma after the title, or the full stop of an undated work, inside
 * or outside the closing mark).
 */
const publisherFirst = /^[^"“”,\r\n]{1,80},\s+(["“])[^"“”\r\n]{3,300}?([,.]?)["”](.*)$/;
const dayMonthYear = new RegExp(`\\b\\d{1,2} (?:${monthName}) \\d{4}\\b`);
const monthDayYear = new RegExp(`\\b(?:${monthName}) \\d{1,2}, \\d{4}\\b`);
const monthYear = new RegExp(`\\b(?:${monthName}) \\d{4}\\b`);

const withStop = (title: string) => (/[.?!]$/.test(title) ? title : `${title}.`);

type DateStyle = 'day-month' | 'month-day' | 'month' | 'none';

/** A source's date as the list writes dates: "7 April 2026", "April 7, 2026", "April 2026"; '' when it writes none or the source has none. */
function writtenDate(date: string | undefined, style: DateStyle): string {
  const m = date ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date) : null;
  if (!m || style === 'none') return '';
  const [, year, month, day] = m;
  if (!month) return year;
  const name = months[Number(month) - 1];
  if (!day || style === 'month') return `${name} ${year}`;
  return style === 'day-month' ? `${Number(day)} ${name} ${year}` : `${name} ${Number(day)}, ${year}`;
}

/**
 * How a reference list writes a work, read from its items, when most of them name the publisher
 * first and the title in quotation marks (`Fortune, "Anthropic Accidentally Leaked …", March 2026.`):
 * a new item then does the same, with the same marks, the comma where the items put it and the date
 * as they write dates (none when they write none). Undefined for lists in any other style, whose
 * new items keep the default `Title - Publisher`. Footnote definitions are read the same way
 * (`[^fortune]: Fortune, "Title", March 2026.`).
 */
export function listItemStyle(items: readonly Pick<ReferenceItem, 'text'>[]): ((source: Source) => string) | undefined {
  const matches = items.map((i) => publisherFirst.exec(i.text.trim())).filter((m) => m !== null);
  if (!matches.length || matches.length * 2 < items.length) return undefined;
  const [, open, markInside] = matches[0];
  const close = open === '“' ? '”' : '"';
  const rests = matches.map((m) => m[3]);
  const style: DateStyle = rests.some((r) => dayMonthYear.test(r))
    ? 'day-month'
    : rests.some((r) => monthDayYear.test(r))
      ? 'month-day'
      : rests.some((r) => monthYear.test(r))
        ? 'month'
        : 'none';
  // A comma inside the marks, or a full stop there (`"System Card."`): the punctuation goes inside, as American usage has it.
  const inside = markInside !== '';
  return (source) => {
    const date = writtenDate(source.date, style);
    // With no date the title ends the work: its full stop goes where the list puts the comma ("Title." or "Title".).
    const title = date ? (inside ? `${open}${source.title},${close}` : `${open}${source.title}${close},`) : inside ? `${open}${withStop(source.title)}${close}` : `${open}${source.title}${close}.`;
    return `${source.publisher}, ${title}${date ? ` ${date}.` : ''}${source.url ? ` ${source.url}` : ''}`;
  };
}
