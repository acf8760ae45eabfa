// Performance in the real VS Code, reported and not gated: the extension's activation time,
// edit-to-diagnostics latency on a 100 KB draft, and hover latency. The figures go to the
// log on one line, `PERF {json}`, and (Node host) to out/perf/vscode.json. Only generous
// sanity limits are asserted.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { PolicyLensApi } from '../../../src/vscode/extension';
import { hoverAt } from '../../../src/core/hover';
import { EXTENSION_ID, activate, codeOf, discard, hoverText, openUntitled, policyDiagnostics, setSetting, waitForDiagnostics } from './helpers';

const SANITY_MS = 5000;
const EDITS = 5;
/** Edits made before the measured ones, so that the measured ones see warm code (reported apart). */
const WARMUP_EDITS = 3;
const HOVERS = 9;

/** A draft of at least `bytes` characters from varied paragraphs: claims, quotations, markers, entities. */
function generatedDraft(bytes: number): string {
  const paragraphs = [
    (i: number) => `Anthropic announced Project Glasswing on April 7, 2026, and review team ${i} read the announcement closely.[1]`,
    (i: number) => `Mythos Preview scored ${80 + (i % 9)}.1% on CyberGym in evaluation run ${i}, against 66.6% for Opus 4.6.[2]`,
    (i: number) => `Logan Graham told CNN: "We did not feel comfortable releasing this generally." Section ${i} returns to that decision.[3]`,
    (i: number) => `An official in briefing ${i} said "the quotation number ${i} in this draft has no source at all" to reporters.`,
    (i: number) => `The coalition of ${(i % 40) + 2} partners spent ${i * 3} hours reviewing code written in ${1990 + (i % 30)}.[${(i % 12) + 1}]`,
    (i: number) => `Google DeepMind and OpenAI were described as the most capable rivals in part ${i}, while the Pentagon weighed a contract worth $${(i % 5) + 1}00 million.[8]`,
    (i: number) => `> "By far the most powerful AI model we've ever developed," the leaked draft ${i} said.\n>\n> It was quoted widely.[7]`,
  ];
  const references = [
    '## References',
    '',
    '1. Project Glasswing: Securing Critical Software for the AI Era - Anthropic',
    '2. Claude Mythos Preview System Card - Anthropic (PDF)',
    '3. Anthropic Releases Its Most Powerful - and Dangerous - AI Model to Select Partners - CNN',
    '4. Alignment Risk Update: Claude Mythos Preview - Anthropic (PDF)',
    '5. OpenAI\'s New Model Leaps Ahead in Coding Capabilities - Fortune',
    '6. Anthropic Is Giving Companies Access to Its Unreleased Claude Mythos Model - Fortune',
    '7. Anthropic Accidentally Leaked Details of a New AI Model That Poses Unprecedented Cybersecurity Risks - Fortune',
    '8. Pentagon Designates Anthropic a Supply Chain Risk - Mayer Brown',
    '',
  ].join('\n');
  const parts = ['# A long generated brief', ''];
  let size = references.length;
  for (let i = 0; size < bytes; i++) {
    if (i % 25 === 0) parts.push(`## Part ${i / 25 + 1}`, '');
    const p = paragraphs[i % paragraphs.length](i);
    parts.push(p, '');
    size += p.length + 2;
  }
  parts.push(references);
  return parts.join('\n');
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const round = (n: number) => Math.round(n * 10) / 10;

describe('Policy Lens performance (reported, not gated)', function () {
  this.timeout(180000);
  const nodeHost = typeof process !== 'undefined' && typeof process.versions?.node === 'string';
  const figures: Record<string, unknown> = { host: nodeHost ? 'node' : 'web', vscode: vscode.version };
  let api: PolicyLensApi;
  let ext: vscode.Extension<PolicyLensApi>;
  let document: vscode.TextDocument | undefined;

  before(async () => {
    const found = vscode.extensions.getExtension<PolicyLensApi>(EXTENSION_ID);
    assert.ok(found);
    ext = found;
    // Timed from here only when no earlier suite activated the extension (e.g. with POLICY_LENS_TEST_GREP=perf).
    const wasActive = ext.isActive;
    const t0 = performance.now();
    await ext.activate();
    figures.activateCallMs = wasActive ? null : round(performance.now() - t0);
    api = await activate();
    await setSetting('debounceMs', 0);
  });

  after(async () => {
    await setSetting('debounceMs', undefined);
    if (document) await discard(document);
    console.log(`PERF ${JSON.stringify(figures)}`);
    if (ext?.extensionUri.scheme === 'file') {
      const dir = vscode.Uri.joinPath(ext.extensionUri, 'out', 'perf');
      await vscode.workspace.fs.createDirectory(dir);
      await vscode.workspace.fs.writeFile(
        vscode.Uri.joinPath(dir, 'vscode.json'),
        new TextEncoder().encode(`${JSON.stringify({ ...figures, date: new Date().toISOString() }, null, 2)}\n`),
      );
    }
  });

  it('activates in well under a second of its own work', () => {
    assert.strictEqual(typeof api.activationMs, 'number');
    figures.activationMs = round(api.activationMs);
    assert.ok(api.activationMs >= 0 && api.activationMs < SANITY_MS, `activate() took ${api.activationMs} ms`);
  });

  it('publishes fresh diagnostics soon after an edit of a 100 KB draft', async () => {
    const text = generatedDraft(100 * 1024);
    figures.draftChars = text.length;
    const t0 = performance.now();
    document = await openUntitled(text);
    await waitForDiagnostics(document.uri, (ds) => ds.some((d) => codeOf(d) === 'PL001'), 'the first diagnostics of the 100 KB draft');
    figures.openToDiagnosticsMs = round(performance.now() - t0);
    figures.diagnosticsCount = policyDiagnostics(document.uri).length;

    const editor = vscode.window.activeTextEditor;
    assert.ok(editor && editor.document === document);
    const debounceMs = vscode.workspace.getConfiguration('policyLens', document.uri).get<number>('debounceMs') ?? 0;
    const samples: number[] = [];
    const applied: number[] = [];
    const analysed: number[] = [];
    const analysisMs: number[] = [];
    const publishMs: number[] = [];
    const setMs: number[] = [];
    const arrived: number[] = [];
    const warmup: number[] = [];
    for (let n = 1 - WARMUP_EDITS; n <= EDITS; n++) {
      const token = `perf probe ${n} ${Date.now().toString(36)}`;
      const line = Math.floor(document.lineCount / 2);
      const uri = document.uri.toString();
      let start = 0;
      const analysis = new Promise<number>((resolve) => {
        const sub = api.onDidAnalyze((result) => {
          if (result.uri.toString() !== uri || !result.text.includes(token)) return;
          sub.dispose();
          resolve(performance.now() - start);
        });
      });
      // When the change reaches the extension host (what the extension can first react to).
      const arrival = new Promise<number>((resolve) => {
        const sub = vscode.workspace.onDidChangeTextDocument((e) => {
          if (e.document.uri.toString() !== uri || !e.contentChanges.some((c) => c.text.includes(token))) return;
          sub.dispose();
          resolve(performance.now() - start);
        });
      });
      start = performance.now();
      assert.ok(await editor.edit((b) => b.insert(new vscode.Position(line, 0), `A source told reporters "${token} has no citation at all" yesterday.\n\n`)));
      const appliedMs = performance.now() - start;
      // Fresh: the new quotation, which only the new version holds, is flagged.
      await waitForDiagnostics(
        document.uri,
        (ds) => ds.some((d) => codeOf(d) === 'PL001' && d.message.includes(token)),
        `PL001 on “${token}”`,
      );
      const total = performance.now() - start - debounceMs;
      if (n < 1) {
        warmup.push(total);
        continue;
      }
      samples.push(total);
      applied.push(appliedMs);
      arrived.push(await arrival);
      analysed.push((await analysis) - debounceMs);
      const timings = api.timingsOf(document.uri);
      assert.ok(timings, 'the manager timed the analysis');
      analysisMs.push(timings.analysisMs);
      publishMs.push(timings.publishMs);
      assert.ok(typeof timings.diagnosticsSetMs === 'number' && timings.diagnosticsSetMs > 0, 'the new diagnostics were sent');
      setMs.push(timings.diagnosticsSetMs);
    }
    figures.debounceMs = debounceMs;
    figures.editToDiagnosticsMs = { median: round(median(samples)), min: round(Math.min(...samples)), max: round(Math.max(...samples)), samples: samples.map(round) };
    figures.warmupEditsMs = warmup.map(round);
    // Where the time goes: the edit reaching the extension host, the analysis, publishing.
    figures.editApplyMs = { median: round(median(applied)) };
    figures.changeArrivedMs = { median: round(median(arrived)), samples: arrived.map(round) };
    figures.editToAnalysisMs = { median: round(median(analysed)) };
    figures.analysisMs = { median: round(median(analysisMs)), samples: analysisMs.map(round) };
    figures.publishMs = { median: round(median(publishMs)), samples: publishMs.map(round) };
    // The extension's own work per edit: analysing and publishing (diagnostics, decorations, ledger).
    const own = analysisMs.map((a, i) => a + publishMs[i]);
    figures.extensionWorkMs = { median: round(median(own)), max: round(Math.max(...own)) };
    // Of publishing, the time inside VS Code's DiagnosticCollection.set (it converts every
    // diagnostic and sends them to the workbench), and Policy Lens's own code without it.
    figures.diagnosticsSetMs = { median: round(median(setMs)), samples: setMs.map(round) };
    const ownCode = own.map((o, i) => o - setMs[i]);
    figures.ownCodeMs = { median: round(median(ownCode)), max: round(Math.max(...ownCode)) };
    assert.ok(median(samples) < SANITY_MS, `edit to diagnostics: ${JSON.stringify(figures.editToDiagnosticsMs)}`);
  });

  it('re-analyses typing within a line quickly, and sends nothing unchanged', async () => {
    assert.ok(document, 'the 100 KB draft is open');
    const editor = await vscode.window.showTextDocument(document, { preview: false });
    const uri = document.uri.toString();
    const analysisMs: number[] = [];
    const publishMs: number[] = [];
    const before = policyDiagnostics(document.uri).length;
    for (let n = 0; n < EDITS + WARMUP_EDITS; n++) {
      // A word typed at the end of the title: no finding or highlight on that line, no line added.
      const analysed = new Promise<void>((resolve) => {
        const sub = api.onDidAnalyze((r) => {
          if (r.uri.toString() !== uri || r.version !== document!.version) return;
          sub.dispose();
          resolve();
        });
      });
      assert.ok(await editor.edit((b) => b.insert(document!.lineAt(0).range.end, ' draft')));
      await analysed;
      const timings = api.timingsOf(document.uri);
      assert.ok(timings);
      // A word typed on a line with no finding leaves every diagnostic where it was: none is sent again.
      assert.strictEqual(timings.diagnosticsSetMs, 0, 'unchanged diagnostics were not sent again');
      if (n < WARMUP_EDITS) continue;
      analysisMs.push(timings.analysisMs);
      publishMs.push(timings.publishMs);
    }
    assert.strictEqual(policyDiagnostics(document.uri).length, before);
    figures.typingInALine = { analysisMs: { median: round(median(analysisMs)) }, publishMs: { median: round(median(publishMs)) } };
  });

  /** Positions on "Anthropic" spread over the draft: the next one after each ninth of the text. */
  function hoverPositions(doc: vscode.TextDocument): vscode.Position[] {
    const text = doc.getText();
    const out: vscode.Position[] = [];
    let from = 0;
    for (let i = 0; i < HOVERS; i++) {
      const index = text.indexOf('Anthropic announced', Math.max(from, Math.floor((text.length * i) / HOVERS)));
      assert.ok(index >= 0);
      from = index + 1;
      out.push(doc.positionAt(index + 2));
    }
    return out;
  }

  it('answers hovers on the 100 KB draft quickly', async () => {
    assert.ok(document, 'the 100 KB draft is open');
    await api.analysisOf(document);
    const times: number[] = [];
    const uri = document.uri.toString();
    let analyses = 0;
    const sub = api.onDidAnalyze((r) => {
      if (r.uri.toString() === uri) analyses++;
    });
    for (const position of hoverPositions(document)) {
      const start = performance.now();
      const card = await hoverText(document, position);
      times.push(performance.now() - start);
      assert.match(card, /Anthropic/, `a hover card at ${position.line}:${position.character}`);
    }
    sub.dispose();
    figures.hoverMs = { first: round(times[0]), median: round(median(times.slice(1))), max: round(Math.max(...times)) };
    // The part that is Policy Lens's: what its hover provider does (the current analysis, then
    // the card from the index), timed here in the same extension host. The rest of a hover
    // round trip is the workbench and the other hover providers (see the Markdown baseline).
    const own: number[] = [];
    for (const position of hoverPositions(document)) {
      const start = performance.now();
      const result = await api.analysisOf(document);
      assert.ok(result && hoverAt(result.analysis, result.analyzer.factIndex, { line: position.line, character: position.character }));
      own.push(performance.now() - start);
    }
    figures.hoverProviderMs = { median: Math.round(median(own) * 100) / 100, max: Math.round(Math.max(...own) * 100) / 100 };
    // Hovers answer from the current analysis: none runs while they are asked.
    figures.analysesDuringHovers = analyses;
    assert.ok(median(times) < SANITY_MS, `hover: ${JSON.stringify(figures.hoverMs)}`);
  });

  async function editsAndHovers(editor: vscode.TextEditor): Promise<{ editApplyMs: { median: number }; hoverMs: { median: number } }> {
    const doc = editor.document;
    const applied: number[] = [];
    for (let n = 1; n <= EDITS; n++) {
      const start = performance.now();
      assert.ok(await editor.edit((b) => b.insert(new vscode.Position(Math.floor(doc.lineCount / 2), 0), `A baseline line ${n}.\n\n`)));
      applied.push(performance.now() - start);
    }
    const hovers: number[] = [];
    for (const position of hoverPositions(doc)) {
      const start = performance.now();
      await hoverText(doc, position);
      hovers.push(performance.now() - start);
    }
    return { editApplyMs: { median: round(median(applied)) }, hoverMs: { median: round(median(hovers.slice(1))) } };
  }

  it('compares with the same text as plain text, which Policy Lens leaves alone (baseline)', async () => {
    assert.ok(document, 'the 100 KB draft is open');
    const plain = await vscode.workspace.openTextDocument({ language: 'plaintext', content: document.getText() });
    try {
      figures.plainTextBaseline = await editsAndHovers(await vscode.window.showTextDocument(plain, { preview: false }));
    } finally {
      await discard(plain);
    }
  });

  it('compares with the same Markdown that Policy Lens skips for its size (baseline: the editor and its Markdown support alone)', async () => {
    assert.ok(document, 'the 100 KB draft is open');
    await setSetting('maxFileSizeKB', 1);
    const skipped = await openUntitled(document.getText());
    try {
      const editor = vscode.window.activeTextEditor;
      assert.ok(editor && editor.document === skipped);
      assert.strictEqual((await api.analysisOf(skipped)), undefined, 'Policy Lens does not analyse it');
      figures.markdownBaseline = await editsAndHovers(editor);
    } finally {
      await setSetting('maxFileSizeKB', undefined);
      await discard(skipped);
    }
  });
});
