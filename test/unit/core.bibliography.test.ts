import * as assert from 'assert';
import { analyzeDocument, createAnalyzer, type FileHost } from '../../src/core';

const files: Record<string, string> = {
  '/drafts/refs.json': JSON.stringify([
    { id: 'graham2026', title: 'Anthropic Releases Its Most Powerful Model to Select Partners', publisher: 'CNN', URL: 'https://example.com/cnn' },
    { id: 'card2026', title: 'Claude Mythos Preview System Card', publisher: 'Anthropic' },
  ]),
  '/drafts/refs.bib': `@article{mayer2026,
  title = {Pentagon Designates {Anthropic} a Supply Chain Risk},
  publisher = "Mayer Brown",
  url = {https://example.com/mayer}
}
@misc{techcrunch2026, title={DOD Says Anthropic's Red Lines Make It an Unacceptable Risk}, journal={TechCrunch}}`,
};
const host: FileHost = { readFile: async (path) => files[path] };
const analyzer = createAnalyzer();

async function analyze(text: string) {
  return analyzeDocument(analyzer, text, '/drafts/memo.md', host);
}

describe('Pandoc citations against the bibliography named in front matter', () => {
  it('resolve keys in CSL-JSON and BibTeX files, with locators and lists', async () => {
    const a = await analyze('---\nbibliography: [refs.json, refs.bib]\n---\n\nGraham said so [@graham2026, p. 4]. Both agree [@card2026; @mayer2026].\n');
    assert.deepStrictEqual(
      a.citations.map((c) => [c.label, c.resolved, c.locator ?? null]),
      [
        ['@graham2026', true, 'p. 4'],
        ['@card2026', true, null],
        ['@mayer2026', true, null],
      ],
    );
    const mayer = a.references[a.citations[2].referenceIndex!];
    assert.deepStrictEqual([mayer.kind, mayer.title, mayer.publisher, mayer.url, mayer.file], ['bibliography', 'Pentagon Designates Anthropic a Supply Chain Risk', 'Mayer Brown', 'https://example.com/mayer', 'refs.bib']);
    assert.strictEqual(a.findings.filter((f) => f.code === 'PL002').length, 0);
  });

  it('treat in-text @key as a citation only when a bibliography is declared', async () => {
    const withBib = await analyze('---\nbibliography: refs.bib\n---\n\nAs @techcrunch2026 reports, and mail me at a@b.org.\n');
    assert.deepStrictEqual(withBib.citations.map((c) => [c.label, c.resolved]), [['@techcrunch2026', true]]);
    const without = await analyze('Ask @someone on social media.\n');
    assert.strictEqual(without.citations.length, 0);
  });

  it('explain a key that is not in the file, and a file that cannot be read', async () => {
    const missingKey = await analyze('---\nbibliography: refs.json\n---\n\nA claim [@nobody2026].\n');
    assert.match(missingKey.findings.find((f) => f.code === 'PL002')!.message, /@nobody2026 is not in refs\.json/);
    const missingFile = await analyze('---\nbibliography: nowhere.bib\n---\n\nA claim [@graham2026].\n');
    assert.match(missingFile.findings.find((f) => f.code === 'PL002')!.message, /nowhere\.bib could not be read/);
    const noBib = await analyze('A claim [@graham2026].\n');
    assert.match(noBib.findings.find((f) => f.code === 'PL002')!.message, /no bibliography file is named/);
  });

  it('do not report uncited bibliography entries as PL003', async () => {
    const a = await analyze('---\nbibliography: refs.json\n---\n\nOnly one is cited [@card2026].\n');
    assert.strictEqual(a.findings.filter((f) => f.code === 'PL003').length, 0);
  });
});

describe('Quarto and pandoc-crossref cross-references', () => {
  const front = '---\nbibliography: refs.json\n---\n\n';

  it('are no citations: no marker, no PL002, with or without a bibliography', async () => {
    const text = 'The figures are in @fig-scores and @tbl-benchmarks, see [@sec-intro], [-@eq-energy], @Fig-scores, @fig:scores and [@lst:code; @thm-main].\n';
    for (const doc of [front + text, text]) {
      const a = await analyze(doc);
      assert.deepStrictEqual(a.citations, [], doc);
      assert.deepStrictEqual(a.findings.filter((f) => f.code === 'PL002'), [], doc);
    }
  });

  it('leave a citation in the same bracket to cite on its own, placed on its key', async () => {
    const doc = `${front}Both agree [@fig-scores; @card2026].\n`;
    const a = await analyze(doc);
    assert.deepStrictEqual(a.citations.map((c) => [c.label, c.resolved, doc.slice(c.span.start, c.span.end)]), [['@card2026', true, '@card2026']]);
  });

  it('do not source a quotation, and their numbers are no figures', async () => {
    const a = await analyze(`${front}Graham called it "a step change in capabilities for the field" in @sec-2.\n\nSee @fig-2 and [@tbl-3] for the rest.\n`);
    assert.deepStrictEqual(a.quotes.map((q) => q.sourced), [false]);
    assert.deepStrictEqual(a.claims.flatMap((c) => c.values.map((v) => v.text)), []);
  });

  it('keep a bibliography key that merely starts like one ("figueroa2026", "secure2026")', async () => {
    const a = await analyze(`${front}As @figueroa2026 and [@secure2026] say.\n`);
    assert.deepStrictEqual(a.citations.map((c) => c.label), ['@figueroa2026', '@secure2026']);
  });
});

describe('a Pandoc inline note attached to a sentence', () => {
  const front = '---\nbibliography: refs.json\n---\n\n';

  it('cites that sentence: its figure is sourced', async () => {
    const a = await analyze(`${front}Glasswing has twelve founding partners.^[See the announcement [@graham2026].]\n`);
    assert.deepStrictEqual(a.findings.filter((f) => f.code === 'PL007'), []);
    assert.deepStrictEqual(a.claims[0].citations, ['@graham2026']);
  });

  it('sources a quotation in that sentence, past a marker of its own and a second sentence in the note', async () => {
    const a = await analyze(`${front}Graham called it "a step change in capabilities for the field".[^1]^[He said so twice. See [@graham2026].]\n\n[^1]: Interview.\n`);
    assert.deepStrictEqual(a.quotes.map((q) => q.citations), [['^1', '@graham2026']]);
  });

  it('is not sourced by the sentence’s own marker', async () => {
    const a = await analyze(`${front}Glasswing was announced [@card2026].^[Graham called it "a step change in capabilities for the field".]\n`);
    assert.deepStrictEqual(a.quotes.map((q) => q.sourced), [false]);
  });
});
