import * as assert from 'assert';
import { createAnalyzer, createAnalysisCache } from '../../src/core';
import { bundledFactBase } from '../../src/core/factbase/bundled';
import { parseAuthorYearEntry, parseCitationPiece, citeAs } from '../../src/core/citations/authorYear';
import { applyFix } from './core.fixes.test';

const analyzer = createAnalyzer({ factBase: bundledFactBase() });

const bibliography = [
  '## Bibliography',
  '',
  '- Anthropic. 2025. "Activating AI Safety Level 3 Protections." May 2025.',
  '- Anthropic. 2026a. "Project Glasswing: Securing Critical Software for the AI Era." April 7, 2026.',
  '- Anthropic. 2026b. "Claude Mythos Preview System Card." April 7, 2026.',
  '- CNN. 2026. "Anthropic Releases Its Most Powerful AI Model to Select Partners."',
  '- Fortune. 2026a. "Anthropic Accidentally Leaked Details of a New AI Model."',
  '- Fortune. 2026b. "Anthropic Is Giving Companies Access to Its Unreleased Claude Mythos Model."',
  '- Mayer Brown. 2026. "Pentagon Designates Anthropic a Supply Chain Risk."',
  '- Smith, J., & Lee, K. (2025). Gated release as governance. Policy Review, 4(2), 1–20.',
  '',
].join('\n');

/** Each author-year citation of `prose` (with the bibliography above) as [label, resolved, the text its range covers]. */
function citationsOf(prose: string, bib = bibliography) {
  const doc = `${prose}\n\n${bib}`;
  return analyzer
    .analyze(doc)
    .citations.filter((c) => c.kind === 'author-year')
    .map((c) => [c.label, c.resolved, doc.slice(c.span.start, c.span.end)]);
}

const codesOf = (text: string) => analyzer.analyze(text).findings.map((f) => f.code);

