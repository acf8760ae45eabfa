/**
 * Hostile documents: each gives a result (no exception), with every range inside the
 * document, within a time bound relative to markdown-it parsing the same text in the same
 * worker (`ratio` × markdown-it, or `floorMs` when that is larger: tiny texts time noise).
 * A worker with a deadline turns a hang into a failure.
 */
import * as assert from 'node:assert/strict';
import { Harness, growthOf, type Outcome } from '../fuzz/deadline';
import { fuzzLong as long } from '../fuzz/budget';
import { recipe, type Recipe } from '../fuzz/recipes';
import { contexts, classicUnits } from '../fuzz/attacks';
import { isKnown, knownSlow } from '../fuzz/knownBugs';
import { generateDraft } from '../../scripts/bench/generate';

const paragraph =
  'Anthropic said on April 7, 2026 that Claude Mythos Preview scored 83.1% on CyberGym, against 66.6% for Opus 4.6.[1] Logan Graham told CNN: "We did not feel comfortable releasing this generally."[2] ';

const hostile: { doc: Recipe | { name: string; text: string }; ratio: number; floorMs: number; bug?: string; cached?: true }[] = [
  { doc: recipe('a 50,000-character line of prose', [paragraph, Math.ceil(50000 / paragraph.length)]), ratio: 60, floorMs: 8000 },
  { doc: recipe('a 50,000-character line of one word', ['a', 50000]), ratio: 60, floorMs: 8000 },
  { doc: recipe('10,000 nested list levels on one line', ['- ', 10000], 'item 83.1% [1]\n'), ratio: 60, floorMs: 8000 },
  { doc: recipe('10,000 nested list levels, one per line', ...Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}- level ${i} "quoted words in a list" [1]\n`), ['- deep\n', 9800]), ratio: 60, floorMs: 8000 },
  { doc: recipe('10,000 nested ordered lists', ['1. ', 10000], 'item\n'), ratio: 60, floorMs: 8000 },
  { doc: recipe('10,000 nested block quotes', ['> ', 10000], 'Anthropic said "this is deep" [1]\n', ['>'.repeat(10000) + ' more\n', 3]), ratio: 60, floorMs: 8000 },
  { doc: recipe('NUL bytes and lone surrogates', ['Anthropic\u0000 said \ud800 "x\udc00y z w" [1]\u0000\n\udfff\ud83d\n\n', 3000]), ratio: 60, floorMs: 8000 },
  { doc: recipe('unclosed quotes across 1,000 paragraphs', ['"This quotation opens and never closes, Anthropic said in 2026\n\n“Nor does this one [1]\n\n', 500]), ratio: 60, floorMs: 8000 },
  { doc: recipe('100,000 "[" characters', ['[', 100000]), ratio: 60, floorMs: 8000 },
  { doc: recipe('100,000 "]" characters', [']', 100000]), ratio: 60, floorMs: 8000 },
  { doc: recipe('100,000 "[1]" markers', ['[1]', 100000]), ratio: 60, floorMs: 8000, bug: 'stub-fix-per-marker' },
  { doc: recipe('100,000 backticks', ['`', 100000]), ratio: 60, floorMs: 8000 },
  { doc: recipe('backtick runs of every length', ...Array.from({ length: 400 }, (_, i) => `${'`'.repeat(i + 1)}a `)), ratio: 60, floorMs: 8000 },
  { doc: recipe('50,000 "` " pairs', ['` ', 50000]), ratio: 60, floorMs: 8000 },
  { doc: recipe('deeply nested brackets in a link text', ['[', 10000], 'x', [']', 10000], '(https://example.org)\n'), ratio: 60, floorMs: 8000 },
  { doc: recipe('deeply nested parentheses in a link destination', '[text](https://example.org/', ['(', 10000], 'x', [')', 10000], ')\n'), ratio: 60, floorMs: 8000 },
  { doc: recipe('10,000 nested links', ['[a', 10000], ['](u)', 10000]), ratio: 60, floorMs: 8000 },
  { doc: recipe('100,000 "![" image openers', ['![', 100000]), ratio: 60, floorMs: 8000 },
  { doc: recipe('100,000 "<" characters', ['<', 100000]), ratio: 60, floorMs: 8000 },
  { doc: recipe('20,000 unclosed HTML comments', ['<!-- ', 20000]), ratio: 60, floorMs: 8000 },
  { doc: recipe('50,000 "$" signs', ['$', 50000]), ratio: 60, floorMs: 8000 },
  {
    doc: recipe('a table of 10,000 rows and 20 columns', `|${' h |'.repeat(20)}\n|${'---|'.repeat(20)}\n`, [`|${' x 1 |'.repeat(20)}\n`, 10000]),
    ratio: 60,
    floorMs: 15000,
    bug: 'scanquotes-overshoot',
  },
  { doc: recipe('30,000 short paragraphs and one full stop at the end', ['a "b" c\n\n', 30000], 'End.\n'), ratio: 60, floorMs: 8000 },
  { doc: recipe('30,000 short paragraphs and one quotation mark at the end', ['word\n\n', 30000], '"\n'), ratio: 60, floorMs: 8000, bug: 'scanquotes-overshoot' },
  {
    doc: recipe('a table of 2,000 rows of claims, entities, quotes and markers', `|${' h |'.repeat(10)}\n|${'---|'.repeat(10)}\n`, [`|${' Anthropic 83.1% [1] "a b c" |'.repeat(10)}\n`, 2000]),
    ratio: 60,
    floorMs: 15000,
  },
  // Table rows without a header row are one paragraph, and with no full stop one sentence:
  // every quotation in it shares the sentence's markers and names.
  { doc: recipe('one sentence of 1,000 table-like lines, 10,000 quotations and markers', [`|${' Anthropic 83.1% [1] "a b c" |'.repeat(10)}\n`, 1000]), ratio: 60, floorMs: 8000 },
  {
    doc: recipe('one sentence of 1,000 lines of quotations on record credited to the wrong speaker', [`| Anthropic and OpenAI said "we did not feel comfortable releasing this generally" [1] |\n`, 1000]),
    ratio: 60,
    floorMs: 8000,
  },
  { doc: recipe('mixed \\r, \\n and \\r\\n line endings', ['Anthropic said\r"quoted words here"\n[1] in 2026.\r\n\r\n> block\rquote\n\n- item\r\n', 5000]), ratio: 60, floorMs: 8000 },
  { doc: recipe('a line of 200,000 spaces', [' ', 200000], 'x\n'), ratio: 60, floorMs: 8000 },
  { doc: recipe('200,000 line breaks', ['\n', 200000]), ratio: 60, floorMs: 8000 },
  { doc: recipe('100,000 "@" characters with a bibliography', '---\nbibliography: refs.bib\n---\n\n', ['@', 100000]), ratio: 60, floorMs: 8000 },
  { doc: recipe('an unclosed front matter fence and 5,000 lines', '---\n', ['title: "Anthropic [1]"\n', 5000]), ratio: 60, floorMs: 8000 },
  { doc: recipe('an unclosed code fence over 5,000 lines', '```\n', ['Anthropic "quoted words" [1] 83.1%\n', 5000]), ratio: 60, floorMs: 8000 },
  // With the document cache, which parses section by section (a section starts at a heading
  // after a blank line; one cut inside a fence or an HTML block is parsed with the next).
  { doc: recipe('100,000 headings, with the document cache', ['# Anthropic 83.1% [1]\n\n', 100000]), ratio: 120, floorMs: 8000, cached: true },
  { doc: recipe('an unclosed code fence before 20,000 headings, with the document cache', '```\n', ['\n# Heading\n\nAnthropic said 83.1% [1]\n', 20000]), ratio: 120, floorMs: 8000, cached: true },
  { doc: recipe('an unclosed HTML comment before 20,000 headings, with the document cache', '<!--\n', ['\n# Heading\n\nAnthropic said 83.1% [1]\n', 20000]), ratio: 120, floorMs: 8000, cached: true },
  { doc: recipe('20,000 code blocks with "# comment" lines, with the document cache', ['```sh\n# install\nnpm i\n\n# run\nnpm start\n```\n\n# Usage\n\nAnthropic said 83.1% [1]\n\n', 20000]), ratio: 120, floorMs: 8000, cached: true },
];

describe('robustness: hostile documents', function () {
  this.timeout(20 * 60 * 1000);
  const harness = new Harness();
  after(() => harness.close());
  const report = (o: Outcome) => `${o.name}: ${o.ms.toFixed(0)} ms, markdown-it ${o.baselineMs.toFixed(0)} ms (×${(o.ms / Math.max(o.baselineMs, 0.01)).toFixed(1)})`;

  for (const h of hostile) {
    (h.bug && isKnown(h.bug) ? it.skip : it)(`${h.doc.name}: a result, valid ranges, at most ${h.ratio}× markdown-it (or ${h.floorMs / 1000} s)`, async () => {
      const o = await harness.run(h.doc, { ratio: h.ratio, floorMs: h.floorMs, cached: h.cached });
      assert.ok(o.summary.sentences >= 0, report(o));
    });
  }

  // The extension's path: every hostile document again with the document cache (the
  // analysis that fills it and one after an edit, so twice the allowance).
  for (const h of hostile.filter((x) => !x.cached)) {
    (h.bug && isKnown(h.bug) ? it.skip : it)(`${h.doc.name}, with the document cache: a result, valid ranges, at most ${2 * h.ratio}× markdown-it (or ${(2 * h.floorMs) / 1000} s)`, async () => {
      const o = await harness.run(h.doc, { ratio: 2 * h.ratio, floorMs: 2 * h.floorMs, cached: true });
      assert.ok(o.summary.sentences >= 0, report(o));
    });
  }

  it('a generated 5 MB draft: a result, valid ranges, at most 30× markdown-it (or 30 s)', async () => {
    const text = generateDraft(5 * 1024 * 1024, 5);
    const o = await harness.run({ name: 'generated 5 MB draft', text }, { ratio: 30, floorMs: 30000 });
    assert.ok(o.summary.claims > 1000 && o.summary.citations > 1000 && o.summary.entities > 1000, `${report(o)} ${JSON.stringify(o.summary)}`);
  });

  // Each block is scanned from a window back to its line's start, found with the line index
  // (which knows "\r" alone as a line break) and at most 256 characters back: a document
  // whose lines end in "\r", or a table row of thousands of cells, must not give each block
  // a window back to the start of the document or of the row.
  it('a generated 1 MB draft with "\\r" line endings takes about as long as with "\\n"', async () => {
    const lfText = generateDraft(1024 * 1024, 5, { eol: '\n' });
    const crText = generateDraft(1024 * 1024, 5, { eol: '\r' });
    // Interleaved, the faster of two runs each (the first run of a worker is a cold one), in CPU time.
    const times = { lf: Infinity, cr: Infinity };
    for (let i = 0; i < 2; i++) {
      times.lf = Math.min(times.lf, (await harness.run({ name: 'LF draft', text: lfText }, { ratio: 60, floorMs: 30000 })).cpuMs);
      times.cr = Math.min(times.cr, (await harness.run({ name: 'CR draft', text: crText }, { ratio: 60, floorMs: 30000 })).cpuMs);
    }
    assert.ok(times.cr < 1.5 * times.lf + 100, `CR ${times.cr.toFixed(0)} ms, LF ${times.lf.toFixed(0)} ms of CPU`);
  });

  it('a table row of thousands of cells grows linearly', async () => {
    const row = (n: number) => ({ text: `| a | b |\n|---|---|\n${'| Anthropic said 5% [1] '.repeat(Math.ceil(n / 23))}|\n` });
    const g = await growthOf(harness, 'a wide table row', row, 256 * 1024, { ratio: 400, floorMs: 60000, minMs: 50, maxGrowth: 8 });
    assert.ok(!g.superlinear, g.description);
  });

  // A claim that names no subject looks for it around its block, and for a list marker on its
  // line: in a file without "\r", a search back for one would read to the start of the file.
  it('paragraphs and list items of claims that name no subject grow linearly', async () => {
    const unit = 'The leak happened on March 24, 2026.\n\n- The leak happened on March 25.\n\n';
    const doc = (n: number) => ({ text: `## The Mythos leak\n\n${unit.repeat(Math.ceil(n / unit.length))}` });
    const g = await growthOf(harness, 'claims that name no subject', doc, 512 * 1024, { ratio: 400, floorMs: 60000, minMs: 50, maxGrowth: 8 });
    assert.ok(!g.superlinear, g.description);
  });

  // The fact check ties each figure of a sentence to the nearest cue or entity, and finds the
  // cues a sentence holds: reading every cue for every figure, or testing a fact's whole cue
  // again at each place its first word stands, grows with the square of one long sentence.
  it('one sentence of thousands of figures, cues and names grows linearly', async () => {
    const units = [
      '12 days after the leak and ',
      'after the launch, ',
      '93.9% on SWE-bench Verified, up from 80.8%, ',
      '77.8% for Opus 4.6 and 66.6% on CyberGym, ',
      'Amodei and Graham said $100 million, ',
    ];
    const slow: string[] = [];
    for (const unit of units) {
      const doc = (n: number) => ({ text: `Anthropic announced Project Glasswing on April 9, 2026, ${unit.repeat(Math.ceil(n / unit.length))}in the end.\n` });
      const g = await growthOf(harness, JSON.stringify(unit), doc, 64 * 1024, { ratio: 400, floorMs: 60000, minMs: 50, maxGrowth: 8 });
      if (g.superlinear) slow.push(`${JSON.stringify(unit)}: ${g.description}`);
    }
    assert.ok(!slow.length, `one long sentence grows faster than the text:\n${slow.join('\n')}`);
  });

  it(`runs of the characters that matter, in ${long ? 'every place' : 'the main places'} a draft can hold them, in linear time`, async () => {
    const places = long ? contexts : contexts.filter((c) => ['document', 'paragraph', 'quotation', 'references item', 'footnote definition', 'author-year paper'].includes(c.name));
    const slow: string[] = [];
    const pending: string[] = [];
    for (const unit of classicUnits) {
      for (const place of places) {
        const name = `${JSON.stringify(unit)} repeated in a ${place.name}`;
        try {
          const g = await growthOf(harness, name, (n) => place.wrap(unit.repeat(Math.ceil(n / unit.length))), 8000, { ratio: 400, floorMs: 20000, minMs: 100, maxGrowth: 8 });
          if (g.superlinear) {
            const line = `${name}: ${g.description}`;
            const bug = knownSlow(unit, place.name);
            (bug ? pending : slow).push(bug ? `${line} [${bug}]` : line);
          }
        } catch (e) {
          slow.push((e as Error).message.split('\n')[0]);
        }
      }
    }
    if (pending.length) console.log(`      known, fix pending (test/fuzz/knownBugs.ts):\n${pending.map((p) => `        ${p}`).join('\n')}`);
    assert.ok(!slow.length, `analysis time grows faster than the text:\n${slow.join('\n')}`);
  });
});
