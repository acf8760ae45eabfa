/**
 * A transcript's speaker label at the start of a sentence: a name in capitals and a colon,
 * bold or not ("GRAHAM: Read all 224 pages…", "**DARIO AMODEI:** We…", "Q: …"). The label says
 * who speaks, not what the sentence is about: "GRAHAM: Read all 224 pages of it" after a
 * paragraph on the system card is the card's length, as "Read all 224 pages of it" is.
 */

/**
 * Up to four words in capitals (letters, dots, apostrophes, hyphens: "DR. NWOSU", "O'NEILL"),
 * emphasis marks around them, a colon and a space. Lower-case letters make it prose
 * ("Note: …", "OpenAI: …").
 */
const labelRe = /^[*_]{0,3}\p{Lu}[\p{Lu}.'’-]{0,40}(?:[ \t]\p{Lu}[\p{Lu}.'’-]{0,40}){0,3}[*_]{0,3}:[*_]{0,3}[ \t]/u;

/**
 * How many characters of the sentence its speaker label takes, 0 when it opens on none:
 * `speakerLabelLength("GRAHAM: Read all 224 pages.")` is 8.
 */
export function speakerLabelLength(sentenceText: string): number {
  return labelRe.exec(sentenceText)?.[0].length ?? 0;
}
