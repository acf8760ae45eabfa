/**
 * MDX's ESM statements: a paragraph at the top level of the document that opens with
 * `import …` or `export …` is JavaScript (MDX reads it so up to the next blank line), and in plain
 * Markdown a paragraph that opens with such a statement is code pasted as text: neither is prose.
 * The statement must read as one, "import" or "export" in lower case followed by what only a
 * statement has: `import Callout from '…'`, `import {A, B} from`, `import * as X from`,
 * `import X, {Y} from`, `import '…'`, `export const meta = {`, `export default function`,
 * `export {A}`, `export * from`. "Import controls were discussed." and "export controls on
 * chips" are prose.
 */
const esmStart =
  /^(?:import(?:\s*[{'"]|\s*\*\s*as\s|\s+(?:type\s+)?[\w$]+\s*,|\s+(?:type\s+)?[\w$]+\s+from\s*['"])|export(?:\s*[{*]|\s+(?:const|let|var)\s+[\w${[]|\s+(?:async\s+)?function\b|\s+(?:default|class)\s))/;

/** Whether a paragraph whose text is `content` (markdown-it's, indentation aside) is an ESM block. */
export function isEsmParagraph(content: string): boolean {
  const c = content.charCodeAt(0);
  return (c === 105 /* i */ || c === 101) /* e */ && esmStart.test(content);
}
