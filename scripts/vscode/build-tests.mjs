// Bundles the VS Code integration suites.
//   Node   (Route A code-server, test-electron): test/vscode/index.ts -> out/test/vscode/index.js
//          and each test/vscode/suite/**/*.test.ts -> out/test/vscode/suite/**/*.test.js
//          (cjs, `vscode` and npm packages external: they resolve from node_modules).
//   Browser (Route B test-web): test/web/index.ts + every suite except *.node.test.ts
//          -> out/test/web/index.js (one cjs bundle, `vscode` external, mocha's browser
//          build, the `assert` package and a `process` shim bundled in).
//   Untrusted (Route A --untrusted): test/vscode/untrusted/index.ts -> out/test/vscode-untrusted/index.js
//          and test/vscode/untrusted/*.test.ts -> out/test/vscode-untrusted/suite/*.test.js
//          (Node, as above; these suites run only in the untrusted-workspace run).
// Usage: node scripts/vscode/build-tests.mjs [--node] [--web] [--untrusted] [--suites DIR] [--out DIR]
//   (none of --node/--web/--untrusted: all three). --suites/--out let the harness be proved on other suites.
import * as esbuild from 'esbuild';
import { readdirSync, statSync, rmSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const argv = process.argv.slice(2);
const opt = (name, def) => {
  const i = argv.indexOf(name);
  return i >= 0 ? resolve(argv[i + 1]) : def;
};
const all = !['--node', '--web', '--untrusted'].some((f) => argv.includes(f));
const wantNode = all || argv.includes('--node');
const wantWeb = all || argv.includes('--web');
const wantUntrusted = all || argv.includes('--untrusted');
const untrustedDir = join(ROOT, 'test/vscode/untrusted');
const suitesDir = opt('--suites', join(ROOT, 'test/vscode/suite'));
const outDir = opt('--out', join(ROOT, 'out/test'));

function walk(dir, suffix) {
  let out = [];
  let names;
  try { names = readdirSync(dir).sort(); } catch { return out; }
  for (const name of names) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out = out.concat(walk(p, suffix));
    else if (p.endsWith(suffix)) out.push(p);
  }
  return out;
}

const suites = walk(suitesDir, '.test.ts');
const untrustedSuites = wantUntrusted ? walk(untrustedDir, '.test.ts') : [];
const common = {
  bundle: true,
  sourcemap: 'inline',
  target: 'es2022',
  logLevel: 'warning',
  legalComments: 'none',
  absWorkingDir: ROOT,
  nodePaths: [join(ROOT, 'node_modules')],
};
const builds = [];

/** The Node bundles of one real-VS Code run: its mocha index and its suites, into `out`. */
function pushNodeRun(index, runSuites, base, out) {
  rmSync(out, { recursive: true, force: true });
  builds.push({ ...common, entryPoints: [index], outfile: join(out, 'index.js'), platform: 'node', format: 'cjs', external: ['vscode', 'mocha'] });
  if (runSuites.length) {
    builds.push({ ...common, entryPoints: runSuites, outdir: join(out, 'suite'), outbase: base, platform: 'node', format: 'cjs', external: ['vscode'], packages: 'external' });
  }
}

if (wantNode) pushNodeRun(join(ROOT, 'test/vscode/index.ts'), suites, suitesDir, join(outDir, 'vscode'));
if (wantUntrusted) pushNodeRun(join(untrustedDir, 'index.ts'), untrustedSuites, untrustedDir, join(outDir, 'vscode-untrusted'));

if (wantWeb) {
  rmSync(join(outDir, 'web'), { recursive: true, force: true });
  const webSuites = suites.filter((s) => !s.endsWith('.node.test.ts'));
  const rel = (p) => JSON.stringify('./' + relative(ROOT, p).split('\\').join('/'));
  // The runner module comes first so that mocha.setup() runs before the suites register.
  const contents = [
    `export { run } from ${rel(join(ROOT, 'test/web/index.ts'))};`,
    ...webSuites.map((s) => `import ${rel(s)};`),
  ].join('\n');
  builds.push({
    ...common,
    stdin: { contents, resolveDir: ROOT, sourcefile: 'web-tests-entry.ts', loader: 'ts' },
    outfile: join(outDir, 'web/index.js'),
    platform: 'browser',
    format: 'cjs',
    mainFields: ['browser', 'module', 'main'],
    external: ['vscode'],
    inject: [join(ROOT, 'test/web/process-shim.js')],
    define: { global: 'globalThis', 'process.env.NODE_ENV': '"test"' },
  });
}

const t0 = Date.now();
await Promise.all(builds.map((b) => esbuild.build(b)));
if (!argv.includes('--quiet')) {
  console.log(`build-tests: ${(wantNode || wantWeb ? suites.length : 0) + untrustedSuites.length} suite file(s), ${builds.length} bundle(s) in ${Date.now() - t0} ms`);
}
