// Writes package.json `contributes.configuration` from the typed settings table
// (src/core/settings.ts, through src/vscode/configurationContribution.ts).
// Usage: node scripts/generate-settings.mjs [--check]
//   --check  exits 1 (and writes nothing) when package.json differs from the generated table.
import * as esbuild from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';

const root = new URL('..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'policy-lens-settings-'));
let configuration;
try {
  const outfile = join(dir, 'configuration.cjs');
  await esbuild.build({
    entryPoints: [join(root, 'src/vscode/configurationContribution.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    logLevel: 'warning',
  });
  configuration = createRequire(import.meta.url)(outfile).configurationContribution();
} finally {
  rmSync(dir, { recursive: true, force: true });
}

// Read package.json right before writing, and change only contributes.configuration.
const manifestPath = join(root, 'package.json');
const text = readFileSync(manifestPath, 'utf8');
const manifest = JSON.parse(text);
const current = manifest.contributes?.configuration;
const count = configuration.reduce((n, s) => n + Object.keys(s.properties).length, 0);
if (isDeepStrictEqual(current, configuration)) {
  console.log(`contributes.configuration is up to date (${configuration.length} sections, ${count} settings)`);
} else if (process.argv.includes('--check')) {
  console.error('contributes.configuration in package.json differs from src/core/settings.ts: run npm run generate:settings');
  process.exit(1);
} else {
  manifest.contributes = { ...manifest.contributes, configuration };
  const eol = text.endsWith('\n') ? '\n' : '';
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2) + eol);
  console.log(`wrote contributes.configuration (${configuration.length} sections, ${count} settings)`);
}
