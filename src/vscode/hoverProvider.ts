import * as vscode from 'vscode';
import { hoverAt } from '../core/hover';
import type { AnalysisManager } from './analysisManager';
import type { Log } from './log';
import { fromVsPosition, toVsRange } from './convert';
import { untrustedMarkdown } from './markdown';

/** Hover cards for entities, citation markers, references, quotations and claims. */
export class HoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly analyses: AnalysisManager,
    private readonly log: Log,
  ) {}

  provideHover(
    document: vscode.TextDocument,
    position: vscode.Position,
    token: vscode.CancellationToken,
  ): Promise<vscode.Hover | undefined> {
    return this.log.guard('hover', undefined, async () => {
      const result = await this.analyses.ensure(document);
      if (!result || token.isCancellationRequested || result.version !== document.version) return undefined;
      const hover = hoverAt(result.analysis, result.analyzer.factIndex, fromVsPosition(position));
      if (!hover) return undefined;
      return new vscode.Hover(hover.cards.map(untrustedMarkdown), toVsRange(hover.range));
    });
  }
}
