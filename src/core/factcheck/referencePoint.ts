import type { ClaimValue } from '../types';
import { firstAtOrAfter } from '../util/search';

/**
 * Dates set against an event that the sentence names only as a reference point: "Heartbleed was
 * disclosed on April 7, 2014, twelve years to the day before the Glasswing launch" dates
 * Heartbleed; "On 6 April, Anthropic briefed CISA ahead of the launch" dates the briefing;
 * "The first anniversary of the leak fell on March 26, 2027" dates the anniversary. The event
 * after "before", "ahead of", "within 90 days of", "anniversary of" is what the date is measured
 * from, not what it dates, unless the date stands with it ("after the leak on March 26",
 * "after it shipped GPT-5.3-Codex in February 2026").
 */

/** Words that set a time against an event named after them. */
const relationWord = /\b(?:before|after|ahead\s+of|prior\s+to|since|following|until|anniversary\s+of|(?:hours?|days?|weeks?|months?|years?)\s+(?:of|from))\s/giu;

/** The few words that may stand between a relation word and the event's cue: "before [the Glasswing] launch", "before [Anthropic's own files] leaked". */
const wordsToCue = /^(?:[\p{L}\p{N}][\p{L}\p{N}.’'-]*\s+){0,4}$/u;

/** A break that ends a phrase before the cue: the event it names would be in another clause. */
const phraseBreak = /[,;:()[\]—–"“”]/;

/** A subject pronoun right before a cue makes it a verb: "before it shipped", "after they launch". */
const subjectBefore = /\b(?:it|they|we|he|she|I|you)\s+$/u;

/** What ends the clause of a verb cue: "before it shipped GPT-5.3-Codex[,] …". */
const clauseEnd = /[,;:()[\]—–]/;

/** What joins a date to the event noun right before it: "the leak on March 26", "the launch in April 2026". */
const dateJoin = /^\s+(?:on|in|of)\s+$/iu;

/**
 * The parts of a sentence that name an event only as a reference point, as flat start, end pairs
 * in document offsets: from the relation word to the event's noun ("ahead of the launch",
 * "anniversary of Anthropic's leak"), or, for an event told by a verb, to the end of its clause
 * ("two years before Anthropic's own files leaked"). A date joined to the noun ("before the
 * launch on April 7") is part of it, as is one in the verb's clause: it dates that event.
 * `cueSpans` are the cues of the dated facts in the sentence (flat pairs, document offsets).
 * Example: referencePhrases('On 6 April, Anthropic briefed CISA ahead of the launch.', 0, [48, 54], [])
 * → [35, 54].
 */
export function referencePhrases(sentenceText: string, start: number, cueSpans: readonly number[], values: readonly ClaimValue[]): number[] {
  const out: number[] = [];
  // The cues in order of start, each found by bisection from a relation word: one pass in all.
  const cues: [number, number][] = [];
  for (let c = 0; c < cueSpans.length; c += 2) cues.push([cueSpans[c], cueSpans[c + 1]]);
  cues.sort((x, y) => x[0] - y[0]);
  // A clause end found once serves every verb cue before it.
  let clauseFrom = -1;
  let clauseTo = -1;
  relationWord.lastIndex = 0;
  for (let m; (m = relationWord.exec(sentenceText)); ) {
    const from = start + m.index + m[0].length;
    const cue = cues[firstAtOrAfter(cues, from, (c) => c[0])];
    if (!cue) break;
    const between = sentenceText.slice(from - start, cue[0] - start);
    if (phraseBreak.test(between) || !wordsToCue.test(between)) continue;
    const cueText = sentenceText.slice(cue[0] - start, cue[1] - start);
    let end = cue[1];
    if (/ed$/i.test(cueText) || subjectBefore.test(between)) {
      if (!(end >= clauseFrom && end <= clauseTo)) {
        clauseFrom = end;
        clauseTo = endOfClause(sentenceText, start, end, values);
      }
      end = clauseTo;
    } else {
      // The first figure after the noun, joined to it by "on", "in" or "of": "the leak on March 26".
      const next = values[firstAtOrAfter(values, end + 1, (v) => v.span.start)];
      if (next && dateJoin.test(sentenceText.slice(end - start, next.span.start - start))) end = next.span.end;
    }
    out.push(start + m.index, end);
  }
  return out;
}

/**
 * Where the clause that goes on at `from` ends (document offsets): at a comma, semicolon, bracket or
 * dash, not at the comma inside a figure ("on April 9, 2026, CISA …" ends after "2026").
 */
function endOfClause(sentenceText: string, start: number, from: number, values: readonly ClaimValue[]): number {
  for (let at = from; ; ) {
    const stop = sentenceText.slice(at - start).search(clauseEnd);
    if (stop < 0) return start + sentenceText.length;
    const v = values[firstAtOrAfter(values, at + stop + 1, (x) => x.span.start) - 1];
    if (!v || v.span.end <= at + stop) return at + stop;
    at = v.span.end;
  }
}

/**
 * Whether [a, b) lies inside one of the phrases (flat start, end pairs in order of start, as
 * `referencePhrases` gives them): the phrases starting at or before `a` reach `b` if the
 * farthest of them does.
 */
export function insidePhrase(phrases: readonly number[], a: number, b: number): boolean {
  let reach = reaches.get(phrases);
  if (!reach) {
    // reach[i]: the farthest end of phrases 0..i, so one bisection answers each question.
    reach = [];
    for (let k = 0; k < phrases.length; k += 2) reach.push(Math.max(reach[reach.length - 1] ?? -1, phrases[k + 1]));
    reaches.set(phrases, reach);
  }
  let lo = 0;
  let hi = reach.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (phrases[2 * mid] <= a) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && b <= reach[lo - 1];
}

/** The prefix reach of each list of phrases `insidePhrase` was asked about. */
const reaches = new WeakMap<readonly number[], number[]>();

/** The sentence with the phrases blanked out, each character a space: offsets stay where they were. */
export function blankPhrases(sentenceText: string, start: number, phrases: readonly number[]): string {
  const parts: string[] = [];
  let at = 0;
  for (let k = 0; k < phrases.length; k += 2) {
    const a = Math.max(at, phrases[k] - start);
    const b = phrases[k + 1] - start;
    if (b <= a) continue;
    parts.push(sentenceText.slice(at, a), ' '.repeat(b - a));
    at = b;
  }
  parts.push(sentenceText.slice(at));
  return parts.join('');
}

/**
 * A date that names a boundary of a calendar or a deadline, not the day of an event: "a June 30
 * fiscal year-end", "the March 31 deadline", "its December 31 cutoff".
 */
const calendarMarkAfter = /^\s+(?:(?:fiscal|financial|tax|reporting|filing|submission|comment)\s+)?(?:year[- ]end|quarter[- ]end|deadline|cut-?off|due\s+date)\b/iu;
const determinerBefore = /\b(?:a|an|the|its|their|our|his|her|each|every|this|that)\s+$/iu;

/**
 * Whether a date is a mark of the calendar or a deadline ("partners with a June 30 fiscal
 * year-end, the launch landed in fiscal Q4"): it dates no event, so no fact's date is held against it.
 * Example: isCalendarMark('with a June 30 fiscal year-end', 0, { start: 7, end: 14 }) → true.
 */
export function isCalendarMark(sentenceText: string, start: number, span: { start: number; end: number }): boolean {
  return determinerBefore.test(sentenceText.slice(Math.max(0, span.start - start - 8), span.start - start)) && calendarMarkAfter.test(sentenceText.slice(span.end - start));
}
