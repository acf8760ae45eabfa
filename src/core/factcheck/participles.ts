/**
 * Verbs of saying in their -ing form, and how each stands in its sentence. A participle has no
 * subject of its own: set off by a comma it takes the subject of the clause it is attached to
 * ("Microsoft's amicus brief went further, arguing that …" is Microsoft's brief arguing), and
 * opening a sentence it takes the subject after its phrase ("Calling it “…”, Jim Zemlin went
 * further"). After a determiner, an owner or a preposition the same word is a noun or a gerund
 * ("the draft's warning that …", "criticised Anthropic for calling it …"), whose speaker the
 * sentence does not settle: it credits no one, and is no verb of saying.
 */

/** The -ing forms of the verbs of saying ("quoting" is read as "quote", see verbCredits.ts). */
export const participleVerbs =
  'saying|telling|warning|writing|stating|declaring|claiming|arguing|adding|insisting|explaining|remarking|testifying|announcing|describing|calling|noting|concluding|quipping';

const participleSet: ReadonlySet<string> = new Set(participleVerbs.split('|'));

/** Whether `word` (lower case) is one of `participleVerbs`. */
export function isParticiple(word: string): boolean {
  return participleSet.has(word);
}

/**
 * How a participle stands (offsets in the string it was read in):
 * - `attached`: set off after a clause or a noun phrase, whose subject it takes; `hostEnd` is
 *   where that clause ends (the comma or dash, or the conjunction: ", arguing", " — arguing",
 *   ", while also arguing", " while arguing", ", citing X and arguing");
 * - `opening`: at the head of its sentence or clause, taking the subject after its phrase;
 * - `finite`: after a name, a noun or an auxiliary, read as any verb of saying is ("Microsoft is
 *   arguing", "a brief arguing").
 */
export type ParticipleUse = { readonly kind: 'attached'; readonly hostEnd: number } | { readonly kind: 'opening' } | { readonly kind: 'finite' };

/** Words that may stand between the comma and the participle: ", also arguing", ", while insisting", ", in arguing". */
const connectors: ReadonlySet<string> = new Set(['also', 'then', 'again', 'further', 'even', 'thus', 'thereby', 'while', 'whilst', 'when', 'after', 'before', 'in', 'by', 'only', 'still']);
/** Conjunctions that attach a participle without a comma: "went further while arguing". */
const bareConnectors: ReadonlySet<string> = new Set(['while', 'whilst', 'when', 'thereby']);
/** Words that join a participle to one before it: ", citing X and arguing". */
const coordinators: ReadonlySet<string> = new Set(['and', 'or']);

/** Words after which an -ing form is a noun or a gerund: determiners and prepositions ("the warning", "for calling", "in writing", "quoted as saying"). */
const nounBefore: ReadonlySet<string> = new Set(
  'the a an this that these those its their his her our my your some any no every each another of for by in on at with without from about against to into upon over under after before through via despite since like unlike than as'.split(' '),
);

/** Characters that attach what follows to the clause before: a comma, a dash. */
const attachMarks: ReadonlySet<string> = new Set([',', '—', '–']);
/** Characters after which a participle opens its phrase: a sentence or clause start. */
const openMarks: ReadonlySet<string> = new Set([';', ':', '(', '[', '*', '_', '>', '#', '•']);

const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0';

/** The word of letters (and an apostrophe) that ends at `end` in `s`, lower-cased, and where it starts. */
function wordEndingAt(s: string, end: number): { word: string; start: number } | undefined {
  let k = end;
  while (k > 0 && /[\p{L}'’]/u.test(s[k - 1])) k--;
  return k < end ? { word: s.slice(k, end).toLowerCase(), start: k } : undefined;
}

/** Offset of the first character of the white space that ends at `end` in `s`. */
function skipSpaceBack(s: string, end: number): number {
  while (end > 0 && isSpace(s[end - 1])) end--;
  return end;
}

/** Where a comma stands before `at` in `s`, within `reach` characters and before any sentence or clause end, if one does. */
function commaBefore(s: string, at: number, reach: number): number | undefined {
  for (let k = at - 1; k >= 0 && k >= at - reach; k--) {
    const c = s[k];
    if (c === ',') return k;
    if (c === '.' || c === ';' || c === ':' || c === '!' || c === '?' || c === '\n') return undefined;
  }
  return undefined;
}

/**
 * How the participle at `at` in `s` stands (see `ParticipleUse`), or undefined for a noun or a
 * gerund, which is no verb of saying. Reads back at most two words and, after "and", a bounded
 * window for the comma before the participle it joins.
 */
export function participleUse(s: string, at: number): ParticipleUse | undefined {
  let end = skipSpaceBack(s, at);
  if (end === 0) return { kind: 'opening' };
  if (attachMarks.has(s[end - 1])) return { kind: 'attached', hostEnd: end - 1 };
  if (openMarks.has(s[end - 1])) return { kind: 'opening' };
  const w = wordEndingAt(s, end);
  if (!w) return { kind: 'finite' };
  if (/['’]s$/.test(w.word) || w.word.endsWith('s’')) return undefined;
  if (coordinators.has(w.word)) {
    const comma = commaBefore(s, w.start, 120);
    return comma === undefined ? undefined : { kind: 'attached', hostEnd: comma };
  }
  const adverb = w.word.endsWith('ly');
  if (connectors.has(w.word) || adverb) {
    end = skipSpaceBack(s, w.start);
    if (attachMarks.has(s[end - 1])) return { kind: 'attached', hostEnd: end - 1 };
    if (bareConnectors.has(w.word)) return { kind: 'attached', hostEnd: end };
    // "an early warning", "the publicly stated": an adjective or adverb in a noun phrase.
    if (adverb) return nounBefore.has(wordEndingAt(s, end)?.word ?? '') ? undefined : { kind: 'finite' };
  }
  return nounBefore.has(w.word) ? undefined : { kind: 'finite' };
}
