import * as assert from 'assert';
import { createAnalyzer } from '../../src/core';
import { hoverAt } from '../../src/core/hover';

const analyzer = createAnalyzer();
const sources = '\n\n## Sources\n\n1. One\n2. Two\n3. Three\n4. Four\n5. Five\n';
/** Each citation of the text as [label, locator or null, the text its range covers]. */
const markersOf = (text: string) => {
  const doc = text + sources;
  return analyzer.analyze(doc).citations.map((c) => [c.label, c.locator ?? null, doc.slice(c.span.start, c.span.end)]);
};

describe('numeric citation markers with a locator', () => {
  it('resolve like the bare number and carry the locator (IEEE forms)', () => {
    for (const [marker, locator] of [
      ['[3, p. 12]', 'p. 12'],
      ['[3, pp. 12–14]', 'pp. 12–14'],
      ['[3, pp. 12-14, 20]', 'pp. 12-14, 20'],
      ['[3, para. 4]', 'para. 4'],
      ['[3, sec. 2.3]', 'sec. 2.3'],
      ['[3, ch. 7]', 'ch. 7'],
      ['[3, fig. 2]', 'fig. 2'],
      ['[3, Fig. 2(b)]', 'Fig. 2(b)'],
      ['[3, Table 1]', 'Table 1'],
      ['[3, app. B]', 'app. B'],
      ['[3, p. xii]', 'p. xii'],
      ['[3, § 4]', '§ 4'],
      ['[3,p.12]', 'p.12'],
      ['[3, p. 4, n. 2]', 'p. 4, n. 2'],
    ]) {
      assert.deepStrictEqual(markersOf(`It says so ${marker}.`), [['3', locator, marker]], marker);
    }
  });

  it('read a legal pinpoint "at 12" as a locator', () => {
    assert.deepStrictEqual(markersOf('It says so [3 at 12].'), [['3', 'at 12', '[3 at 12]']]);
    assert.deepStrictEqual(markersOf('It says so [3, at 12–14].'), [['3', 'at 12–14', '[3, at 12–14]']]);
  });

  it('split a list at ";" and give each number its own locator and range', () => {
    assert.deepStrictEqual(markersOf('It says so [2, p. 4; 5].'), [
      ['2', 'p. 4', '2, p. 4'],
      ['5', null, '5'],
    ]);
    assert.deepStrictEqual(markersOf('It says so [1; 2, sec. 3; 4 at 7].'), [
      ['1', null, '1'],
      ['2', 'sec. 3', '2, sec. 3'],
      ['4', 'at 7', '4 at 7'],
    ]);
    assert.deepStrictEqual(markersOf('It says so [1, 4, p. 9].'), [
      ['1', null, '1'],
      ['4', 'p. 9', '4, p. 9'],
    ]);
  });

  it('leave lists, ranges, links, task boxes, prose and code as they were beside them', () => {
    assert.deepStrictEqual(markersOf('A list [3, 4], a range [1-3] and a page [5, p. 6].'), [
      ['3', null, '3'],
      ['4', null, '4'],
      ['1', null, '1'],
      ['2', null, '1-3'],
      ['3', null, '3'],
      ['5', 'p. 6', '[5, p. 6]'],
    ]);
    assert.deepStrictEqual(markersOf('See [1, p. 2](https://example.com) and [see p. 12], [3 at noon], [3, page], [3, 12:30], `[3, p. 4]` but [4, p. 4].\n\n- [x] done'), [['4', 'p. 4', '[4, p. 4]']]);
  });

  it('keep the locator\'s numbers out of the claim\'s figures', () => {
    const text = `The card covers it [3, p. 12] and [2, pp. 40–44; 5 at 17].${sources}`;
    assert.deepStrictEqual(analyzer.analyze(text).claims.filter((c) => c.span.start < text.indexOf('\n')), []);
  });

  it('show the locator on the hover card of the reference they resolve to', () => {
    const text = `It says so [3, pp. 12–14].${sources}`;
    const hover = hoverAt(analyzer.analyze(text), analyzer.factIndex, { line: 0, character: 13 });
    // The card escapes Markdown, so the period comes as "\.".
    assert.match(hover?.cards[0] ?? '', /numbered citation 3\*\* · pp\\?\. 12–14/);
    assert.match(hover?.cards[0] ?? '', /Three/);
  });
});

describe('reference lists under headings in other languages', () => {
  const dangling = (text: string) => analyzer.analyze(text).findings.filter((f) => f.code === 'PL002').length;

  for (const heading of ['Fuentes', 'Referências', 'Références', 'Quellen', 'Literaturverzeichnis', 'Fonti', 'Fußnoten']) {
    it(`numbers the items of a list under "## ${heading}"`, () => {
      assert.equal(dangling(`Anthropic lo anunció [1] y [2].\n\n## ${heading}\n\n1. Anthropic, anuncio.\n2. CNN, entrevista.\n`), 0);
    });
  }

  it('still finds a marker past the end of such a list', () => {
    assert.equal(dangling('Anthropic lo anunció [3].\n\n## Fuentes\n\n1. Anthropic, anuncio.\n'), 1);
  });
});

