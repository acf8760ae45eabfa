/**
 * Record and docket citations as briefs and legal memos write them: the number after one names
 * a docket entry, a page or a paragraph of the record, or a court rule; it counts nothing.
 * "ECF Nos. 1, 9", "Dkt. 12", "Doc. 22", "R. 45", "App. 12", "JA 101", "Compl. ¶ 22",
 * "¶¶ 4–7", "Civ. L.R. 7-11", and the pincite after one: "ECF No. 14 at 3", "*Id.* at 5".
 * Only a few characters before the number are read.
 */

/**
 * A record label right before a number, read on the 12 characters before it: a paragraph mark
 * ("¶ 22", "¶¶ 4"), a docket or record abbreviation with its dot ("Nos. 1", "Dkt. 12", "Doc. 22",
 * "App. 12", "Tr. 45", "Ex. 3"), a rule or record "R." in capitals ("R. 45", "L.R. 7-11", "Fed.
 * R. Civ. P. 65" ends in "P." and is no label here), or a joint appendix or excerpts of record in
 * capitals ("JA 101", "ER 12", "SER 4"). Not "dkt 12" without its dot nor "ja 3".
 */
const recordLabelBeforeRe = /(?:¶|(?:^|[^\p{L}])(?:(?:[Nn]os|[Dd]kt|[Dd]oc|App|Tr|Ex)\.|R\.|(?:JA|ER|SER)))[ \t\u00a0]*$/u;

/**
 * Whether the number at `a` follows a record label (see `recordLabelBeforeRe`).
 * Example: isRecordLabelled('(ECF Nos. 1, 9)', 10) → true; isRecordLabelled('filed 14 exhibits', 6) → false.
 */
export function isRecordLabelled(text: string, a: number): boolean {
  return recordLabelBeforeRe.test(text.slice(Math.max(0, a - 12), a));
}

/**
 * "at" between spaces right before a pincite's page, after a labelled number or "Id." (in
 * emphasis or not): "ECF No. 14 at 3" (the text after "14"), "*Id.* at 5", "id. at 7".
 */
const pinciteAtRe = /^[ \t\u00a0]+at[ \t\u00a0]+$/;
const idAtRe = /(?:^|[^\p{L}])[*_]{0,2}[Ii]d\.[*_]{0,2}[ \t\u00a0]+at[ \t\u00a0]+$/u;

/**
 * Whether the number at `a` is the page of a pincite: "at N" right after a number the sentence
 * labelled, ending at `labelEnd` (-1 for none: "ECF No. 14 at 3"), or after "Id." ("*Id.* at 5").
 * Not "Section 3 at 40" when the number counts the word after it: the caller checks that.
 * Example: isPincitePage('ECF No. 14 at 3', 14, 10) → true; isPincitePage('met at 3', 7, -1) → false.
 */
export function isPincitePage(text: string, a: number, labelEnd: number): boolean {
  if (labelEnd >= 0 && labelEnd < a && a - labelEnd <= 8 && pinciteAtRe.test(text.slice(labelEnd, a))) return true;
  return idAtRe.test(text.slice(Math.max(0, a - 14), a));
}
