/**
 * What the benchmark needs from the core, bundled by `scripts/bench/run.mjs` with esbuild
 * into one CommonJS file (out/bench/core.cjs).
 */
import { createAnalyzer, createAnalysisCache } from '../../src/core/index';
import { bundledFactBase } from '../../src/core/factbase/bundled';
import { hoverAt } from '../../src/core/hover/hoverAt';
import { LineIndex } from '../../src/core/text/lineIndex';
import { generateDraft } from './generate';

export { createAnalyzer, createAnalysisCache, bundledFactBase, hoverAt, LineIndex, generateDraft };

/** Entity names and aliases of the bundled fact base, and its source titles, for the generator. */
export function draftOptions(): { entityNames: string[]; referenceTitles: string[] } {
  const fb = bundledFactBase();
  const entityNames: string[] = [];
  for (const e of fb.entities) {
    entityNames.push(e.name);
    for (const a of e.aliases) entityNames.push(typeof a === 'string' ? a : a.text);
  }
  return { entityNames, referenceTitles: fb.sources.map((s) => s.title) };
}
