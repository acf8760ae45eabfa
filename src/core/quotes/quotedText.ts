/**
 * The words between an inline quotation's marks: the text itself (a code span or an escaped
 * character inside a quote is still quoted), without the comments, tags and deleted text the
 * mask blanked. "the most powerful <!-- MK: check --> AI model", "the most ~~capable~~ powerful
 * AI model" and "powerful<br>AI" are the words "the most powerful AI model"; a reviewer's note
 * or a struck word is no quoted word.
 *
 * What is left out is each run the mask blanked that opens on the mark of such markup: `<` (an
 * HTML comment or tag, `<del>…</del>`), `~~` (strikethrough, a CriticMarkup substitution's close),
 * a CriticMarkup mark (`{--`, `{>>`, `{~~`, `{++`, `{==`, `++}`, `==}`), an MDX comment (`{/*`) or
 * `%%` (an Obsidian comment), up to the last character the run blanks before prose or the line's end.
 */
export function quotedText(text: string, mask: string, start: number, end: number): string {
  const inner = text.slice(start, end);
  if (!hiddenMarkRe.test(inner)) return inner;
  let out = '';
  let at = start;
  hiddenMarkGlobalRe.lastIndex = 0;
  for (let m = hiddenMarkGlobalRe.exec(inner); m; m = hiddenMarkGlobalRe.exec(inner)) {
    const i = start + m.index;
    // Marks inside a run already left out, or inside another blanked run (a code span).
    if (i < at || mask.charCodeAt(i) !== 32 || (i > start && mask.charCodeAt(i - 1) === 32 && !isWhite(text.charCodeAt(i - 1)))) continue;
    let close = i;
    while (close < end && mask.charCodeAt(close) === 32) close++;
    while (close > i && isWhite(text.charCodeAt(close - 1))) close--;
    out += `${text.slice(at, i)} `;
    at = close;
    hiddenMarkGlobalRe.lastIndex = Math.max(close, i + 1) - start;
  }
  return at === start ? inner : out + text.slice(at, end);
}

/** The marks that open hidden markup (see above). */
const hiddenMarkRe = /<|~~|\{(?:--|>>|~~|\+\+|==|\/\*)|\+\+\}|==\}|%%/;
const hiddenMarkGlobalRe = new RegExp(hiddenMarkRe.source, 'g');

const isWhite = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;
