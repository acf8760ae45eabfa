import * as assert from 'node:assert/strict';
import { createAnalyzer } from '../../src/core/index';
import { bundledFactBase } from '../../src/core/factbase/bundled';

const analyzer = createAnalyzer({ factBase: bundledFactBase() });
const refs = '\n\n[1]: https://techcrunch.example "DOD Says Anthropic\'s Red Lines Make It an Unacceptable Risk"\n';
const findings = (text: string) => analyzer.analyze(text + refs).findings.filter((f) => f.code === 'PL004');
/** The text each PL004 marks, and what its preferred fix writes where. */
const misquotes = (text: string) =>
  findings(text).map((f) => {
    const doc = text + refs;
    const lines = doc.split('\n');
    const at = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
    const fix = f.fixes?.[0]?.edits.map((e) => `${doc.slice(at(e.range.start), at(e.range.end))}→${e.newText}`).join('; ');
    return `${doc.slice(at(f.range.start), at(f.range.end))} | ${fix}`;
  });

describe('a quotation that holds a record with a word changed among more words (blind QA round 30, tester L item 1)', () => {
  const record = 'disable its technology or preemptively alter the behavior of its model';
  const changed = 'disable its technology or unilaterally alter the behavior of its model';

  it('is a misquote of the stretch that lines up with the record, in a block quote', () => {
    assert.deepEqual(misquotes(`In its filing the Department of Defense argued:\n\n> Anthropic could ${changed} at a moment of operational need.\n\n(ECF No. 14 at 3.)[1]`), [
      `${changed} | unilaterally→preemptively`,
    ]);
  });

  it('and inline, as the same words with only the record would be', () => {
    assert.deepEqual(misquotes(`The Department of Defense wrote that "Anthropic could ${changed} at a moment of operational need."[1]`), [`${changed} | unilaterally→preemptively`]);
    // The quotation that holds only the record's words is marked whole, as before.
    assert.deepEqual(misquotes(`The Department of Defense wrote that Anthropic could "${changed}."[1]`), [`"${changed}." | unilaterally→preemptively`]);
  });

  it("reads a block quote's sentences one by one, as an inline quotation's", () => {
    assert.deepEqual(misquotes(`Logan Graham told CNN:\n\n> We did not feel comfortable releasing this widely. The capability jump was simply too large for us.[1]`), [
      'We did not feel comfortable releasing this widely. | widely→generally',
    ]);
  });

  it('keeps the record held word for word among more words, and a stretch that differs too much or at its ends', () => {
    // The record whole among more words: more of what was said, no misquote.
    assert.deepEqual(misquotes(`The Department of Defense argued:\n\n> Anthropic could ${record} at a moment of operational need.[1]`), []);
    // Three words of ten changed: another sentence, not a misquote.
    assert.deepEqual(misquotes(`The Department of Defense argued:\n\n> Anthropic could disable its servers or quietly change the behavior of its model at a moment of need.[1]`), []);
    // The record's first word changed, among more words: where the quoted stretch starts is not known.
    assert.deepEqual(misquotes(`The Department of Defense argued:\n\n> Anthropic could remove its technology or preemptively alter the behavior of its model at a moment of need.[1]`), []);
  });

  it("reads a block quote that sets excerpts in its own words by its excerpts, not by its sentences around them", () => {
    // A faithful excerpt of the record (its colon left out) among the block writer's own words: no misquote.
    const excerpt = 'a new tier of model larger and more intelligent than our Opus models';
    assert.deepEqual(misquotes(`> The briefing covered the leak.\n> On 16 December, the Pentagon announced "${excerpt}".[1]`), []);
    assert.deepEqual(misquotes(`> The briefing covered the leak.\n> On 16 December, Dario Amodei noted '${excerpt}'.[1]`), []);
  });
});
