// Problems panel: diagnostics on a fixture draft, their codes and documentation links,
// severities from settings, quick fixes, debounced re-analysis that never publishes a
// stale result, and the file size limit.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { PolicyLensApi } from '../../../src/vscode/extension';
import {
  activate, closeAll, codeOf, discard, hoverText, openDraft, openUntitled, policyDiagnostics, positionOf, setSetting, waitForDiagnostics, waitUntil,
} from './helpers';

const has = (code: string) => (ds: vscode.Diagnostic[]) => ds.some((d) => codeOf(d) === code);

describe('Policy Lens diagnostics', () => {
  let api: PolicyLensApi;
  before(async () => {
    api = await activate();
  });
  after(async () => {
    await setSetting('severity.PL002', undefined);
    await setSetting('maxFileSizeKB', undefined);
    await setSetting('citations.links', undefined);
    await setSetting('citations.uncitedFigures', undefined);
    await closeAll();
  });

  it('activates on a Markdown document and returns its API', async () => {
    const document = await openDraft('drafts', 'brief.md');
    const ext = vscode.extensions.getExtension('policy-lens.policy-lens');
    assert.strictEqual(ext?.isActive, true);
    const result = await api.analysisOf(document);
    assert.ok(result, 'the draft is analysed');
    assert.strictEqual(result.version, document.version);
  });

  it('publishes an unsourced quotation (PL001) and a dangling marker (PL002) with links to their docs', async () => {
    const document = await openDraft('drafts', 'brief.md');
    const diagnostics = await waitForDiagnostics(document.uri, (ds) => has('PL001')(ds) && has('PL002')(ds), 'PL001 and PL002 on brief.md');
    const pl001 = diagnostics.find((d) => codeOf(d) === 'PL001');
    const pl002 = diagnostics.find((d) => codeOf(d) === 'PL002');
    assert.ok(pl001 && pl002);
    assert.match(document.getText(pl001.range), /this particular quotation has no source at all/);
    assert.match(document.getText(pl002.range), /9/);
    assert.strictEqual(pl001.severity, vscode.DiagnosticSeverity.Warning);
    for (const d of [pl001, pl002]) {
      assert.strictEqual(d.source, 'policy-lens');
      assert.ok(typeof d.code === 'object', 'the code links to its documentation');
      assert.strictEqual(d.code.target.toString(), `policy-lens-docs:/${d.code.value}.md`);
    }
    // The link opens the code's page, from the docs the extension ships, read-only.
    const link = pl002.code as { value: string; target: vscode.Uri };
    await vscode.commands.executeCommand('vscode.open', link.target);
    const page = vscode.window.activeTextEditor?.document;
    assert.ok(page && page.uri.toString() === link.target.toString(), 'the page opened in an editor');
    assert.match(page.getText(), /^# PL002 — citation marker that resolves to no reference\n[\s\S]*\*\*Default severity:\*\* warning/);
    assert.strictEqual(page.languageId, 'markdown');
    // Read-only in the editor: typing into it changes nothing (typed the same way into an
    // ordinary editor, the text goes in).
    await vscode.commands.executeCommand('type', { text: 'typed ' });
    assert.match(page.getText(), /^# PL002 — /);
    const scratch = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'scratch' });
    await vscode.window.showTextDocument(scratch);
    await vscode.commands.executeCommand('type', { text: 'typed ' });
    assert.strictEqual(scratch.getText(), 'typed scratch');
    await discard(scratch);
    await vscode.window.showTextDocument(page);
    // A documentation page is not a draft: Policy Lens does not analyse it.
    assert.strictEqual(await api.analysisOf(page), undefined);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    // The sourced quotation by Logan Graham is not flagged.
    assert.ok(!diagnostics.some((d) => codeOf(d) === 'PL001' && /comfortable/.test(document.getText(d.range))));
  });

  it('counts a link as a citation with policyLens.citations.links on, and says so in PL001 while it is off', async () => {
    const document = await openUntitled('"We did not feel comfortable releasing this generally," Logan Graham told [CNN](https://www.cnn.com/x).\n');
    try {
      const [pl001] = await waitForDiagnostics(document.uri, has('PL001'), 'PL001 beside the link');
      assert.match(pl001.message, /a link is no citation unless policyLens\.citations\.links is on/);
      await setSetting('citations.links', true);
      await waitForDiagnostics(document.uri, (ds) => !has('PL001')(ds), 'no PL001 once links cite');
      await setSetting('citations.links', undefined);
      await waitForDiagnostics(document.uri, has('PL001'), 'PL001 back with the default');
    } finally {
      await setSetting('citations.links', undefined);
      await discard(document);
    }
  });

  it('reports PL007 only for figures on record with policyLens.citations.uncitedFigures "onRecord"', async () => {
    const document = await openUntitled('Tessera closed a $42 million Series B in March.\n\nMythos Preview scores 83.1% on CyberGym.\n');
    const uncited = (ds: readonly vscode.Diagnostic[]) => ds.filter((d) => codeOf(d) === 'PL007').map((d) => document.getText(d.range));
    try {
      await waitForDiagnostics(document.uri, (ds) => uncited(ds).length === 2, 'a PL007 on each figure');
      await setSetting('citations.uncitedFigures', 'onRecord');
      const onRecord = await waitForDiagnostics(document.uri, (ds) => uncited(ds).length === 1, 'PL007 on the figure on record only');
      assert.deepStrictEqual(uncited(onRecord), ['83.1%']);
      await setSetting('citations.uncitedFigures', undefined);
      await waitForDiagnostics(document.uri, (ds) => uncited(ds).length === 2, 'both back with the default');
    } finally {
      await setSetting('citations.uncitedFigures', undefined);
      await discard(document);
    }
  });

    it('turns a code off with policyLens.severity.PLxxx and back on', async () => {
    const document = await openDraft('drafts', 'brief.md');
    await waitForDiagnostics(document.uri, has('PL002'), 'PL002 before the change');
    await setSetting('severity.PL002', 'off');
    await waitForDiagnostics(document.uri, (ds) => !has('PL002')(ds) && has('PL001')(ds), 'PL002 gone, PL001 kept');
    await setSetting('severity.PL002', 'error');
    const back = await waitForDiagnostics(document.uri, has('PL002'), 'PL002 back');
    assert.strictEqual(back.find((d) => codeOf(d) === 'PL002')?.severity, vscode.DiagnosticSeverity.Error);
    await setSetting('severity.PL002', undefined);
    await waitForDiagnostics(
      document.uri,
      (ds) => ds.some((d) => codeOf(d) === 'PL002' && d.severity === vscode.DiagnosticSeverity.Warning),
      'PL002 back to its default severity',
    );
  });

  it('offers quick fixes that disable a code for a line, and applying one removes the finding', async () => {
    const document = await openUntitled('Intro.\n\nSomeone said "this quotation has no source at all" today.\n');
    try {
      const [pl001] = await waitForDiagnostics(document.uri, has('PL001'), 'PL001 on the untitled draft');
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        document.uri,
        pl001.range,
      );
      // Other extensions may offer actions here too (e.g. "Insert bold text"): look at ours.
      const ours = actions.filter((a) => /\bPL\d{3}\b/.test(a.title) || a.diagnostics?.some((d) => d.source === 'policy-lens'));
      const titles = ours.map((a) => a.title);
      assert.ok(titles.includes('Disable PL001 for this line'), titles.join(', '));
      assert.ok(titles.includes('Disable PL001 for this file'), titles.join(', '));
      for (const a of ours) assert.ok(a.kind && vscode.CodeActionKind.QuickFix.contains(a.kind), `${a.title} is a quick fix`);
      const before = document.getText();
      assert.strictEqual(document.getText(), before, 'asking for code actions edits nothing');
      const fix = ours.find((a) => a.title === 'Disable PL001 for this line');
      assert.ok(fix?.edit);
      assert.ok(await vscode.workspace.applyEdit(fix.edit));
      assert.strictEqual(
        document.getText(),
        'Intro.\n\n<!-- policy-lens-disable-next-line PL001 -->\nSomeone said "this quotation has no source at all" today.\n',
      );
      await waitForDiagnostics(document.uri, (ds) => !has('PL001')(ds), 'PL001 suppressed');
    } finally {
      await discard(document);
    }
  });

  it("offers the core's fixes: a contradicted figure and a misquote are corrected from the record", async () => {
    const references = '## References\n\n1. Project Glasswing: Securing Critical Software for the AI Era - Anthropic\n';
    const document = await openUntitled(
      `Mythos Preview scores 85% on CyberGym.[1]\n\nLogan Graham told CNN: "We did not feel comfortable releasing it generally."[1]\n\n${references}`,
    );
    try {
      const [pl006] = await waitForDiagnostics(document.uri, has('PL006'), 'PL006 on the contradicted figure');
      const figureFixes = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, pl006.range);
      const useRecord = figureFixes.find((a) => a.title.startsWith('Use the value on record'));
      assert.ok(useRecord?.edit, figureFixes.map((a) => a.title).join(', '));
      assert.strictEqual(useRecord.isPreferred, true);
      assert.ok(await vscode.workspace.applyEdit(useRecord.edit));
      assert.match(document.getText(), /^Mythos Preview scores 83\.1% on CyberGym\.\[1\]/);

      const [pl004] = await waitForDiagnostics(document.uri, (ds) => !has('PL006')(ds) && has('PL004')(ds), 'PL006 gone, PL004 on the misquote');
      const quoteFixes = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, pl004.range);
      const restore = quoteFixes.find((a) => a.title === 'Restore the words on record');
      assert.ok(restore?.edit, quoteFixes.map((a) => a.title).join(', '));
      assert.ok(await vscode.workspace.applyEdit(restore.edit));
      assert.match(document.getText(), /"We did not feel comfortable releasing this generally\.?"/);
      await waitForDiagnostics(document.uri, (ds) => !has('PL004')(ds) && !has('PL006')(ds), 'both findings fixed');
    } finally {
      await discard(document);
    }
  });

  it('cites each source of a claim whose facts have two, with one fix whose insertions land in order', async () => {
    const references = '## References\n\n1. Project Glasswing: Securing Critical Software for the AI Era - Anthropic\n';
    const document = await openUntitled(
      `Glasswing brings together more than 40 organizations.[1]\n\nAnthropic released Claude Mythos Preview on April 7, 2026, and OpenAI released GPT-5.3-Codex in February 2026.\n\n${references}`,
    );
    try {
      const pl007 = (await waitForDiagnostics(document.uri, has('PL007'), 'PL007 on the uncited claim')).find((d) => codeOf(d) === 'PL007')!;
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, pl007.range);
      const cite = actions.find((a) => a.title.startsWith('Cite Claude Mythos Preview System Card as [2]'));
      assert.ok(cite?.edit, actions.map((a) => a.title).join(', '));
      assert.ok(await vscode.workspace.applyEdit(cite.edit));
      const text = document.getText();
      assert.ok(text.includes('on April 7, 2026[2], and OpenAI released GPT-5.3-Codex in February 2026.[3]'), text);
      assert.ok(text.endsWith("1. Project Glasswing: Securing Critical Software for the AI Era - Anthropic\n2. Claude Mythos Preview System Card - Anthropic\n3. OpenAI's New Model Leaps Ahead in Coding Capabilities - Fortune\n"), text);
      await waitForDiagnostics(document.uri, (ds) => ds.length === 0, 'no finding left');
    } finally {
      await discard(document);
    }
  });

  it('writes the suppression comments of an .mdx file as MDX comments', async () => {
    const document = await openUntitled('import Tabs from "@theme/Tabs";\n\nSomeone said "this quotation has no source at all" today.\n', 'mdx');
    try {
      const [pl001] = await waitForDiagnostics(document.uri, has('PL001'), 'PL001 on the .mdx draft');
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, pl001.range);
      const fix = actions.find((a) => a.title === 'Disable PL001 for this line');
      assert.ok(fix?.edit, actions.map((a) => a.title).join(', '));
      assert.ok(await vscode.workspace.applyEdit(fix.edit));
      assert.strictEqual(
        document.getText(),
        'import Tabs from "@theme/Tabs";\n\n{/* policy-lens-disable-next-line PL001 */}\nSomeone said "this quotation has no source at all" today.\n',
      );
      await waitForDiagnostics(document.uri, (ds) => !has('PL001')(ds), 'PL001 suppressed by the MDX comment');
    } finally {
      await discard(document);
    }
  });

  it('reads a document in the MDX language, which it declares for .mdx files', async () => {
    // Opened by path, not by language: the `.mdx` extension alone must give the `mdx` language.
    const name = `policy-lens-test-${Date.now()}.mdx`;
    const opened = await vscode.workspace.openTextDocument(vscode.Uri.from({ scheme: 'untitled', path: `/${name}` }));
    assert.strictEqual(opened.languageId, 'mdx');
    await discard(opened);
    const document = await openUntitled('import Tabs from "@theme/Tabs";\n\n<Tabs>\nThe model scored 93.9% on SWE-bench Verified, and someone said "this quotation has no source at all".\n</Tabs>\n', 'mdx', 'mdx');
    try {
      assert.strictEqual(document.languageId, 'mdx');
      const found = await waitForDiagnostics(document.uri, has('PL001'), 'PL001 on the MDX document');
      assert.ok(!found.some((d) => document.getText(d.range).includes('@theme')), 'the import line is not prose');
      const hover = await hoverText(document, positionOf(document, 'SWE-bench Verified', 1, 2));
      assert.match(hover, /SWE\\-bench Verified\*\* · _benchmark_/);
      const [pl001] = found.filter((d) => codeOf(d) === 'PL001');
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, pl001.range);
      const fix = actions.find((a) => a.title === 'Disable PL001 for this line');
      assert.ok(fix?.edit, actions.map((a) => a.title).join(', '));
      assert.ok(await vscode.workspace.applyEdit(fix.edit));
      // The line goes on the `<Tabs>` block, so the comment goes at its end (a line of its own would split the block).
      assert.match(document.getText(), /"this quotation has no source at all"\. \{\/\* policy-lens-disable-line PL001 \*\/\}\n<\/Tabs>/);
      await waitForDiagnostics(document.uri, (ds) => !has('PL001')(ds), 'PL001 suppressed by the MDX comment');
    } finally {
      await discard(document);
    }
  });

  it('offers a file-wide suppression that goes after front matter', async () => {
    const document = await openUntitled('---\ntitle: T\n---\nA marker to nowhere.[7]\n');
    try {
      const [pl002] = await waitForDiagnostics(document.uri, has('PL002'), 'PL002 on the untitled draft');
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, pl002.range);
      const fix = actions.find((a) => a.title === 'Disable PL002 for this file');
      assert.ok(fix?.edit, actions.map((a) => a.title).join(', '));
      assert.ok(await vscode.workspace.applyEdit(fix.edit));
      assert.strictEqual(document.getText(), '---\ntitle: T\n---\n<!-- policy-lens-disable PL002 -->\nA marker to nowhere.[7]\n');
      await waitForDiagnostics(document.uri, (ds) => !has('PL002')(ds), 'PL002 suppressed for the file');
    } finally {
      await discard(document);
    }
  });

  it('re-analyses after edits and never publishes a stale result', async () => {
    const document = await openUntitled('Start.\n');
    try {
      const editor = await vscode.window.showTextDocument(document);
      // Several quick edits: each adds a dangling marker on a new line.
      for (let n = 1; n <= 5; n++) {
        await editor.edit((b) => b.insert(new vscode.Position(document.lineCount - 1, 0), `Line ${n} cites nothing.[${40 + n}]\n`));
      }
      const diagnostics = await waitForDiagnostics(
        document.uri,
        (ds) => ds.filter((d) => codeOf(d) === 'PL002').length === 5,
        'five PL002 after the edits',
      );
      const current = await api.analysisOf(document);
      assert.strictEqual(current?.version, document.version, 'the cached analysis is of the current version');
      for (const d of diagnostics.filter((x) => codeOf(x) === 'PL002')) {
        assert.match(document.getText(d.range), /4[1-5]/, 'each range points at a marker in the current text');
      }
      // Removing the markers removes the findings.
      await editor.edit((b) => b.replace(new vscode.Range(0, 0, document.lineCount, 0), 'Nothing to see.\n'));
      await waitForDiagnostics(document.uri, (ds) => ds.length === 0, 'no diagnostics after the markers are gone');
    } finally {
      await discard(document);
    }
  });

  it('keeps each diagnostic on its text through typing, whether the edit moves it or not', async () => {
    const quote = '"this quotation has no source at all"';
    const document = await openUntitled(`Intro line.\n\nSomeone said ${quote} today.\n`);
    try {
      const editor = await vscode.window.showTextDocument(document);
      const onQuote = (ds: vscode.Diagnostic[]) => ds.some((d) => codeOf(d) === 'PL001' && document.getText(d.range) === quote);
      await waitForDiagnostics(document.uri, onQuote, 'PL001 on the quotation');
      // Typing on a line with no finding: the same findings, not sent again, still on the quotation.
      const version = document.version;
      assert.ok(await editor.edit((b) => b.insert(new vscode.Position(0, 5), ' more')));
      const result = await api.analysisOf(document);
      assert.ok(result && result.version > version);
      assert.ok(onQuote(policyDiagnostics(document.uri)), 'still on the quotation after typing on another line');
      // Typing before the quotation on its own line moves it: the diagnostic moves with it.
      assert.ok(await editor.edit((b) => b.insert(new vscode.Position(2, 0), 'Well, ')));
      await waitForDiagnostics(document.uri, (ds) => onQuote(ds) && ds.some((d) => d.range.start.character === 'Well, Someone said '.length), 'PL001 moved with the quotation');
    } finally {
      await discard(document);
    }
  });

  it('keeps the debounce when VS Code asks for links of its own accord: they wait for the debounced analysis', async () => {
    const debounceMs = 2000;
    const document = await openUntitled('A first paragraph.[1]\n\n## References\n\n1. A source on record.\n');
    try {
      await api.analysisOf(document);
      await setSetting('debounceMs', debounceMs);
      const editor = await vscode.window.showTextDocument(document);
      const uri = document.uri.toString();
      const analysed: number[] = [];
      const sub = api.onDidAnalyze((r) => {
        if (r.uri.toString() === uri) analysed.push(r.version);
      });
      try {
        const start = performance.now();
        assert.ok(await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'A new paragraph cites it too.[1]\n\n')));
        const version = document.version;
        const links = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', document.uri);
        const waited = performance.now() - start;
        // The links are of the edited text, and came from the one debounced analysis of it.
        const ours = links.filter((l) => l.target?.fragment.startsWith('L'));
        assert.strictEqual(ours.length, 2, JSON.stringify(links.map((l) => l.range)));
        assert.deepStrictEqual(analysed, [version]);
        assert.ok(waited >= debounceMs * 0.9, `the link request waited ${waited.toFixed(0)} ms for the ${debounceMs} ms debounce`);
      } finally {
        sub.dispose();
      }
    } finally {
      await setSetting('debounceMs', undefined);
      await discard(document);
    }
  });

  it('skips a document larger than policyLens.maxFileSizeKB', async () => {
    await setSetting('maxFileSizeKB', 1);
    const document = await openUntitled(`A marker to nowhere.[8]\n\n${'Filler text without claims. '.repeat(100)}\n`);
    try {
      const result = await waitUntil('the size limit to apply', async () => ((await api.analysisOf(document)) === undefined ? true : undefined), [
        vscode.workspace.onDidChangeConfiguration,
        api.onDidAnalyze,
      ]);
      assert.strictEqual(result, true);
      assert.deepStrictEqual(policyDiagnostics(document.uri), []);
      await setSetting('maxFileSizeKB', undefined);
      await waitForDiagnostics(document.uri, has('PL002'), 'PL002 once the limit is back to its default');
    } finally {
      await setSetting('maxFileSizeKB', undefined);
      await discard(document);
    }
  });
});

