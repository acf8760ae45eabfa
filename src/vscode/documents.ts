import * as vscode from 'vscode';
import { docsScheme } from './docsProvider';

/** Schemes whose documents are views of something else (diffs, output), never analysed. */
const skippedSchemes = new Set(['git', 'gitfs', 'output', 'vscode-scm', 'comment', 'debug', 'vscode-settings', docsScheme]);

/** Whether Policy Lens analyses this document. */
export function isPolicyDocument(document: vscode.TextDocument): boolean {
  return document.languageId === 'markdown' && !skippedSchemes.has(document.uri.scheme);
}

export const markdownSelector: vscode.DocumentSelector = { language: 'markdown' };

/** The file name of a URI, for messages. */
export function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1) || uri.toString();
}
