import type { Block } from '../markdown/structure';
import type { EntityMention } from '../types';
import { firstAtOrAfter } from '../util/search';
import { namesAnyIn } from '../entities/mentionsIn';
import { holdsVerbOfSaying } from '../factcheck/verbCredits';

/**
 * The words minutes record a member of the meeting saying: `Ms Achterberg said: "…"`, `Mr Ortiz said he
 * was "…"`, `After discussion the Chair said: "…"`, in a document whose title says it is minutes and
 * which lists who attended. The minutes are the record of that meeting, the primary source of what was
 * said in it: no PL001. An outsider's words (`Hegseth said "…"`), words reported through another
 * (`Mr Mbeki said he had been struck by Anthropic's description of the model as "…"`) and words on record
 * keep it.
 */

/** A title that says the document is minutes: `Minutes of a meeting of the Board`, `Draft minutes`, `Board minutes`. */
const minutesTitleRe = /\bminutes\b/i;
/** A heading over the list of who attended: `## Present`, `## In attendance`, `## Attendees`; not `## Apologies`. */
const attendanceHeadingRe = /^[#\s*_]*(?:present|in attendance|attendees|attendance|attending|also present|members present)\b/i;
/** A paragraph that lists who attended after its label: `Present: Sir Malcolm Reid (Chair), Priya Raman (CEO)`. */
const attendanceLabelRe = /^[\s*_-]*(?:present|in attendance|attendees|attending|also present|members present)[*_]{0,2}\s*:/i;
/** A run of capitalised words, a name or a role: `Sir Malcolm Reid`, `Chief Information Security Officer`, `CFO`. */
const capitalisedRunRe = /\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*)*/gu;
/** How far past the speaker's name the quotation may stand: `Mr Ortiz| said he was "…"`. */
const speakerReach = 60;
const upperRe = /\p{Lu}/u;
const wordCharRe = /[\p{L}'’-]/u;
/** How far before a quotation its sentence is read. */
const window = 200;
/** How many blocks at the document's start may hold its title. */
const titleBlocks = 3;

/**
 * The names and roles of a meeting's attendance list, as keys: each run's last word (`Reid`, `Chair`,
 * `Officer`) and the initials of a run of several words (`CISO` for `Chief Information Security Officer`).
 * Example: attendeeKeys(['Tomasz Wieczorek (Chief Information Security Officer)']) holds 'Wieczorek' and 'CISO'.
 */
export function attendeeKeys(lines: readonly string[]): Set<string> {
  const keys = new Set<string>();
  for (const line of lines) {
    for (const m of line.matchAll(capitalisedRunRe)) {
      const words = m[0].split(/[ \t]+/);
      keys.add(words[words.length - 1]);
      if (words.length > 1) keys.add(words.map((w) => w[0]).join(''));
    }
  }
  return keys;
}

/**
 * Whether the quotation whose opening mark is at `open` gives words the minutes record a member of
 * the meeting saying (see the module's comment). Built once per analysis: it reads the document's
 * first blocks for its title and its attendance list once; each question reads one sentence before the mark.
 * Example: in minutes listing `- Helen Achterberg (Senior Independent Director)` under `## Present`,
 * `Ms Achterberg said: "I would rather we overspend on patching."` is true at its mark.
 */
export function recordedInMinutes(mask: string, blocks: readonly Block[], entities: readonly EntityMention[]): (open: number) => boolean {
  let keys: Set<string> | undefined;
  const attendees = (): Set<string> => {
    if (keys) return keys;
    const lines: string[] = [];
    const titled = blocks.slice(0, titleBlocks).some((b) => (b.kind === 'heading' || b.kind === 'paragraph') && minutesTitleRe.test(mask.slice(b.start, b.end)));
    if (titled) {
      let under = false;
      for (const b of blocks) {
        const words = mask.slice(b.start, b.end);
        if (b.kind === 'heading') under = attendanceHeadingRe.test(words);
        else if (under) lines.push(words);
        else if (b.kind === 'paragraph' && attendanceLabelRe.test(words)) lines.push(words.replace(attendanceLabelRe, ''));
      }
    }
    return (keys = attendeeKeys(lines));
  };
  return (open) => {
    const members = attendees();
    if (members.size === 0) return false;
    const bi = firstAtOrAfter(blocks, open + 1, (b) => b.end);
    const block = blocks[bi];
    if (!block || block.start > open || block.kind !== 'paragraph') return false;
    const from = Math.max(block.start, open - window);
    const before = mask.slice(from, open);
    const start = from + Math.max(before.lastIndexOf('. '), before.lastIndexOf('? '), -1) + 1;
    if (namesAnyIn(entities, start, open)) return false;
    const sentence = mask.slice(start, open);
    const name = lastCapitalWord(sentence);
    if (!name || !members.has(sentence.slice(name.start, name.end)) || /['’]s\s*$/.test(sentence.slice(0, name.start))) return false;
    const rest = sentence.slice(name.end);
    return rest.length <= speakerReach && !/['’]s\b/.test(rest) && holdsVerbOfSaying(sentence.slice(name.start));
  };
}

/**
 * The last word of `text` that opens on a capital, when no more than `speakerReach` characters
 * follow it: lastCapitalWord('44.9 After discussion the Chair said: ') is the span of "Chair".
 */
function lastCapitalWord(text: string): { start: number; end: number } | undefined {
  let i = text.length - 1;
  const floor = Math.max(0, text.length - speakerReach - 40);
  while (i >= floor && !upperRe.test(text[i])) i--;
  if (i < floor) return undefined;
  let start = i;
  while (start > 0 && wordCharRe.test(text[start - 1])) start--;
  let end = i + 1;
  while (end < text.length && wordCharRe.test(text[end])) end++;
  // The capital found may sit inside the word ("McLeod"): the word is read whole, from its first letter.
  return upperRe.test(text[start]) ? { start, end } : undefined;
}
