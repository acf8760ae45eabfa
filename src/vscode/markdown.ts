import * as vscode from 'vscode';

/**
 * Hover Markdown is built and escaped by the core (`src/core/hover`); here it is wrapped
 * so VS Code renders it untrusted: no command links, no HTML, no theme icons.
 */
export function untrustedMarkdown(markdown: string): vscode.MarkdownString {
  const md = new vscode.MarkdownString(markdown, false);
  md.isTrusted = false;
  md.supportHtml = false;
  return md;
}
