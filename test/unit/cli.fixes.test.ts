import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createAnalyzer, type Fix, type Range } from '../../src/core';
import { bundledFactBase } from '../../src/core/factbase/bundled';
import { main } from '../../src/cli/main';
import { applyFix } from './core.fixes.test';
import { sarifViolations } from './cli.formats.test';

/**
 * The quick fixes in `--format json` and `--format sarif`, on real drafts: they are the core's
 * fixes (the editor's quick fixes), and applying them gives the text the editor would.
 */

const sources = '\n\n## Sources\n\n1. Project Glasswing: Securing Critical Software for the AI Era - Anthropic\n2. Claude Mythos Preview System Card - Anthropic (PDF)\n';

/** A wrong figure and a misquotation, and the draft with both corrected. */
const wrong = `Mythos Preview scored 86.1% on CyberGym.[1]\n\nLogan Graham told CNN: "We did not feel comfortable releasing this widely."[1]${sources}`;
const corrected = `Mythos Preview scored 83.1% on CyberGym.[1]\n\nLogan Graham told CNN: "We did not feel comfortable releasing this generally."[1]${sources}`;

const drafts: Record<string, string> = {
  'wrong.md': wrong,
  // Fixes that add a footnote definition, or a References section, at the very end.
  'footnote.md': 'The leak was reported by Fortune.[^leak]\n',
  'unsourced.md': 'Anthropic called it "by far the most powerful AI model we have ever developed" in April.',
  // Windows line breaks, and a lone "\r" (old Mac), which the editor counts as line breaks too.
  'crlf.md': wrong.replace(/\n/g, '\r\n'),
  'cr.md': `Intro line.\rMythos Preview scored 86.1% on CyberGym.[1]\r${sources.replace(/\n/g, '\r')}`,
  // Characters outside the BMP before the figure: columns are UTF-16 code units.
  'emoji.md': `🚀🚀 Mythos Preview scored 86.1% on CyberGym.[1]${sources}`,
  // PL003 (reference never cited): the editor offers only "disable" quick fixes for it.
  'uncited.md': `Nothing to see here.${sources}`,
};

interface R {
  start: { line: number; character: number };
  end: { line: number; character: number };
}
interface JsonFix {
  title: string;
  edits: { range: R; newText: string }[];
  isPreferred?: true;
}

let root = '';
let json: any;
let sarif: any;

async function check(format: string): Promise<any> {
  let stdout = '';
  await main(['check', '--format', format, '--fail-on', 'none', '.'], { cwd: root, stdout: (t) => void (stdout += t), stderr: () => {} });
  return JSON.parse(stdout);
}

before(async function () {
  this.timeout(60_000);
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lens-fixes-'));
  for (const [name, text] of Object.entries(drafts)) fs.writeFileSync(path.join(root, name), text);
  json = await check('json');
  sarif = await check('sarif');
});

after(() => {
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

const jsonFile = (name: string) => json.files.find((f: any) => f.path === name);
const toFix = (f: JsonFix): Fix => ({ title: f.title, edits: f.edits });

describe('cli: quick fixes in --format json', () => {
  it('gives the wrong figure and the misquotation fixes that, applied, produce the corrected text', () => {
    const file = jsonFile('wrong.md');
    const withFixes = file.diagnostics.filter((d: any) => d.fixes);
    assert.deepEqual(
      withFixes.map((d: any) => [d.code, d.fixes.map((f: JsonFix) => f.title)]),
      [
        ['PL006', ['Use the value on record: 83.1%']],
        ['PL004', ['Restore the words on record']],
      ],
    );
    assert.ok(withFixes.every((d: any) => d.fixes[0].isPreferred === true));
    // Each on its own…
    assert.equal(applyFix(wrong, toFix(withFixes[0].fixes[0])), wrong.replace('86.1%', '83.1%'));
    assert.equal(applyFix(wrong, toFix(withFixes[1].fixes[0])), wrong.replace('widely', 'generally'));
    // …and both at once: the edits of different diagnostics do not overlap.
    const all: Fix = { title: 'all', edits: withFixes.flatMap((d: any) => d.fixes[0].edits) };
    assert.equal(applyFix(wrong, all), corrected);
  });

  it('lists no suppression fixes, and no fixes on a diagnostic the core has none for', () => {
    for (const file of json.files) {
      for (const d of file.diagnostics) {
        for (const f of d.fixes ?? []) assert.doesNotMatch(f.title, /^Disable /, `${file.path}: ${f.title}`);
        if (d.fixes) assert.ok(d.fixes.length > 0);
      }
    }
    const uncited = jsonFile('uncited.md').diagnostics;
    assert.deepEqual(uncited.map((d: any) => d.code), ['PL003', 'PL003']);
    assert.ok(uncited.every((d: any) => !('fixes' in d)));
  });

  it('gives exactly the core fixes, and applying each gives the text the core fix gives', () => {
    const analyzer = createAnalyzer({ factBase: bundledFactBase() });
    let compared = 0;
    for (const [name, text] of Object.entries(drafts)) {
      const file = jsonFile(name);
      const findings = analyzer.analyze(text).findings;
      assert.equal(file.diagnostics.length, findings.length, name);
      for (const d of file.diagnostics) {
        const same = (r: Range) => JSON.stringify(r) === JSON.stringify(d.range);
        const finding = findings.find((f) => f.code === d.code && same(f.range));
        assert.ok(finding, `${name}: ${d.code} at ${JSON.stringify(d.range)} is a core finding`);
        const fixes: JsonFix[] = d.fixes ?? [];
        assert.deepEqual(
          fixes.map((f) => f.title),
          finding.fixes.map((f) => f.title),
          `${name}: ${d.code}`,
        );
        finding.fixes.forEach((coreFix, i) => {
          assert.equal(applyFix(text, toFix(fixes[i])), applyFix(text, coreFix), `${name}: ${coreFix.title}`);
          assert.equal(fixes[i].isPreferred === true, coreFix.isPreferred === true);
          compared++;
        });
      }
    }
    // wrong + crlf: 2 each; cr, emoji, footnote, unsourced: 1 each.
    assert.ok(compared >= 8, `compared ${compared} fixes`);
  });
});

/** The offset of a zero-based editor position (lines end at "\r\n", "\n" or "\r"). */
function editorOffset(text: string, p: { line: number; character: number }): number {
  const starts = [0];
  for (const m of text.matchAll(/\r\n|\n|\r/g)) starts.push(m.index + m[0].length);
  return starts[p.line] + p.character;
}

/** Line starts of `text` as SARIF counts lines, with the run's newlineSequences: no line after a final break. */
function sarifLineStarts(text: string, sequences: string[]): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; ) {
    const seq = sequences.find((s) => text.startsWith(s, i));
    if (!seq) {
      i++;
      continue;
    }
    i += seq.length;
    if (i < text.length) starts.push(i);
  }
  return starts;
}

