/**
 * Markdown emphasis marks at the edges of words: "**" opening before a word, "_" closing after
 * one. A message quotes a draft's words without them ("**@pentagon_watch** replying" reads
 * "@pentagon_watch replying"); marks inside a word ("pentagon_watch", "2*3") stay.
 */
const edgeMarksRe = /(^|[\s(["“‘'])[*_]{1,3}(?=[^\s*_])|(?<=[^\s*_])[*_]{1,3}(?=$|[\s).,;:!?\]"”’'])/g;

/** `text` without Markdown emphasis marks at the edges of its words. */
export function withoutEmphasisMarks(text: string): string {
  return text.includes('*') || text.includes('_') ? text.replace(edgeMarksRe, '$1') : text;
}
