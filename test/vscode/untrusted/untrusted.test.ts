// Issue #5: "An untrusted workspace loads no workspace fact base", in a real VS Code with
// Workspace Trust ON and this folder NOT trusted (Restricted Mode). Runs only in
//   node scripts/vscode/run-codeserver-tests.mjs --untrusted
// which opens a copy of test/vscode/untrusted/workspace/. Its .policylens/team.yaml defines
// the Zephyr Policy Collective (founded 2019) and overrides the bundled Glasswing
// announcement date with 9 April 2026; loaded, drafts/claims.md would get a card for the
// Collective, a PL006 on "founded in 2021" and none on "9 April 2026". Untrusted, only the
// bundled fact base applies: no card, no PL006 on 2021, a PL006 on 9 April 2026.
// Node only (reads the disk to prove nothing was written); waits on events, never sleeps.
import * as assert from 'assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { PolicyLensApi } from '../../../src/vscode/extension';
import {
  EXTENSION_ID, activate, closeAll, codeOf, hoverText, hoverUntil, openDraft, policyDiagnostics, positionOf, waitForDiagnostics, workspaceUri,
} from '../suite/helpers';

/** Every file and folder under `root`, by relative path: file contents, or '<dir>'. */
function snapshot(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of fs.readdirSync(dir).sort()) {
      const p = path.join(dir, name);
      const rel = path.relative(root, p).split(path.sep).join('/');
      if (fs.statSync(p).isDirectory()) {
        out.set(rel, '<dir>');
        walk(p);
      } else {
        out.set(rel, fs.readFileSync(p, 'base64'));
      }
    }
  };
  walk(root);
  return out;
}