describe('author-year citations (Chicago, APA, Harvard)', () => {
  it('reads the head of a reference entry in each style, and nothing else', () => {
    const heads = (t: string) => {
      const e = parseAuthorYearEntry(t);
      return e && [e.keys.whole, e.keys.first, e.year];
    };
    assert.deepStrictEqual(heads('Anthropic. 2026a. "Project Glasswing." April 7, 2026.'), ['anthropic', 'anthropic', '2026a']);
    assert.deepStrictEqual(heads('Amodei, D. (2026). Title. Publisher.'), ['amodei d', 'amodei', '2026']);
    assert.deepStrictEqual(heads('Mayer Brown (2026) Pentagon designates Anthropic a risk.'), ['mayer brown', 'mayer brown', '2026']);
    assert.deepStrictEqual(heads('Smith, John, and Kate Lee. 2025. "Title."'), ['smith john and kate lee', 'smith', '2025']);
    assert.deepStrictEqual(heads('Anthropic. (2026b, April 7). Claude Mythos Preview System Card.'), ['anthropic', 'anthropic', '2026b']);
    assert.deepStrictEqual(heads('U.S. Department of War. 2026. Filing.'), ['u.s department of war', 'u.s department of war', '2026']);
    // Numbered styles: the title or a date comes first, or the names are no names.
    assert.strictEqual(parseAuthorYearEntry('Project Glasswing: Securing Critical Software for the AI Era - Anthropic, April 7, 2026'), undefined);
    assert.strictEqual(parseAuthorYearEntry('Anthropic, "Claude Mythos Preview System Card," Apr. 2026.'), undefined);
    assert.strictEqual(parseAuthorYearEntry('Pentagon designates Anthropic a supply chain risk. Mayer Brown, 2026.'), undefined);
    assert.strictEqual(parseAuthorYearEntry('https://www.anthropic.com/glasswing (2026)'), undefined);
  });

  it('reads one citation of a bracket: names, years and a locator', () => {
    assert.deepStrictEqual(parseCitationPiece('Anthropic 2026a, 3'), { names: 'Anthropic', years: [{ year: '2026a', at: 10, end: 15 }], locator: '3' });
    assert.deepStrictEqual(parseCitationPiece('Smith et al. 2020, 2021')?.years.map((y) => y.year), ['2020', '2021']);
    assert.strictEqual(parseCitationPiece('Smith & Lee, 2025, pp. 4–5')?.locator, 'pp. 4–5');
    assert.strictEqual(parseCitationPiece('2026a, p. 4')?.names, '');
    for (const notOne of ['Spring 2026', 'April 2026', 'Project Glasswing, April 2026', 'since 2019', 'GPT-5 2025', 'Anthropic 2026a and more', 'announced in 2026']) {
      assert.strictEqual(parseCitationPiece(notOne), undefined, notOne);
    }
  });

  it('cites an entry as its writers would', () => {
    assert.strictEqual(citeAs(parseAuthorYearEntry('Anthropic. 2026a. "X."')!), 'Anthropic 2026a');
    assert.strictEqual(citeAs(parseAuthorYearEntry('Amodei, D. (2026). X.')!), 'Amodei 2026');
    assert.strictEqual(citeAs(parseAuthorYearEntry('Smith, J., & Lee, K. (2025). X.')!), 'Smith and Lee 2025');
    assert.strictEqual(citeAs(parseAuthorYearEntry('Okafor, Ada, and Ben Tan. 2024. X.')!), 'Okafor and Tan 2024');
    assert.strictEqual(citeAs(parseAuthorYearEntry('Amodei, D., Clark, J. and Kaplan, J. (2026) X.')!), 'Amodei et al. 2026');
    assert.strictEqual(citeAs(parseAuthorYearEntry('Department of Science and Technology. 2024. X.')!), 'Department of Science and Technology 2024');
  });

  it('finds parenthetical citations, several to a bracket, with leads and locators, and resolves each', () => {
    assert.deepStrictEqual(citationsOf('Twelve partners joined (Anthropic 2026a; Fortune 2026b).'), [
      ['Anthropic 2026a', true, 'Anthropic 2026a'],
      ['Fortune 2026b', true, 'Fortune 2026b'],
    ]);
    assert.deepStrictEqual(citationsOf('It scored 93.9% (see Anthropic 2026b, p. 4).'), [['Anthropic 2026b', true, '(see Anthropic 2026b, p. 4)']]);
    assert.deepStrictEqual(citationsOf('It was withheld (Anthropic 2026a, 2026b).'), [
      ['Anthropic 2026a', true, 'Anthropic 2026a'],
      ['Anthropic 2026b', true, '2026b'],
    ]);
    assert.deepStrictEqual(citationsOf('The designation was contested (Mayer Brown, 2026).'), [['Mayer Brown 2026', true, '(Mayer Brown, 2026)']]);
    assert.deepStrictEqual(citationsOf('Gated release is governance (Smith et al. 2025, 12).'), [['Smith et al. 2025', true, '(Smith et al. 2025, 12)']]);
    assert.deepStrictEqual(citationsOf('Gated release is governance (Smith & Lee, 2025).'), [['Smith & Lee 2025', true, '(Smith & Lee, 2025)']]);
  });

  it('finds narrative citations after names the bibliography knows, and leaves the names prose', () => {
    const doc = `Anthropic (2026a) reports twelve partners, and Smith et al. (2025, 4) call it governance.\n\n${bibliography}`;
    const a = analyzer.analyze(doc);
    const found = a.citations.filter((c) => c.kind === 'author-year').map((c) => [c.label, c.resolved, doc.slice(c.span.start, c.span.end)]);
    assert.deepStrictEqual(found, [
      ['Anthropic 2026a', true, '(2026a)'],
      ['Smith et al. 2025', true, '(2025, 4)'],
    ]);
    assert.ok(a.entities.some((e) => e.id === 'anthropic' && e.span.start === 0), 'the author named in the sentence is still an entity');
    // Names the bibliography does not know, before a year in brackets: no citation.
    assert.deepStrictEqual(citationsOf('Project Glasswing (2026) is a program.'), []);
  });

  it('says why a citation dangles: no such author, a wrong year, a year that needs its letter', () => {
    const reasons = (prose: string) =>
      analyzer
        .analyze(`${prose}\n\n${bibliography}`)
        .findings.filter((f) => f.code === 'PL002')
        .map((f) => f.message);
    assert.deepStrictEqual(reasons('It was "a very well-behaved black box" (Whitfield 2026).'), ['(Whitfield 2026) matches no entry in the Bibliography list: no work by Whitfield']);
    assert.deepStrictEqual(reasons('It leaked (Fortune 2026c).'), ['(Fortune 2026c) matches no entry in the Bibliography list: it has Fortune 2026a, 2026b']);
    assert.deepStrictEqual(reasons('It leaked (Fortune 2026).'), ['(Fortune 2026) is ambiguous: the Bibliography list has Fortune 2026a, 2026b; add the letter']);
    // One work of that year: the letter may be left out.
    assert.deepStrictEqual(reasons('It was reported (CNN 2026).'), []);
  });

  it('names every list a dangling citation was looked for in, a reading list without a second "list" (blind QA round 16, U item 11)', () => {
    const doc = 'Officials were warned (Axios 2026).\n\n## Reading list\n\n- Anthropic. 2026a. *Project Glasswing*.\n\n## References\n\n- CNN. 2026. "Anthropic Releases Its Most Powerful AI Model."\n';
    const pl002 = analyzer.analyze(doc).findings.find((f) => f.code === 'PL002')!;
    assert.equal(pl002.message, '(Axios 2026) matches no entry in the Reading list or the References list: no work by Axios');
    assert.equal(pl002.fixes[0].title, 'Add Axios 2026 to the References list');
    const reading = analyzer.analyze('Officials were warned (Axios 2026).\n\n## Reading list\n\n- Anthropic. 2026a. *Project Glasswing*.\n').findings.find((f) => f.code === 'PL002')!;
    assert.equal(reading.message, '(Axios 2026) matches no entry in the Reading list: no work by Axios');
  });

  it('sources quotations and figures, and counts entries as cited', () => {
    const doc = `Logan Graham told CNN that "we did not feel comfortable releasing this generally" (CNN 2026). Anthropic committed $100 million (Anthropic 2026a).\n\n${bibliography}`;
    const findings = analyzer.analyze(doc).findings;
    assert.deepStrictEqual(findings.filter((f) => f.code === 'PL001' || f.code === 'PL007'), []);
    const uncited = findings.filter((f) => f.code === 'PL003').map((f) => f.message.split(' (')[0]);
    assert.deepStrictEqual(uncited, ['Reference Anthropic 2025', 'Reference Anthropic 2026b', 'Reference Fortune 2026a', 'Reference Fortune 2026b', 'Reference Mayer Brown 2026', 'Reference Smith and Lee 2025']);
  });

  it('reads a bibliography written as paragraph lines, an entry running over several lines', () => {
    const bib = '## References\n\nAnthropic. 2026a. Project Glasswing: Securing\nCritical Software for the AI Era.\n\nCNN. 2026. Anthropic releases its most powerful model.\n';
    assert.deepStrictEqual(citationsOf('It was withheld (Anthropic 2026a; CNN 2026).', bib), [
      ['Anthropic 2026a', true, 'Anthropic 2026a'],
      ['CNN 2026', true, 'CNN 2026'],
    ]);
    // Those entries are no numbered references: [2] is not the second of them.
    assert.ok(codesOf(`It was withheld.[2]\n\n${bib}`).includes('PL002'));
  });

  it('is off without an author-year bibliography: brackets with names and years are prose', () => {
    const doc = 'The program (Anthropic 2026a) was announced.[1]\n\n## References\n\n1. Project Glasswing: Securing Critical Software for the AI Era - Anthropic\n';
    const a = analyzer.analyze(doc);
    assert.deepStrictEqual(a.citations.map((c) => c.kind), ['numeric']);
    assert.ok(!a.findings.some((f) => f.code === 'PL002'));
  });

  it('is no date, count or entity inside the bracket', () => {
    const doc = `Mythos Preview scored 93.9% on SWE-bench Verified (Anthropic 2026b, 3).\n\n${bibliography}`;
    const a = analyzer.analyze(doc);
    const claim = a.claims[0];
    assert.deepStrictEqual(claim.values.map((v) => v.text), ['93.9%']);
    const prose = doc.indexOf('\n');
    assert.ok(!a.entities.some((e) => e.span.start < prose && doc.slice(e.span.start, e.span.end) === 'Anthropic'));
  });

  it('writes the quick fixes in the author-year style', () => {
    // A quotation on record whose source the bibliography lists: cite it by author and year, before the full stop.
    const listed = `Anthropic called it "the most psychologically settled model we have trained".\n\n${bibliography}`;
    const pl001 = analyzer.analyze(listed).findings.find((f) => f.code === 'PL001')!;
    assert.match(pl001.fixes[0].title, /\(Anthropic 2026b\)/);
    const fixed = applyFix(listed, pl001.fixes[0]);
    assert.ok(fixed.includes('we have trained" (Anthropic 2026b).'), fixed.split('\n')[0]);
    assert.deepStrictEqual(codesOf(fixed).filter((c) => c === 'PL001' || c === 'PL002'), []);
    // A dangling citation: an entry for it, in the list's own form.
    const dangling = `It was withheld (Whitfield 2026).\n\n${bibliography}`;
    const pl002 = analyzer.analyze(dangling).findings.find((f) => f.code === 'PL002')!;
    const stubbed = applyFix(dangling, pl002.fixes[0]);
    assert.ok(stubbed.endsWith('- Whitfield. 2026. TODO: title.\n') || stubbed.includes('\n- Whitfield. 2026. TODO: title.'), stubbed.slice(-200));
    // It resolves now, to a stub that names no source yet: PL002 says so until the title is written.
    assert.deepStrictEqual(
      analyzer.analyze(stubbed).findings.filter((f) => f.code === 'PL002').map((f) => f.message),
      ['(Whitfield 2026) resolves to a placeholder, “TODO: title”: the reference names no source yet'],
    );
  });

  it('makes a dangling citation of the source on record resolve by its entry, with the writer\'s year, adding no second citation (blind QA round 16, U item 6)', () => {
    const doc = 'The filing argued Anthropic might "disable its technology or preemptively alter the behavior of its model" (TechCrunch 2026).\n\n## References\n\n- CNN. 2026. "Anthropic Releases."\n';
    const found = analyzer.analyze(doc).findings;
    for (const code of ['PL001', 'PL002']) {
      const fix = found.find((f) => f.code === code)!.fixes[0];
      assert.equal(fix.title, "Add DOD Says Anthropic's 'Red Lines' Make It an 'Unacceptable Risk to National Security' to the References list as (TechCrunch 2026)");
      const fixed = applyFix(doc, fix);
      assert.equal(fixed.split('\n')[0], doc.split('\n')[0]);
      assert.ok(fixed.includes("\n- TechCrunch. 2026. “DOD Says Anthropic's 'Red Lines' Make It an 'Unacceptable Risk to National Security'.”"), fixed);
      assert.deepStrictEqual(codesOf(fixed).filter((c) => c !== 'PL003'), []);
    }
    // Another author's name, or another year than a dated source's, is another work: the fix cites the source on its own.
    const other = analyzer.analyze(doc.replace('(TechCrunch 2026)', '(Whitfield 2026)')).findings.find((f) => f.code === 'PL001')!;
    assert.match(other.fixes[0].title, /^Cite .* as \(TechCrunch n\.d\.\)/);
    assert.ok(!other.fixes[0].edits.some((e) => e.newText.includes('n.d..')), JSON.stringify(other.fixes[0].edits));
    const dated = `Anthropic called it "the most psychologically settled model we have trained" (Anthropic 2025).\n\n## References\n\n- CNN. 2026. "Anthropic Releases."\n`;
    assert.match(analyzer.analyze(dated).findings.find((f) => f.code === 'PL001')!.fixes[0].title, /^Cite .* as \(Anthropic 2026\)/);
  });

  // Blind QA round 18, tester S item 2.1: the fixes wrote Chicago's "(Anthropic 2026a)" and "Axios. 2026." into an APA document.
  describe('follows the document’s own author-year form (blind QA round 18, S item 2.1)', () => {
    const apa = [
      '## References',
      '',
      'Anderson, R. (2020). *Security engineering* (3rd ed.). Wiley.',
      '',
      'Anthropic. (2026b, April 7). *Claude Mythos Preview system card* [PDF].',
      '',
      'CNN. (2026, April 7). *Anthropic releases its most powerful AI model to select partners*. CNN Business.',
      '',
      'Fortune. (2026a, March 26). *Anthropic accidentally leaked details of a new AI model*. Fortune.',
      '',
    ].join('\n');
    const quote = 'Anthropic called it "the most psychologically settled model we have trained".';

    it('cites with the comma and adds an entry with the year in brackets, at its alphabetical place', () => {
      const doc = `It leaked (Fortune, 2026a). ${quote}\nIt was withheld (Axios, 2026).\n\n${apa}`;
      const found = analyzer.analyze(doc).findings;
      const pl001 = found.find((f) => f.code === 'PL001')!;
      assert.match(pl001.fixes[0].title, /^Cite \(Anthropic, 2026b\) /);
      assert.ok(applyFix(doc, pl001.fixes[0]).includes('we have trained" (Anthropic, 2026b).'));
      const pl002 = found.find((f) => f.code === 'PL002')!;
      assert.match(pl002.message, /^\(Axios, 2026\) matches no entry/);
      const stubbed = applyFix(doc, pl002.fixes[0]);
      assert.ok(stubbed.includes('[PDF].\n\nAxios. (2026). TODO: title.\n\nCNN. (2026'), stubbed.slice(-400));
      // A later entry of an author the list has goes after that author's last one.
      const later = applyFix(doc.replace('(Axios, 2026)', '(Fortune, 2026c)'), analyzer.analyze(doc.replace('(Axios, 2026)', '(Fortune, 2026c)')).findings.find((f) => f.code === 'PL002')!.fixes[0]);
      assert.ok(later.includes('Fortune.\n\nFortune. (2026c). TODO: title.'), later.slice(-300));
    });

    it('keeps the Chicago form where the document cites without a comma (the counter-example)', () => {
      const doc = `It leaked (Fortune 2026a). ${quote}\n\n${apa}`;
      const pl001 = analyzer.analyze(doc).findings.find((f) => f.code === 'PL001')!;
      assert.match(pl001.fixes[0].title, /^Cite \(Anthropic 2026b\) /);
    });
  });

  // Blind QA round 18, tester S item 2.2: the citation landed after the full stop the quotation holds, in no sentence.
  it('ends the sentence with the citation after a quotation that holds its full stop (blind QA round 18, S item 2.2)', () => {
    const fixedLine = (prose: string) => {
      const doc = `${prose}\n\n${bibliography}`;
      const pl001 = analyzer.analyze(doc).findings.find((f) => f.code === 'PL001')!;
      return applyFix(doc, pl001.fixes[0]).split('\n')[0];
    };
    assert.strictEqual(
      fixedLine('Anthropic calls it "the most psychologically settled model we have trained." The seminar asks why.'),
      'Anthropic calls it "the most psychologically settled model we have trained" (Anthropic 2026b). The seminar asks why.',
    );
    // A question mark stays in the quotation, and the citation takes the sentence's full stop.
    assert.match(fixedLine('Graham asked: "Did we feel comfortable releasing this generally?" The rest follows.'), /^Graham asked: "Did we feel comfortable releasing this generally\?" \(CNN [^)]+\)\. The rest follows\.$/);
    // Counter-examples: the stop outside the quotation, and a quotation inside the sentence, keep their places.
    assert.strictEqual(fixedLine('Anthropic calls it "the most psychologically settled model we have trained".'), 'Anthropic calls it "the most psychologically settled model we have trained" (Anthropic 2026b).');
  });

  // Blind QA round 18, tester S item 3.4: the entry was no entry, so it was never reported uncited.
  it('reads an APA entry whose author list has the "…" before its last author, and reports it when uncited (blind QA round 18, S item 3.4)', () => {
    const many = 'Shevlane, T., Farquhar, S., Garfinkel, B., Phuong, M., Whittlestone, J., Leung, J., Kokotajlo, D., Marchal, N., Anderljung, M., Kolt, N., Ho, L., Siddarth, D., Avin, S., Hawkins, W., Kim, B., Gabriel, I., Bolina, V., Clark, J., Bengio, Y., … Dafoe, A. (2023). *Model evaluation for extreme risks*. arXiv.';
    for (const entry of [many, 'Shevlane, T., Farquhar, S., …, Phuong, M., … Dafoe, A. (2023). *Model evaluation for extreme risks*. arXiv.']) {
      const e = parseAuthorYearEntry(entry);
      assert.deepStrictEqual(e && [e.keys.first, e.year, e.title], ['shevlane', '2023', 'Model evaluation for extreme risks'], entry);
      const refs = `## References\n\nAnthropic. (2026a). *Project Glasswing*.\n\n${entry}\n`;
      const uncited = analyzer.analyze(`It was announced (Anthropic, 2026a).\n\n${refs}`).findings.filter((f) => f.code === 'PL003');
      assert.deepStrictEqual(uncited.map((f) => f.message), ['Reference Shevlane et al. 2023 (“Model evaluation for extreme risks”) is never cited']);
      // Cited, it resolves and is no PL003.
      assert.deepStrictEqual(codesOf(`It was announced (Anthropic, 2026a). Evaluations matter (Shevlane et al., 2023).\n\n${refs}`), []);
    }
    // Counter-example: an ellipsis as the first word is no author list.
    assert.strictEqual(parseAuthorYearEntry('… and others (2023). *Model evaluation*.'), undefined);
  });

  it('writes an undated entry\'s year once closed: "n.d." (blind QA round 16, U item 6)', () => {
    const dangling = `It was withheld (Whitfield n.d.).\n\n${bibliography}`;
    const stubbed = applyFix(dangling, analyzer.analyze(dangling).findings.find((f) => f.code === 'PL002')!.fixes[0]);
    assert.ok(stubbed.includes('\n- Whitfield. n.d. TODO: title.'), stubbed.slice(-200));
  });

  it('reads citations parted by a comma, years alone after an author, and secondary citations', () => {
    assert.deepStrictEqual(citationsOf('It leaked early (Fortune 2026b, CNN 2026).'), [
      ['Fortune 2026b', true, 'Fortune 2026b'],
      ['CNN 2026', true, 'CNN 2026'],
    ]);
    assert.deepStrictEqual(citationsOf('It was withheld (Anthropic 2026a; 2026b).'), [
      ['Anthropic 2026a', true, 'Anthropic 2026a'],
      ['Anthropic 2026b', true, '2026b'],
    ]);
    // "as cited in" cites the work the words were found in.
    assert.deepStrictEqual(citationsOf('Graham said "we did not feel comfortable releasing this generally" (Graham, as cited in CNN, 2026).'), [['CNN 2026', true, '(Graham, as cited in CNN, 2026)']]);
    assert.deepStrictEqual(citationsOf('The same words (Graham cited in CNN 2026).'), [['CNN 2026', true, '(Graham cited in CNN 2026)']]);
    // A comma inside one author's names parts nothing.
    assert.deepStrictEqual(citationsOf('Gated release is governance (Smith, J., & Lee, K., 2025).').map(([l]) => l), ['Smith, J., & Lee, K. 2025']);
  });

  it('lets a citation after the closing quotation mark source the quotation, as [3] does', () => {
    for (const prose of [
      'Logan Graham told CNN: "We did not feel comfortable releasing this generally." (CNN 2026) The rest follows.',
      'Logan Graham asked: "Did we feel comfortable releasing this generally?" (CNN, 2026). The rest follows.',
    ]) {
      const codes = codesOf(`${prose}\n\n${bibliography}`);
      assert.ok(!codes.includes('PL001'), prose);
    }
  });

  it('reads no citation into a block quote\'s words', () => {
    const doc = `Graham put it plainly:\n\n> We did not feel comfortable releasing this generally. (CNN 2026)\n\n${bibliography}`;
    const a = analyzer.analyze(doc);
    const quote = a.quotes.find((q) => q.kind === 'block')!;
    assert.ok(quote.sourced);
    assert.ok(quote.onRecord, 'matches the record exactly');
    assert.ok(!a.findings.some((f) => f.code === 'PL004'));
  });

  it('takes a thing of the fact base in brackets for an aside, not an author', () => {
    assert.deepStrictEqual(citationsOf('The model (Mythos Preview, 2026) is withheld.'), []);
    assert.deepStrictEqual(citationsOf('The brief (Whitfield, 2026) is cited.').map(([l, r]) => [l, r]), [['Whitfield 2026', false]]);
  });

  it('shows an entry\'s title, not its authors or its journal', () => {
    const bib = [
      '## Reference list',
      '',
      '- Mayer Brown (2026) *Pentagon designates Anthropic a supply chain risk*. Client alert.',
      '- Amodei, D., Clark, J. and Kaplan, J. (2026) *Defensive deployment*. Anthropic.',
      '- Smith, J., & Lee, K. (2025). Staged release as a governance tool. *Journal of AI Policy*, *4*(2), 33–51.',
      '',
    ].join('\n');
    const doc = `A (Mayer Brown 2026). B (Amodei et al. 2026). C (Smith & Lee, 2025).\n\n${bib}`;
    const a = analyzer.analyze(doc);
    assert.deepStrictEqual(
      a.citations.map((c) => a.references[c.referenceIndex!]?.title),
      ['Pentagon designates Anthropic a supply chain risk', 'Defensive deployment', 'Staged release as a governance tool'],
    );
  });

  it('reads a citation broken across the lines of a hard-wrapped paragraph as one written on one line', () => {
    // The line break, the next line's indentation and a container's prefix read as one space.
    assert.deepStrictEqual(citationsOf('Mythos Preview scores 83.1% on CyberGym (Anthropic\n2026a).'), [['Anthropic 2026a', true, '(Anthropic\n2026a)']]);
    assert.deepStrictEqual(citationsOf('It was designated on February 27, 2026 (Mayer Brown 2026;\nAnthropic 2026a).'), [
      ['Mayer Brown 2026', true, 'Mayer Brown 2026'],
      ['Anthropic 2026a', true, 'Anthropic 2026a'],
    ]);
    assert.deepStrictEqual(citationsOf('- It scores 93.9% above Opus 4.6 (Anthropic\r\n  2026b, p.\r\n  4).'), [['Anthropic 2026b', true, '(Anthropic\r\n  2026b, p.\r\n  4)']]);
    assert.deepStrictEqual(citationsOf('> Gated release is governance (Smith et al.\n> 2025, 12).'), [['Smith et al. 2025', true, '(Smith et al.\n> 2025, 12)']]);
    // A secondary citation, and a narrative one whose names end the line before.
    assert.deepStrictEqual(citationsOf('Graham said "we did not feel comfortable releasing this generally" (Graham, as\ncited in CNN 2026).'), [['CNN 2026', true, '(Graham, as\ncited in CNN 2026)']]);
    assert.deepStrictEqual(citationsOf('As Mayer\n  Brown\n(2026) notes, it was contested.'), [['Mayer Brown 2026', true, '(2026)']]);
    // The year of a wrapped citation is no figure, its quotation is sourced, and its entry is cited.
    const doc = `Frontier labs stage releases (Smith and Lee\n2025). Logan Graham told CNN: "We did not feel comfortable releasing this generally." (Graham, as\ncited in CNN 2026)\n\n${bibliography}`;
    const findings = analyzer.analyze(doc).findings;
    assert.deepStrictEqual(findings.filter((f) => f.code === 'PL001' || f.code === 'PL007'), []);
    assert.ok(!findings.some((f) => f.code === 'PL003' && /CNN 2026|Smith and Lee 2025/.test(f.message)));
    // A paragraph's end is no soft break: a bracket is not read across a blank line.
    assert.deepStrictEqual(citationsOf('- It was withheld (Anthropic\n\n  2026a) later.'), []);
  });

  it('reads a corporate author written with its abbreviation or expansion in brackets, and cites it by either name', () => {
    const entry = parseAuthorYearEntry('OMB (Office of Management and Budget). 2025. *Analytical Perspectives*.')!;
    assert.deepStrictEqual([entry.names, entry.keys.whole, entry.aliasKey, entry.year, entry.title], ['OMB', 'omb', 'office of management and budget', '2025', 'Analytical Perspectives']);
    assert.strictEqual(citeAs(entry), 'OMB 2025');
    assert.strictEqual(parseAuthorYearEntry('Office of Management and Budget (OMB). (2025). Analytical perspectives.')?.aliasKey, 'omb');
    // An editor's mark names no one; a bracket of words that are no names is no author.
    const edited = parseAuthorYearEntry('Smith, J. (Ed.). 2020. *Staged Release*.')!;
    assert.deepStrictEqual([edited.keys.first, edited.aliasKey], ['smith', undefined]);
    assert.strictEqual(parseAuthorYearEntry('Anthropic (the safety team). 2026. Notes.'), undefined);
    const bib = '## References\n\n- Anthropic. 2026a. *Project Glasswing*.\n- OMB (Office of Management and Budget). 2025. *Analytical Perspectives*.\n';
    assert.deepStrictEqual(citationsOf('Federal civilian cyber spending was $13 billion (OMB 2025, p. 14).', bib), [['OMB 2025', true, '(OMB 2025, p. 14)']]);
    assert.deepStrictEqual(citationsOf('It was $13 billion (Office of Management and Budget 2025).', bib), [['Office of Management and Budget 2025', true, '(Office of Management and Budget 2025)']]);
    const a = analyzer.analyze(`Federal civilian cyber spending was $13 billion (OMB 2025, p. 14), against credits (Anthropic 2026a).\n\n${bib}`);
    assert.deepStrictEqual(a.findings.map((f) => f.code), []);
    assert.strictEqual(a.references[1].citeAs, 'OMB 2025');
  });

  it("reads APA's corporate author with its abbreviation in square brackets, and cites it by either name", () => {
    const entry = parseAuthorYearEntry('National Institute of Standards and Technology [NIST]. (2024). *AI risk management framework*.')!;
    assert.deepStrictEqual([entry.names, entry.aliasKey, entry.year], ['National Institute of Standards and Technology', 'nist', '2024']);
    const bib = '## References\n\nNational Institute of Standards and Technology [NIST]. (2024). *AI risk management framework*.\n';
    const a = analyzer.analyze(`Most incidents went unreported (National Institute of Standards and Technology [NIST], 2024). Later work agreed (NIST, 2024).\n\n${bib}`);
    assert.deepStrictEqual(a.citations.map((c) => [c.label, c.resolved]), [['National Institute of Standards and Technology 2024', true], ['NIST 2024', true]]);
    assert.deepStrictEqual(a.findings.map((f) => f.code), []);
  });

  it('reads a bare author-year key in a table\'s Source column as a citation of its row, when the list holds the entry', () => {
    const table = [
      '| No. | Figure | Value | Source |',
      '|---|---|---|---|',
      '| 1 | Founding partners | 12 | Anthropic 2026a |',
      '| 2 | Designation date | February 27, 2026 | Mayer Brown 2026 |',
      '| 3 | Autonomous share | 80 to 90 percent | Anthropic 2026b, p. 88; CNN 2026 |',
      '| 4 | Brief length | 40 pages | Whitfield 2026 |',
      '',
    ].join('\n');
    const doc = `${table}\n${bibliography}`;
    const a = analyzer.analyze(doc);
    assert.deepStrictEqual(
      a.citations.map((c) => [c.label, c.resolved, doc.slice(c.span.start, c.span.end)]),
      [
        ['Anthropic 2026a', true, 'Anthropic 2026a'],
        ['Mayer Brown 2026', true, 'Mayer Brown 2026'],
        ['Anthropic 2026b', true, 'Anthropic 2026b, p. 88'],
        ['CNN 2026', true, 'CNN 2026'],
      ],
    );
    // The cited rows ask for no citation, the cell's year is no figure; a work the list lacks is no citation, and dangles not.
    const pl007 = a.findings.filter((f) => f.code === 'PL007' || f.code === 'PL002').map((f) => [f.code, f.range.start.line]);
    assert.deepStrictEqual(pl007, [['PL007', 5]]);
    assert.ok(!a.entities.some((e) => e.span.start < table.length && e.id === 'anthropic'), 'the cited author is no mention');
    assert.ok(!a.findings.some((f) => f.code === 'PL003' && /Anthropic 2026a|Mayer Brown 2026|CNN 2026/.test(f.message)));
    // Under another header, or with no author-year list, the words are the cell's own.
    const elsewhere = '| No. | Figure | Value | Note |\n|---|---|---|---|\n| 1 | Founding partners | 12 | Anthropic 2026a |\n';
    assert.deepStrictEqual(citationsOf(elsewhere), []);
    const numbered = `${table}\n## References\n\n1. Project Glasswing - Anthropic\n`;
    assert.deepStrictEqual(analyzer.analyze(numbered).citations, []);
    // A table inside the reference list is its entries: it cites nothing.
    assert.deepStrictEqual(analyzer.analyze(`${bibliography}\n| Work | Source |\n|---|---|\n| Glasswing | Anthropic 2026a |\n`).citations, []);
    // Read the same through the document cache.
    const cache = createAnalysisCache();
    analyzer.analyze(doc, { cache });
    assert.deepStrictEqual(analyzer.analyze(`${doc}\nMore.\n`, { cache }).citations.length, 4);
  });

  it('reads the text again, with the document cache, when the bibliography gains or loses an author', () => {
    const cache = createAnalysisCache();
    const before = 'Smith (2025) says so.\n\n## References\n\n- Anthropic. 2026a. X.\n';
    const after = `${before}- Smith, J. (2025). Y.\n`;
    assert.deepStrictEqual(analyzer.analyze(before, { cache }).citations.map((c) => c.label), []);
    assert.deepStrictEqual(analyzer.analyze(after, { cache }).citations.map((c) => c.label), ['Smith 2025']);
    assert.deepStrictEqual(analyzer.analyze(before, { cache }).citations.map((c) => c.label), []);
  });

  // Blind QA round 21, tester T items 2.1 and 2.2: a Harvard list got an APA stub, and a citation one year off only a stub.
  describe('dangling citations in a Harvard list (blind QA round 21, T items 2.1, 2.2)', () => {
    const harvard = [
      '## References',
      '',
      "- Anthropic (2026a) *Project Glasswing: securing critical software for the AI era*. Available at: https://www.anthropic.com/glasswing.",
      '- Anthropic (2026b) *Claude Mythos Preview system card*. San Francisco: Anthropic.',
      "- CNN (2026) 'Anthropic releases its most powerful AI model to select partners', *CNN Business*, 7 April.",
      "- TechCrunch (2026) 'DOD says Anthropic is an unacceptable risk', *TechCrunch*, March.",
      '',
    ].join('\n');
    const pl002 = (prose: string, refs = harvard) => {
      const doc = `${prose}\n\n${refs}`;
      return { doc, found: analyzer.analyze(doc).findings.filter((f) => f.code === 'PL002') };
    };

    it('writes a stub entry as the list writes its entries, with no stops around the bracketed year', () => {
      const { doc, found } = pl002('It was withheld (Axios, 2026).');
      assert.deepStrictEqual(found.map((f) => f.fixes.map((x) => x.title)), [['Add Axios 2026 to the References list']]);
      assert.ok(applyFix(doc, found[0].fixes[0]).includes('\n- Axios (2026) TODO: title.\n- CNN (2026)'), applyFix(doc, found[0].fixes[0]));
      // Counter-example: an APA list keeps "Axios. (2026)." (the test above), and Chicago "Axios. 2026.".
      const chicago = pl002('It was withheld (Axios 2026).', bibliography);
      assert.ok(applyFix(chicago.doc, chicago.found[0].fixes[0]).includes('\n- Axios. 2026. TODO: title.'));
    });

    it('offers to cite the year the list has for the same author, changing only the year', () => {
      const { doc, found } = pl002('Anthropic sued on First Amendment grounds (TechCrunch, 2025).');
      assert.strictEqual(found[0].message, '(TechCrunch, 2025) matches no entry in the References list: it has TechCrunch 2026');
      assert.deepStrictEqual(found[0].fixes.map((x) => x.title), ['Cite TechCrunch 2026 instead (change the year)', 'Add TechCrunch 2025 to the References list']);
      assert.ok(!found[0].fixes.some((x) => x.isPreferred));
      const fixed = applyFix(doc, found[0].fixes[0]);
      assert.strictEqual(fixed.split('\n')[0], 'Anthropic sued on First Amendment grounds (TechCrunch, 2026).');
      assert.deepStrictEqual(analyzer.analyze(fixed).findings.filter((f) => f.code === 'PL002'), []);
      // A year without its letter: one fix per lettered entry.
      const ambiguous = pl002('The card was published (Anthropic 2026).').found[0];
      assert.deepStrictEqual(ambiguous.fixes.map((x) => x.title).slice(0, 2), ['Cite Anthropic 2026a instead (add the letter)', 'Cite Anthropic 2026b instead (add the letter)']);
      // A letter the list lacks names another work: the stub comes first. No author on the list: only the stub.
      assert.match(pl002('It leaked (CNN 2026c).').found[0].fixes[0].title, /^Add CNN 2026c to/);
      assert.deepStrictEqual(pl002('It was withheld (Axios, 2025).').found[0].fixes.map((x) => x.title), ['Add Axios 2025 to the References list']);
    });
  });
});
