// Route A: runs the mocha suites inside a real VS Code (code-server 4.139 = VS Code 1.139,
// Node extension host) driven by headless Debian Chromium. See /work/shared/REAL-VSCODE.md.
//
//   node scripts/vscode/run-codeserver-tests.mjs [--untrusted] [--no-build] [--timeout SECONDS]
//        [--extension DIR] [--tests FILE] [--workspace DIR] [--verbose]
//
// Defaults: extension = repo root, tests = out/test/vscode/index.js, workspace =
// test/vscode/workspace (copied to a temp dir first: tests may write to it freely).
// Prints the suite's log, then `vscode: N passed, N failed`, and exits with the suite's
// exit code (1 on timeout or harness error).
// --untrusted: Workspace Trust on and the folder not trusted (Restricted Mode; see
// UNTRUSTED_SETTINGS in lib.mjs); defaults become tests = out/test/vscode-untrusted/index.js
// (test/vscode/untrusted/*.test.ts), workspace = test/vscode/untrusted/workspace, and the
// closing line `vscode-untrusted: N passed, N failed`.
// Env: POLICY_LENS_TEST_GREP=<regexp> runs only matching tests.
import { existsSync, readFileSync, cpSync } from 'node:fs';
import { format } from 'node:util';
import { join, resolve, basename } from 'node:path';
import {
  ROOT, log, sh, ensureTools, buildExtension, startCodeServer, testPayloadUrl, launchChromium, parseCounts,
} from './lib.mjs';

const argv = process.argv.slice(2);
const opt = (name, def) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : def;
};
const untrusted = argv.includes('--untrusted');
const LABEL = untrusted ? 'vscode-untrusted' : 'vscode';
const timeoutS = Number(opt('--timeout', process.env.POLICY_LENS_TEST_TIMEOUT_S || 300));
const extensionDevelopmentPath = resolve(opt('--extension', ROOT));
const extensionTestsPath = resolve(opt('--tests', join(ROOT, untrusted ? 'out/test/vscode-untrusted/index.js' : 'out/test/vscode/index.js')));
const folder = resolve(opt('--workspace', join(ROOT, untrusted ? 'test/vscode/untrusted/workspace' : 'test/vscode/workspace')));
const verbose = argv.includes('--verbose') || !!process.env.POLICY_LENS_VERBOSE;

const t0 = Date.now();
let server;
let browser;
let logText = '';
let exitCode = 1;
let finished = false;
let neverStarted = () => [];
const START_MARKER = 'POLICY_LENS_TEST_START';

/** console-style formatting of a forwarded console call (%s, %d, %i, %f, %o, %O, %j, %c). */
function formatArgs(args) {
  const strs = args.map((a) => (typeof a === 'string' ? a : a === undefined ? 'undefined' : JSON.stringify(a)));
  if (typeof args[0] === 'string' && /%[sdifoOjc%]/.test(args[0])) {
    return format(...args.map((a) => (a !== null && typeof a === 'object' ? JSON.stringify(a) : a)));
  }
  return strs.join(' ');
}

async function cleanup() {
  const t = Date.now();
  await Promise.all([
    browser?.close().catch(() => { /* already closed */ }),
    server?.stop(),
  ]);
  if (verbose) log(`stopped browser and code-server in ${((Date.now() - t) / 1000).toFixed(1)} s`);
}

function report(code, note) {
  const c = parseCounts(logText);
  let { passed, failed } = c;
  if (code !== 0 && failed === 0) failed = 1; // crashed or timed out before mocha reported
  if (note) console.error(`[${LABEL}] ${note}`);
  console.log(`[${LABEL}] finished in ${((Date.now() - t0) / 1000).toFixed(1)} s, exit code ${code}`);
  console.log(`${LABEL}: ${passed} passed, ${failed} failed`);
}

for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, async () => {
    console.error(`[${LABEL}] interrupted (${sig})`);
    await cleanup();
    process.exit(130);
  });
}

