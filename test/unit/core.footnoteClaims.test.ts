// Figures in footnote definitions (blind QA report Y, item 10): a discursive note is checked
// against the record, a source entry's dates and figures are no claims, and no note asks for a
// citation of its own.
import * as assert from 'node:assert/strict';
import { bundledAnalyzer, findingTexts } from './support/findingTexts';
import { assertsInNote } from '../../src/core/claims/noteSentence';
import { scanQuotes, type QuotePair } from '../../src/core/quotes/scanQuotes';

// On record: Glasswing has 12 founding partners, announced April 7, 2026; Pentagon designation March 5, 2026.
const withNote = (note: string) => `In April 2026 Anthropic announced Project Glasswing.[^1]\n\n[^1]: ${note}\n`;
const codes = (text: string) => bundledAnalyzer.analyze(text).findings.map((f) => `${f.code}:${text.slice(f.span.start, f.span.end)}`);

/** Whether `sentence`, read as a note's, is discursive. */
function asserts(sentence: string): boolean {
  const pairs: QuotePair[] = [];
  scanQuotes(sentence, 0, sentence.length, pairs, []);
  return assertsInNote(sentence, 0, sentence.length, pairs);
}

describe('claims in footnote definitions', () => {
  it('checks a discursive note against the record (PL006), with the subject of the sentence that cites it', () => {
    assert.deepEqual(codes(withNote('Anthropic (2026a). The announcement page lists the ten founding partners of Project Glasswing by name.')), ['PL006:ten']);
    assert.deepEqual(codes(withNote('Anthropic (2026a). It lists the ten founding partners by name.')), ['PL006:ten']);
    assert.deepEqual(codes(withNote('The Pentagon designated Anthropic a supply chain risk on March 12, 2026.')), ['PL006:March 12, 2026']);
    // The same on notes written one per line, which make one paragraph: each note's names are its own.
    // (Not "The system card lists the ten founding partners", which counts founding partners, no pages of the card: blind QA round 19, tester F item 1.2.)
    const lines = 'Partners joined.[^1] The model leaked.[^2]\n\n[^1]: Project Glasswing began in April 2026.\n[^2]: The report lists the ten founding partners.\n';
    assert.deepEqual(codes(lines), []);
  });

  it('reads "the system card" in a note as the card on record when the citing sentence names its world (or its surroundings do)', () => {
    // On record: the Mythos Preview system card runs to 244 pages (blind QA round 7, tester F item 9).
    const cited = 'The system card[^card] is the longest Anthropic has published.\n\n[^card]: The system card runs to 224 pages.\n';
    assert.deepEqual(codes(cited), ['PL006:224 pages']);
    assert.deepEqual(codes(cited.replace('224', '244')), []);
    // A citing sentence that names nothing speaks of its own surroundings, and so does its note.
    const bare = 'Mythos Preview is the new model. The system card[^card] is long.\n\n[^card]: The system card runs to 224 pages.\n';
    assert.deepEqual(codes(bare), ['PL006:224 pages']);
    // Another company's card is not the one on record.
    assert.deepEqual(codes("OpenAI's system card[^card] is the longest it has published.\n\n[^card]: The system card runs to 224 pages.\n"), []);
  });

  it('confirms a discursive note that agrees, and asks no citation of it (no PL007)', () => {
    const text = withNote('It lists the twelve founding partners by name.');
    assert.deepEqual(codes(text), []);
    const claim = bundledAnalyzer.analyze(text).claims.find((c) => c.text.startsWith('It lists'));
    assert.equal(claim?.status, 'confirmed');
    assert.deepEqual(claim?.citations, ['^1']);
  });

  it('reads no claim in a source entry: author, title, publisher, date, link, pages, access dates', () => {
    const entries = [
      'Anthropic, "Project Glasswing: Securing Critical Software for the AI Era," April 7, 2026, https://www.anthropic.com/glasswing.',
      'Fortune, "Anthropic Accidentally Leaked Details of a New AI Model," April 2, 2026. Retrieved April 9, 2026, from https://fortune.com/x.',
      'Smith, J., & Lee, K. (2024). Frontier models and the risk of misuse (Report No. 3). Center for Security, pp. 12–14.',
      'Anthropic, *Claude Mythos Preview System Card* (San Francisco: Anthropic, 2026), accessed April 8, 2026.',
      'U.S. Department of Defense, Memorandum on Supply Chain Risk, March 5, 2026, at 3.',
      'Mayer Brown, "Pentagon Designates Anthropic a Supply Chain Risk," client alert, March 2026, last updated March 18, 2026.',
      'Report prepared for the Department of Defense, February 2026.',
      'TechCrunch, March 17, 2026, updated March 18, 2026 with the Department’s comment.',
      'Ibid., p. 41.',
      'First published in Lawfare, April 10, 2026; revised April 12, 2026.',
    ];
    for (const entry of entries) assert.deepEqual(bundledAnalyzer.analyze(withNote(entry)).claims.filter((c) => c.span.start > 60), [], entry);
  });

  it('tells a discursive note sentence from a source entry by its verb', () => {
    assert.equal(asserts('The announcement page lists the ten founding partners by name.'), true);
    assert.equal(asserts('Fortune (2026c) reported the leak.'), true);
    assert.equal(asserts('The same page gives 80.8% for Opus 4.6 on SWE-bench Verified.'), true);
    assert.equal(asserts('An earlier version of this proposal cited a 2024 survey that we no longer rely on.'), true);
    assert.equal(asserts('The system card was published on April 7, 2026.'), true);
    assert.equal(asserts('Anthropic, "Anthropic Is Giving Companies Access to Its Model," April 2026.'), false);
    assert.equal(asserts('Anthropic, *The System Card Lists Partners*, April 2026.'), false);
    assert.equal(asserts('TechCrunch on the DOD’s 40-page filing of March 17, 2026.'), false);
    assert.equal(asserts('Anthropic, accessed April 9, 2026.'), false);
  });

  it('reads no access date as a claim, in a note or in prose', () => {
    assert.deepEqual(codes(withNote('The announcement page, accessed April 9, 2026, lists the twelve founding partners.')), []);
    assert.deepEqual(findingTexts('PL007', 'The Glasswing page (accessed on 9 April 2026) is the source.'), []);
  });

  it('checks a discursive sentence of a numbered endnote in a Notes list as a footnote\'s (blind QA report L, item 11)', () => {
    const endnotes = (notes: string) => `Mythos Preview is strong on CyberGym.[1] Glasswing has partners.[2]\n\n## Notes\n\n${notes}\n`;
    // On record: Mythos Preview scores 83.1% on CyberGym.
    const wrong = endnotes('1. Anthropic, *Claude Mythos Preview System Card*, 7 April 2026. The card reports a CyberGym score of 81.3% for Mythos Preview.\n2. Anthropic, "Project Glasswing," April 7, 2026.');
    assert.deepEqual(codes(wrong), ['PL006:81.3%']);
    assert.deepEqual(codes(wrong.replace('81.3%', '83.1%')), []);
    // A source entry's date and a title in quotation marks are no claim and no quotation; the note needs no citation of its own.
    assert.deepEqual(codes(endnotes('1. Anthropic, *System Card*, 7 April 2026. The card runs to 244 pages.\n2. Anthropic, "Project Glasswing: Securing Critical Software," April 9, 2026. Retrieved April 9, 2026.')), []);
    // A bibliography's entries stay entries.
    assert.deepEqual(codes(endnotes('1. Anthropic, *System Card*, 7 April 2026.\n2. Anthropic, *Glasswing*.').replace('## Notes', '## References') + '\n'), []);
    assert.deepEqual(codes('Glasswing has partners.[1]\n\n## References\n\n1. Anthropic. The card reports a CyberGym score of 81.3% for Mythos Preview.\n'), []);
  });
});