describe('Policy Lens highlighting', () => {
  let api: PolicyLensApi;
  before(async () => {
    api = await activate();
  });
  after(async () => {
    await setSetting('highlight.citations', undefined);
    await setSetting('highlight.claims', undefined);
    await closeAll();
  });

  it('decorates citation markers and claims, each kind toggled by its setting', async () => {
    const document = await openDraft('drafts', 'brief.md');
    const uri = document.uri;
    const counts = () => api.decorationsOf(uri);
    const start = await waitUntil('citations decorated', () => (counts().citations > 0 && counts().unresolvedCitations > 0 ? counts() : undefined), [api.onDidAnalyze]);
    assert.ok(start.citations >= 2, JSON.stringify(start));

    await setSetting('highlight.citations', false);
    await waitUntil('citation decorations removed', () => (counts().citations === 0 && counts().unresolvedCitations === 0 ? true : undefined), [api.onDidAnalyze, vscode.workspace.onDidChangeConfiguration]);
    assert.strictEqual(counts().claims, start.claims, 'claims are still decorated');

    await setSetting('highlight.claims', false);
    await waitUntil('claim decorations removed', () => (counts().claims === 0 ? true : undefined), [api.onDidAnalyze, vscode.workspace.onDidChangeConfiguration]);

    await setSetting('highlight.citations', undefined);
    await setSetting('highlight.claims', undefined);
    await waitUntil('decorations back', () => (counts().citations === start.citations && counts().claims === start.claims ? true : undefined), [api.onDidAnalyze, vscode.workspace.onDidChangeConfiguration]);
  });

  it('decorates the visible lines and a margin, and moves the window as the editor scrolls', async () => {
    // 3,000 lines, an entity and a citation on every other one: far more than one window.
    const lines: string[] = [];
    for (let i = 0; i < 1500; i++) lines.push(`Line ${i}: Anthropic and OpenAI were cited again.[1]`, '');
    lines.push('[1]: https://example.com/source "A source"', '');
    const document = await openUntitled(lines.join('\n'));
    const uri = document.uri;
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor && editor.document === document);
    const analysis = await api.analysisOf(document);
    assert.ok(analysis);
    const top = await waitUntil('the top decorated', () => (api.decorationsOf(uri).entities > 0 ? api.decorationsOf(uri) : undefined), [api.onDidDecorate, api.onDidAnalyze]);
    assert.ok(top.lines && top.lines.from === 0, JSON.stringify(top));
    assert.ok(top.lines.to < document.lineCount - 1, `only a window is decorated: ${JSON.stringify(top)}`);
    assert.ok(top.entities < analysis.analysis.entities.length, `${top.entities} of ${analysis.analysis.entities.length} entities`);
    // Every entity in the window is decorated, none outside it.
    const inWindow = analysis.analysis.entities.filter((e) => e.range.end.line >= top.lines!.from && e.range.start.line <= top.lines!.to).length;
    assert.strictEqual(top.entities, inWindow);

    const last = document.lineCount - 1;
    editor.revealRange(new vscode.Range(last, 0, last, 0), vscode.TextEditorRevealType.InCenter);
    const bottom = await waitUntil('the end decorated after scrolling', () => (api.decorationsOf(uri).lines?.to === last ? api.decorationsOf(uri) : undefined), [api.onDidDecorate, vscode.window.onDidChangeTextEditorVisibleRanges]);
    assert.ok(bottom.lines!.from > 0, JSON.stringify(bottom));
    assert.ok(bottom.entities > 0 && bottom.citations > 0, JSON.stringify(bottom));
    await discard(document);
  });
});
