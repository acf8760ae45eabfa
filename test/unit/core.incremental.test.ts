import * as assert from 'node:assert/strict';
import { createAnalysisCache, createAnalyzer } from '../../src/core/index';
import { bundledFactBase } from '../../src/core/factbase/bundled';
import { generateDraft } from '../../scripts/bench/generate';

const plain = (x: unknown): unknown => JSON.parse(JSON.stringify(x));

describe('incremental analysis (the document cache)', () => {
  const analyzer = createAnalyzer({ factBase: bundledFactBase() });
  const draft = generateDraft(60 * 1024, 7);

  it('rescans only the paragraph an edit touched, and gives the same result as a fresh analysis', () => {
    const cache = createAnalysisCache();
    analyzer.analyze(draft, { cache });
    const blocks = cache.stats.scanned + cache.stats.reused;
    assert.ok(blocks > 200, `the draft has ${blocks} blocks`);
    // A new paragraph in the middle: every offset after it moves, but only it is new.
    const middle = draft.indexOf('\n\n', draft.length / 2) + 2;
    const edited = `${draft.slice(0, middle)}The Pentagon said the contract was worth $999 million, "a number nobody has sourced" in this draft.\n\n${draft.slice(middle)}`;
    const incremental = analyzer.analyze(edited, { cache });
    // The new block, and at most its two neighbours (whose few characters of context it changed).
    assert.ok(cache.stats.scanned <= 3, `scanned ${cache.stats.scanned} blocks`);
    assert.ok(cache.stats.reused >= blocks - 2, `reused ${cache.stats.reused} of ${blocks}`);
    // Only the section (from one heading to the next) that holds it is parsed again.
    assert.equal(cache.stats.parsedSections, 1);
    assert.ok(cache.stats.reusedSections >= 5, `reused ${cache.stats.reusedSections} sections`);
    assert.deepEqual(plain(incremental), plain(analyzer.analyze(edited)));
    // The new paragraph's quotation is flagged at its new place.
    const quoteAt = edited.indexOf('"a number nobody');
    assert.ok(incremental.findings.some((f) => f.code === 'PL001' && f.span.start === quoteAt));
  });

  for (const eol of ['\r\n', '\r']) {
    it(`rescans only the edited paragraph with ${JSON.stringify(eol)} line endings too`, () => {
      const text = generateDraft(30 * 1024, 3, { eol });
      const cache = createAnalysisCache();
      analyzer.analyze(text, { cache });
      const middle = text.indexOf(eol + eol, text.length / 2) + 2 * eol.length;
      const edited = `${text.slice(0, middle)}A new paragraph about Anthropic.${eol}${eol}${text.slice(middle)}`;
      const result = analyzer.analyze(edited, { cache });
      assert.ok(cache.stats.scanned <= 3, `scanned ${cache.stats.scanned} blocks`);
      assert.deepEqual(plain(result), plain(analyzer.analyze(edited)));
    });
  }

  it('takes the entities and sentences of the blocks above an edit as they are', () => {
    const cache = createAnalysisCache();
    const before = analyzer.analyze(draft, { cache });
    // Typing near the end: everything above the edited paragraph is unchanged.
    const at = draft.indexOf('\n\n', Math.floor(draft.length * 0.9)) + 2;
    const edited = `${draft.slice(0, at)}Anthropic said 12 partners joined.\n\n${draft.slice(at)}`;
    const after = analyzer.analyze(edited, { cache });
    // Items before the paragraph just above the edit (whose few characters of context it changed).
    const previous = draft.lastIndexOf('\n\n', at - 3);
    const above = (list: readonly { span: { start: number } }[]) => list.filter((x) => x.span.start < previous).length;
    const entitiesAbove = above(before.entities);
    const sentencesAbove = above(before.sentences);
    assert.ok(entitiesAbove > 100 && sentencesAbove > 100, `${entitiesAbove} entities and ${sentencesAbove} sentences above the edit`);
    // The same objects, not copies: the analysis did not make them again.
    for (let i = 0; i < entitiesAbove; i++) assert.equal(after.entities[i], before.entities[i], `entity ${i}`);
    for (let i = 0; i < sentencesAbove; i++) assert.equal(after.sentences[i], before.sentences[i], `sentence ${i}`);
    assert.deepEqual(plain(after), plain(analyzer.analyze(edited)));
  });

  it('takes nothing from a block whose structure the text typed below it changed', () => {
    const base = 'Intro about Anthropic.\n\n| Model | Score |\n\nA paragraph on OpenAI, said to be "the most capable" rival.\nTitle line about Google DeepMind\n';
    for (const typed of ['===\n', '---\n', '|---|---|\n', '    code\n', '> quoted\n', '[^1]: note\n']) {
      const cache = createAnalysisCache();
      analyzer.analyze(base, { cache });
      const text = base + typed;
      assert.deepEqual(plain(analyzer.analyze(text, { cache })), plain(analyzer.analyze(text)), `after typing ${JSON.stringify(typed)}`);
      // And a table's delimiter row typed under its header, in the middle.
      const middle = base.replace('| Model | Score |\n', `| Model | Score |\n${typed}`);
      assert.deepEqual(plain(analyzer.analyze(middle, { cache })), plain(analyzer.analyze(middle)), `after typing ${JSON.stringify(typed)} under the header row`);
    }
  });

  it('keeps the fact checks of unchanged paragraphs, and checks an edited figure afresh', () => {
    const cache = createAnalysisCache();
    const text = 'Anthropic announced Project Glasswing on April 7, 2026.\n\nClaude Mythos Preview scored 83.1% on CyberGym.\n';
    const first = analyzer.analyze(text, { cache });
    assert.deepEqual(first.claims.map((c) => c.status), ['confirmed', 'confirmed']);
    const wrong = text.replace('83.1%', '93.1%');
    const second = analyzer.analyze(wrong, { cache });
    assert.equal(cache.stats.scanned, 1);
    assert.deepEqual(second.claims.map((c) => c.status), ['confirmed', 'contradicted']);
    assert.deepEqual(second.findings.filter((f) => f.code === 'PL006').map((f) => wrong.slice(f.span.start, f.span.end)), ['93.1%']);
    assert.deepEqual(plain(second), plain(analyzer.analyze(wrong)));
  });

  it('keeps the fact checks that read the paragraph before or the cited titles while those stay, and judges them afresh when they change', () => {
    const cache = createAnalysisCache();
    // The gap alone in its paragraph is counted from the paragraph before; the system card is the one its reference names.
    const leak = 'Anthropic locked down the exposed assets after Fortune alerted the company.';
    const gap = 'Twelve days later came the formal announcement.';
    const card = 'The system card runs to 144 pages.[1]';
    const reference = '## Sources\n\n1. Claude Mythos Preview System Card - Anthropic (PDF)';
    const doc = (before: string, title: string, tail: string) => `${before}\n\n${gap}\n\n${card}\n\nThe rest is in the card.\n\n${tail}\n\n${reference.replace('Claude Mythos Preview System Card', title)}\n`;
    const pl006 = (text: string, result: ReturnType<typeof analyzer.analyze>) => result.findings.filter((f) => f.code === 'PL006').map((f) => text.slice(f.span.start, f.span.end));
    const analyse = (text: string) => {
      const result = analyzer.analyze(text, { cache });
      assert.deepEqual(plain(result), plain(analyzer.analyze(text)), 'cached as fresh');
      return pl006(text, result);
    };
    assert.deepEqual(analyse(doc(leak, 'Claude Mythos Preview System Card', 'More to follow.')), ['Twelve days', '144 pages']);
    // An edit elsewhere (a paragraph with no claim, away from theirs, whose blocks it leaves alone): both verdicts are kept.
    assert.deepEqual(analyse(doc(leak, 'Claude Mythos Preview System Card', 'More will follow.')), ['Twelve days', '144 pages']);
    assert.equal(cache.stats.judged, 0);
    // The paragraph before no longer tells of the leak: the gap is judged afresh, the card's verdict kept.
    assert.deepEqual(analyse(doc('Anthropic briefed officials after Fortune alerted the company.', 'Claude Mythos Preview System Card', 'More will follow.')), ['144 pages']);
    assert.equal(cache.stats.judged, 1);
    // The reference now names another document: the card's sentence is judged afresh.
    assert.deepEqual(analyse(doc(leak, 'Annual report', 'More will follow.')), ['Twelve days']);
    assert.equal(cache.stats.judged, 2);
  });

  it("keeps a table cell's fact check while its row and header stay, and judges it afresh when the header changes", () => {
    const cache = createAnalysisCache();
    // Mythos Preview scored 83.1% on CyberGym (on record); Opus 4.6 66.6%.
    const table = (header: string) => `| Model | ${header} |\n|---|---:|\n| Mythos Preview | 93.1% |\n| Opus 4.6 | 66.6% |\n`;
    const doc = (header: string, tail: string) => `Scores as reported.\n\n${table(header)}\nThe rest is in the card.\n\n${tail}\n`;
    const pl006 = (text: string) => {
      const result = analyzer.analyze(text, { cache });
      assert.deepEqual(plain(result), plain(analyzer.analyze(text)), 'cached as fresh');
      return result.findings.filter((f) => f.code === 'PL006').map((f) => text.slice(f.span.start, f.span.end));
    };
    assert.deepEqual(pl006(doc('CyberGym', 'More to follow.')), ['93.1%']);
    assert.ok(cache.stats.judged >= 2, `judged ${cache.stats.judged}`);
    // An edit below the table: its cells' verdicts are kept.
    assert.deepEqual(pl006(doc('CyberGym', 'More will follow.')), ['93.1%']);
    assert.equal(cache.stats.judged, 0);
    // The header now names another measure: the cells under it (whose own text is unchanged) are judged afresh, against it.
    assert.deepEqual(pl006(doc('SWE-bench Pro', 'More will follow.')), ['93.1%', '66.6%']);
    assert.ok(cache.stats.judged >= 2, `judged ${cache.stats.judged}`);
  });

  it('judges a kept fact check afresh when a reading of the whole document adds a name to its block, or takes it away', () => {
    const cache = createAnalysisCache();
    // "the Department", defined in another section, names the Department of Defense; its filing ran to 40 pages on record.
    const doc = (definition: string) =>
      `# Brief\n\nThe plaintiff sued the Department of Defense${definition}.\n\nThe case is pending and the parties have briefed it.\n\n## Argument\n\nThe Department filed a 45-page opposition on 17 March 2026.\n`;
    const pl006 = (text: string) => {
      const result = analyzer.analyze(text, { cache });
      assert.deepEqual(plain(result), plain(analyzer.analyze(text)), 'cached as fresh');
      return result.findings.filter((f) => f.code === 'PL006').map((f) => text.slice(f.span.start, f.span.end));
    };
    assert.deepEqual(pl006(doc('')), []);
    assert.deepEqual(pl006(doc(' (the "Department")')), ['45-page']);
    assert.deepEqual(pl006(doc('')), []);
  });

  it("keeps whom a sentence credits with a quotation while the sentence stays, and reads it afresh when a name in it changes", () => {
    const cache = createAnalysisCache();
    // Logan Graham's words on record, credited to Dario Amodei: a PL005.
    const quote = (who: string) => `${who} said "We did not feel comfortable releasing this generally."[1]`;
    const doc = (who: string, tail: string) => `Intro paragraph.\n\n${quote(who)}\n\n${tail}\n\n[1]: https://example.com "CNN interview"\n`;
    const pl005 = (text: string) => {
      const result = analyzer.analyze(text, { cache });
      assert.deepEqual(plain(result), plain(analyzer.analyze(text)), 'cached as fresh');
      return result.findings.filter((f) => f.code === 'PL005').map((f) => f.span.start);
    };
    const first = doc('Dario Amodei', 'More to follow.');
    assert.deepEqual(pl005(first), [first.indexOf('"We did')]);
    assert.equal(cache.stats.creditsRead, 1);
    // A paragraph typed above it moves the sentence: its credits are kept, and the PL005 moves with it.
    const moved = doc('Dario Amodei', 'More to follow.').replace('Intro paragraph.', 'Intro paragraph.\n\nA new one.');
    assert.deepEqual(pl005(moved), [moved.indexOf('"We did')]);
    assert.equal(cache.stats.creditsRead, 0);
    // The speaker's name changes: the sentence is read afresh, and the words are now rightly credited.
    assert.deepEqual(pl005(doc('Logan Graham', 'More to follow.')), []);
    assert.equal(cache.stats.creditsRead, 1);
    // The same sentence, with a family name that is a mention only after the full name ("Graham", no alias of the
    // bundled fact base), crediting him with the leaked draft's words: read afresh when that changes.
    const leaked = (intro: string) => `${intro}\n\nGraham said "by far the most powerful AI model we've ever developed."[1]\n\nMore to follow.\n\n[1]: https://example.com "Fortune report"\n`;
    const named = leaked('Logan Graham spoke first.');
    assert.deepEqual(pl005(named), [named.indexOf('"by far')]);
    assert.equal(cache.stats.creditsRead, 1);
    assert.deepEqual(pl005(leaked('Intro paragraph.')), []);
  });

  it('starts afresh when the analyzer (its fact base) changes', () => {
    const cache = createAnalysisCache();
    const text = 'Claude Mythos Preview scored 93.1% on CyberGym.\n';
    assert.equal(analyzer.analyze(text, { cache }).claims[0].status, 'contradicted');
    const noFacts = createAnalyzer({});
    const result = noFacts.analyze(text, { cache });
    assert.equal(cache.stats.reused, 0);
    assert.equal(result.claims[0].status, 'unverified');
    assert.deepEqual(plain(result), plain(noFacts.analyze(text)));
  });

  it('forgets the paragraphs the document no longer has', () => {
    const cache = createAnalysisCache();
    analyzer.analyze('First paragraph about Anthropic.\n\nSecond paragraph about OpenAI.\n', { cache });
    analyzer.analyze('Another text entirely.\n', { cache });
    analyzer.analyze('First paragraph about Anthropic.\n\nSecond paragraph about OpenAI.\n', { cache });
    assert.equal(cache.stats.reused, 0, 'the two paragraphs were dropped when the document lost them');
    assert.equal(cache.stats.scanned, 2);
  });
});