/** The offset of a SARIF line/column point in `text`; the point must be on a line of the text, at most one past its break. */
function sarifOffset(text: string, starts: number[], line: number, column: number, at: string): number {
  assert.ok(line >= 1 && line <= starts.length, `${at}: line ${line} is one of the text's ${starts.length} lines`);
  const lineStart = starts[line - 1];
  const next = line < starts.length ? starts[line] : text.length;
  assert.ok(column >= 1 && column - 1 <= next - lineStart, `${at}: column ${column} is on line ${line}`);
  return lineStart + column - 1;
}

/** Apply a SARIF artifactChange: replacements in array order, each region in the unmodified text. */
function applySarif(text: string, replacements: any[], sequences: string[], at: string): { text: string; deleted: string[] } {
  const starts = sarifLineStarts(text, sequences);
  const spans = replacements.map((rep, i) => {
    const r = rep.deletedRegion;
    const start = sarifOffset(text, starts, r.startLine, r.startColumn, `${at} replacement ${i} start`);
    const end = sarifOffset(text, starts, r.endLine ?? r.startLine, r.endColumn, `${at} replacement ${i} end`);
    return { start, end, newText: rep.insertedContent?.text ?? '' };
  });
  let out = '';
  let pos = 0;
  for (const s of spans.slice().sort((a, b) => a.start - b.start)) {
    assert.ok(s.start >= pos, `${at}: replacements do not overlap`);
    out += text.slice(pos, s.start) + s.newText;
    pos = s.end;
  }
  return { text: out + text.slice(pos), deleted: spans.map((s) => text.slice(s.start, s.end)) };
}

describe('cli: quick fixes in --format sarif', () => {
  it('meets the SARIF 2.1.0 required properties, fixes included', () => {
    assert.deepEqual(sarifViolations(sarif), []);
    assert.ok(sarif.runs[0].results.some((r: any) => r.fixes));
  });

  it('has the same fixes as the JSON, whose regions point at the same text and apply to the same result', () => {
    const run = sarif.runs[0];
    const sequences: string[] = run.newlineSequences;
    let compared = 0;
    for (const [name, text] of Object.entries(drafts)) {
      const uri = name;
      const results = run.results.filter((r: any) => r.locations[0].physicalLocation.artifactLocation.uri === uri);
      const diagnostics = jsonFile(name).diagnostics;
      assert.equal(results.length, diagnostics.length, name);
      results.forEach((result: any, i: number) => {
        const d = diagnostics[i];
        assert.equal(result.ruleId, d.code);
        const fixes: JsonFix[] = d.fixes ?? [];
        assert.equal((result.fixes ?? []).length, fixes.length, `${name}: ${d.code}`);
        (result.fixes ?? []).forEach((fix: any, fi: number) => {
          const at = `${name}: ${fix.description.text}`;
          assert.equal(fix.description.text, fixes[fi].title);
          assert.equal(fix.artifactChanges.length, 1);
          const change = fix.artifactChanges[0];
          assert.deepEqual(change.artifactLocation, result.locations[0].physicalLocation.artifactLocation);
          const applied = applySarif(text, change.replacements, sequences, at);
          const jsonFix = toFix(fixes[fi]);
          assert.equal(applied.text, applyFix(text, jsonFix), at);
          // Each replacement deletes exactly the text its JSON edit's range covers.
          const covered = jsonFix.edits.map((e) => text.slice(editorOffset(text, e.range.start), editorOffset(text, e.range.end)));
          assert.deepEqual(applied.deleted, covered, at);
          compared++;
        });
      });
    }
    assert.ok(compared >= 8, `compared ${compared} fixes`);
  });

  it('points the wrong figure fix at "86.1%" on line 1, columns 23 to 28', () => {
    const result = sarif.runs[0].results.find((r: any) => r.ruleId === 'PL006' && r.locations[0].physicalLocation.artifactLocation.uri === 'wrong.md');
    assert.deepEqual(result.fixes[0].artifactChanges[0].replacements, [
      { deletedRegion: { startLine: 1, startColumn: 23, endLine: 1, endColumn: 28 }, insertedContent: { text: '83.1%' } },
    ]);
  });
});
