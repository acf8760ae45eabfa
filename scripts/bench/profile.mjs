#!/usr/bin/env node
// CPU profile of the analysis on a generated draft, and a self-time summary.
//
// Usage: node scripts/bench/profile.mjs [--size=1m] [--runs=5] [--top=40] [--seed=N] [--cached]
//   --cached      profile re-analysis with a warm cache (what the extension does after an edit
//                 that changed nothing the cache keys on): the fixed costs of an analysis
//   Builds out/bench/core.cjs (via run.mjs's entry), runs the analysis in a child
//   `node --cpu-prof`, then prints the functions (and regular expressions, which V8 lists
//   under their source) with the most self time. The .cpuprofile stays in out/bench/prof
//   for Chrome DevTools or speedscope.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SourceMap } from 'node:module';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const argv = process.argv.slice(2);
const opt = (name, dflt) => {
  const a = argv.find((x) => x.startsWith(`--${name}=`));
  return a ? a.slice(a.indexOf('=') + 1) : dflt;
};
const sizeArg = opt('size', '1m');
const m = /^(\d+(?:\.\d+)?)(k|m)?$/i.exec(sizeArg);
const size = Math.round(Number(m[1]) * (m[2]?.toLowerCase() === 'm' ? 2 ** 20 : m[2] ? 1024 : 1));
const runs = Number(opt('runs', '5'));
const top = Number(opt('top', '40'));
const seed = Number(opt('seed', '20260407'));
const cached = argv.includes('--cached');

const outDir = join(root, 'out', 'bench');
const profDir = join(outDir, 'prof');
mkdirSync(outDir, { recursive: true });
rmSync(profDir, { recursive: true, force: true });
mkdirSync(profDir, { recursive: true });
await esbuild.build({
  entryPoints: [join(root, 'scripts', 'bench', 'entry.ts')],
  outfile: join(outDir, 'core.cjs'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'es2022',
  sourcemap: true,
  logLevel: 'warning',
});
const child = join(outDir, 'profile-child.cjs');
// The profiler starts after the warm-up (through the inspector), so a cold first run, and with
// --cached the run that fills the cache, are not in the profile.
writeFileSync(
  child,
  `const core = require('./core.cjs');
const { Session } = require('node:inspector');
const { writeFileSync } = require('node:fs');
const analyzer = core.createAnalyzer({ factBase: core.bundledFactBase(), settings: {} });
const text = core.generateDraft(${size}, ${seed}, core.draftOptions());
const options = ${cached} ? { cache: core.createAnalysisCache() } : {};
analyzer.analyze(text, options);
analyzer.analyze(text, options);
const session = new Session();
session.connect();
session.post('Profiler.enable', () => session.post('Profiler.start', () => {
  const t0 = Date.now();
  for (let i = 0; i < ${runs}; i++) analyzer.analyze(text, options);
  console.log('analysed ' + text.length + ' chars x ${runs} in ' + (Date.now() - t0) + ' ms');
  session.post('Profiler.stop', (err, { profile }) => {
    if (err) throw err;
    writeFileSync(${JSON.stringify(join(profDir, 'analysis.cpuprofile'))}, JSON.stringify(profile));
  });
}));
`,
);
const r = spawnSync(process.execPath, [child], { stdio: 'inherit' });
if (r.status !== 0) process.exit(r.status ?? 1);
const file = readdirSync(profDir).filter((f) => f.endsWith('.cpuprofile')).map((f) => join(profDir, f)).sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
const profile = JSON.parse(readFileSync(file, 'utf8'));

// Self time per node = samples hitting it × sampling interval.
const dt = new Map();
for (let i = 0; i < profile.samples.length; i++) dt.set(profile.samples[i], (dt.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i + 1] ?? 0));
const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const self = new Map();
const total = [...dt.values()].reduce((a, b) => a + b, 0);
const bundle = join(outDir, 'core.cjs');
const sourceMap = new SourceMap(JSON.parse(readFileSync(`${bundle}.map`, 'utf8')));
/** The original TypeScript file:line of a frame in the bundle. */
const original = (f) => {
  if (!f.url.endsWith('core.cjs') || f.lineNumber < 0) return undefined;
  const e = sourceMap.findEntry(f.lineNumber, Math.max(0, f.columnNumber));
  if (!e || !e.originalSource) return undefined;
  return { file: relative(root, join(outDir, e.originalSource)), line: e.originalLine + 1 };
};
const key = (n) => {
  const f = n.callFrame;
  const o = original(f);
  const path = f.url.startsWith('file:') ? relative(root, fileURLToPath(f.url)) : f.url.startsWith('/') ? relative(root, f.url) : f.url;
  const where = o ? `${o.file}:${o.line}` : f.url ? `${path}:${f.lineNumber + 1}` : '';
  return `${f.functionName || '(anonymous)'}${where ? `  ${where}` : ''}`;
};
const byFile = new Map();
for (const [id, us] of dt) {
  const n = byNode.get(id);
  let k = key(n);
  // Builtins and regexps: name them with their JS caller.
  if (!n.callFrame.url && parent.has(id) && !/^\((?:program|idle|garbage collector|root)\)$/.test(n.callFrame.functionName)) {
    k = `${k}   ← ${key(byNode.get(parent.get(id)))}`;
  }
  self.set(k, (self.get(k) ?? 0) + us);
  // Per source file: a builtin or regexp counts for its caller's file.
  let fileNode = n;
  while (fileNode && !original(fileNode.callFrame) && parent.has(fileNode.id) && !fileNode.callFrame.url) fileNode = byNode.get(parent.get(fileNode.id));
  const o = fileNode && original(fileNode.callFrame);
  const fk = o ? o.file : n.callFrame.url ? 'other JS (node internals, loader)' : n.callFrame.functionName || '(native)';
  byFile.set(fk, (byFile.get(fk) ?? 0) + us);
}
const rows = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
console.log(`\nprofile: ${relative(root, file)} — ${(total / 1000).toFixed(0)} ms sampled\n`);
console.log('self ms   self %   function (file:line of the bundle, out/bench/core.cjs; see its source map)');
for (const [k, us] of rows) console.log(`${(us / 1000).toFixed(1).padStart(8)}  ${((100 * us) / total).toFixed(1).padStart(6)}%   ${k}`);
console.log('\nself time by source file (builtins and regexps counted for their caller)');
for (const [k, us] of [...byFile.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${(us / 1000).toFixed(1).padStart(8)}  ${((100 * us) / total).toFixed(1).padStart(6)}%   ${k}`);
