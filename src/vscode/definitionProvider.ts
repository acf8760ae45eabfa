import * as vscode from 'vscode';
import { rangeContains } from '../core/hover';
import type { Citation, ReferenceInfo } from '../core/types';
import { joinPath, dirnameOf } from '../core/util/paths';
import type { AnalysisManager } from './analysisManager';
import type { Log } from './log';
import { fromVsPosition, toVsRange } from './convert';

/** Where a resolved marker's reference is: its line in this document, or its bibliography file. */
export function referenceLocation(uri: vscode.Uri, reference: ReferenceInfo): vscode.Location | undefined {
  if (reference.range) return new vscode.Location(uri, toVsRange(reference.range));
  if (reference.file) return new vscode.Location(uri.with({ path: joinPath(dirnameOf(uri.path), reference.file) }), new vscode.Position(0, 0));
  return undefined;
}

export function referenceOf(citation: Citation, references: readonly ReferenceInfo[]): ReferenceInfo | undefined {
  return citation.resolved && citation.referenceIndex !== undefined ? references[citation.referenceIndex] : undefined;
}

/** Go to Definition from a citation marker to the reference it resolves to. */
export class DefinitionProvider implements vscode.DefinitionProvider {
  constructor(
    private readonly analyses: AnalysisManager,
    private readonly log: Log,
  ) {}

  provideDefinition(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Location | undefined> {
    return this.log.guard('definition', undefined, async () => {
      const result = await this.analyses.ensure(document);
      if (!result) return undefined;
      const at = fromVsPosition(position);
      const citation = result.analysis.citations.find((c) => rangeContains(c.range, at));
      const reference = citation && referenceOf(citation, result.analysis.references);
      return reference ? referenceLocation(document.uri, reference) : undefined;
    });
  }
}
