/** Marks that close a quotation: straight and curly quotation marks, guillemets. */
const closingMarks = new Set(['"', '”', '’', "'", '»', '›', '“']);

/**
 * Where a bracketed author-year citation goes for words that end at `place`, as offsets to
 * replace and the text: before the sentence's full stop (`…five million times (Anthropic, 2026a).`),
 * and after a quotation that holds the sentence's full stop inside its closing mark, in the
 * sentence, which it then ends: `…previous models."` becomes `…previous models" (Anthropic, 2026c).`
 * (one edit that moves the stop), and `…this generally?"` becomes `…this generally?" (CNN, 2026).`
 * Elsewhere the citation goes at `place`.
 */
export function bracketCitationEdit(text: string, place: number, marker: string): { start: number; end: number; newText: string } {
  const before = text[place - 1];
  if (before === '.' || before === '!' || before === '?') return { start: place - 1, end: place - 1, newText: ` ${marker}` };
  const stop = text[place - 2];
  const after = text[place];
  // The quotation ends the sentence: nothing but white space, or the end, after its closing mark.
  if (closingMarks.has(before) && (after === undefined || /\s/.test(after)) && (stop === '.' || stop === '?' || stop === '!')) {
    if (stop === '.' && text[place - 3] !== '.') return { start: place - 2, end: place, newText: `${before} ${marker}.` };
    return { start: place, end: place, newText: ` ${marker}.` };
  }
  return { start: place, end: place, newText: ` ${marker}` };
}