describe('markers inside footnote definitions', () => {
  const codes = (text: string) => analyzer.analyze(text).findings.map((f) => `${f.code}:${text.slice(f.span.start, f.span.end).split('\n')[0]}`);
  const draft = (note: string) =>
    `Anthropic tightened its protections.[^1]\n\n[^1]: ${note}\n\n[1]: https://example.com/asl3 "Activating AI Safety Level 3 Protections"\n`;

  it('cite the reference they name, so it is not reported as never cited', () => {
    assert.deepStrictEqual(codes(draft('The details are in the announcement; see [1].')), []);
  });

  it('dangle when they resolve to nothing', () => {
    assert.deepStrictEqual(codes(draft('See [1] and [5].')), ['PL002:[5]']);
  });

  it('leave the footnote’s quoted titles and dates alone: a footnote is often a source entry', () => {
    assert.deepStrictEqual(codes(draft('Anthropic, “Activating AI Safety Level 3 Protections,” May 22, 2025 [1].')), []);
  });
});

describe('numbered References lists whose numbers are not in order', () => {
  /** Each numeric marker of the text with the title it resolves to (null when it dangles). */
  const resolved = (text: string) => {
    const a = analyzer.analyze(text);
    return a.citations.map((c) => [c.label, c.referenceIndex === undefined ? null : a.references[c.referenceIndex].title]);
  };

  it('resolve a marker to the item written with its number, not to the item at that position', () => {
    const text = 'Background is in [3] and [4], and in [5].\n\n## References\n\n1. Alpha.\n2. Beta.\n4. Delta.\n3. Gamma.\n6. Zeta.\n';
    assert.deepStrictEqual(resolved(text), [
      ['3', 'Gamma'],
      ['4', 'Delta'],
      ['5', null],
    ]);
  });

  it('still number by position a list that writes one number for every item or starts again', () => {
    assert.deepStrictEqual(resolved('See [2] and [3].\n\n## References\n\n1. Alpha.\n1. Beta.\n1. Gamma.\n'), [
      ['2', 'Beta'],
      ['3', 'Gamma'],
    ]);
    assert.deepStrictEqual(resolved('See [2] and [4].\n\n## References\n\n1. Alpha.\n2. Beta.\n1. Gamma.\n2. Delta.\n'), [
      ['2', 'Beta'],
      ['4', 'Delta'],
    ]);
  });
});

describe('IEEE ranges written as two markers joined by a dash', () => {
  it('cite every number in between, placed on the whole range like [2-4]', () => {
    for (const range of ['[1]–[4]', '[1]-[4]', '[1]—[4]']) {
      assert.deepStrictEqual(markersOf(`It says so ${range}.`), [
        ['1', null, '[1]'],
        ['2', null, range],
        ['3', null, range],
        ['4', null, '[4]'],
      ], range);
    }
  });

  it('leave markers apart when a space, a list or a locator stands between, or the range runs backward', () => {
    for (const text of ['[1] – [4]', '[1], [4]', '[1, p. 2]–[4]', '[4]–[1]']) {
      assert.deepStrictEqual(markersOf(`It says so ${text}.`).map((m) => m[0]), text === '[4]–[1]' ? ['4', '1'] : ['1', '4'], text);
    }
  });

  it('dangle the numbers in between that the list does not have', () => {
    const dangling = analyzer.analyze('Coverage is collected in [4]–[7].' + sources).findings.filter((f) => f.code === 'PL002');
    assert.deepStrictEqual(dangling.map((f) => f.message.slice(0, 4)), ['[6] ', '[7] ']);
  });
});

