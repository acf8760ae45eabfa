// One build for everything: the extension (Node and browser), the CLI and the test bundles.
// Usage: node scripts/build.mjs [--tests] [--watch] [--production]
import * as esbuild from 'esbuild';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const args = new Set(process.argv.slice(2));
const production = args.has('--production');
const common = {
  bundle: true,
  sourcemap: !production,
  minify: production,
  target: 'es2022',
  logLevel: 'warning',
  legalComments: 'none',
};

function walk(dir, suffix) {
  let out = [];
  let names;
  try { names = readdirSync(dir); } catch { return out; }
  for (const name of names) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out = out.concat(walk(p, suffix));
    else if (p.endsWith(suffix)) out.push(p);
  }
  return out;
}

const builds = [
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs' },
];
if (statSync('src/vscode', { throwIfNoEntry: false }) && walk('src/vscode', 'extension.ts').length) {
  builds.push(
    { ...common, entryPoints: ['src/vscode/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', external: ['vscode'] },
    { ...common, entryPoints: ['src/vscode/extension.ts'], outfile: 'dist/web/extension.js', platform: 'browser', format: 'cjs', external: ['vscode'], define: { 'process.env.NODE_ENV': '"production"' } },
  );
}
if (args.has('--tests')) {
  // Bundles are overwritten in place (several builds may run at once); `npm run clean` empties out/.
  builds.push({
    ...common,
    entryPoints: walk('test/unit', '.test.ts'),
    outdir: 'out/test/unit',
    outbase: 'test/unit',
    platform: 'node',
    format: 'cjs',
    packages: 'external',
  });
}

const started = Date.now();
if (args.has('--watch')) {
  for (const b of builds) (await esbuild.context(b)).watch();
  console.log('watching…');
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
  if (!args.has('--quiet')) console.log(`built ${builds.length} bundle(s) in ${Date.now() - started} ms`);
}
