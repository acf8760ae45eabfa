// `npm run package`: production build of the bundles, then `vsce package --no-dependencies`
// (esbuild already bundled the dependencies). .vscodeignore keeps the .vsix to dist/,
// syntaxes/, media/, docs/, README, LICENSE and package.json.
//   node scripts/vscode/package.mjs [--out FILE.vsix]   (default: policy-lens-<version>.vsix)
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ROOT, sh } from './lib.mjs';

const argv = process.argv.slice(2);
const oi = argv.indexOf('--out');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const out = oi >= 0 ? resolve(argv[oi + 1]) : join(ROOT, `${pkg.name}-${pkg.version}.vsix`);

sh(process.execPath, [join(ROOT, 'scripts/build.mjs'), '--production']);
const vsce = join(ROOT, 'node_modules/@vscode/vsce/vsce');
sh(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository',
  // README links stay relative: they resolve inside the installed extension (media/, docs/).
  '--no-rewrite-relative-links', '--out', out], {
  stdio: ['ignore', 'inherit', 'inherit'],
});
console.log(`package: ${out} (${(statSync(out).size / 1024).toFixed(0)} KiB)`);
