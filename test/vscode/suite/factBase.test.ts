// Workspace fact bases (.policylens/**): loaded and merged, watched, and a malformed file
// reported as a diagnostic on that file while the rest keeps working.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { PolicyLensApi } from '../../../src/vscode/extension';
import { activate, closeAll, discard, hoverUntil, openUntitled, positionOf, waitForDiagnostics, waitUntil, workspaceUri } from './helpers';

describe('Policy Lens workspace fact bases', () => {
  let api: PolicyLensApi;
  const added = () => workspaceUri('.policylens', 'added-by-test.yaml');
  before(async () => {
    api = await activate();
  });
  after(async () => {
    try {
      await vscode.workspace.fs.delete(added());
    } catch {
      // not created
    }
    await closeAll();
  });

  it('reports a malformed fact base as a diagnostic on that file, with the path of the bad field', async () => {
    const broken = workspaceUri('.policylens', 'broken.yaml');
    const [diagnostic] = await waitForDiagnostics(broken, (ds) => ds.length > 0, 'a diagnostic on broken.yaml');
    assert.match(diagnostic.message, /entities[.[]0\]?\.kind/);
    assert.strictEqual(diagnostic.severity, vscode.DiagnosticSeverity.Error);
    assert.strictEqual(diagnostic.range.start.line, 4, 'on the line of the bad field');
  });

  it('loads the valid files alongside it', () => {
    const status = api.factBaseStatus();
    assert.strictEqual(status.untrusted, false);
    assert.ok(status.loaded >= 2, JSON.stringify(status));
    assert.ok(status.failed >= 1, JSON.stringify(status));
  });

  it('picks up a fact base file created while running', async () => {
    const document = await openUntitled('The Zeta Oversight Council met twice.\n');
    try {
      await vscode.workspace.fs.writeFile(
        added(),
        new TextEncoder().encode(
          [
            'version: 1',
            'entities:',
            '  - id: zeta-oversight-council',
            '    kind: government-body',
            '    name: Zeta Oversight Council',
            '    summary: A council created by the watcher test.',
            '',
          ].join('\n'),
        ),
      );
      await waitUntil('the new fact base to load', () => (api.factBaseStatus().loaded >= 3 ? true : undefined), [api.onDidAnalyze]);
      const text = await hoverUntil(api, document, positionOf(document, 'Zeta Oversight Council', 1, 2), (t) => t.includes('watcher test'));
      assert.match(text, /created by the watcher test/);
    } finally {
      await discard(document);
    }
  });
});
