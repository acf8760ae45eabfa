import * as assert from 'node:assert/strict';
import { createAnalyzer } from '../../src/core/index';
import { bundledFactBase } from '../../src/core/factbase/bundled';

describe('unbalanced quotation marks (PL008)', () => {
  const analyzer = createAnalyzer({ factBase: bundledFactBase() });

  it('reports at most the first 20 unbalanced quotation marks of a paragraph (PL008)', () => {
    const text = `Intro with one "open mark.\n\n${'„'.repeat(100)}\n`;
    const pl008 = analyzer.analyze(text).findings.filter((f) => f.code === 'PL008');
    const second = text.indexOf('„');
    assert.equal(pl008.length, 21);
    assert.equal(pl008[0].span.start, text.indexOf('"'));
    assert.deepEqual(pl008.slice(1).map((f) => f.span.start), Array.from({ length: 20 }, (_, i) => second + i));
  });

  it('reports no mark a paragraph leaves open when the next paragraph opens with it again: one quotation over several paragraphs (blind QA report P, item 6)', () => {
    const pl008 = (text: string) => analyzer.analyze(text).findings.filter((f) => f.code === 'PL008').map((f) => f.span.start);
    const speech = 'The company wrote: "We are briefing partners first.\n\n"Then the public.\n\n"We expect findings within weeks."\n';
    assert.deepEqual(pl008(speech), []);
    assert.deepEqual(pl008(`> ${speech.replace(/\n\n/g, '\n>\n> ')}`), []);
    assert.deepEqual(pl008(speech.replace(/"/g, '“').replace('weeks.“', 'weeks.”')), []);
    // Left open before a paragraph that opens otherwise, or with another mark, or past a heading: unbalanced.
    const open = 'The rollout had been "careful but not slow.\n\n';
    assert.deepEqual(pl008(`${open}Graham said nothing more.\n`), [21]);
    assert.deepEqual(pl008(`${open}“Careful,” he said.\n`), [21]);
    assert.deepEqual(pl008(`${open}## "Next"\n`), [21]);
  });
});

describe('findings about a sentence of many markers or names', () => {
  const analyzer = createAnalyzer({ factBase: bundledFactBase() });

  it('PL001 names the first five unresolved markers of the sentence, counts the rest, and relates the five', () => {
    const text = `The memo said "nobody has sourced these words" ${[1, 2, 3, 4, 5, 6, 7, 8].map((n) => `[${n}]`).join(' ')} and moved on.\n`;
    const pl001 = analyzer.analyze(text).findings.filter((f) => f.code === 'PL001');
    assert.equal(pl001.length, 1);
    assert.match(pl001[0].message, /\(\[1\], \[2\], \[3\], \[4\], \[5\] and 3 more resolve to no reference\)$/);
    assert.deepEqual(pl001[0].related.map((r) => text.slice(r.range.start.character, r.range.end.character)), ['[1]', '[2]', '[3]', '[4]', '[5]']);
  });

  it('PL001 on each of a thousand quotations in one sentence: the same short message, found in linear time', () => {
    const text = `${'| Anthropic 83.1% [1] "a b c" '.repeat(1000)}|\n`;
    const pl001 = analyzer.analyze(text).findings.filter((f) => f.code === 'PL001');
    assert.equal(pl001.length, 1000);
    assert.ok(pl001.every((f) => f.message.endsWith('([1], [1], [1], [1], [1] and 995 more resolve to no reference)') && f.related.length === 5));
  });

  it('PL005 names at most five of the entities a sentence credits', () => {
    // None of them is the speaker on record (Logan Graham) or his company.
    const names = ['OpenAI', 'Google', 'Microsoft', 'Apple', 'NVIDIA', 'Cisco', 'Palo Alto Networks'];
    const text = `${names.join(', ')} said "we did not feel comfortable releasing this generally" [1].\n`;
    const pl005 = analyzer.analyze(text).findings.filter((f) => f.code === 'PL005');
    assert.equal(pl005.length, 1);
    assert.match(pl005[0].message, / and 2 more, but on record/);
    assert.equal(pl005[0].related.length, 5);
  });
});

describe('markup inside an inline quotation', () => {
  const analyzer = createAnalyzer({ factBase: bundledFactBase() });
  const source = '\n\n[7]: https://fortune.com/leak "Anthropic Accidentally Leaked Details of a New AI Model"\n';

  it('reads the words on record around an HTML comment or tag, and keeps them in the text', () => {
    for (const inside of ['powerful <!-- MK: check the wording --> AI', 'powerful<br>AI', 'powerful <span class="x">AI</span>']) {
      const text = `The draft called it "by far the most ${inside} model we've ever developed".[7]${source}`;
      const analysis = analyzer.analyze(text);
      assert.deepEqual(analysis.findings.map((f) => f.code), [], inside);
      assert.equal(analysis.quotes[0].text, "by far the most powerful AI model we've ever developed", inside);
      assert.equal(analysis.quotes[0].recordMatch, 'exact', inside);
    }
  });

  it('still tells a misquote, and keeps a comparison sign or an unclosed tag as text', () => {
    const text = `The draft called it "by far the most capable <!-- MK --> AI model we've ever developed".[7]${source}`;
    assert.deepEqual(analyzer.analyze(text).findings.map((f) => f.code), ['PL004']);
    const sign = analyzer.analyze(`He said "five < six in every single case" then.[7]${source}`);
    assert.equal(sign.quotes[0].text, 'five < six in every single case');
  });
});

describe('quotations inside a footnote definition', () => {
  const analyzer = createAnalyzer({ factBase: bundledFactBase() });

  it('checks them against the record, sourced by the note, with no PL001 or PL008 of their own', () => {
    const text = 'The leak made headlines.[^1]\n\n[^1]: Fortune (quoting the draft calling the model "by far the most powerful AI model we have ever built").\n';
    const analysis = analyzer.analyze(text);
    assert.deepEqual(analysis.findings.map((f) => f.code), ['PL004']);
    assert.deepEqual(analysis.quotes.map((q) => [q.sourced, q.citations]), [[true, ['^1']]]);
  });

  it('leaves a quoted title, a stray mark and a date in a note alone', () => {
    const text = 'The leak made headlines.[^1]\n\n[^1]: Fortune, "Anthropic Accidentally Leaked Details of a New AI Model," March 27, 2026. The 5" rule.\n';
    assert.deepEqual(analyzer.analyze(text).findings.map((f) => f.code), []);
  });
});

describe('guillemet quotations: French « … », German » … «, Swedish » … »', () => {
  const analyzer = createAnalyzer({ factBase: bundledFactBase() });
  const source = '\n\n[4]: https://anthropic.com/aru "Alignment Risk Update"\n';
  const quoted = (text: string) => analyzer.analyze(text).quotes.map((q) => q.text);
  const pl008 = (text: string) => analyzer.analyze(text).findings.filter((f) => f.code === 'PL008').map((f) => f.message.replace(/^Unbalanced quotation mark: /, ''));

  it('reads German » … « as a quotation pair and checks it: the speaker on record is Anthropic, not Zemlin (PL005), and no PL008', () => {
    const text = `Jim Zemlin wrote that the risk was »very low, but higher than for previous models«.[4]${source}`;
    const codes = analyzer.analyze(text).findings.map((f) => f.code);
    assert.deepEqual(codes, ['PL005']);
    assert.deepEqual(quoted(text), ['very low, but higher than for previous models']);
  });

  it('pairs by the first mark: « … » (French, with no-break spaces), » … « (German) and » … » (Swedish), also nested', () => {
    assert.deepEqual(quoted('Il a dit : «\u00a0nous ne sommes pas prêts du tout\u00a0» hier.'), ['nous ne sommes pas prêts du tout']);
    assert.deepEqual(quoted('Er sagte: »wir sind nicht bereit, gar nicht« und ging.'), ['wir sind nicht bereit, gar nicht']);
    assert.deepEqual(quoted('Han sa: »vi är inte redo för detta» och gick.'), ['vi är inte redo för detta']);
    assert.deepEqual(quoted('Er sagte: »sie nannten es «sehr gering» und gingen« dann.'), ['sie nannten es «sehr gering» und gingen']);
    assert.deepEqual(pl008('Er sagte: »wir sind nicht bereit, gar nicht« und ging. Il a dit « oui » puis « non ».'), []);
  });

  it('reports an unclosed German » as opening, and a German « with no opener as closing (PL008)', () => {
    assert.deepEqual(pl008('The draft warned of an »upcoming wave of models that can exploit vulnerabilities.'), ['» opens a quotation that is never closed in this paragraph']);
    assert.deepEqual(pl008('The draft warned of an upcoming wave of models that can exploit vulnerabilities« today.'), ['« closes a quotation that was never opened in this paragraph']);
    // A » between spaces is a separator, not a mark: "Home » Settings".
    assert.deepEqual(pl008('Open Home » Settings » Privacy to change it.'), []);
  });

  it('ends a sentence after a German closing « and its marker', () => {
    const text = 'Er sagte: »Wir sind nicht bereit.«[4] Dann ging er. »Neu« beginnt hier.';
    const sentences = analyzer.analyze(text).sentences.map((s) => text.slice(s.span.start, s.span.end));
    assert.deepEqual(sentences, ['Er sagte: »Wir sind nicht bereit.«[4]', 'Dann ging er.', '»Neu« beginnt hier.']);
  });
});

describe('a citation marker after a quotation, past emoji', () => {
  const analyzer = createAnalyzer({ factBase: bundledFactBase() });
  const source = '\n\n[10]: https://cnn.com/x "CNN"\n';

  it('a marker set off by spaces after an emoji still sources the quotation (no PL001)', () => {
    for (const gap of [' 😬 ', ' 😬', ' 👍🏽 🇫🇷 ❤️ ', ' 👨‍👩‍👧 ', ' ']) {
      const text = `Logan Graham told CNN: “We did not feel comfortable releasing this generally.”${gap}[10] Then he left.${source}`;
      const analysis = analyzer.analyze(text);
      assert.deepEqual(analysis.findings.map((f) => f.code), [], JSON.stringify(gap));
      assert.deepEqual(analysis.quotes[0].citations, ['10'], JSON.stringify(gap));
    }
  });
});

describe('invisible characters and hyphen variants inside words (U+00AD, U+200B, U+2060, U+FEFF, U+2010, U+2011)', () => {
  const analyzer = createAnalyzer({ factBase: bundledFactBase() });
  const refs = '\n\n[1]: https://anthropic.com/glasswing "Glasswing"\n[7]: https://fortune.com/leak "Leak"\n[10]: https://cnn.com/x "CNN"\n';
  // Unused reference definitions (PL003) aside.
  const checked = (text: string) => analyzer.analyze(text).findings.filter((f) => f.code !== 'PL003');
  const findings = (text: string) => checked(text).map((f) => `${f.code} ${text.slice(f.span.start, f.span.end)}`);

  it('finds a name written with an invisible character or a non-breaking hyphen, its range covering the name as written', () => {
    for (const [name, id] of [['Heg\u00adseth', 'pete-hegseth'], ['Cyber\u200bGym', 'cybergym'], ['Cyber\u2060Gym', 'cybergym'], ['Cyber\ufeffGym', 'cybergym'], ['SWE\u2011bench Verified', 'swe-bench-verified'], ['SWE\u2010bench Verified', 'swe-bench-verified']]) {
      const text = `We read about ${name} today.\n`;
      const entities = analyzer.analyze(text).entities;
      assert.deepEqual(entities.map((e) => [e.id, e.text]), [[id, name]], JSON.stringify(name));
      assert.equal(entities[0].range.start.character, 14);
      assert.equal(entities[0].range.end.character, 14 + name.length);
    }
  });

  it('checks the figures of such a sentence (PL006), the value keeping its own characters and offsets', () => {
    assert.deepEqual(findings(`Mythos Preview scored 88.1% on Cyber\u00adGym and found a 17\u2011year\u2011old bug in FFmpeg.[1]${refs}`), ['PL006 88.1%', 'PL006 17\u2011year\u2011old']);
    assert.deepEqual(findings(`Anthropic announced Project Glasswing on Apr\u00adil 9, 2026.[1]${refs}`), ['PL006 Apr\u00adil 9, 2026']);
    assert.deepEqual(findings(`Mythos Preview scored 93.9% on SWE\u2011bench Verified.[1]${refs}`), []);
    assert.equal(analyzer.analyze(`Mythos Preview scored 93.9% on SWE\u2011bench Verified.[1]${refs}`).claims[0].status, 'confirmed');
  });

  it('credits a quotation to a name written with a soft hyphen (PL005)', () => {
    const text = `Pete Heg\u00adseth said the model was \u201ccurrently far ahead of any other AI model in cyber capabilities\u201d.[7]${refs}`;
    assert.deepEqual(checked(text).map((f) => f.code), ['PL005']);
  });

  it('matches a quotation with an invisible character or a non-breaking hyphen inside a word exactly (no PL004)', () => {
    for (const word of ['re\u200bleasing', 're\u00adleasing', 're\u2060leasing']) {
      const text = `Logan Graham told CNN: \u201cWe did not feel comfortable ${word} this generally.\u201d[10]${refs}`;
      const analysis = analyzer.analyze(text);
      assert.deepEqual(checked(text).map((f) => f.code), [], JSON.stringify(word));
      assert.equal(analysis.quotes[0].recordMatch, 'exact', JSON.stringify(word));
    }
  });
});

describe('a quotation sourced by the attribution sentence after it', () => {
  const analyzer = createAnalyzer({ factBase: bundledFactBase() });
  const refs = '\n\n## References\n\n1. Anthropic Releases Its Most Powerful - and Dangerous - AI Model to Select Partners - CNN\n';
  const words = '"We did not feel comfortable releasing this generally."';

  it('takes the markers of "Logan Graham said.[1]" and "He said.[1]" right after it', () => {
    for (const after of ['Logan Graham said.[1]', 'He said.[1]', 'said Logan Graham.[1]']) {
      const analysis = analyzer.analyze(`${words} ${after}${refs}`);
      assert.deepEqual(analysis.findings.map((f) => f.code), [], after);
      assert.deepEqual(analysis.quotes.map((q) => [q.sourced, q.citations]), [[true, ['1']]], after);
    }
  });

  it('not from a sentence that says more than the attribution, and a dangling marker there is the quotation’s', () => {
    assert.deepEqual(analyzer.analyze(`${words} Logan Graham said it twice.[1]${refs}`).findings.map((f) => f.code), ['PL001']);
    const dangling = analyzer.analyze(`${words} Logan Graham said.[4]${refs}`);
    assert.deepEqual(dangling.findings.map((f) => f.code), ['PL001', 'PL002', 'PL003']);
    assert.deepEqual(dangling.quotes[0].unresolvedCitations, ['4']);
  });
});
