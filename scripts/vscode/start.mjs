// `npm start`: try the extension as a person would, in a real VS Code in the browser.
// Runs `policy-lens check` over examples/ (prints each finding), packages the extension
// (npm run package), installs the .vsix into a throwaway code-server extensions dir,
// starts code-server on 127.0.0.1 with examples/ open and prints the URL. Ctrl-C stops it.
// Installs the tools first if they are missing (scripts/vscode/setup-tools.sh).
//   node scripts/vscode/start.mjs [--port N] [--folder DIR] [--no-build]
import { mkdtempSync, rmSync, existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ROOT, ensureTools, startCodeServer, packageAndInstall } from './lib.mjs';

const argv = process.argv.slice(2);
const opt = (name, def) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : def;
};
const folder = resolve(opt('--folder', join(ROOT, 'examples')));
const port = opt('--port', process.env.PORT);
if (port) process.env.POLICY_LENS_PORT = port;

ensureTools();
const work = mkdtempSync(join(tmpdir(), 'policy-lens-start-'));
const extDir = join(work, 'exts');
packageAndInstall(extDir, { rebuild: !argv.includes('--no-build') });

// The command-line checker over the same folder (exit 1 only means it found something):
// `npm run check:example` for examples/ (it knows the examples' team fact base).
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
if (folder === join(ROOT, 'examples') && pkg.scripts?.['check:example']) {
  console.log('\n$ npm run check:example');
  spawnSync('npm', ['run', '--silent', 'check:example'], { stdio: 'inherit', cwd: ROOT });
} else if (existsSync(join(ROOT, 'bin/policy-lens.js')) && existsSync(join(ROOT, 'dist/cli.js'))) {
  console.log(`\n$ policy-lens check ${folder}`);
  spawnSync(process.execPath, [join(ROOT, 'bin/policy-lens.js'), 'check', folder], { stdio: 'inherit', cwd: ROOT });
}

const server = await startCodeServer({ extensionsDir: extDir });
const url = `${server.url}/?folder=${encodeURIComponent(folder)}`;
console.log('');
console.log(`Policy Lens is running in code-server (VS Code in the browser), with ${folder} open:`);
console.log('');
console.log(`    ${url}`);
console.log('');
console.log('Open that URL in a browser on this machine. Ctrl-C stops the server.');

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  console.log('\nstopping code-server…');
  await server.stop();
  rmSync(work, { recursive: true, force: true });
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
setInterval(() => {}, 1 << 30); // keep running until interrupted
