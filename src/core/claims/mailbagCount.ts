/**
 * A count of the writer's own readers who wrote in, as a newsletter thanks them or answers their
 * mail: "Thanks to the three readers who wrote in.", "Forty of you replied to last week's poll.",
 * "12 subscribers emailed to point out the error.", "the 37 listeners who sent questions", "212 of
 * you hit reply". The writer counts their own mailbag: no source could support it, and no fact is
 * about it. Readers who did anything else ("2 million readers subscribe to Fortune") are counted
 * as anything is.
 */

/**
 * After the count: the readers, "of you" or "of our readers", an optional "who" or "that", and a
 * verb of writing to the writer ("wrote in", "replied", "emailed", "got in touch", "sent questions", "hit reply").
 */
const mailbagAfterRe =
  /^[ \t]+(?:readers|subscribers|listeners|viewers|of[ \t]+you|of[ \t]+our[ \t]+(?:readers|subscribers|listeners|viewers))[ \t]+(?:(?:who|that)[ \t]+)?(?:wrote|write|emailed|email|replied|reply|responded|respond|answered|sent[ \t]+(?:in|us|me|questions|notes|messages|emails|corrections)|hit[ \t]+reply|got[ \t]+in[ \t]+touch|reached[ \t]+out|commented|comment|wrote[ \t]+in|asked|pointed[ \t]+out|spotted|noticed|flagged|voted|took[ \t]+(?:the|our|last)|filled[ \t]+(?:in|out))(?![\p{L}])/u;

/** Whether the count ending at `b` of `text` counts the writer's readers who wrote in (see the module comment). */
export function isMailbagCount(text: string, b: number): boolean {
  const c = text.charCodeAt(b);
  // Most counts are followed by another word: the pattern runs only before "readers", "subscribers", "listeners", "viewers" or "of".
  return (c === 32 || c === 9) && mayOpenReaders(text.charCodeAt(b + 1)) && mailbagAfterRe.test(text.slice(b, b + 60));
}

/** r s l v o: the first letters of the readers' words and of "of". */
const mayOpenReaders = (c: number) => c === 114 || c === 115 || c === 108 || c === 118 || c === 111;
