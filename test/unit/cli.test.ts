import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main, type CliFs } from '../../src/cli/main';
import { nodeCliFs } from '../../src/cli/io';
import { version } from '../../package.json';

const repo = path.resolve(__dirname, '../../..');
const fixtures = path.join(repo, 'test/fixtures/cli');

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

async function runCli(argv: string[], options: { cwd?: string; fs?: CliFs; stdin?: () => Uint8Array } = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    cwd: options.cwd ?? fixtures,
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    ...(options.fs ? { fs: options.fs } : {}),
    ...(options.stdin ? { stdin: options.stdin } : {}),
  });
  return { code, stdout, stderr };
}

const stderrLines = (r: CliResult) => r.stderr.split('\n').filter(Boolean);

function tempDir(files: Record<string, string | Uint8Array>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lens-cli-'));
  for (const [rel, content] of Object.entries(files)) {
    const p = path.join(root, rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, content);
  }
  return root;
}

function snapshot(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of fs.readdirSync(d).sort()) {
      const p = path.join(d, name);
      const st = fs.statSync(p);
      out.push(`${path.relative(dir, p)} ${st.size} ${st.mtimeMs}`);
      if (st.isDirectory()) walk(p);
    }
  };
  walk(dir);
  return out;
}

const errno = (code: string) => Object.assign(new Error(code), { code });

describe('cli: usage', () => {
  it('prints help on stdout with exit 0', async () => {
    const top = await runCli(['--help']);
    assert.equal(top.code, 0);
    assert.match(top.stdout, /^Usage: policy-lens <command>/);
    assert.equal(top.stderr, '');
    const check = await runCli(['check', '--help']);
    assert.equal(check.code, 0);
    assert.match(check.stdout, /^Usage: policy-lens check \[options\] PATHS/);
    for (const flag of ['--format', '--fail-on', '--fact-base', '--no-bundled', '--min-words', '--citation-links', '--severity', '--uncited', '--quiet']) assert.ok(check.stdout.includes(flag), flag);
    assert.match(check.stdout, /reads no workspace\s+configuration/);
  });

  it('prints the package version', async () => {
    assert.deepEqual(await runCli(['--version']), { code: 0, stdout: `${version}\n`, stderr: '' });
  });

  for (const argv of [[], ['check'], ['check', '--bogus', 'clean.md'], ['check', '--format', 'xml', 'clean.md'], ['frobnicate'], ['-x']]) {
    it(`exits 2 with usage on stderr for ${JSON.stringify(argv)}`, async () => {
      const r = await runCli(argv);
      assert.equal(r.code, 2);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, /^policy-lens: .+\nUsage: policy-lens /);
    });
  }
});

