// Entry loaded by VS Code for the Web's extension host (a web worker) as
// `extensionTestsPath` (Route B, scripts/vscode/run-web-tests.mjs). It is bundled by
// scripts/vscode/build-tests.mjs together with every suite in test/vscode/suite/**/*.test.ts
// (except *.node.test.ts) into out/test/web/index.js, this module first, so that mocha's
// BDD globals (describe/it/before…) exist when the suites are evaluated.
// It reports its counts on one log line that the harness parses:
//   POLICY_LENS_TEST_RESULT {"passed":N,"failed":N,"pending":N}

// mocha's browser build: defines the global `mocha` (BrowserMocha).
// eslint-disable-next-line @typescript-eslint/no-require-imports
require('mocha/mocha');
import { runAndReport } from '../vscode/report';

mocha.setup({
  ui: 'bdd',
  reporter: 'spec',
  color: false,
  timeout: 30000,
});

export function run(): Promise<void> {
  return runAndReport(mocha, mocha.suite.total() === 0 ? 'no test was registered: is the bundle empty?' : undefined);
}
