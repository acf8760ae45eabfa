/**
 * An editor's note on the document itself, a correction or an update notice: "*This story has
 * been corrected to show that the contract was worth $200 million, not $250 million.*", "An
 * earlier version of this article misstated the date of the leak.", "Correction (April 12): …".
 * It tells readers what the document got wrong or changed; it is the publisher's own word, which
 * no citation supports, so its figures want none (PL007). Their check against the fact base
 * stays: a notice that corrects to a wrong figure still contradicts the record (PL006).
 */

/** Kinds of piece a notice names as "this …". */
const piece = String.raw`(?:story|article|report|post|blog[ \t]+post|piece|brief|briefing|newsletter|item|column|explainer|analysis|paper|note|memo|episode|issue|edition|page|entry|document)`;

/**
 * The opening of such a notice, past emphasis and brackets, and an optional label ("Correction:",
 * "Update (April 12):", "Editor's note —"): "This story has been corrected|updated…", "An
 * earlier|The original version of this article …".
 */
const noticeOpeningRe = new RegExp(
  String.raw`^[^\p{L}]{0,6}(?:(?:corrections?|clarification|editor['’]?s[ \t]+note|update|updated)[*_]{0,2}[ \t]*(?:\([^()\n]{0,40}\)[ \t]*)?[*_]{0,2}[:.—–-][^\p{L}]{0,6})?` +
    String.raw`(?:this[ \t]+${piece}[ \t]+(?:has[ \t]+been|was|have[ \t]+been)[ \t]+(?:corrected|updated|amended|revised|changed|edited)|(?:an|the)[ \t]+(?:earlier|previous|prior|original|first)[ \t]+version[ \t]+of[ \t]+this[ \t]+${piece})(?![\p{L}])`,
  'iu',
);

/** Whether the paragraph of `mask` that starts at `blockStart` opens as a correction or update notice on the document itself. */
export function opensCorrectionNotice(mask: string, blockStart: number, blockEnd: number): boolean {
  return noticeOpeningRe.test(mask.slice(blockStart, Math.min(blockEnd, blockStart + 160)));
}