describe('cli: checking files', () => {
  it('says so when a file is clean, and exits 0', async () => {
    assert.deepEqual(await runCli(['check', 'clean.md']), { code: 0, stdout: 'No problems in 1 file\n', stderr: '' });
  });

  it('prints nothing for clean files with --quiet', async () => {
    assert.deepEqual(await runCli(['check', '--quiet', 'clean.md']), { code: 0, stdout: '', stderr: '' });
  });

  it('checks a file named directly whatever its extension', async () => {
    assert.deepEqual(await runCli(['check', 'not-markdown.txt']), { code: 0, stdout: 'No problems in 1 file\n', stderr: '' });
  });

  it('writes JSON of the documented shape with relative forward-slash paths', async () => {
    const r = await runCli(['check', '--format', 'json', path.join(fixtures, 'sourced.md')], { cwd: repo });
    assert.equal(r.code, 0);
    assert.equal(r.stderr, '');
    const doc = JSON.parse(r.stdout);
    assert.equal(doc.version, 1);
    assert.deepEqual(doc.files.map((f: any) => f.path), ['test/fixtures/cli/sourced.md']);
    const r2 = await runCli(['check', '--format=json', 'test/fixtures/cli/clean.md', 'test/fixtures/cli/sourced.md'], { cwd: repo });
    const doc2 = JSON.parse(r2.stdout);
    assert.deepEqual(doc2.files.map((f: any) => f.path), ['test/fixtures/cli/clean.md', 'test/fixtures/cli/sourced.md']);
    for (const f of doc2.files) assert.deepEqual(Object.keys(f), ['path', 'entities', 'citations', 'quotes', 'claims', 'diagnostics']);
  });

  it('writes a SARIF 2.1.0 log', async () => {
    const r = await runCli(['check', '--format', 'sarif', 'clean.md']);
    assert.equal(r.code, 0);
    const log = JSON.parse(r.stdout);
    assert.equal(log.version, '2.1.0');
    assert.equal(log.runs[0].tool.driver.name, 'policy-lens');
    assert.equal(log.runs[0].tool.driver.version, version);
    assert.deepEqual(log.runs[0].results, []);
    assert.equal(log.runs[0].invocations[0].executionSuccessful, true);
  });

  it('expands globs and recurses into folders', async () => {
    const root = tempDir({
      'a.md': '# A\n',
      'sub/b.markdown': '# B\n',
      'sub/deeper/c.md': '# C\n',
      'sub/page.mdx': 'import X from "x";\n\n# P\n',
      'sub/skip.txt': 'x',
      'node_modules/x/readme.md': '# no\n',
      '.venv/lib/pkg/README.md': '# a dependency\n',
      'sub/.draft.md': '# hidden\n',
    });
    try {
      const folder = await runCli(['check', '--format', 'json', '.'], { cwd: root });
      assert.deepEqual(JSON.parse(folder.stdout).files.map((f: any) => f.path), ['a.md', 'sub/b.markdown', 'sub/deeper/c.md', 'sub/page.mdx']);
      const glob = await runCli(['check', '--format', 'json', 'sub/**/*.md', '*.md'], { cwd: root });
      assert.deepEqual(JSON.parse(glob.stdout).files.map((f: any) => f.path), ['sub/deeper/c.md', 'a.md']);
      assert.equal((await runCli(['check', '{a,sub/b}.{md,markdown}'], { cwd: root })).stdout, 'No problems in 2 files\n');
      // A hidden folder or file named on the command line is still checked.
      assert.deepEqual(JSON.parse((await runCli(['check', '--format', 'json', '.venv', 'sub/.draft.md'], { cwd: root })).stdout).files.map((f: any) => f.path), ['.venv/lib/pkg/README.md', 'sub/.draft.md']);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('cli: standard input', () => {
  it('checks standard input for the path -, once however often it is named, beside other files', async () => {
    const root = tempDir({ 'a.md': '# A\n' });
    try {
      let reads = 0;
      const stdin = () => {
        reads++;
        return new TextEncoder().encode('\uFEFFAmodei said "this quotation has no source at all".\n');
      };
      const r = await runCli(['check', 'a.md', '-', '-'], { cwd: root, stdin });
      assert.strictEqual(r.code, 1);
      assert.strictEqual(reads, 1);
      assert.match(r.stdout, /^<stdin>:1:13 warning PL001 /m);
      const json = await runCli(['check', '--format', 'json', '-'], { cwd: root, stdin });
      assert.deepStrictEqual(JSON.parse(json.stdout).files.map((f: any) => f.path), ['<stdin>']);
      assert.deepStrictEqual(fs.readdirSync(root), ['a.md'], 'nothing written');
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it('says in one line when standard input cannot be read or is binary, and checks the rest', async () => {
    const root = tempDir({ 'a.md': 'Someone said "this quotation has no source at all" today.\n' });
    try {
      const failing = () => {
        throw Object.assign(new Error('resource temporarily unavailable'), { code: 'EAGAIN' });
      };
      const r = await runCli(['check', '-', 'a.md'], { cwd: root, stdin: failing });
      assert.strictEqual(r.code, 2);
      assert.deepStrictEqual(stderrLines(r), ['policy-lens: <stdin>: resource temporarily unavailable']);
      assert.match(r.stdout, /a\.md:1:\d+ warning PL001/);
      const binary = await runCli(['check', '-'], { cwd: root, stdin: () => new Uint8Array([80, 0, 1]) });
      assert.deepStrictEqual(stderrLines(binary), ['policy-lens: <stdin>: binary file, not checked']);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('cli: input that cannot be checked', () => {
  let root: string;
  before(() => {
    const binary = new Uint8Array(64);
    binary.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    root = tempDir({
      'good.md': '# Good\n\nPlain prose.\n',
      'image.md': binary,
      'utf16.md': new Uint8Array([0xff, 0xfe, ...Buffer.from('# Hi\n', 'utf16le')]),
      'empty-folder/notes.txt': 'no markdown here',
      'locked.md': '# Locked\n',
      'huge.md': '# Pretend this is huge\n',
    });
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  /** Tests run as root, where chmod 000 does not stop reads: inject the failures instead. */
  const injected: CliFs = {
    ...nodeCliFs,
    readFile: (p) => {
      if (p.endsWith('locked.md')) throw errno('EACCES');
      return nodeCliFs.readFile(p);
    },
    stat: (p) => {
      const st = nodeCliFs.stat(p);
      return p.endsWith('huge.md') ? { isFile: () => true, isDirectory: () => false, size: 11 * 1024 * 1024 } : st;
    },
  };

  const cases: [string, string][] = [
    ['missing.md', 'policy-lens: missing.md: no such file or directory'],
    ['image.md', 'policy-lens: image.md: binary file, not checked'],
    ['locked.md', 'policy-lens: locked.md: permission denied'],
    ['huge.md', 'policy-lens: huge.md: too large (11 MB; the limit is 10 MB)'],
    ['empty-folder', 'policy-lens: empty-folder: no Markdown files in this folder'],
    ['good.md/', 'policy-lens: good.md/: not a directory'],
    ['nothing/**/*.md', 'policy-lens: nothing/**/*.md: no Markdown files match this pattern'],
  ];
  for (const [input, line] of cases) {
    it(`exits 2 with one line for ${input}, and still checks the other files`, async () => {
      const r = await runCli(['check', 'good.md', input, 'utf16.md'], { cwd: root, fs: injected });
      assert.equal(r.code, 2);
      assert.deepEqual(stderrLines(r), [line]);
      assert.equal(r.stdout, 'No problems in 2 files; 1 input problem reported on stderr\n');
    });
  }

  it('keeps reporting the good files in JSON and SARIF', async () => {
    const json = await runCli(['check', '--format', 'json', 'image.md', 'good.md'], { cwd: root });
    assert.equal(json.code, 2);
    assert.deepEqual(JSON.parse(json.stdout).files.map((f: any) => f.path), ['good.md']);
    const sarif = await runCli(['check', '--format', 'sarif', 'image.md', 'good.md'], { cwd: root });
    assert.equal(sarif.code, 2);
    const inv = JSON.parse(sarif.stdout).runs[0].invocations[0];
    assert.equal(inv.executionSuccessful, false);
    assert.equal(inv.toolExecutionNotifications[0].message.text, 'binary file, not checked');
  });

  it('writes nothing to disk', async () => {
    const before = snapshot(root);
    for (const format of ['text', 'json', 'sarif']) await runCli(['check', '--format', format, '.'], { cwd: root });
    assert.deepEqual(snapshot(root), before);
  });
});

describe('cli: fact bases', () => {
  it('merges a valid --fact-base file', async () => {
    assert.deepEqual(await runCli(['check', '--fact-base', 'factbase-valid.yaml', 'clean.md']), { code: 0, stdout: 'No problems in 1 file\n', stderr: '' });
    assert.deepEqual(await runCli(['check', '--no-bundled', '--fact-base', 'factbase-valid.yaml', 'clean.md']), {
      code: 0,
      stdout: 'No problems in 1 file\n',
      stderr: '',
    });
  });

  it('reports an invalid fact base as FILE:line:col error fact-base <path>: <message>, exits 2, and still checks', async () => {
    const r = await runCli(['check', '--fact-base', 'factbase-invalid.yaml', 'clean.md']);
    assert.equal(r.code, 2);
    const lines = stderrLines(r);
    assert.equal(r.stdout, `No problems in 1 file; ${lines.length} input problems reported on stderr\n`);
    assert.ok(lines.length >= 2, r.stderr);
    for (const line of lines) assert.match(line, /^factbase-invalid\.yaml:\d+:\d+ error fact-base \S+: \S.*$/);
    assert.ok(lines.some((l) => l.includes('kind')), r.stderr);
  });

  it('says where an unknown id was looked for: the bundled base, earlier --fact-base files, or this file alone', async () => {
    const root = tempDir({
      'a.yaml': 'version: 1\nentities:\n  - { id: acme, name: Acme, kind: organization, summary: A lab. }\n',
      'b.yaml': 'version: 1\nfacts:\n  - { id: f1, statement: Acme has 3 labs., entities: [acme, anthropic, nobody] }\n',
      'c.md': '# C\n',
    });
    try {
      const messages = async (...args: string[]) => stderrLines(await runCli(['check', ...args, 'c.md'], { cwd: root })).map((l) => l.replace(/^.*?fact-base /, ''));
      assert.deepStrictEqual(await messages('--fact-base', 'b.yaml'), [
        'facts[0].entities[0]: unknown entity id "acme": not defined in this file or in the bundled fact base',
        'facts[0].entities[2]: unknown entity id "nobody": not defined in this file or in the bundled fact base',
      ]);
      assert.deepStrictEqual(await messages('--fact-base', 'a.yaml', '--fact-base', 'b.yaml'), ['facts[0].entities[2]: unknown entity id "nobody": not defined in this file, the bundled fact base or the --fact-base file before it']);
      const alone = await messages('--no-bundled', '--fact-base', 'a.yaml', '--fact-base', 'b.yaml');
      assert.deepStrictEqual(alone, [
        'facts[0].entities[1]: unknown entity id "anthropic": not defined in this file or in the --fact-base file before it',
        'facts[0].entities[2]: unknown entity id "nobody": not defined in this file or in the --fact-base file before it',
      ]);
      assert.match((await messages('--no-bundled', '--fact-base', 'b.yaml'))[0], /unknown entity id "acme": not defined in this file$/);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it('reports a fact base it cannot read', async () => {
    const r = await runCli(['check', '--fact-base', 'nope.yaml', 'clean.md']);
    assert.equal(r.code, 2);
    assert.deepEqual(stderrLines(r), ['policy-lens: nope.yaml: no such file or directory']);
    assert.equal(r.stdout, 'No problems in 1 file; 1 input problem reported on stderr\n');
  });
});

describe('cli: the bin/policy-lens.js launcher (spawned)', function () {
  this.timeout(60000);
  let tmp: string;
  before(async () => {
    // Bundle into a scratch copy of the layout, so the shared dist/ is left alone.
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lens-bin-'));
    fs.mkdirSync(path.join(tmp, 'bin'));
    fs.copyFileSync(path.join(repo, 'bin/policy-lens.js'), path.join(tmp, 'bin/policy-lens.js'));
    const esbuild = await import('esbuild');
    await esbuild.build({
      entryPoints: [path.join(repo, 'src/cli/main.ts')],
      outfile: path.join(tmp, 'dist/cli.js'),
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'es2022',
      logLevel: 'silent',
    });
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  const spawn = (bin: string, args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: fixtures, encoding: 'utf8' });

  it('runs the checker and sets the exit status', () => {
    const ok = spawn(path.join(tmp, 'bin/policy-lens.js'), ['check', 'clean.md']);
    assert.equal(ok.stderr, '');
    assert.equal(ok.stdout, 'No problems in 1 file\n');
    assert.equal(ok.status, 0);
    const bad = spawn(path.join(tmp, 'bin/policy-lens.js'), ['check', '--nope', 'clean.md']);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /unknown option '--nope'/);
    const missing = spawn(path.join(tmp, 'bin/policy-lens.js'), ['check', '--format', 'json', 'clean.md', 'missing.md']);
    assert.equal(missing.status, 2);
    assert.equal(JSON.parse(missing.stdout).files.length, 1);
    assert.equal(missing.stderr, 'policy-lens: missing.md: no such file or directory\n');
  });

  it('prints the version', () => {
    const r = spawn(path.join(tmp, 'bin/policy-lens.js'), ['--version']);
    assert.equal(r.status, 0);
    assert.equal(r.stdout, `${version}\n`);
  });

  it('says to build when dist/cli.js is missing', () => {
    const bare = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lens-nodist-'));
    try {
      fs.mkdirSync(path.join(bare, 'bin'));
      fs.copyFileSync(path.join(repo, 'bin/policy-lens.js'), path.join(bare, 'bin/policy-lens.js'));
      const r = spawn(path.join(bare, 'bin/policy-lens.js'), ['check', 'clean.md']);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /dist\/cli\.js is missing; run npm run build/);
    } finally {
      fs.rmSync(bare, { recursive: true, force: true });
    }
  });
});

// ---------------------------------------------------------------------------------
// These depend on real findings from the analysis core (src/core/pipeline.ts): they
// fail while the pipeline is a placeholder that returns an empty analysis.
// ---------------------------------------------------------------------------------
describe('cli: findings from the analysis pipeline', () => {
  it('reports a dangling marker as PL002 and exits 1', async () => {
    const r = await runCli(['check', 'dangling.md']);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^dangling\.md:4:4[56] warning PL002 \S/m);
    assert.doesNotMatch(r.stdout, /^dangling\.md:3:\d+ \w+ PL002/m);
    assert.match(r.stdout, /^1 problem \(0 errors, 1 warning, 0 information, 0 hints\) in 1 file$/m);
  });

  it('reports an unsourced quotation as PL001, after CRLF line endings too', async () => {
    const r = await runCli(['check', 'unsourced.md', 'crlf.md']);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^unsourced\.md:3:31 warning PL001 \S/m);
    assert.match(r.stdout, /^crlf\.md:3:21 warning PL001 \S/m);
  });

  it('does not flag a sourced quotation, and maps its reference in JSON', async () => {
    const r = await runCli(['check', '--format', 'json', 'sourced.md']);
    assert.equal(r.code, 0, r.stdout);
    const file = JSON.parse(r.stdout).files[0];
    assert.deepEqual(file.diagnostics.filter((d: any) => d.severity === 'warning' || d.severity === 'error'), []);
    assert.equal(file.quotes.length, 1);
    assert.equal(file.quotes[0].sourced, true);
    assert.deepEqual(file.quotes[0].citations, ['1']);
    assert.equal(file.citations.length, 1);
    assert.equal(file.citations[0].resolved, true);
    assert.match(file.citations[0].reference.title, /Committee hearing transcript/);
  });

  it('honours --fail-on', async () => {
    assert.equal((await runCli(['check', 'unsourced.md'])).code, 1);
    assert.equal((await runCli(['check', '--fail-on', 'error', 'unsourced.md'])).code, 0);
    assert.equal((await runCli(['check', '--fail-on', 'none', 'unsourced.md'])).code, 0);
    const hint = await runCli(['check', 'hint-only.md']);
    assert.match(hint.stdout, /^hint-only\.md:3:\d+ hint PL007 \S/m);
    assert.equal(hint.code, 0);
    assert.equal((await runCli(['check', '--fail-on', 'information', 'hint-only.md'])).code, 0);
    assert.equal((await runCli(['check', '--fail-on', 'hint', 'hint-only.md'])).code, 1);
  });

  it('passes --min-words to the analysis', async () => {
    const r = await runCli(['check', '--min-words', '20', 'unsourced.md']);
    assert.equal(r.code, 0, r.stdout);
    assert.doesNotMatch(r.stdout, /PL001/);
  });

  it('passes --citation-links to the analysis: a link sources the quotation of its sentence', async () => {
    const dir = tempDir({ 'linked.md': '"We did not feel comfortable releasing this generally," Logan Graham told [CNN](https://www.cnn.com/x).\n' });
    const off = await runCli(['check', 'linked.md'], { cwd: dir });
    assert.equal(off.code, 1);
    assert.match(off.stdout, /PL001 .*\(a link is no citation unless policyLens\.citations\.links is on\)/);
    const on = await runCli(['check', '--citation-links', '--format', 'json', 'linked.md'], { cwd: dir });
    assert.equal(on.code, 0, on.stdout);
    const file = JSON.parse(on.stdout).files[0];
    assert.deepEqual(file.diagnostics, []);
    assert.deepEqual(file.quotes.map((q: { sourced: boolean; links?: string[] }) => [q.sourced, q.links]), [[true, ['https://www.cnn.com/x']]]);
  });

  // Blind QA round 21 (a fund's letter, a vendor's questionnaire): the checker had no way to quiet a code as the editor's setting does.
  it('passes --severity and --uncited to the analysis: a code off, another raised, PL007 only for figures on record', async () => {
    const dir = tempDir({
      'fund.md': [
        '# Letter',
        '',
        'Tessera closed a $42 million Series B in March.',
        '',
        'Mythos Preview scores 83.1% on CyberGym.',
        '',
        '"We did not feel comfortable releasing this generally," Logan Graham said.',
        '',
      ].join('\n'),
    });
    const hints = (out: string) => out.split('\n').filter((l) => l.includes(' PL007 ')).map((l) => l.replace(/^fund\.md:(\d+):\d+ .*$/, '$1'));
    const all = await runCli(['check', 'fund.md'], { cwd: dir });
    assert.deepEqual(hints(all.stdout), ['3', '5']);
    assert.equal(all.code, 1);
    // Only the figure a fact on record checks keeps its hint.
    const onRecord = await runCli(['check', '--uncited', 'on-record', 'fund.md'], { cwd: dir });
    assert.deepEqual(hints(onRecord.stdout), ['5']);
    // PL007 off, PL001 down to information: nothing fails at the default --fail-on warning.
    const quiet = await runCli(['check', '--severity', 'PL007=off', '--severity', 'PL001=information', 'fund.md'], { cwd: dir });
    assert.deepEqual(hints(quiet.stdout), []);
    assert.match(quiet.stdout, /^fund\.md:7:1 information PL001 /m);
    assert.equal(quiet.code, 0, quiet.stdout);
    // A bad value is a usage error (exit 2), and nothing is checked.
    const bad = await runCli(['check', '--severity', 'PL007=quiet', 'fund.md'], { cwd: dir });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /unknown level 'quiet' in --severity/);
  });

  it('puts findings in SARIF with 1-based regions', async () => {
    const r = await runCli(['check', '--format', 'sarif', 'unsourced.md']);
    const result = JSON.parse(r.stdout).runs[0].results.find((x: any) => x.ruleId === 'PL001');
    assert.ok(result, r.stdout);
    assert.equal(result.level, 'warning');
    assert.deepEqual(result.locations[0].physicalLocation.artifactLocation, { uri: 'unsourced.md', uriBaseId: '%SRCROOT%' });
    assert.equal(result.locations[0].physicalLocation.region.startLine, 3);
    assert.equal(result.locations[0].physicalLocation.region.startColumn, 31);
  });

  it('still reports findings when another input is missing, with exit 2', async () => {
    const r = await runCli(['check', 'missing.md', 'unsourced.md']);
    assert.equal(r.code, 2);
    assert.match(r.stdout, /^unsourced\.md:3:31 warning PL001/m);
    assert.deepEqual(stderrLines(r), ['policy-lens: missing.md: no such file or directory']);
  });
});
