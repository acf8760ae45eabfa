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

const RESULT_MARKER = 'POLICY_LENS_TEST_RESULT';
const START_MARKER = 'POLICY_LENS_TEST_START';

mocha.setup({
  ui: 'bdd',
  reporter: 'spec',
  color: false,
  timeout: 30000,
});

export function run(): Promise<void> {
  return new Promise((resolve, reject) => {
    console.log(`${START_MARKER} ${new Date().toISOString()}`);
    if (mocha.suite.total() === 0) {
      console.log(`${RESULT_MARKER} ${JSON.stringify({ passed: 0, failed: 1, pending: 0, error: 'no tests' })}`);
      reject(new Error('no test was registered: is the bundle empty?'));
      return;
    }
    try {
      const runner = mocha.run((failures) => {
        const s = runner.stats ?? { passes: 0, failures, pending: 0 };
        console.log(
          `${RESULT_MARKER} ${JSON.stringify({ passed: s.passes, failed: s.failures, pending: s.pending })}`,
        );
        if (failures > 0) reject(new Error(`${failures} test(s) failed.`));
        else resolve();
      });
    } catch (err) {
      console.error(err);
      console.log(`${RESULT_MARKER} ${JSON.stringify({ passed: 0, failed: 1, pending: 0, error: String(err) })}`);
      reject(err);
    }
  });
}
