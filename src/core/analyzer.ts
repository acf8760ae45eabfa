import type { Analysis } from './types';
import type { FactBase } from './factbase/schema';
import { indexFactBase, type FactIndex } from './factbase/factIndex';
import { resolveSettings, type Settings } from './settings';
import { runAnalysis } from './pipeline';
import { readFrontMatter } from './markdown/frontMatter';
import { joinPath, dirnameOf } from './util/paths';
import type { AnalysisCache } from './incremental/analysisCache';

export interface AnalyzerInit {
  /** The merged fact base (bundled plus the user's). Empty when absent. */
  readonly factBase?: FactBase;
  /** Settings by key relative to `policyLens.`; missing or invalid values take their defaults. */
  readonly settings?: Partial<Record<string, unknown>>;
}

export interface BibliographyFile {
  /** The path as written in front matter. */
  readonly file: string;
  /** Its text, or undefined when it could not be read. */
  readonly content: string | undefined;
}

export interface AnalyzeOptions {
  /** Bibliography files named in front matter, already read by the host. */
  readonly bibliographies?: readonly BibliographyFile[];
  /**
   * The document's cache from its previous analyses (`createAnalysisCache()`): blocks that
   * did not change are not scanned or fact-checked again. The result is the same with or
   * without it.
   */
  readonly cache?: AnalysisCache;
}

export interface Analyzer {
  readonly factIndex: FactIndex;
  readonly settings: Settings;
  analyze(text: string, options?: AnalyzeOptions): Analysis;
}

/** How the core reads files it is told about (bibliographies): the host decides how. */
export interface FileHost {
  /** Resolve with the file's text, or undefined when it does not exist or cannot be read. */
  readFile(path: string): Promise<string | undefined>;
}

const emptyFactBase: FactBase = { version: 1, entities: [], facts: [], sources: [], quotations: [], relations: [] };

export function createAnalyzer(init: AnalyzerInit = {}): Analyzer {
  const factIndex = indexFactBase(init.factBase ?? emptyFactBase);
  const settings = resolveSettings(init.settings);
  return Object.freeze({
    factIndex,
    settings,
    analyze: (text: string, options: AnalyzeOptions = {}) => runAnalysis(text, factIndex, settings, options),
  });
}

/**
 * Analyse a document at `documentPath` (a POSIX-style path or URI path), reading the
 * bibliography files its front matter names, relative to the document, through `host`.
 */
export async function analyzeDocument(
  analyzer: Analyzer,
  text: string,
  documentPath: string,
  host: FileHost,
  cache?: AnalysisCache,
): Promise<Analysis> {
  const files = readFrontMatter(text).bibliography;
  const bibliographies: BibliographyFile[] = [];
  for (const file of files) {
    const path = joinPath(dirnameOf(documentPath), file);
    let content: string | undefined;
    try {
      content = await host.readFile(path);
    } catch {
      content = undefined;
    }
    bibliographies.push({ file, content });
  }
  return analyzer.analyze(text, { bibliographies, cache });
}