/** The folder the harness copied this workspace from (the repo's test/vscode/untrusted/workspace). */
function sourceWorkspace(): string {
  const fromHarness = process.env.POLICY_LENS_TEST_WORKSPACE_SOURCE;
  if (fromHarness) return fromHarness;
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} not found`);
  return path.join(ext.extensionUri.fsPath, 'test/vscode/untrusted/workspace');
}

describe('Policy Lens in an untrusted workspace (Workspace Trust on, folder not trusted)', () => {
  let api: PolicyLensApi;
  let draft: vscode.TextDocument;
  const has = (code: string) => (ds: vscode.Diagnostic[]) => ds.some((d) => codeOf(d) === code);

  before(async () => {
    api = await activate();
    draft = await openDraft('drafts', 'claims.md');
  });
  after(closeAll);

  it('runs with Workspace Trust enabled and this workspace not trusted', () => {
    assert.strictEqual(vscode.workspace.getConfiguration('security.workspace.trust').get('enabled'), true, 'Workspace Trust is on');
    assert.strictEqual(vscode.workspace.isTrusted, false, 'vscode.workspace.isTrusted');
    assert.strictEqual(vscode.workspace.workspaceFolders?.length, 1);
  });

  it('activates and reports that no workspace fact base is loaded', () => {
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, 'the extension is active');
    assert.deepStrictEqual(api.factBaseStatus(), { bundled: true, loaded: 0, failed: 0, untrusted: true });
  });

  it('ignores the restricted setting policyLens.factBase.paths from the workspace settings', () => {
    const inspected = vscode.workspace.getConfiguration('policyLens', workspaceUri()).inspect<string[]>('factBase.paths');
    assert.ok(inspected, 'policyLens.factBase.paths is a contributed setting');
    const effective = vscode.workspace.getConfiguration('policyLens', workspaceUri()).get<string[]>('factBase.paths');
    assert.deepStrictEqual(effective, inspected.defaultValue, `the workspace value is not applied (${JSON.stringify(inspected)})`);
  });

  it('gives no hover card for an entity defined only in the workspace fact base, but one for a bundled entity', async () => {
    // The bundled card first: it proves the hover provider answers in this document.
    const bundled = await hoverUntil(api, draft, positionOf(draft, 'Anthropic', 1, 2), (t) => t.includes('AI company'));
    assert.match(bundled, /Anthropic/);
    assert.match(bundled, /AI company that makes the Claude models/);
    await api.analysisOf(draft);
    const workspaceOnly = await hoverText(draft, positionOf(draft, 'Zephyr Policy Collective', 1, 2));
    assert.doesNotMatch(workspaceOnly, /fictional collective|Untrusted workspace notes|founded in 2019/);
    const analysis = await api.analysisOf(draft);
    assert.ok(analysis, 'the draft is analysed');
    const ids = new Set(analysis.analysis.entities.map((e) => e.id));
    assert.ok(ids.has('anthropic') && ids.has('project-glasswing'), [...ids].join(', '));
    assert.ok(!ids.has('zephyr-policy-collective'), [...ids].join(', '));
  });

  it('checks claims against the bundled fact base only: PL006 on 9 April 2026, nothing on the workspace fact', async () => {
    const diagnostics = await waitForDiagnostics(draft.uri, has('PL006'), 'PL006 on the Glasswing announcement date');
    const pl006 = diagnostics.filter((d) => codeOf(d) === 'PL006');
    assert.strictEqual(pl006.length, 1, pl006.map((d) => d.message).join('\n'));
    assert.strictEqual(pl006[0].range.start.line, 2);
    assert.strictEqual(draft.getText(pl006[0].range), '9 April 2026');
    assert.match(pl006[0].message, /April 7, 2026 on record/, 'the bundled date, not the workspace override');
    assert.ok(!diagnostics.some((d) => d.range.start.line === 4), diagnostics.map((d) => `${d.range.start.line}: ${d.message}`).join('\n'));

    const analysis = await api.analysisOf(draft);
    assert.ok(analysis);
    const glasswing = analysis.analysis.claims.find((c) => c.text.includes('Project Glasswing on 9 April'));
    const zephyr = analysis.analysis.claims.find((c) => c.text.includes('Zephyr'));
    assert.strictEqual(glasswing?.status, 'contradicted');
    assert.deepStrictEqual(glasswing.checks.map((c) => [c.factId, c.verdict, c.recordText]), [['announcement-date', 'contradicts', 'April 7, 2026']]);
    assert.strictEqual(zephyr?.status, 'unverified', 'the founding year is not checked against the workspace fact');
    assert.deepStrictEqual(zephyr.facts, []);
  });

  it('never reads the workspace fact base files: no problem on the malformed one', async () => {
    await api.factBasesReady();
    const broken = workspaceUri('.policylens', 'broken.yaml');
    assert.deepStrictEqual(vscode.languages.getDiagnostics(broken), []);
    assert.deepStrictEqual(policyDiagnostics(workspaceUri('.policylens', 'team.yaml')), []);
  });

  it('still loads nothing when the fact bases are reloaded by command', async () => {
    await vscode.commands.executeCommand('policyLens.reloadFactBases');
    await api.factBasesReady();
    assert.deepStrictEqual(api.factBaseStatus(), { bundled: true, loaded: 0, failed: 0, untrusted: true });
    const analysis = await api.analysisOf(draft);
    assert.ok(analysis && !analysis.analysis.entities.some((e) => e.id === 'zephyr-policy-collective'));
  });

  it('writes nothing to the workspace: the draft is unchanged and no file is created or changed', async () => {
    const root = workspaceUri().fsPath;
    assert.strictEqual(draft.isDirty, false, 'the draft has no unsaved change');
    assert.strictEqual(draft.getText(), fs.readFileSync(path.join(root, 'drafts/claims.md'), 'utf8'), 'the draft as on disk');
    await closeAll();
    const source = snapshot(sourceWorkspace());
    const now = snapshot(root);
    assert.ok(source.has('.policylens/team.yaml') && source.has('drafts/claims.md'), `compared with ${sourceWorkspace()}`);
    assert.deepStrictEqual([...now.keys()], [...source.keys()], 'the same files and folders');
    for (const [rel, content] of source) assert.strictEqual(now.get(rel), content, `${rel} unchanged`);
    // Not a transient state of start-up: the folder was never trusted during the whole run.
    assert.strictEqual(vscode.workspace.isTrusted, false, 'still not trusted at the end');
    assert.strictEqual(api.factBaseStatus().untrusted, true);
  });
});
