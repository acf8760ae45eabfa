import type { QuotePair } from '../quotes/scanQuotes';
import { firstAtOrAfter } from '../util/search';

/**
 * A footnote definition holds two kinds of sentence. A source entry names a work: its author,
 * title, publisher, date, link, page ('Anthropic, "Project Glasswing," April 7, 2026,
 * https://…', "Whitfield & Osei (2025), p. 41.", "Retrieved April 9, 2026."); its dates and
 * figures say when and where the work appeared, and are no claims. A discursive note says
 * something of its own ("The system card lists the ten founding partners."), and its figures
 * are claims like the text's. What tells them apart is a verb: an entry is a list of names,
 * titles and dates with none outside its quoted or emphasised titles.
 */

/** Auxiliaries, copulas and modals: a finite verb whatever stands around them ("The lists are…", "was published"). */
const auxiliaries: ReadonlySet<string> = new Set(
  'is are was were am be been being has have had do does did will would can could may might must shall should'.split(' ').flatMap((w) => [w, `${w}n't`, `${w}n’t`]).concat(["won't", 'won’t', "can't", 'can’t']),
);

/**
 * Verb forms that are no noun or adjective: reporting verbs and common irregular past tenses
 * ("Fortune found the files", "President Trump said…"). Regular forms ("reported", "lists") are
 * read by their ending and what follows them (see `takesObject`).
 */
const verbForms: ReadonlySet<string> = new Set(
  (
    'says said tells told writes wrote warns argues explains insists concludes asserts describes acknowledges declares announces testified ' +
    'found gave gives made makes took takes began came comes saw sees showed shows shown held holds kept keeps paid pays sent spent ran runs became becomes brought built meant met sold chose grew knew fell rose went happened'
  ).split(' '),
);

/** A subject pronoun: the word after it is its verb ("we no longer rely on", "they could not triage"). */
const subjectPronouns: ReadonlySet<string> = new Set(['we', 'they', 'i', 'he', 'she']);

/** Words an object may open on after a transitive verb: "lists the ten", "secured them", "directed all", "cited a survey", "gives 80.8%". */
const objectOpeners: ReadonlySet<string> = new Set(
  'the a an this that these those its their his her our my your all some no every each both it them him us me nearly about more over up almost roughly'.split(' '),
);

/** Determiners and prepositions before a word in -s or -ed make it a noun or adjective: "the leaked draft", "in revised form". */
const nounBefore: ReadonlySet<string> = new Set('the a an this that these those its their his her our my your in of on for with by from at'.split(' '));

/**
 * The words of a source entry that look like verbs: when the work was accessed, published or
 * updated, and how it is titled ("accessed 9 April 2026", "archived from the original",
 * "updated the same day").
 */
const entryWords: ReadonlySet<string> = new Set(
  'accessed retrieved archived updated published posted modified revised edited translated reprinted printed cited quoted titled entitled prepared presented submitted filed dated downloaded viewed visited'.split(' '),
);

/** A word ending in -s or -ed that may be a verb: not "-ss", "-us", "-is", "-ous" ("press", "status", "analysis"). */
const verbEndingRe = /(?:[^su]s|ed)$/;
const wordRe = /[A-Za-z]+(?:['’][A-Za-z]+)?|\d/g;
const numberWords: ReadonlySet<string> = new Set(
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred dozen'.split(' '),
);

/** Whether `next`, the word after a word in -s or -ed, opens an object: the word is then a transitive verb. */
function takesObject(next: string | undefined): boolean {
  return next !== undefined && (objectOpeners.has(next) || numberWords.has(next) || (next.length === 1 && next >= '0' && next <= '9'));
}

/**
 * Whether the sentence [start, end) of `mask`, in a footnote definition, is a discursive note
 * rather than a source entry: outside its quotations (`quoted`, the block's pairs, in order) and emphasised titles ("*System Card*"), a lower-case word is an auxiliary ("is",
 * "was"), a verb form ("says", "found", "according to"), a word in -s or -ed before its object
 * ("lists the ten", "reported the leak", "gives 80.8%") or between two names ("The Pentagon
 * designated Anthropic"), or the verb after a subject pronoun ("we no longer rely").
 * The words of an entry's dates ("accessed", "retrieved", "updated") are none.
 * Example: assertsInNote('The announcement page lists the ten founding partners.') → true;
 *          assertsInNote('Anthropic, "Project Glasswing," April 7, 2026.') → false.
 */
export function assertsInNote(mask: string, start: number, end: number, quoted: readonly QuotePair[]): boolean {
  const words = noteWords(mask, start, end, quoted);
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w === '') continue;
    const first = w.charCodeAt(0);
    // Capitalised words are names and titles ("Retrieved", "Published", "Report").
    if (first < 97 || first > 122) continue;
    if (auxiliaries.has(w) || verbForms.has(w) || (w === 'according' && words[i + 1] === 'to')) return true;
    if (entryWords.has(w)) continue;
    const before = words[i - 1] ?? '';
    if (subjectPronouns.has(before.toLowerCase())) return true;
    if (!verbEndingRe.test(w) || nounBefore.has(before.toLowerCase())) continue;
    const next = words[i + 1];
    // "lists the ten", "gives 80.8%"; between two names, "The Pentagon designated Anthropic".
    if (takesObject(next) || (isCapitalised(before) && next !== undefined && isCapitalised(next))) return true;
  }
  return false;
}

function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 65 && c <= 90;
}

/**
 * The words of [start, end) of `mask` in order, as written, outside quotations and
 * single-emphasis spans; "" where something other than white space
 * (a quotation, punctuation) breaks the run of words, so that a word is never read as the
 * object of one across it.
 */
function noteWords(mask: string, start: number, end: number, quoted: readonly QuotePair[]): string[] {
  const words: string[] = [];
  let at = start;
  const piece = (from: number, to: number) => {
    const text = withoutEmphasis(mask.slice(from, to));
    let last = 0;
    wordRe.lastIndex = 0;
    for (let m; (m = wordRe.exec(text)); ) {
      if (words.length && /[^\s]/.test(text.slice(last, m.index))) words.push('');
      words.push(m[0]);
      last = m.index + m[0].length;
    }
    if (words.length) words.push('');
  };
  // Quotation pairs are in order and do not overlap: the first that may reach into the sentence, by bisection.
  for (let k = firstAtOrAfter(quoted, start, (q) => q.close + 1); k < quoted.length && quoted[k].open < end; k++) {
    const qs = quoted[k].open;
    const qe = quoted[k].close + 1;
    if (qs > at) piece(at, qs);
    at = Math.max(at, qe);
  }
  if (at < end) piece(at, end);
  return words;
}

/** A title set in single emphasis, "*Claude Mythos Preview System Card*" or "_…_", blanked (strong "**…**" stays). */
const emphasisRe = /(?<![*\w])\*(?!\*)[^*\n]{1,200}\*(?!\*)|(?<![_\w])_(?!_)[^_\n]{1,200}_(?![_\w])/g;

function withoutEmphasis(text: string): string {
  return text.includes('*') || text.includes('_') ? text.replace(emphasisRe, ' , ') : text;
}
