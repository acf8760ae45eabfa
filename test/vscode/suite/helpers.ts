// Shared by the Policy Lens suites (not a suite itself). Everything waits on events, with
// a deadline only so that a failure is reported instead of hanging; nothing sleeps.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { PolicyLensApi } from '../../../src/vscode/extension';

export const EXTENSION_ID = 'policy-lens.policy-lens';
const DEADLINE_MS = 15000;

export async function activate(): Promise<PolicyLensApi> {
  const ext = vscode.extensions.getExtension<PolicyLensApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} not found`);
  const api = await ext.activate();
  assert.ok(api && typeof api.analysisOf === 'function', 'activate() returns the Policy Lens API');
  await api.factBasesReady();
  return api;
}

export function workspaceUri(...segments: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder');
  return vscode.Uri.joinPath(folder.uri, ...segments);
}

/** Resolve once `check()` returns a value other than undefined: now, or after one of `events` fires. */
export function waitUntil<T>(
  what: string,
  check: () => T | undefined | Promise<T | undefined>,
  events: vscode.Event<unknown>[],
  deadlineMs = DEADLINE_MS,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const subscriptions: vscode.Disposable[] = [];
    let done = false;
    const finish = (error: Error | undefined, value?: T) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      for (const s of subscriptions) s.dispose();
      if (error) reject(error);
      else resolve(value as T);
    };
    const timer = setTimeout(() => finish(new Error(`timed out after ${deadlineMs} ms waiting for ${what}`)), deadlineMs);
    const test = async () => {
      try {
        const value = await check();
        if (value !== undefined) finish(undefined, value);
      } catch (error) {
        finish(error as Error);
      }
    };
    for (const event of events) subscriptions.push(event(() => void test()));
    void test();
  });
}

export function policyDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'policy-lens');
}

export function codeOf(d: vscode.Diagnostic): string | undefined {
  return typeof d.code === 'object' ? String(d.code.value) : d.code === undefined ? undefined : String(d.code);
}

/** Wait until the Policy Lens diagnostics of `uri` satisfy `predicate`. */
export function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (diagnostics: vscode.Diagnostic[]) => boolean,
  what: string,
): Promise<vscode.Diagnostic[]> {
  return waitUntil(
    what,
    () => {
      const diagnostics = policyDiagnostics(uri);
      return predicate(diagnostics) ? diagnostics : undefined;
    },
    [vscode.languages.onDidChangeDiagnostics],
  );
}

export async function openDraft(...segments: string[]): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(workspaceUri(...segments));
  await vscode.window.showTextDocument(document, { preview: false });
  return document;
}

let untitledCount = 0;

/**
 * A new untitled document in `language` with `content`, under a name never used before (VS Code
 * reuses "Untitled-1" once it is closed, and a reused name can race with the close), ending
 * in `.extension` (with the default language, an `.mdx` file associated with Markdown, as some
 * users set it up).
 */
export async function openUntitled(content: string, extension = 'md', language = 'markdown'): Promise<vscode.TextDocument> {
  const name = `policy-lens-test-${Date.now()}-${++untitledCount}.${extension}`;
  let document = await vscode.workspace.openTextDocument(vscode.Uri.from({ scheme: 'untitled', path: `/${name}` }));
  if (document.languageId !== language) document = await vscode.languages.setTextDocumentLanguage(document, language);
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  assert.ok(await editor.edit((b) => b.insert(new vscode.Position(0, 0), content)), 'content inserted');
  assert.strictEqual(document.getText(), content);
  return document;
}

/** The position just inside the `occurrence`-th (1-based) appearance of `needle`. */
export function positionOf(document: vscode.TextDocument, needle: string, occurrence = 1, offset = 1): vscode.Position {
  let index = -1;
  for (let i = 0; i < occurrence; i++) {
    index = document.getText().indexOf(needle, index + 1);
    assert.ok(index >= 0, `"${needle}" (#${occurrence}) not found in ${document.uri.toString()}`);
  }
  return document.positionAt(index + offset);
}

export async function hoverText(document: vscode.TextDocument, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
  return (hovers ?? [])
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n---\n');
}

/** Set a `policyLens.*` setting in the user settings (undefined resets it). */
export async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('policyLens').update(key, value, vscode.ConfigurationTarget.Global);
}

export async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Hover text at a position, asked again (after the analysis is current) while it is empty or not yet as expected. */
export async function hoverUntil(
  api: PolicyLensApi,
  document: vscode.TextDocument,
  position: vscode.Position,
  predicate: (text: string) => boolean = (t) => t.length > 0,
): Promise<string> {
  let text = '';
  for (let attempt = 0; attempt < 20; attempt++) {
    await api.analysisOf(document);
    text = await hoverText(document, position);
    if (predicate(text)) return text;
  }
  return text;
}

/** Close an untitled or edited document without saving it. */
export async function discard(document: vscode.TextDocument): Promise<void> {
  if (document.isClosed) return;
  await vscode.window.showTextDocument(document, { preview: false });
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}
