// Shared helpers for the real-VS-Code harness: tools location, code-server lifecycle,
// headless Debian Chromium through playwright-core. See /work/shared/REAL-VSCODE.md.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync, mkdirSync, createWriteStream, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const TOOLS = process.env.POLICY_LENS_TOOLS_DIR
  ? resolve(process.env.POLICY_LENS_TOOLS_DIR)
  : join(ROOT, '.vscode-test');
export const NODE24 = join(TOOLS, 'node24/bin/node');
export const CODE_SERVER_DIR = join(TOOLS, 'code-server/node_modules/code-server');
export const CODE_SERVER_ENTRY = join(CODE_SERVER_DIR, 'out/node/entry.js');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--disable-breakpad',
  '--disable-crash-reporter',
];

// Built-in extensions that start with the workbench and have nothing to do with Markdown
// (they wait on GitHub sign-in, git, a network gallery…): disabled to start faster.
export const DISABLED_BUILTINS = [
  'GitHub.copilot-chat',
  'vscode.git',
  'vscode.git-base',
  'vscode.github',
  'vscode.github-authentication',
  'vscode.merge-conflict',
  'vscode.debug-auto-launch',
  'vscode.npm',
  'ms-vscode.js-debug',
];

export const log = (...a) => console.log('[harness]', ...a);

/** Runs a command, inheriting stdio; throws on non-zero exit. */
export function sh(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: ROOT, ...opts });
  if (r.status !== 0) {
    throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status ?? r.signal}`);
  }
}

export function toolsReady() {
  return existsSync(NODE24) && existsSync(CODE_SERVER_ENTRY) && existsSync(join(TOOLS, 'code-server/.installed'))
    && existsSync(CHROMIUM);
}

/** Runs scripts/vscode/setup-tools.sh when the tools are not there yet. */
export function ensureTools() {
  if (toolsReady()) return;
  log('tools missing: running scripts/vscode/setup-tools.sh');
  sh('bash', [join(ROOT, 'scripts/vscode/setup-tools.sh')]);
}

/** Builds the extension (scripts/build.mjs) when the extension under test is this repo. */
export function buildExtension(extensionDir) {
  if (resolve(extensionDir) !== ROOT) return;
  sh(process.execPath, [join(ROOT, 'scripts/build.mjs')]);
}

export function freePort() {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => res(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * User settings that turn Workspace Trust on for an `untrusted` run. A folder is trusted only
 * when it (or a parent) is in the trusted-folders list kept in the user-data dir's storage,
 * which is new and empty for every run; nothing in VS Code 1.139 trusts a folder because it
 * is opened with an extensionDevelopmentPath/extensionTestsPath payload (only the remote
 * authority resolver's `isTrusted`, which code-server's browser resolver does not set). So
 * the folder opens in Restricted Mode. `startupPrompt: never` only skips the modal "Do you
 * trust the authors" dialog that nobody would answer (it does not trust anything).
 */
export const UNTRUSTED_SETTINGS = {
  'security.workspace.trust.enabled': true,
  'security.workspace.trust.startupPrompt': 'never',
};

/**
 * Starts code-server on 127.0.0.1:<free port> in its own process group with throwaway
 * config, user-data and (unless given) extensions dirs. Returns { url, port, stop, tmp, logFile }.
 * Workspace Trust is off (`--disable-workspace-trust`, every folder trusted) unless
 * `untrusted` is true: then it is on and the opened folder is not trusted (UNTRUSTED_SETTINGS).
 */
export async function startCodeServer({ extensionsDir, userSettings, env = {}, quiet = true, keepTmp = false, untrusted = false } = {}) {
  const tmp = mkdtempSync(join(tmpdir(), 'policy-lens-cs-'));
  const port = Number(process.env.POLICY_LENS_PORT) || (await freePort());
  const userDir = join(tmp, 'user');
  const extDir = extensionsDir ?? join(tmp, 'exts');
  mkdirSync(join(userDir, 'User'), { recursive: true });
  mkdirSync(extDir, { recursive: true });
  writeFileSync(join(tmp, 'config.yaml'), `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  writeFileSync(
    join(userDir, 'User/settings.json'),
    JSON.stringify({
      'workbench.startupEditor': 'none',
      'workbench.tips.enabled': false,
      'workbench.enableExperiments': false,
      'telemetry.telemetryLevel': 'off',
      'update.mode': 'none',
      'extensions.autoUpdate': false,
      'extensions.autoCheckUpdates': false,
      'extensions.ignoreRecommendations': true,
      'security.workspace.trust.enabled': false,
      'chat.disableAIFeatures': true,
      'git.enabled': false,
      ...(untrusted ? UNTRUSTED_SETTINGS : {}),
      ...userSettings,
    }, null, 2),
  );
  const logFile = join(tmp, 'code-server.log');
  const out = createWriteStream(logFile);
  const args = [
    CODE_SERVER_ENTRY,
    '--config', join(tmp, 'config.yaml'),
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    ...(untrusted ? [] : ['--disable-workspace-trust']),
    '--disable-getting-started-override',
    '--user-data-dir', userDir,
    '--extensions-dir', extDir,
    '--vscode-option=--enable-smoke-test-driver',
    ...DISABLED_BUILTINS.map((id) => `--vscode-option=--disable-extension=${id}`),
  ];
  const child = spawn(NODE24, args, {
    cwd: ROOT,
    detached: true, // own process group: stop() kills the whole group
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      PATH: `${dirname(NODE24)}:${process.env.PATH}`,
      XDG_CONFIG_HOME: join(tmp, 'xdg-config'),
      XDG_DATA_HOME: join(tmp, 'xdg-data'),
      VSCODE_PROXY_URI: '',
      // No extension gallery: no request leaves the machine and nothing waits on one.
      EXTENSIONS_GALLERY: '{}',
      ...env,
    },
  });
  child.stdout.pipe(out, { end: false });
  child.stderr.pipe(out, { end: false });
  if (!quiet) {
    child.stdout.pipe(process.stdout, { end: false });
    child.stderr.pipe(process.stderr, { end: false });
  }
  let exited = null;
  child.on('exit', (code, signal) => { exited = { code, signal }; });

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    if (exited === null) {
      try { process.kill(-child.pid, 'SIGTERM'); } catch { /* gone */ }
      for (let i = 0; i < 20 && exited === null; i++) await sleep(100);
      try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ }
    } else {
      try { process.kill(-child.pid, 'SIGKILL'); } catch { /* group gone */ }
    }
    out.end();
    if (!keepTmp) rmSync(tmp, { recursive: true, force: true, maxRetries: 3 });
  };
  const killSync = () => {
    try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ }
  };
  process.once('exit', killSync);

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (exited !== null) {
      const text = existsSync(logFile) ? readFileSync(logFile, 'utf8') : '';
      await stop();
      throw new Error(`code-server exited early (${JSON.stringify(exited)}):\n${text}`);
    }
    try {
      const r = await fetch(`${url}/healthz`);
      if (r.ok) break;
    } catch { /* not up yet */ }
    if (Date.now() > deadline) {
      await stop();
      throw new Error('code-server did not answer /healthz within 90 s');
    }
    await sleep(200);
  }
  return { url, port, stop, tmp, logFile, userDir, extDir, pid: child.pid };
}

