import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { discoverFiles } from '../../src/cli/discover';
import { expandBraces, isGlob, matchGlob } from '../../src/cli/glob';
import { nodeCliFs } from '../../src/cli/io';

describe('cli: glob matcher', () => {
  const cases: [string, string, boolean][] = [
    ['*.md', 'a.md', true],
    ['*.md', 'dir/a.md', false],
    ['**/*.md', 'a.md', true],
    ['**/*.md', 'x/y/z/a.md', true],
    ['drafts/**/*.md', 'drafts/a.md', true],
    ['drafts/**/*.md', 'drafts/2026/april/a.md', true],
    ['drafts/**/*.md', 'other/a.md', false],
    ['drafts/**', 'drafts/a/b.md', true],
    ['a/**/b/**/c.md', 'a/x/b/y/z/c.md', true],
    ['a/**/b/**/c.md', 'a/b/c.md', true],
    ['a/**/b/**/c.md', 'a/x/c.md', false],
    ['?.md', 'a.md', true],
    ['?.md', 'ab.md', false],
    ['*.{md,markdown}', 'a.markdown', true],
    ['*.{md,markdown}', 'a.txt', false],
    ['{drafts,notes}/*.md', 'notes/a.md', true],
    ['{a,{b,c}}.md', 'c.md', true],
    ['[ab]*.md', 'brief.md', true],
    ['[!ab]*.md', 'brief.md', false],
    ['[a-c]x.md', 'cx.md', true],
    ['*', '.hidden.md', false],
    ['.*', '.hidden.md', true],
    ['**/*.md', '.git/a.md', false],
    ['\\*.md', '*.md', true],
    ['\\*.md', 'a.md', false],
    ['*a*a*a*a*a*a*b', 'a'.repeat(200), false],
  ];
  for (const [pattern, file, expected] of cases) {
    it(`${pattern} ${expected ? 'matches' : 'does not match'} ${file.length > 40 ? file.slice(0, 20) + '…' : file}`, () => {
      assert.equal(matchGlob(pattern, file), expected);
    });
  }

  it('expands braces, nested and in sequence; a lone {x} stays literal', () => {
    assert.deepEqual(expandBraces('{a,b}/{c,d}.md'), ['a/c.md', 'a/d.md', 'b/c.md', 'b/d.md']);
    assert.deepEqual(expandBraces('x{a,{b,c}}y'), ['xay', 'xby', 'xcy']);
    assert.deepEqual(expandBraces('{x}.md'), ['{x}.md']);
    assert.deepEqual(expandBraces('{x}/{a,b}'), ['{x}/a', '{x}/b']);
  });

  it('tells globs from plain paths', () => {
    assert.equal(isGlob('drafts/*.md'), true);
    assert.equal(isGlob('drafts/{a,b}.md'), true);
    assert.equal(isGlob('drafts/a?.md'), true);
    assert.equal(isGlob('drafts/brief.md'), false);
    assert.equal(isGlob('drafts/{draft}.md'), false);
  });
});

