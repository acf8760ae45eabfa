// Entry (`extensionTestsPath`) of the untrusted-workspace run:
//   node scripts/vscode/run-codeserver-tests.mjs --untrusted
// The same runner as test/vscode/index.ts, bundled to out/test/vscode-untrusted/index.js, so
// it runs the suites bundled next to it (out/test/vscode-untrusted/suite/*.test.js, built
// from test/vscode/untrusted/*.test.ts) and reports the same POLICY_LENS_TEST_RESULT line.
export { run } from '../index';
