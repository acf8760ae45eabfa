import { analyzeDocument, createAnalyzer, type Analysis, type FileHost } from '../core';
import type { CheckOptions } from './args';
import { discoverFiles } from './discover';
import { loadFactBases } from './factBases';
import * as nodePath from 'node:path';
import { displayPath, readProcessStdin, stdinArg, stdinDisplay, type CliFs } from './io';
import { inputNotice, type Notice } from './notice';
import { readDocument, readStdinDocument } from './readDocument';

export interface CheckedFile {
  /** Relative to cwd, forward slashes. */
  readonly path: string;
  readonly absolutePath: string;
  /** The text that was analysed (decoded, without a byte-order mark): fix regions are placed in it. */
  readonly text: string;
  readonly analysis: Analysis;
}

export interface CheckRun {
  readonly files: readonly CheckedFile[];
  /** Unreadable or missing input and fact base problems: any of these makes the exit status 2. */
  readonly notices: readonly Notice[];
}

/**
 * Check the files named by `options.paths` (`-` is standard input): find them, load the fact bases, create the
 * analyzer once, then read and analyse each file in turn. `report` is called for each
 * notice as it happens (the CLI prints them to stderr at once).
 */
export async function runCheck(
  options: CheckOptions,
  cwd: string,
  fs: CliFs,
  report: (notice: Notice) => void,
  readStdin: () => Uint8Array = readProcessStdin,
): Promise<CheckRun> {
  const notices: Notice[] = [];
  const notice = (n: Notice) => {
    notices.push(n);
    report(n);
  };
  const inputProblem = (path: string, reason: string) => notice(inputNotice(path, reason));

  const factBases = loadFactBases(options.factBases, options.bundled, cwd, fs);
  for (const p of factBases.problems) notice(p);

  const settings: Record<string, unknown> = {};
  if (options.minWords !== undefined) settings['quotes.minWords'] = options.minWords;
  if (options.citationLinks) settings['citations.links'] = true;
  for (const [code, level] of Object.entries(options.severities)) settings[`severity.${code}`] = level;
  if (options.uncited) settings['citations.uncitedFigures'] = options.uncited;
  const analyzer = createAnalyzer({ factBase: factBases.factBase, settings });
  const maxBytes = analyzer.settings.maxFileSizeKB * 1024;
  const host: FileHost = {
    readFile: async (path) => {
      const read = readDocument(fs, path, maxBytes);
      return read.ok ? read.text : undefined;
    },
  };

  const discovery = discoverFiles(options.paths, cwd, fs);
  for (const p of discovery.problems) inputProblem(p.path, p.reason);

  const files: CheckedFile[] = [];
  for (const file of discovery.files) {
    // Standard input stands in the current folder (a `bibliography:` in it is found from there).
    const fromStdin = file === stdinArg;
    const absolutePath = fromStdin ? nodePath.join(cwd, stdinDisplay) : file;
    const path = fromStdin ? stdinDisplay : displayPath(absolutePath, cwd);
    const read = fromStdin ? readStdinDocument(readStdin, maxBytes) : readDocument(fs, absolutePath, maxBytes);
    if (!read.ok) {
      inputProblem(path, read.reason);
      continue;
    }
    try {
      const analysis = await analyzeDocument(analyzer, read.text, absolutePath.replace(/\\/g, '/'), host);
      files.push({ path, absolutePath, text: read.text, analysis });
    } catch (e) {
      inputProblem(path, `internal error while checking: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return { files, notices };
}
