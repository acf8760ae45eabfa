import type { Sentence } from '../types';
import type { MarkerHit } from './markers';
import { firstAtOrAfter } from '../util/search';

/**
 * A Pandoc inline note attached to a sentence cites that sentence: in "Glasswing has twelve
 * founding partners.^[See the announcement [@glasswing2026].]" the note's marker sources the
 * sentence's figure and any quotation in it, as a footnote reference `[^1]` there would. The
 * note is a sentence of its own (splitSentences), so its markers are added, in place, to the
 * list of the sentence it directly follows, with nothing in between. Not the other way round:
 * the sentence's own markers do not source what the note says.
 *
 * Linear in the length of the notes' paragraphs: each is read once for its brackets.
 */
export function lendInlineNoteMarkers(mask: string, sentences: readonly Sentence[], markers: readonly MarkerHit[], markersBySentence: number[][]): void {
  const closes = new Map<number, number>();
  // Where the last paragraph read for brackets ends: a note before it was read with it.
  let readTo = -1;
  for (let i = 1; i < sentences.length; i++) {
    const at = sentences[i].span.start;
    if (mask.charCodeAt(at) !== 94 /* ^ */ || mask.charCodeAt(at + 1) !== 91 /* [ */ || sentences[i - 1].span.end !== at) continue;
    if (at >= readTo) readTo = readBrackets(mask, at + 1, closes);
    const close = closes.get(at + 1);
    if (close === undefined) continue;
    const lent = markersBySentence[i - 1];
    for (let k = firstAtOrAfter(markers, at, (m) => m.start); k < markers.length && markers[k].start < close; k++) lent.push(k);
  }
}

/**
 * Reads the brackets of the paragraph from `from` (an opening bracket) to its end (a blank
 * line, or the text's end): the closing bracket of each opening one goes to `closes`. Returns
 * where it stopped.
 */
function readBrackets(mask: string, from: number, closes: Map<number, number>): number {
  const open: number[] = [];
  let i = from;
  for (; i < mask.length; i++) {
    const c = mask.charCodeAt(i);
    if (c === 91 /* [ */) open.push(i);
    else if (c === 93 /* ] */) {
      const o = open.pop();
      if (o !== undefined) closes.set(o, i);
    } else if (c === 10 && endsParagraph(mask, i + 1)) break;
  }
  return i;
}

/** Whether the line at `at` is blank (spaces, tabs, a carriage return) or the text ends there. */
function endsParagraph(mask: string, at: number): boolean {
  let k = at;
  while (k < mask.length && (mask.charCodeAt(k) === 32 || mask.charCodeAt(k) === 9 || mask.charCodeAt(k) === 13)) k++;
  return k >= mask.length || mask.charCodeAt(k) === 10;
}
