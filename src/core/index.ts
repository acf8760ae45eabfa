/**
 * Policy Lens analysis core: plain TypeScript, no `vscode`, no Node built-ins.
 *
 *   const analyzer = createAnalyzer({ factBase: bundledFactBase(), settings });
 *   const analysis = analyzer.analyze(text);
 *
 * Hosts that can read files use `analyzeDocument`, which also loads the bibliography
 * files named in front matter through the host's `readFile`. A host that re-analyses a
 * document as it is edited passes the same `createAnalysisCache()` each time, so that only
 * the changed paragraphs are scanned and fact-checked again.
 */
export * from './types';
export { createAnalyzer, analyzeDocument } from './analyzer';
export type { Analyzer, AnalyzerInit, AnalyzeOptions, BibliographyFile, FileHost } from './analyzer';
export { createAnalysisCache } from './incremental/analysisCache';
export type { AnalysisCache } from './incremental/analysisCache';
export { diagnosticCodes, codeInfo, isDiagnosticCode } from './diagnostics/codes';
export type { DiagnosticCodeInfo } from './diagnostics/codes';
export { settingDefs, settingSections, settingsSchema, resolveSettings, severityOf } from './settings';
export type { Settings, SettingKey } from './settings';
export * from './factbase/schema';