describe("a footnote's indented paragraphs", () => {
  const doc = (rest: string) => `A claim.[^a]\n\n[^a]: The first paragraph of the note.\n\n${rest}\n\n## References\n\n1. One.\n2. Two.\n`;

  it('go on with the note: their markers cite, their quotations are sourced by it, their claims are checked', () => {
    const analysis = bundledAnalyzer.analyze(doc('    Second, see [2], where the card calls it "a step change in capability".\n\n    Project Glasswing has ten founding partners.'));
    assert.deepEqual(analysis.citations.map((c) => `${c.label}:${c.resolved}`), ['^a:true', '2:true']);
    assert.deepEqual(analysis.quotes.map((q) => [q.sourced, q.citations]), [[true, ['^a', '2']]]);
    assert.deepEqual(analysis.findings.map((f) => f.code), ['PL006', 'PL003']);
  });

  it('go on with a note whose first paragraph is one word, which markdown-it reads as a link definition', () => {
    const text = 'A claim.[^a]\n\n[^a]: First.\n\n    Second, see [^b]: "a step change in capability".\n\n    Project Glasswing has ten founding partners.\n\n[^b]: Second.\n';
    const analysis = bundledAnalyzer.analyze(text);
    assert.deepEqual(analysis.citations.map((c) => `${c.label}:${c.resolved}`), ['^a:true', '^b:true']);
    assert.deepEqual(analysis.quotes.map((q) => q.sourced), [true]);
    assert.deepEqual(codes(text), ['PL006:ten']);
    // A one-word link definition (no caret) is no note: an indented paragraph after it is code.
    assert.deepEqual(bundledAnalyzer.analyze('A claim.\n\n[a]: First.\n\n    see [2]\n').citations.map((c) => c.label), []);
  });

  it('are code after anything but a note', () => {
    const analysis = bundledAnalyzer.analyze('A claim [1].\n\n    code, see [2]\n\n## References\n\n1. One.\n2. Two.\n');
    assert.deepEqual(analysis.citations.map((c) => c.label), ['1']);
  });

});