/** The workbench URL that runs extension tests like VS Code's own browser integration tests. */
export function testPayloadUrl(base, { folder, extensionDevelopmentPath, extensionTestsPath }) {
  const remote = (p) => `vscode-remote://remote${resolve(p)}`;
  const payload = [
    ['extensionDevelopmentPath', remote(extensionDevelopmentPath)],
    ['extensionTestsPath', remote(extensionTestsPath)],
    ['skipWelcome', 'true'],
    ['skipReleaseNotes', 'true'],
  ];
  return `${base}/?folder=${encodeURIComponent(resolve(folder))}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

export async function launchChromium(extraArgs = []) {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
}

/** Parses the POLICY_LENS_TEST_RESULT line (or mocha's "N passing / N failing"). */
export function parseCounts(text) {
  const m = [...text.matchAll(/POLICY_LENS_TEST_RESULT (\{[^\n]*\})/g)].pop();
  if (m) {
    try {
      const j = JSON.parse(m[1]);
      return { passed: j.passed | 0, failed: j.failed | 0, pending: j.pending | 0, found: true };
    } catch { /* fall through */ }
  }
  const p = [...text.matchAll(/^\s*(\d+) passing/gm)].pop();
  const f = [...text.matchAll(/^\s*(\d+) failing/gm)].pop();
  const s = [...text.matchAll(/^\s*(\d+) pending/gm)].pop();
  if (p || f) return { passed: p ? +p[1] : 0, failed: f ? +f[1] : 0, pending: s ? +s[1] : 0, found: true };
  return { passed: 0, failed: 0, pending: 0, found: false };
}

/**
 * Packages the extension (scripts/vscode/package.mjs, unless `rebuild` is false and a
 * .vsix exists) and installs it into `extensionsDir` with code-server's CLI.
 */
export function packageAndInstall(extensionsDir, { rebuild = true } = {}) {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  mkdirSync(TOOLS, { recursive: true });
  const vsix = join(TOOLS, `${pkg.name}-${pkg.version}.vsix`);
  if (rebuild || !existsSync(vsix)) sh(process.execPath, [join(ROOT, 'scripts/vscode/package.mjs'), '--out', vsix]);
  const work = mkdtempSync(join(tmpdir(), 'policy-lens-install-'));
  try {
    writeFileSync(join(work, 'config.yaml'), 'auth: none\ncert: false\n');
    mkdirSync(extensionsDir, { recursive: true });
    log(`installing ${vsix}`);
    sh(NODE24, [CODE_SERVER_ENTRY, '--config', join(work, 'config.yaml'), '--user-data-dir', join(work, 'user'),
      '--extensions-dir', extensionsDir, '--install-extension', vsix, '--force'], { stdio: ['ignore', 'ignore', 'inherit'] });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return vsix;
}
