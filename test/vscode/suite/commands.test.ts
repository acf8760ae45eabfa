// Commands: Check Workspace publishes diagnostics for drafts that are not open; and no
// analysis, hover, code action request or command edits a document.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { PolicyLensApi } from '../../../src/vscode/extension';
import { activate, closeAll, codeOf, openDraft, positionOf, setSetting, waitForDiagnostics, waitUntil, workspaceUri } from './helpers';

describe('Policy Lens commands', () => {
  let api: PolicyLensApi;
  before(async () => {
    api = await activate();
  });
  after(closeAll);

  it('Check Workspace analyses every Markdown file and publishes its diagnostics', async () => {
    const unopened = workspaceUri('drafts', 'unopened.md');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === unopened.toString()), 'unopened.md is not open');
    const summary = await vscode.commands.executeCommand<{ files: number; problems: number; cancelled: boolean }>('policyLens.checkWorkspace');
    assert.ok(summary && summary.files >= 4, JSON.stringify(summary));
    assert.strictEqual(summary.cancelled, false);
    await waitForDiagnostics(unopened, (ds) => ds.some((d) => codeOf(d) === 'PL001'), 'PL001 on unopened.md');
    // An MDX page is a draft too; its import line is no prose.
    const page = await waitForDiagnostics(workspaceUri('drafts', 'unopened-page.mdx'), (ds) => ds.some((d) => codeOf(d) === 'PL001'), 'PL001 on unopened-page.mdx');
    assert.deepStrictEqual(page.map((d) => [codeOf(d), d.range.start.line]), [['PL001', 5]]);
  });

  it('re-checks files only Check Workspace saw when the settings change', async () => {
    const unopened = workspaceUri('drafts', 'unopened.md');
    await vscode.commands.executeCommand('policyLens.checkWorkspace');
    await waitForDiagnostics(unopened, (ds) => ds.some((d) => codeOf(d) === 'PL001'), 'PL001 on unopened.md');
    try {
      await setSetting('severity.PL001', 'off');
      await waitForDiagnostics(unopened, (ds) => !ds.some((d) => codeOf(d) === 'PL001'), 'no PL001 on unopened.md once PL001 is off');
    } finally {
      await setSetting('severity.PL001', undefined);
    }
    await waitForDiagnostics(unopened, (ds) => ds.some((d) => codeOf(d) === 'PL001'), 'PL001 back on unopened.md');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === unopened.toString()), 'unopened.md was never opened');
  });

  it('shows the current document\'s counts in the status bar, which opens the Problems panel', async () => {
    const document = await openDraft('drafts', 'brief.md');
    const result = await api.analysisOf(document);
    assert.ok(result);
    const { quotes, citations, claims } = result.analysis;
    const expected = `$(quote) ${quotes.length} $(link) ${citations.length} $(law) ${claims.length}`;
    const shown = await waitUntil('the status bar to show the counts', () => (api.statusBar().text === expected ? api.statusBar() : undefined), [api.onDidAnalyze, vscode.window.onDidChangeActiveTextEditor]);
    assert.strictEqual(shown.visible, true);
    assert.match(shown.tooltip, /2 quotations \(1 without a source\)/);
    assert.match(shown.tooltip, /workspace fact base file/);
  });

  it('leaves the text untouched: analysis, hovers, code actions, links and commands edit nothing', async () => {
    const document = await openDraft('drafts', 'brief.md');
    const text = document.getText();
    const version = document.version;
    await api.analysisOf(document);
    for (const needle of ['Acme', '[1]', '[9]', '83.1%', 'particular', 'Project Glasswing:']) {
      const position = positionOf(document, needle);
      await vscode.commands.executeCommand('vscode.executeHoverProvider', document.uri, position);
      await vscode.commands.executeCommand('vscode.executeCodeActionProvider', document.uri, new vscode.Range(position, position));
      await vscode.commands.executeCommand('vscode.executeDefinitionProvider', document.uri, position);
    }
    await vscode.commands.executeCommand('vscode.executeLinkProvider', document.uri);
    await vscode.commands.executeCommand('policyLens.checkWorkspace');
    await vscode.commands.executeCommand('policyLens.reloadFactBases');
    await api.analysisOf(document);
    assert.strictEqual(document.getText(), text);
    assert.strictEqual(document.version, version);
    assert.strictEqual(document.isDirty, false);
  });
});
