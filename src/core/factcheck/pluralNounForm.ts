/**
 * A cue verb's form in "-s" is also a plural noun: "filed" gives "files" ("Anthropic files suit"
 * and "the unpublished files"), "leaked" "leaks", "released" "releases", "reported" "reports".
 * The noun names other things than the verb's event (documents, not a filing), so the form is
 * read as the verb only where a verb can stand: not after a word that opens a noun phrase (a
 * determiner, a possessive, a quantifier or a number: "the files", "Fortune's reports", "3,000
 * files"), a preposition ("dozens of files", "in leaks"), or an adjective ("unpublished files",
 * "internal reports"; a participle in "-ed" and a few common adjectives), all on the same line
 * of words (a comma or a dash between ends the phrase: "the agency, which was sued, files …").
 */

/**
 * Words that open a noun phrase or stand in it before its noun: the commonest only, as each is
 * an alternative of a lookbehind in every verb cue's pattern (a long list makes the pattern slow
 * to prove free of catastrophic backtracking).
 */
const nounOpeners = [
  'the', 'these', 'those', 'its', 'their', 'our', 'some', 'many', 'several', 'all', 'both', 'few', 'no', 'other', 'more',
  'two', 'three', 'dozens', 'hundreds', 'thousands',
  'of', 'in', 'from', 'with', 'by', 'for', 'about',
  'new', 'internal', 'secret', 'confidential', 'draft',
];

/**
 * A lookbehind for the regular expression of a cue, put right after the verb's stem (`stem`, its
 * pattern) and before the "-s" ending: it fails where the words before make the form a noun (see
 * the module comment). Holding the stem, it runs only where the stem matched. Spaces and tabs only
 * between: a line break in a hard-wrapped paragraph is rare enough to leave the form a verb.
 */
export function nounFormAfter(stem: string): string {
  return String.raw`(?<!(?:(?:^|[^\p{L}\p{N}])(?:${openers})|\p{L}{3}ed|\p{N}|\p{L}['’]s?)[ \t]+${stem})`;
}

const openers = nounOpeners.join('|');