describe('cli: file discovery', () => {
  let root: string;
  const write = (rel: string, text = '# x\n') => {
    const p = path.join(root, rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, text);
  };
  const rel = (files: readonly string[]) => files.map((f) => path.relative(root, f).split(path.sep).join('/'));

  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lens-discover-'));
    write('drafts/b.md');
    write('drafts/a.md');
    write('drafts/2026/april.markdown');
    write('drafts/2026/notes.txt');
    write('drafts/2026/deep/er/x.MD');
    write('drafts/node_modules/pkg/readme.md');
    write('drafts/.git/x.md');
    write('drafts/dist/built.md');
    write('drafts/out/built.md');
    write('empty/readme.txt');
    write('notes.txt');
    fs.symlinkSync(path.join(root, 'drafts'), path.join(root, 'drafts/2026/loop'));
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  it('walks folders recursively, sorted, Markdown only, skipping node_modules/.git/dist/out and link loops', () => {
    const d = discoverFiles(['drafts'], root, nodeCliFs);
    assert.deepEqual(d.problems, []);
    assert.deepEqual(rel(d.files), ['drafts/2026/april.markdown', 'drafts/2026/deep/er/x.MD', 'drafts/a.md', 'drafts/b.md']);
  });

  it('checks a file named directly whatever its extension, once', () => {
    const d = discoverFiles(['notes.txt', 'drafts/a.md', './drafts/a.md', 'drafts'], root, nodeCliFs);
    assert.deepEqual(rel(d.files), ['notes.txt', 'drafts/a.md', 'drafts/2026/april.markdown', 'drafts/2026/deep/er/x.MD', 'drafts/b.md']);
  });

  it('enters a skipped folder when it is named on the command line', () => {
    const d = discoverFiles(['drafts/dist'], root, nodeCliFs);
    assert.deepEqual(rel(d.files), ['drafts/dist/built.md']);
  });

  it('expands globs with **, *, ? and {a,b}, Markdown files only', () => {
    assert.deepEqual(rel(discoverFiles(['drafts/*.md'], root, nodeCliFs).files), ['drafts/a.md', 'drafts/b.md']);
    assert.deepEqual(rel(discoverFiles(['**/*.markdown'], root, nodeCliFs).files), ['drafts/2026/april.markdown']);
    assert.deepEqual(rel(discoverFiles(['drafts/?.md'], root, nodeCliFs).files), ['drafts/a.md', 'drafts/b.md']);
    assert.deepEqual(rel(discoverFiles(['drafts/{b,a}.md'], root, nodeCliFs).files), ['drafts/b.md', 'drafts/a.md']);
    assert.deepEqual(rel(discoverFiles(['drafts/**/*.{md,MD}'], root, nodeCliFs).files).sort(), [
      'drafts/2026/deep/er/x.MD',
      'drafts/a.md',
      'drafts/b.md',
    ]);
    assert.deepEqual(rel(discoverFiles(['drafts/*'], root, nodeCliFs).files), [
      'drafts/2026/april.markdown',
      'drafts/2026/deep/er/x.MD',
      'drafts/a.md',
      'drafts/b.md',
    ]);
  });

  it('lets a glob reach into a skipped folder only when it names it', () => {
    assert.deepEqual(rel(discoverFiles(['drafts/**/built.md'], root, nodeCliFs).files), []);
    assert.deepEqual(rel(discoverFiles(['drafts/dist/*.md'], root, nodeCliFs).files), ['drafts/dist/built.md']);
  });

  it('accepts absolute globs', () => {
    const d = discoverFiles([path.join(root, 'drafts').split(path.sep).join('/') + '/*.md'], '/', nodeCliFs);
    assert.deepEqual(rel(d.files), ['drafts/a.md', 'drafts/b.md']);
  });

  it('reports a missing path, a folder without Markdown and a glob without matches, and keeps the rest', () => {
    const d = discoverFiles(['missing.md', 'empty', 'drafts/a.md', 'nowhere/**/*.md', 'drafts/a.md/'], root, nodeCliFs);
    assert.deepEqual(rel(d.files), ['drafts/a.md']);
    assert.deepEqual(d.problems, [
      { path: 'missing.md', reason: 'no such file or directory' },
      { path: 'empty', reason: 'no Markdown files in this folder' },
      { path: 'nowhere/**/*.md', reason: 'no Markdown files match this pattern' },
      { path: 'drafts/a.md/', reason: 'not a directory' },
    ]);
  });

  it('reports a folder it may not read, once', () => {
    const denied = { ...nodeCliFs, readdir: (p: string) => {
      if (p.endsWith(`${path.sep}2026`)) throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
      return nodeCliFs.readdir(p);
    } };
    const d = discoverFiles(['drafts'], root, denied);
    assert.deepEqual(rel(d.files), ['drafts/a.md', 'drafts/b.md']);
    assert.deepEqual(d.problems, [{ path: 'drafts/2026', reason: 'permission denied' }]);
  });
});
