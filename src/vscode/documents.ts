import * as vscode from 'vscode';
import { docsScheme } from './docsProvider';

/** Schemes whose documents are views of something else (diffs, output), never analysed. */
const skippedSchemes = new Set(['git', 'gitfs', 'output', 'vscode-scm', 'comment', 'debug', 'vscode-settings', docsScheme]);

/**
 * The languages Policy Lens reads: Markdown, and MDX (the analysis hides its imports, JSX tags
 * and comments). Policy Lens declares the `mdx` id for `.mdx` files, so they are
 * read without the MDX extension too; with it, the two declarations merge.
 */
const policyLanguages = new Set(['markdown', 'mdx']);

/** Whether Policy Lens analyses this document. */
export function isPolicyDocument(document: vscode.TextDocument): boolean {
  return policyLanguages.has(document.languageId) && !skippedSchemes.has(document.uri.scheme);
}

export const markdownSelector: vscode.DocumentSelector = [...policyLanguages].map((language) => ({ language }));

/** The file name of a URI, for messages. */
export function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1) || uri.toString();
}
