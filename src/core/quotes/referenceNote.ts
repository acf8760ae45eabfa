import type { ReferenceInfo } from '../types';
import { holdsVerbOfSaying } from '../factcheck/verbCredits';

/** What may stand before a reference note's title: a publisher or an author, a few words on the note's first line, no sentence end. */
const creditBeforeTitleRe = /^[^\r\n.!?]{0,80}$/;
/** The most words before the title: "Axios,", "Sam Sabin, Axios,", "Anthropic, Frontier Red Team,". */
const maxWordsBefore = 8;

/**
 * Whether a footnote definition is a reference whose quoted title is a name, not someone's words:
 * `[^2]: Axios, "Anthropic warns officials of AI cyberattacks."` is a reference, and its quoted
 * title a term, as a References list's would be. The title opens the note, or follows a publisher
 * or author on its first line; `[^4]: Amodei told CNN "We did not …"` reports words, and a verb of
 * saying outside the title tells them apart (the title's own verbs, "warns", do not count); a
 * quotation in the note's later sentences or paragraphs ("First.\n\n    Second, see: "…"") is one.
 */
export function isReferenceNote(note: ReferenceInfo): boolean {
  const at = note.title ? note.text.indexOf(note.title) : -1;
  if (at < 0 || note.title === note.text.trim()) return false;
  const before = note.text.slice(0, at);
  if (!creditBeforeTitleRe.test(before) || before.split(/\s+/).filter(Boolean).length > maxWordsBefore) return false;
  return !holdsVerbOfSaying(before + ' ' + note.text.slice(at + note.title.length));
}
