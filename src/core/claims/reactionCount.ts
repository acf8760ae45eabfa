/**
 * The count a chat export writes after an emoji reaction: "(reactions: 👍 3, 🎉 2)", "❤️ 12",
 * "👀2". It says how many people reacted to a message, no claim about the world. A number after
 * an emoji that a word follows ("🚀 3 launches") still counts what it names.
 */

/** An emoji, its skin tone, a variation selector or a zero-width joiner, read back from the number. */
const emojiRe = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\ufe0f\u200d]$/u;
/** What may follow a reaction count: the end, a comma, a semicolon, a closing bracket, another emoji. */
const afterCountRe = /^[ \t]*(?:$|[,;)\]\n]|\p{Extended_Pictographic})/u;

/** Whether the digits at [a, b) of `text` count an emoji reaction: an emoji before them (a space between at most), nothing that they count after. */
export function isReactionCount(text: string, a: number, b: number): boolean {
  let k = a;
  if (k > 0 && (text.charCodeAt(k - 1) === 32 || text.charCodeAt(k - 1) === 0xa0)) k--;
  // An emoji outside the Basic Multilingual Plane takes two code units.
  if (k === 0 || !emojiRe.test(text.slice(Math.max(0, k - 2), k))) return false;
  return afterCountRe.test(text.slice(b, b + 4));
}
