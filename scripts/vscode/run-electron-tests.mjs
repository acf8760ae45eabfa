// The standard route, for machines WITH network access: @vscode/test-electron downloads a
// desktop VS Code (from Microsoft's update service) and runs the same Node suites
// (out/test/vscode/index.js) in its extension host. It cannot run on machines that reach
// only the npm registry and Debian apt (CI here): use `npm run test:vscode` (code-server)
// and `npm run test:web` there. Not part of `npm test`.
//
//   node scripts/vscode/run-electron-tests.mjs [--no-build] [--version stable|insiders|1.91.1]
// On Linux without a display, run under `xvfb-run -a`.
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT, sh, buildExtension, parseCounts } from './lib.mjs';

// Desktop VS Code needs a display: on Linux without one, re-run under xvfb-run if present.
if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.POLICY_LENS_UNDER_XVFB
    && spawnSync('sh', ['-c', 'command -v xvfb-run']).status === 0) {
  const r = spawnSync('xvfb-run', ['-a', process.execPath, ...process.argv.slice(1)], {
    stdio: 'inherit', env: { ...process.env, POLICY_LENS_UNDER_XVFB: '1' },
  });
  process.exit(r.status ?? 1);
}

const argv = process.argv.slice(2);
const vi = argv.indexOf('--version');
const version = vi >= 0 ? argv[vi + 1] : process.env.VSCODE_TEST_VERSION || 'stable';

if (!argv.includes('--no-build')) {
  buildExtension(ROOT);
  sh(process.execPath, [join(ROOT, 'scripts/vscode/build-tests.mjs'), '--node']);
}

// Capture output to print the closing `electron: N passed, N failed` line.
let logText = '';
for (const stream of [process.stdout, process.stderr]) {
  const write = stream.write.bind(stream);
  stream.write = (chunk, ...rest) => {
    logText += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString();
    return write(chunk, ...rest);
  };
}

const { runTests } = await import('@vscode/test-electron');
let code = 0;
try {
  await runTests({
    version,
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: join(ROOT, 'out/test/vscode/index.js'),
    launchArgs: [
      join(ROOT, 'test/vscode/workspace'),
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
      '--disable-telemetry',
    ],
  });
} catch (err) {
  console.error(err?.message || String(err));
  if (/ENOTFOUND|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN|download/i.test(String(err?.message))) {
    console.error('test-electron downloads VS Code from Microsoft\'s update service, which this machine cannot reach.\n'
      + 'Here use `npm run test:vscode` (code-server) and `npm run test:web` (VS Code for the Web).');
  }
  code = 1;
}
let { passed, failed } = parseCounts(logText);
if (code !== 0 && failed === 0) failed = 1;
console.log(`electron: ${passed} passed, ${failed} failed`);
process.exit(code);
