// `npm test`: every test stage in turn, output streamed, counts collected, and ONE closing
// line `N passed, N failed` summing all suites. Exits 1 if any stage failed.
//
// Stages: typecheck, unit (mocha), grammar (if package.json defines test:grammar),
// vscode (Route A: code-server, real VS Code 1.139 Node extension host),
// vscode-untrusted (Route A again with Workspace Trust on and the folder not trusted:
// test/vscode/untrusted/), web (Route B: @vscode/test-web, VS Code for the Web 1.91.1).
//   node scripts/run-all-tests.mjs [--only a,b] [--skip a,b]
// Env POLICY_LENS_SKIP=vscode,web skips stages too (e.g. on a machine without the tools;
// skipping vscode also skips vscode-untrusted).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const argv = process.argv.slice(2);
const list = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1].split(',').map((s) => s.trim()).filter(Boolean) : [];
};
const only = list('--only');
const skip = [...list('--skip'), ...(process.env.POLICY_LENS_SKIP ?? '').split(',').map((s) => s.trim()).filter(Boolean)];
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

const stages = [
  { name: 'typecheck', cmd: npm, args: ['run', '--silent', 'typecheck'], counts: false, timeoutS: 600 },
  { name: 'unit', cmd: npm, args: ['run', '--silent', 'test:unit'], timeoutS: 900 },
  ...(pkg.scripts?.['test:grammar']
    ? [{ name: 'grammar', cmd: npm, args: ['run', '--silent', 'test:grammar'], timeoutS: 600 }]
    : []),
  { name: 'vscode', cmd: process.execPath, args: ['scripts/vscode/run-codeserver-tests.mjs'], timeoutS: 1200 },
  // Needs the same tools as vscode: skipping vscode skips it too.
  { name: 'vscode-untrusted', cmd: process.execPath, args: ['scripts/vscode/run-codeserver-tests.mjs', '--untrusted'], timeoutS: 600, skipWith: 'vscode' },
  { name: 'web', cmd: process.execPath, args: ['scripts/vscode/run-web-tests.mjs'], timeoutS: 900 },
].filter((s) => (only.length ? only.includes(s.name) : true) && !skip.includes(s.name) && !skip.includes(s.skipWith));

/** Counts from a stage's output: the last `N passed, N failed` line, else mocha's summary. */
function parseCounts(text) {
  // eslint-disable-next-line no-control-regex
  const clean = text.replace(/\x1b\[[0-9;]*m/g, '');
  const m = [...clean.matchAll(/(\d+) passed, (\d+) failed/g)].pop();
  if (m) return { passed: +m[1], failed: +m[2] };
  const p = [...clean.matchAll(/^\s*(\d+) passing\b/gm)].pop();
  const f = [...clean.matchAll(/^\s*(\d+) failing\b/gm)].pop();
  if (p || f) return { passed: p ? +p[1] : 0, failed: f ? +f[1] : 0 };
  return null;
}

/**
 * What a failed stage said about its failures, to repeat under the summary (CI logs are
 * often read from the end): mocha's "N failing" section without stack frames, else the
 * stage's last lines.
 */
function failureExcerpt(text, maxLines = 30) {
  // eslint-disable-next-line no-control-regex
  const lines = text.replace(/\x1b\[[0-9;]*m/g, '').split(/\r?\n/);
  let start = -1;
  for (let i = lines.length - 1; i >= 0; i--) {
    if (/^\s*\d+ failing\b/.test(lines[i])) { start = i; break; }
  }
  const picked = start >= 0
    ? lines.slice(start).filter((l) => !/^\s+at /.test(l) && l.trim() !== '')
    : lines.filter((l) => l.trim() !== '').slice(-15);
  return picked.length > maxLines ? [...picked.slice(0, maxLines), `… ${picked.length - maxLines} more lines above in the stage's output`] : picked;
}

function runStage(stage) {
  return new Promise((resolvePromise) => {
    const t0 = Date.now();
    let out = '';
    const child = spawn(stage.cmd, stage.args, {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '0' },
      detached: true,
    });
    current = child;
    child.stdout.on('data', (d) => { out += d; process.stdout.write(d); });
    child.stderr.on('data', (d) => { out += d; process.stderr.write(d); });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      console.error(`\n[test] stage ${stage.name} timed out after ${stage.timeoutS} s: stopping it`);
      try { process.kill(-child.pid, 'SIGTERM'); } catch { /* gone */ }
      setTimeout(() => { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } }, 10_000).unref();
    }, stage.timeoutS * 1000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolvePromise({ code: timedOut ? 124 : code ?? (signal ? 128 : 1), out, seconds: (Date.now() - t0) / 1000 });
    });
  });
}

let current;
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    if (current) { try { process.kill(-current.pid, sig); } catch { /* gone */ } }
    process.exit(130);
  });
}

const results = [];
const tAll = Date.now();
for (const stage of stages) {
  console.log(`\n=== ${stage.name}: ${[stage.cmd === process.execPath ? 'node' : stage.cmd, ...stage.args].join(' ')}`);
  const r = await runStage(stage);
  const counts = stage.counts === false ? null : parseCounts(r.out);
  let passed = counts?.passed ?? 0;
  let failed = counts?.failed ?? 0;
  const ok = r.code === 0;
  // A stage that failed without reporting a failing test counts as one failure.
  if (!ok && failed === 0) failed = 1;
  if (ok && stage.counts !== false && !counts) {
    console.error(`[test] stage ${stage.name} exited 0 but reported no counts`);
  }
  results.push({ name: stage.name, ok, passed, failed, seconds: r.seconds, counted: stage.counts !== false, excerpt: ok ? [] : failureExcerpt(r.out) });
}

console.log('\n=== summary');
for (const r of results) {
  const what = r.counted ? `${r.passed} passed, ${r.failed} failed` : r.ok ? 'ok' : 'FAILED';
  console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name.padEnd(16)} ${what.padEnd(26)} ${r.seconds.toFixed(1).padStart(6)} s`);
}
console.log(`total time ${((Date.now() - tAll) / 1000).toFixed(1)} s`);
for (const r of results.filter((x) => !x.ok)) {
  console.log(`\n=== what failed in ${r.name}`);
  for (const line of r.excerpt) console.log(`  ${line}`);
}
const passed = results.reduce((n, r) => n + (r.counted ? r.passed : 0), 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
