// Smoke suite: runs in every route (code-server / test-electron Node host, and the
// test-web browser host). The extension is present and activates on a Markdown document.
import * as assert from 'assert';
import * as vscode from 'vscode';

// publisher.name from package.json
const EXTENSION_ID = 'policy-lens.policy-lens';

async function waitFor(cond: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > until) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('smoke', () => {
  it('the extension is installed', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} not found`);
    assert.strictEqual(ext.packageJSON.name, 'policy-lens');
  });

  it('a workspace folder with smoke.md is open', async () => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.ok(folders.length > 0, 'no workspace folder');
    const found = await vscode.workspace.findFiles('smoke.md');
    assert.strictEqual(found.length, 1, 'smoke.md not found in the workspace');
  });

  it('activates when a Markdown document opens', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext);
    const folder = vscode.workspace.workspaceFolders![0]!.uri;
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, 'smoke.md'));
    assert.strictEqual(doc.languageId, 'markdown');
    await vscode.window.showTextDocument(doc);
    await waitFor(() => ext.isActive, 20000, `${EXTENSION_ID} to activate`);
    assert.strictEqual(ext.isActive, true);
  });
});
