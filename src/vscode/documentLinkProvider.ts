import * as vscode from 'vscode';
import type { AnalysisManager } from './analysisManager';
import type { Log } from './log';
import { toVsRange } from './convert';
import { referenceLocation, referenceOf } from './definitionProvider';

/**
 * Ctrl+click on a citation marker opens its reference. Markers that resolve to a link
 * reference definition are left to the built-in Markdown links, which already follow them.
 */
export class DocumentLinkProvider implements vscode.DocumentLinkProvider {
  constructor(
    private readonly analyses: AnalysisManager,
    private readonly log: Log,
  ) {}

  provideDocumentLinks(document: vscode.TextDocument): Promise<vscode.DocumentLink[]> {
    return this.log.guard('document links', [], async () => {
      // VS Code asks for links after edits of its own accord: wait for the debounced analysis.
      const result = await this.analyses.settled(document);
      if (!result) return [];
      const links: vscode.DocumentLink[] = [];
      for (const citation of result.analysis.citations) {
        const reference = referenceOf(citation, result.analysis.references);
        if (!reference || reference.kind === 'definition') continue;
        const location = referenceLocation(document.uri, reference);
        if (!location) continue;
        const { line, character } = location.range.start;
        const target = location.uri.with({ fragment: `L${line + 1},${character + 1}` });
        const link = new vscode.DocumentLink(toVsRange(citation.range), target);
        link.tooltip = `Go to reference ${citation.label}`;
        links.push(link);
      }
      return links;
    });
  }
}
