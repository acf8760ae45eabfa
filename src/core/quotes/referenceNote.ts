import type { ReferenceInfo } from '../types';
import { holdsVerbOfSaying } from '../factcheck/verbCredits';

/**
 * Whether a footnote definition is a reference whose quoted title is a name, not someone's words:
 * `[^2]: Axios, "Anthropic warns officials of AI cyberattacks."` is a reference, and its quoted
 * title a term, as a References list's would be; `[^4]: Amodei told CNN "We did not …"` reports
 * words, and a verb of saying outside the title tells them apart (the title's own verbs, "warns",
 * do not count).
 */
export function isReferenceNote(note: ReferenceInfo): boolean {
  const at = note.title ? note.text.indexOf(note.title) : -1;
  if (at < 0 || note.title === note.text.trim()) return false;
  return !holdsVerbOfSaying(note.text.slice(0, at) + ' ' + note.text.slice(at + note.title.length));
}
