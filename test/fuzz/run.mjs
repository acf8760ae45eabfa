#!/usr/bin/env node
// `npm run fuzz`: build the unit tests, then run the property-based tests with a large
// budget. Options: --runs=N (total cases, default 100000), --seed=N (replay a failure).
// Environment equivalents: POLICY_LENS_FUZZ_RUNS, POLICY_LENS_FUZZ_SEED.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const arg = (name) => process.argv.slice(2).find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const env = {
  ...process.env,
  POLICY_LENS_FUZZ_RUNS: arg('runs') ?? process.env.POLICY_LENS_FUZZ_RUNS ?? '100000',
  ...(arg('seed') ?? process.env.POLICY_LENS_FUZZ_SEED ? { POLICY_LENS_FUZZ_SEED: arg('seed') ?? process.env.POLICY_LENS_FUZZ_SEED } : {}),
};
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { cwd: root, env, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
run(process.execPath, [join(root, 'scripts', 'build.mjs'), '--tests', '--quiet']);
console.log(`fuzz: ${env.POLICY_LENS_FUZZ_RUNS} cases${env.POLICY_LENS_FUZZ_SEED ? `, seed ${env.POLICY_LENS_FUZZ_SEED}` : ''}`);
const mocha = join(root, 'node_modules', 'mocha', 'bin', 'mocha.js');
run(process.execPath, [mocha, '--no-config', '--timeout', '0', '--reporter', 'spec', ...['fuzz.test.js', 'core.sections.test.js', 'core.words.test.js', 'core.lineIndex.test.js', 'fuzz.regressions.test.js', 'robustness.test.js'].map((f) => join(root, 'out', 'test', 'unit', f))]);
