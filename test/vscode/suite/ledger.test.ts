// The Claims Ledger view: its groups and counts for the active draft, revealing an item in
// the editor, and refreshing when the draft is edited.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { PolicyLensApi } from '../../../src/vscode/extension';
import { activate, closeAll, discard, openDraft, openUntitled, waitUntil } from './helpers';

type Ledger = PolicyLensApi['ledger'];

async function groupLabels(ledger: Ledger): Promise<string[]> {
  return (await ledger.getChildren()).map((g) => String(ledger.getTreeItem(g).label));
}

/** The tree items of a group, resolved as when hovered (with their tooltips). */
async function itemsOf(ledger: Ledger, kind: string): Promise<vscode.TreeItem[]> {
  const group = (await ledger.getChildren()).find((g) => g.kind === 'group' && g.group.kind === kind);
  assert.ok(group, `a ${kind} group`);
  return (await ledger.getChildren(group)).map((n) => ledger.resolveTreeItem(ledger.getTreeItem(n), n));
}

/** Resolves on the ledger's next onDidChangeTreeData. */
function nextChange(ledger: Ledger): Promise<void> {
  return new Promise((resolve) => {
    const sub = ledger.onDidChangeTreeData(() => {
      sub.dispose();
      resolve();
    });
  });
}

/** Wait (on onDidChangeTreeData) until the group labels satisfy `predicate`. */
function labelsUntil(ledger: Ledger, what: string, predicate: (labels: string[]) => boolean): Promise<string[]> {
  return waitUntil(
    what,
    async () => {
      const labels = await groupLabels(ledger);
      return predicate(labels) ? labels : undefined;
    },
    [ledger.onDidChangeTreeData],
  );
}

function iconId(item: vscode.TreeItem): string | undefined {
  return item.iconPath instanceof vscode.ThemeIcon ? item.iconPath.id : undefined;
}

describe('Policy Lens claims ledger', () => {
  let api: PolicyLensApi;
  before(async () => {
    api = await activate();
  });
  after(closeAll);

  it('is a view in its own activity bar container', async () => {
    const ext = vscode.extensions.getExtension('policy-lens.policy-lens');
    const contributes = ext?.packageJSON.contributes;
    assert.deepStrictEqual(contributes.viewsContainers.activitybar.map((c: { id: string }) => c.id), ['policyLens']);
    assert.deepStrictEqual(contributes.views.policyLens.map((v: { id: string }) => v.id), ['policyLens.ledger']);
    // Focusing the view works (the command exists once the view is contributed).
    await vscode.commands.executeCommand('policyLens.ledger.focus');
  });

  it("lists the active draft's claims, quotations and citations with their counts, worst first", async () => {
    const document = await openDraft('drafts', 'ledger.md');
    await api.analysisOf(document);
    const labels = await groupLabels(api.ledger);
    assert.deepStrictEqual(labels, [
      'Claims — 1 contradicted, 1 confirmed, 4 unverified',
      'Quotations — 1 unsourced, 1 misquoted, 1 on record',
      'Citations — 1 unresolved, 4 resolved',
    ]);

    const claims = await itemsOf(api.ledger, 'claims');
    assert.strictEqual(claims[0].label, 'Mythos Preview scored 86.1% on CyberGym when it was announced.[1]');
    assert.strictEqual(iconId(claims[0]), 'error');
    assert.strictEqual(claims[0].description, '86.1% · line 3');
    assert.match(String(claims[0].tooltip), /contradicts the record: 83\.1%/);
    assert.strictEqual(iconId(claims[1]), 'pass');
    assert.ok(claims.slice(2).every((c) => iconId(c) === 'question'));

    const quotations = await itemsOf(api.ledger, 'quotations');
    assert.deepStrictEqual(quotations.map(iconId), ['warning', 'error', 'pass']);
    const citations = await itemsOf(api.ledger, 'citations');
    assert.strictEqual(citations[0].label, '[11] → no reference');
  });

  it('reveals and selects an item in the editor when it is clicked', async () => {
    const document = await openDraft('drafts', 'ledger.md');
    const result = await api.analysisOf(document);
    assert.ok(result);
    const contradicted = result.analysis.claims.find((c) => c.status === 'contradicted');
    assert.ok(contradicted);
    const [first] = await itemsOf(api.ledger, 'claims');
    assert.strictEqual(first.command?.command, 'policyLens.revealRange');
    // Move the cursor elsewhere first, then "click".
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor && editor.document === document);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const revealed = await vscode.commands.executeCommand(first.command.command, ...(first.command.arguments ?? []));
    assert.strictEqual(revealed, true);
    const selection = vscode.window.activeTextEditor?.selection;
    assert.ok(selection);
    const expected = new vscode.Range(
      contradicted.range.start.line,
      contradicted.range.start.character,
      contradicted.range.end.line,
      contradicted.range.end.character,
    );
    assert.ok(selection.isEqual(expected), `selection ${JSON.stringify(selection)} is the claim's range ${JSON.stringify(expected)}`);
    assert.strictEqual(document.getText(selection), contradicted.text);
  });

  it('refreshes when the draft is edited and when another editor becomes active', async () => {
    const document = await openUntitled('Mythos Preview scored 86.1% on CyberGym.[1]\n\n## References\n\n1. Project Glasswing: Securing Critical Software for the AI Era - Anthropic\n');
    try {
      const first = await labelsUntil(api.ledger, 'the ledger of the untitled draft', (l) => l[0] === 'Claims — 1 contradicted');
      assert.strictEqual(first[2], 'Citations — 1 resolved');

      const editor = vscode.window.activeTextEditor;
      assert.ok(editor && editor.document === document);
      const changed = nextChange(api.ledger);
      const line = '\nOpus 4.6 reached 61.6% on CyberGym.[1] Someone said "these words have no source at all" today.[7]\n';
      assert.ok(await editor.edit((b) => b.insert(new vscode.Position(1, 0), line)));
      await changed;
      const labels = await labelsUntil(api.ledger, 'the ledger to count the new claim, quotation and marker', (l) => l[0] === 'Claims — 2 contradicted, 1 unverified');
      assert.deepStrictEqual(labels.slice(1), ['Quotations — 1 unsourced', 'Citations — 1 unresolved, 2 resolved']);

      // Another draft becomes active: the ledger follows it.
      const switched = nextChange(api.ledger);
      await openDraft('drafts', 'ledger.md');
      await switched;
      await labelsUntil(api.ledger, 'the ledger of ledger.md', (l) => l[0] === 'Claims — 1 contradicted, 1 confirmed, 4 unverified');
    } finally {
      await discard(document);
    }
  });

  it('is empty (showing its welcome text) when no Markdown document is active', async () => {
    await closeAll();
    const untitled = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'Not a draft: 86.1% "of nothing at all here".' });
    await vscode.window.showTextDocument(untitled);
    try {
      assert.deepStrictEqual(await api.ledger.getChildren(), []);
    } finally {
      await discard(untitled);
    }
  });
});
