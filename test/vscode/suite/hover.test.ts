// Hover cards (entity, citation marker, quotation, claim, reference), their escaping, and
// navigation from a marker to its reference.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { PolicyLensApi } from '../../../src/vscode/extension';
import { activate, closeAll, codeOf, discard, hoverUntil, openDraft, openUntitled, policyDiagnostics, positionOf, waitForDiagnostics } from './helpers';

describe('Policy Lens hovers', () => {
  let api: PolicyLensApi;
  let brief: vscode.TextDocument;
  before(async () => {
    api = await activate();
    brief = await openDraft('drafts', 'brief.md');
    await api.analysisOf(brief);
  });
  after(closeAll);

  it('shows an entity card from the workspace fact base, with its facts and mention count', async () => {
    const text = await hoverUntil(api, brief, positionOf(brief, 'Acme Policy Institute', 1, 3), (t) => t.includes('Acme'));
    assert.match(text, /Acme Policy Institute/);
    assert.match(text, /fictional think tank/);
    assert.match(text, /founded in 2019/);
    assert.match(text, /Mentioned 2 times in this document/);
  });

  it('shows the reference a citation marker resolves to', async () => {
    const text = await hoverUntil(api, brief, positionOf(brief, '[1]'), (t) => t.includes('Glasswing'));
    assert.match(text, /Project Glasswing/);
    assert.match(text, /Anthropic/);
  });

  it('says why a marker resolves to nothing', async () => {
    const text = await hoverUntil(api, brief, positionOf(brief, '[9]'), (t) => t.includes('no reference'));
    assert.match(text, /Resolves to no reference/);
  });

  it('says whether a quotation is sourced', async () => {
    const unsourced = await hoverUntil(api, brief, positionOf(brief, 'this particular quotation', 1, 5), (t) => /Quotation/.test(t));
    assert.match(unsourced, /Not sourced/);
    const sourced = await hoverUntil(api, brief, positionOf(brief, 'did not feel', 1, 2), (t) => /Quotation/.test(t));
    assert.match(sourced, /Sourced by \\?\[2\\?\]/);
  });

  it('shows a claim card on a figure', async () => {
    const text = await hoverUntil(api, brief, positionOf(brief, '83.1%', 1, 2), (t) => t.includes('Claim'));
    assert.match(text, /Claim/);
    assert.match(text, /percentage/);
  });

  it('shows where a reference is cited when hovering it', async () => {
    const text = await hoverUntil(api, brief, positionOf(brief, 'Project Glasswing: Securing', 1, 3), (t) => t.includes('Cited'));
    assert.match(text, /Cited 1 time: line 3/);
  });

  it('renders an injection attempt from a fact base inert', async () => {
    const document = await openDraft('drafts', 'injection.md');
    const position = positionOf(document, 'Quitter Corp', 1, 2);
    await api.analysisOf(document);
    const hovers = await (async () => {
      for (let attempt = 0; attempt < 20; attempt++) {
        await api.analysisOf(document);
        const h = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
        if (h.some((x) => x.contents.some((c) => typeof c !== 'string' && 'value' in c && c.value.includes('Quit')))) return h;
      }
      return [];
    })();
    const ours = hovers.flatMap((h) => h.contents).filter((c): c is vscode.MarkdownString => typeof c !== 'string' && 'value' in c && c.value.includes('Quit'));
    assert.ok(ours.length > 0, 'the entity card is shown');
    for (const md of ours) {
      assert.notStrictEqual(md.isTrusted, true, 'hover Markdown is not trusted');
      assert.notStrictEqual(md.supportHtml, true, 'hover Markdown does not render HTML');
      assert.doesNotMatch(md.value, /\]\(command:/, 'no command link');
      assert.doesNotMatch(md.value, /\]\(javascript:/, 'no script link');
      assert.doesNotMatch(md.value, /(?<!\\)<(img|script|b )/, 'no HTML (only escaped \\< )');
      assert.doesNotMatch(md.value, /(?<!\\)<command:/, 'no autolink');
      assert.match(md.value, /\\\[Quit VS Code\\\]\\\(command\\:workbench\\.action\\.quit\\\)/, 'the name is shown as written, escaped');
    }
  });

  it('goes from a marker to its reference (definition and document link)', async () => {
    const referenceLine = positionOf(brief, '1. Project Glasswing', 1, 0).line;
    const locations = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
      'vscode.executeDefinitionProvider',
      brief.uri,
      positionOf(brief, '[1]'),
    );
    const starts = locations.map((l) => ('targetRange' in l ? l.targetRange.start : l.range.start));
    const target = starts.find((p) => p.line === referenceLine);
    assert.ok(target, `definition lines ${starts.map((p) => p.line).join(', ')}, expected ${referenceLine}`);

    const links = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', brief.uri);
    const marker = positionOf(brief, '[1]');
    const ours = links.filter((l) => l.range.contains(marker) && l.target?.fragment.startsWith('L'));
    assert.ok(ours.length > 0, 'a document link on [1]');
    assert.strictEqual(ours[0].target?.fragment, `L${target.line + 1},${target.character + 1}`);
  });

  it('resolves author-year citations: hover, definition and a dangling one in Problems', async () => {
    const paper = await openUntitled(
      [
        'Logan Graham told CNN that "we did not feel comfortable releasing this generally" (CNN 2026).',
        '',
        'Others called it "a very well-behaved black box" (Whitfield 2026).',
        '',
        '## Bibliography',
        '',
        '- Anthropic. 2026a. "Project Glasswing: Securing Critical Software for the AI Era."',
        '- CNN. 2026. "Anthropic Releases Its Most Powerful AI Model to Select Partners."',
        '',
      ].join('\n'),
    );
    try {
      const problems = await waitForDiagnostics(paper.uri, (ds) => ds.some((d) => codeOf(d) === 'PL002'), 'the dangling author-year citation');
      const codes = problems.map((d) => `${codeOf(d)}:${d.range.start.line}`).sort();
      // Whitfield dangles (and so leaves its quotation unsourced); CNN resolves; Anthropic 2026a is never cited.
      assert.deepStrictEqual(codes, ['PL001:2', 'PL002:2', 'PL003:6']);
      assert.match(policyDiagnostics(paper.uri).find((d) => codeOf(d) === 'PL002')!.message, /\(Whitfield 2026\) matches no entry in the Bibliography list/);
      const text = await hoverUntil(api, paper, positionOf(paper, '(CNN 2026)', 1, 2), (t) => t.includes('Select Partners'));
      assert.match(text, /author\\?-year citation \\?\(CNN 2026\\?\)/);
      assert.match(text, /\nCNN\n/, 'the author is the publisher');
      const locations = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', paper.uri, positionOf(paper, '(CNN 2026)', 1, 2));
      assert.ok(
        locations.some((l) => ('targetRange' in l ? l.targetRange.start : l.range.start).line === 7),
        'the definition is the CNN entry',
      );
    } finally {
      await discard(paper);
    }
  });
});
