import * as nodePath from 'node:path';
import type { FactBase } from '../core';
import { bundledFactBase } from '../core/factbase/bundled';
import { knownIdsOf, parseFactBase } from '../core/factbase/load';
import { mergeFactBases } from '../core/factbase/merge';
import { displayPath, type CliFs } from './io';
import { inputNotice, type Notice } from './notice';
import { readDocument } from './readDocument';

const emptyFactBase: FactBase = { version: 1, entities: [], facts: [], sources: [], quotations: [], relations: [] };

/** Fact base files are data, not drafts, but the same size limit keeps a typo from hurting. */
const maxFactBaseBytes = 10 * 1024 * 1024;

export interface FactBaseLoad {
  readonly factBase: FactBase;
  /** One per unreadable file or schema error. */
  readonly problems: readonly Notice[];
}

/**
 * The bundled fact base (unless `useBundled` is false) merged with each `--fact-base`
 * file in order; a file may refer to ids of the bundled base and of earlier files. A
 * file that cannot be read is skipped; a file with schema errors contributes what the
 * loader could still validate, and each error becomes a line
 * `FILE:line:col error fact-base <path>: <message>`.
 */
export function loadFactBases(files: readonly string[], useBundled: boolean, cwd: string, fs: CliFs): FactBaseLoad {
  const problems: Notice[] = [];
  let merged = useBundled ? bundledFactBase() : emptyFactBase;
  let loaded = 0;
  for (const file of files) {
    const absolute = nodePath.resolve(cwd, file);
    const shown = displayPath(absolute, cwd);
    const read = readDocument(fs, absolute, maxFactBaseBytes);
    if (!read.ok) {
      problems.push(inputNotice(shown, read.reason));
      continue;
    }
    // What an "unknown id" message says the file may draw on: the bundled base and the files before it.
    const from = [...(useBundled ? ['the bundled fact base'] : []), ...(loaded === 0 ? [] : [loaded === 1 ? 'the --fact-base file before it' : 'the --fact-base files before it'])];
    const result = parseFactBase(read.text, absolute, from.length === 0 ? {} : { known: knownIdsOf(merged, from) });
    loaded++;
    for (const error of result.errors) {
      const position = { line: error.range.start.line + 1, column: error.range.start.character + 1 };
      const message = `${error.path || '(root)'}: ${oneLine(error.message)}`;
      problems.push({ path: shown, message, position, line: `${shown}:${position.line}:${position.column} error fact-base ${message}` });
    }
    if (result.factBase) merged = mergeFactBases(merged, result.factBase);
  }
  return { factBase: merged, problems };
}

export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