describe('a label defined twice', () => {
  const text = 'A claim.[^1] Another.[7]\n\n[^1]: First source.\n[^1]: Second source.\n\n[7]: https://a.example/one\n[7]: https://b.example/two\n';

  it('says the second definition is shadowed by the first, not that it is never cited', () => {
    const pl003 = analyzer.analyze(text).findings.filter((f) => f.code === 'PL003');
    assert.deepStrictEqual(
      pl003.map((f) => [f.range.start.line, f.message, f.related?.map((r) => r.range.start.line)]),
      [
        [3, 'Footnote [^1] is defined a second time (“Second source”): its markers resolve to the first definition, on line 3', [2]],
        [6, 'Reference [7] is defined a second time (“https://b.example/two”): its markers resolve to the first definition, on line 6', [5]],
      ],
    );
  });

  it('says so of a number a References list writes twice, and only within one list', () => {
    const list = 'A claim [1]. Another [3].\n\n## References\n\n[1] Anthropic, "Glasswing", 2026.\n[3] CNN, "Interview", 2026.\n[3] CNN, "Interview (updated)", 2026.\n\n## Bibliography\n\n[1] Fortune, "Leak", 2026.\n';
    const pl003 = analyzer.analyze(list).findings.filter((f) => f.code === 'PL003');
    assert.deepStrictEqual(
      pl003.map((f) => [f.range.start.line, f.message, f.related?.map((r) => r.range.start.line)]),
      [
        [6, 'Reference 3 is defined a second time (“Interview (updated)”): its markers resolve to the first definition, on line 6', [5]],
        [10, 'Reference 1 (“Leak”) is never cited', []],
      ],
    );
  });

  it('says so on the second definition’s hover card', () => {
    const hover = hoverAt(analyzer.analyze(text), analyzer.factIndex, { line: 3, character: 8 });
    assert.match(hover?.cards[0] ?? '', /second definition of \\?\[\\?\^1\\?\]: its markers resolve to the first definition, on line 3\./);
  });
});

describe('brackets whose dash joins no range of reference numbers', () => {
  it('are no markers: dates, months, spans of years, backward and huge ranges', () => {
    for (const text of ['[2026-04-07]', '[2026-10-12]', '[2026-04]', '[2026-2027]', '[2019–2020]', '[9-2]', '[1-500]', '[3, 2026-04-07]']) {
      assert.deepStrictEqual(markersOf(`Noted on ${text}.`), [], text);
    }
  });

  it('leave real ranges and lists alone', () => {
    assert.deepStrictEqual(markersOf('See [2-4], [1, 5], [12] and [1]–[3].').map((m) => m[0]), ['2', '3', '4', '1', '5', '12', '1', '2', '3']);
    assert.deepStrictEqual(markersOf('See [1-101].').map((m) => m[0]).length, 101);
  });

  it('do not hide the references no marker cites', () => {
    const pl003 = analyzer.analyze(`Noted on [2026-04-07] from [1].${sources}`).findings.filter((f) => f.code === 'PL003');
    assert.deepStrictEqual(pl003.map((f) => f.range.start.line), [5, 6, 7, 8]);
  });
});

describe('why a marker dangles', () => {
  const messages = (text: string) => analyzer.analyze(text).findings.filter((f) => f.code === 'PL002').map((f) => f.message);

  it('names the definition line the document lacks, quoted', () => {
    assert.deepStrictEqual(messages('A claim [15] and a note [^x].\n\n[1]: https://example.com "One"\n'), [
      '[15] matches no reference; this document has no definition line "[15]: …"',
      '[^x] matches no footnote; this document has no definition line "[^x]: …"',
    ]);
    assert.deepStrictEqual(messages('A claim [15].\n'), ['[15] matches no reference; this document has no References list and no reference definitions']);
  });

  it('says which numbers a list holds when they skip, and adds the missing entry in its place', () => {
    const list = ['1. a', '2. b', '3. c', '5. e', '6. f', '7. g', '9. i'].join('\n');
    const text = `A claim.[4] Another.[8] A third.[12]\n\n## References\n\n${list}\n`;
    const found = analyzer.analyze(text).findings.filter((f) => f.code === 'PL002');
    assert.deepStrictEqual(
      found.map((f) => f.message),
      ['[4]', '[8]', '[12]'].map((m) => `${m} matches no reference; the References list is numbered 1–3, 5–7 and 9`),
    );
    // Each stub goes after the last entry with a lower number, so the list stays in order.
    const lines = text.split('\n');
    const after = (f: (typeof found)[number]) => lines[f.fixes[0].edits[0].range.start.line];
    assert.deepStrictEqual(found.map(after), ['3. c', '7. g', '9. i']);
    assert.deepStrictEqual(found.map((f) => f.fixes[0].edits[0].newText), ['\n4. TODO: source for [4]', '\n8. TODO: source for [8]', '\n12. TODO: source for [12]']);
    assert.deepStrictEqual(messages('A claim.[3]\n\n## References\n\n1. a\n2. b\n4. d\n5. e\n'), ['[3] matches no reference; the References list is numbered 1, 2, 4 and 5']);
    // Numbered 1 to n, or counted by position ("1. 1. 1."): the count.
    assert.deepStrictEqual(messages('A claim.[4]\n\n## References\n\n1. a\n2. b\n'), ['[4] matches no reference; the References list has 2 items']);
    assert.deepStrictEqual(messages('A claim.[4]\n\n## References\n\n1. a\n1. b\n1. c\n'), ['[4] matches no reference; the References list has 3 items']);
  });
});
