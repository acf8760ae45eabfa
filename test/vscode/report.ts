/**
 * How a mocha run inside an extension host reports to the harness, shared by the Node
 * entry (test/vscode/index.ts) and the web entry (test/web/index.ts): a start line, then one
 * result line the runner scripts parse for the counts.
 */
export const RESULT_MARKER = 'POLICY_LENS_TEST_RESULT';
export const START_MARKER = 'POLICY_LENS_TEST_START';

interface Runnable {
  run(done: (failures: number) => void): { stats?: { passes: number; failures: number; pending: number } };
}

/** Run mocha, print the result line, and settle when it ends; `empty` says why nothing can run. */
export function runAndReport(mocha: Runnable, empty: string | undefined): Promise<void> {
  const report = (result: object) => console.log(`${RESULT_MARKER} ${JSON.stringify(result)}`);
  return new Promise((resolve, reject) => {
    console.log(`${START_MARKER} ${new Date().toISOString()}`);
    if (empty) {
      report({ passed: 0, failed: 1, pending: 0, error: empty });
      reject(new Error(empty));
      return;
    }
    try {
      const runner = mocha.run((failures) => {
        const s = runner.stats ?? { passes: 0, failures, pending: 0 };
        report({ passed: s.passes, failed: s.failures, pending: s.pending });
        if (failures > 0) reject(new Error(`${failures} test(s) failed.`));
        else resolve();
      });
    } catch (err) {
      console.error(err);
      report({ passed: 0, failed: 1, pending: 0, error: String(err) });
      reject(err);
    }
  });
}
