import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { main } from '../../src/cli/main';

/**
 * Acceptance check from the issue, on the reference article (outside the repository,
 * at ../shared/source/glasswing-article.md relative to the repository root).
 */
const repo = path.resolve(__dirname, '../../..');
const article = path.resolve(repo, '../shared/source/glasswing-article.md');

interface R {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

describe('cli: acceptance on the reference article', function () {
  let text = '';
  let lines: string[] = [];
  let file: any;
  let code = -1;

  before(async function () {
    if (!fs.existsSync(article)) {
      console.log(`      (skipped: ${article} does not exist)`);
      this.skip();
    }
    text = fs.readFileSync(article, 'utf8');
    lines = text.split(/\r\n|\n|\r/);
    let stdout = '';
    code = await main(['check', '--format', 'json', article], { cwd: repo, stdout: (t) => void (stdout += t), stderr: () => {} });
    const doc = JSON.parse(stdout);
    assert.equal(doc.files.length, 1);
    file = doc.files[0];
  });

  /** The text a single-line range covers. */
  const at = (r: R) => {
    assert.equal(r.start.line, r.end.line, 'range on one line');
    return lines[r.start.line].slice(r.start.character, r.end.character);
  };
  const diagnostics = (code: string) => file.diagnostics.filter((d: any) => d.code === code);

  it('reports the file by its path relative to the working folder', () => {
    assert.equal(file.path, '../shared/source/glasswing-article.md');
    assert.equal(code, 1);
  });

  it('finds 33 citation markers', () => {
    assert.equal(file.citations.length, 33);
  });

  it('reports exactly one PL002, on [11]', () => {
    const pl002 = diagnostics('PL002');
    assert.equal(pl002.length, 1, JSON.stringify(pl002));
    assert.match(at(pl002[0].range), /^\[?11\]?$/);
  });

  it('reports PL001 on exactly three quotations: the first "supply chain risk", "much more likely this year", "would be insufficient…"', () => {
    const pl001 = diagnostics('PL001');
    assert.equal(pl001.length, 3, JSON.stringify(pl001.map((d: any) => at(d.range))));
    const quoted = pl001.map((d: any) => at(d.range));
    const expected = ['supply chain risk', 'much more likely this year', 'would be insufficient for more capable future models'];
    expected.forEach((words, i) => assert.ok(quoted[i].includes(words), `${quoted[i]} should quote ${words}`));
    // "the first": the earlier of the two "supply chain risk" quotations.
    const firstSupplyChain = lines.findIndex((l) => /["“]supply chain risk/.test(l));
    assert.equal(pl001[0].range.start.line, firstSupplyChain);
    const secondSupplyChain = lines.findIndex((l, i) => i > firstSupplyChain && /["“]supply chain risk/.test(l));
    assert.ok(secondSupplyChain > firstSupplyChain, 'the article quotes "supply chain risk" twice');
  });

  it('finds no quotation in the Sources list, nor one whose text is a source title', () => {
    const heading = lines.findIndex((l) => /^#+\s*Sources\s*$/.test(l));
    assert.ok(heading > 0, 'the article has a Sources heading');
    const titles: string[] = [];
    for (const l of lines.slice(heading + 1)) {
      const m = /^\d+\.\s+(.*)\s+-\s+[^-]+$/.exec(l);
      if (m) titles.push(m[1].trim());
    }
    assert.equal(titles.length, 10);
    for (const q of file.quotes) {
      assert.ok(q.range.start.line < heading, `quotation in the Sources list: ${q.text}`);
      assert.ok(!titles.includes(q.text.trim()), `quotation is a source title: ${q.text}`);
    }
  });
});
