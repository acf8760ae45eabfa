/**
 * Policy Lens analysis core: plain TypeScript, no `vscode`, no Node built-ins.
 *
 *   const analyzer = createAnalyzer({ factBase: bundledFactBase(), settings });
 *   const analysis = analyzer.analyze(text);
 *
 * Hosts that can read files use `analyzeDocument`, which also loads the bibliography
 * files named in front matter through the host's `readFile`.
 */
export * from './types';
export { createAnalyzer, analyzeDocument } from './analyzer';
export type { Analyzer, AnalyzerInit, AnalyzeOptions, BibliographyFile, FileHost } from './analyzer';
export { diagnosticCodes, codeInfo, isDiagnosticCode } from './diagnostics/codes';
export type { DiagnosticCodeInfo } from './diagnostics/codes';
export { settingDefs, settingSections, settingsSchema, resolveSettings, severityOf } from './settings';
export type { Settings, SettingKey } from './settings';
export * from './factbase/schema';
