import type { Analysis } from './types';
import type { FactIndex } from './factbase/factIndex';
import type { Settings } from './settings';
import type { AnalyzeOptions } from './analyzer';

// Placeholder while the pipeline is written; returns an empty analysis.
export function runAnalysis(_text: string, _index: FactIndex, _settings: Settings, _options: AnalyzeOptions): Analysis {
  return { version: 1, entities: [], citations: [], references: [], quotes: [], claims: [], sentences: [], findings: [], bibliographyFiles: [] };
}
