/**
 * Whether one word, standing alone, is written as a name and as no ordinary word, wherever it
 * stands in a sentence: a capital after a small letter ("OpenSSF", "xAI", "GitHub") or
 * capitalised parts joined by hyphens ("Alpha-Omega"). A capitalised word alone at a sentence's
 * start may be any word ("Researchers", "Critics"); these cannot, so a sentence that opens on one
 * opens on a name of its own ("Alpha-Omega has donated …", "xAI called Grok 4 …"). Capitals
 * alone are left out: "AI", "API" or "LLM" open a sentence as often to modify a noun ("LLM
 * developers …") as to name its subject.
 */
const innerCapital = /\p{Ll}\p{Lu}/u;
const hyphenedName = /^\p{Lu}\p{Ll}*(?:-\p{Lu}\p{Ll}*)+$/u;

export function isNameShaped(word: string): boolean {
  const bare = word.replace(/['’]s?$/u, '');
  return innerCapital.test(bare) || hyphenedName.test(bare);
}
