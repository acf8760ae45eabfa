// A quotation of several paragraphs set as newspapers do, each paragraph opening with the mark and
// only the last closing it, is one quotation (blind QA round 14, J item 4).
import * as assert from 'node:assert/strict';
import { createAnalyzer } from '../../src/core';
import { bundledFactBase } from '../../src/core/factbase/bundled';
import { withPreferredFixesBefore } from './support/preferredFixes';
import { findingsWithRanges } from './support/findingTexts';

const analyzer = createAnalyzer({ factBase: bundledFactBase(), settings: {} });

const sources = `

## Sources

1. Anthropic Releases Its Most Powerful - and Dangerous - AI Model to Select Partners - CNN
`;

/** The analysis of `text` with the Sources list after it. */
const analyze = (text: string) => analyzer.analyze(text + sources);

/** The findings of `text` (with the Sources list) of the codes given, with their ranges. */
const found = (text: string, codes: readonly string[]) => findingsWithRanges(analyzer, text + sources, codes);

/** `text` with the preferred fix of each finding of `code` applied. */
const fixed = (text: string, code: string) => withPreferredFixesBefore(analyzer, text, sources, code);

describe('a quotation of several paragraphs', () => {
  const twoParagraphs = 'Graham told CNN why the company held back.\n\n"We did not feel comfortable releasing this widely.\n\n"We will learn from the partners first," Graham said.[1]';

  it('is one quotation from the first paragraph’s mark to the last one’s closing mark, sourced by the marker of its last sentence', () => {
    const quotes = analyze(twoParagraphs).quotes;
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].text, 'We did not feel comfortable releasing this widely. We will learn from the partners first,');
    assert.deepEqual([quotes[0].range.start, quotes[0].range.end], [
      { line: 2, character: 0 },
      { line: 4, character: 40 },
    ]);
    assert.equal(quotes[0].sourced, true);
    assert.deepEqual(found(twoParagraphs, ['PL001', 'PL008']), []);
  });

  it('has the words of every paragraph checked against the record: a misquote in the first, with its fix', () => {
    assert.deepEqual(found(twoParagraphs, ['PL004']), ['PL004 2:0-2:51: "We did not feel comfortable releasing this widely.']);
    assert.equal(fixed(twoParagraphs, 'PL004'), twoParagraphs.replace('widely', 'generally'));
  });

  it('is credited by the verb after its last paragraph, or by the one that opens its first (PL005)', () => {
    const words = '"We did not feel comfortable releasing this generally.\n\n"We will learn from the partners first,"';
    const credited = (text: string) => analyze(text).findings.filter((f) => f.code === 'PL005').map((f) => `${f.range.start.line}-${f.range.end.line}: ${f.message.replace(/, but on record.*/, '')}`);
    assert.deepEqual(credited(`Amodei went further.\n\n${words} Dario Amodei said.[1]`), ['2-4: Quotation is credited to Dario Amodei']);
    assert.deepEqual(credited(`Dario Amodei said: ${words.slice(0, -2)}"[1]`), ['0-2: Quotation is credited to Dario Amodei']);
    assert.deepEqual(credited(`Graham went further.\n\n${words} Logan Graham said.[1]`), []);
    // Verbs and names inside the first paragraph are the quoted words, not its attribution.
    assert.deepEqual(credited('"Dario Amodei said we did not feel comfortable releasing this generally.\n\n"We will learn from the partners first," Logan Graham said.[1]'), []);
  });

  it('goes on through middle paragraphs, and its figures are the speaker’s: cited with the quotation, else one PL001 over all of it', () => {
    const speech = 'Menon said the economics had changed.\n\n"For twenty years the bottleneck was skilled people.\n\n"Then it was money.\n\n"Now it is neither," Menon said.';
    const quotes = analyze(`${speech}[1]`).quotes;
    assert.deepEqual(quotes.map((q) => q.text), ['For twenty years the bottleneck was skilled people. Then it was money. Now it is neither,']);
    assert.deepEqual(found(`${speech}[1]`, ['PL001', 'PL007', 'PL008']), []);
    assert.deepEqual(found(speech, ['PL001']), [`PL001 2:0-6:20: ${speech.slice(speech.indexOf('"'), speech.lastIndexOf('"') + 1)}`]);
    // The citation fix goes after the closing mark, once.
    assert.equal(analyze(speech).findings.filter((f) => f.code === 'PL001').length, 1);
  });

  it('joins a closing piece too short to be a quotation alone, and stays unbalanced when never closed (PL008)', () => {
    const short = '"We did not feel comfortable releasing this widely.\n\n"Yes," he said.[1]';
    assert.deepEqual(analyze(short).quotes.map((q) => q.text), ['We did not feel comfortable releasing this widely. Yes,']);
    const unclosed = '"We did not feel comfortable releasing this widely.\n\n"We will learn from the partners first.\n\nGraham said nothing more.[1]';
    assert.deepEqual(analyze(unclosed).quotes, []);
    assert.deepEqual(found(unclosed, ['PL008']), ['PL008 2:0-2:1: "']);
  });

  it('of hundreds of thousands of words is read without overflowing the stack', () => {
    const long = `"Again and again.\n\n"${'again '.repeat(150000)}done," Graham said.[1]`;
    const quotes = analyze(long).quotes;
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].wordCount, 150004);
  });
});