try {
  if (!argv.includes('--no-build')) {
    buildExtension(extensionDevelopmentPath);
    sh(process.execPath, [join(ROOT, 'scripts/vscode/build-tests.mjs'), untrusted ? '--untrusted' : '--node']);
  }
  if (!existsSync(extensionTestsPath)) throw new Error(`tests entry not found: ${extensionTestsPath}`);
  if (!existsSync(join(extensionDevelopmentPath, 'package.json'))) {
    throw new Error(`no extension at ${extensionDevelopmentPath}`);
  }
  ensureTools();

  const result = await new Promise((resolvePromise, rejectPromise) => {
    const timer = setTimeout(() => {
      rejectPromise(new Error(
        `timed out after ${timeoutS} s waiting for the suite to finish in code-server ` +
        '(raise with --timeout or POLICY_LENS_TEST_TIMEOUT_S; --verbose shows the browser console)',
      ));
    }, timeoutS * 1000);
    (async () => {
      const ts = Date.now();
      // Start code-server and the browser side by side.
      const browserReady = launchChromium().then((b) => (browser = b));
      // The extension host inherits the server's environment: the grep filter, and (for the
      // untrusted suite, which checks that nothing was written) where the copied workspace came from.
      server = await startCodeServer({
        untrusted,
        env: {
          ...(process.env.POLICY_LENS_TEST_GREP ? { POLICY_LENS_TEST_GREP: process.env.POLICY_LENS_TEST_GREP } : {}),
          POLICY_LENS_TEST_WORKSPACE_SOURCE: folder,
        },
      });
      log(`code-server up on ${server.url} in ${((Date.now() - ts) / 1000).toFixed(1)} s${untrusted ? ' (Workspace Trust on, folder not trusted)' : ''}`);
      await browserReady;
      const page = await browser.newPage();
      // The workbench forwards every console message (its own and the extension host's)
      // here. Print the suite's lines (from POLICY_LENS_TEST_START on) unless --verbose;
      // keep the rest to show when the suite never starts.
      let started = false;
      const early = [];
      await page.exposeFunction('codeAutomationLog', (type, args) => {
        const line = formatArgs(Array.isArray(args) ? args : [args]);
        logText += line + '\n';
        if (line.includes(START_MARKER)) {
          started = true;
          log(`suite started ${((Date.now() - t0) / 1000).toFixed(1)} s after launch`);
          return;
        }
        if (verbose || started) (type === 'error' ? process.stderr : process.stdout).write(line + '\n');
        else early.push(line);
      });
      neverStarted = () => (started ? [] : early);
      await page.exposeFunction('codeAutomationExit', (code) => {
        clearTimeout(timer);
        resolvePromise(code);
      });
      page.on('pageerror', (e) => verbose && console.error('[page error]', e.message));
      page.on('crash', () => { clearTimeout(timer); rejectPromise(new Error('the workbench page crashed')); });
      if (verbose) page.on('console', (m) => console.log(`[browser ${m.type()}]`, m.text()));
      // Tests run on a copy of the workspace, so that what they write (settings, files)
      // never touches the repo and parallel runs cannot meet.
      const wsCopy = join(server.tmp, basename(folder));
      cpSync(folder, wsCopy, { recursive: true });
      const url = testPayloadUrl(server.url, { folder: wsCopy, extensionDevelopmentPath, extensionTestsPath });
      if (verbose) log(`opening ${url}`);
      await page.goto(url);
    })().catch((e) => { clearTimeout(timer); rejectPromise(e); });
  });
  exitCode = typeof result === 'number' ? result : 1;
  finished = true;
  const early = neverStarted();
  if (early.length) console.error(`[${LABEL}] the suite never started; workbench log:\n${early.join('\n')}`);
  await cleanup();
  report(exitCode);
} catch (err) {
  const early = neverStarted();
  if (early.length) console.error(`[${LABEL}] the suite never started; workbench log:\n${early.join('\n')}`);
  if (server && !finished) {
    try {
      const lines = readFileSync(server.logFile, 'utf8').trimEnd().split('\n').slice(-40);
      console.error(`[${LABEL}] last lines of the code-server log:\n${lines.join('\n')}`);
    } catch { /* no log */ }
  }
  await cleanup();
  report(1, err?.stack || String(err));
  exitCode = 1;
}
process.exit(exitCode);
