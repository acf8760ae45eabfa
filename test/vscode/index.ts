// Entry loaded by the VS Code extension host (Node) as `extensionTestsPath`: runs every
// bundled suite in out/test/vscode/suite/**/*.test.js with mocha (BDD: describe/it) and
// reports its counts on one log line that the harness parses:
//   POLICY_LENS_TEST_RESULT {"passed":N,"failed":N,"pending":N}
// Used by Route A (code-server, scripts/vscode/run-codeserver-tests.mjs) and by
// @vscode/test-electron (scripts/vscode/run-electron-tests.mjs).
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import { runAndReport } from './report';

export { RESULT_MARKER, START_MARKER } from './report';

function findTests(dir: string): string[] {
  let out: string[] = [];
  let names: string[];
  try {
    names = fs.readdirSync(dir).sort();
  } catch {
    return out;
  }
  for (const name of names) {
    const p = path.join(dir, name);
    if (fs.statSync(p).isDirectory()) out = out.concat(findTests(p));
    else if (name.endsWith('.test.js')) out.push(p);
  }
  return out;
}

export function run(): Promise<void> {
  // Stack traces point at the TypeScript sources (the bundles carry inline source maps).
  process.setSourceMapsEnabled?.(true);
  const mocha = new Mocha({
    ui: 'bdd',
    color: false,
    reporter: 'spec',
    timeout: Number(process.env.POLICY_LENS_TEST_TIMEOUT) || 30000,
    // Optional filter: code-server's extension host inherits the server's environment.
    ...(process.env.POLICY_LENS_TEST_GREP ? { grep: process.env.POLICY_LENS_TEST_GREP } : {}),
  });
  const files = findTests(path.join(__dirname, 'suite'));
  for (const f of files) mocha.addFile(f);
  return runAndReport(mocha, files.length === 0 ? `no *.test.js suite under ${path.join(__dirname, 'suite')}` : undefined);
}
