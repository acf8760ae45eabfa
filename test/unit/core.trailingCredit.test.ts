// "Graham said." or "He said." as a sentence of its own right after a quotation, as papers set it
// after a quotation of several paragraphs, credits that quotation (blind QA round 15, quotes item 4).
import * as assert from 'node:assert/strict';
import { createAnalyzer } from '../../src/core';
import { bundledFactBase } from '../../src/core/factbase/bundled';

const analyzer = createAnalyzer({ factBase: bundledFactBase(), settings: {} });

const sources = `

## Sources

1. CNN, "Anthropic Releases Its Most Powerful - and Dangerous - AI Model to Select Partners."
`;

/** Whom the PL005s of `text` say the quotation is credited to. */
const credited = (text: string) =>
  analyzer
    .analyze(text + sources)
    .findings.filter((f) => f.code === 'PL005')
    .map((f) => f.message.replace(/^Quotation is credited to /, '').replace(/, but on record.*/, ''));

const run = '"We did not feel comfortable releasing this generally.\n\n"We will learn from the partners first."';

describe('an attribution set as a sentence of its own after a quotation', () => {
  it('credits a quotation of several paragraphs with the name it holds, as a paragraph of its own or next in the last one', () => {
    assert.deepEqual(credited(`Logan Graham opened the briefing, and Dario Amodei spoke after him.\n\n${run}\n\nAmodei said.[1]`), ['Dario Amodei']);
    assert.deepEqual(credited(`Logan Graham opened the briefing.\n\n${run} Dario Amodei said.[1]`), ['Dario Amodei']);
    assert.deepEqual(credited(`Logan Graham opened the briefing.\n\n${run}\n\nSaid Dario Amodei.[1]`), ['Dario Amodei']);
    assert.deepEqual(credited(`Logan Graham opened the briefing.\n\n${run}\n\nDario Amodei told CNN.[1]`), ['Dario Amodei']);
  });

  it('keeps silent when it names the speaker on record, and for a single paragraph too', () => {
    assert.deepEqual(credited(`Dario Amodei opened the briefing, and Logan Graham spoke after him.\n\n${run}\n\nGraham said.[1]`), []);
    assert.deepEqual(credited(`Dario Amodei opened the briefing.\n\n"We did not feel comfortable releasing this generally." Graham said.[1]`), []);
    assert.deepEqual(credited(`Logan Graham opened the briefing.\n\n"We did not feel comfortable releasing this generally." Dario Amodei said.[1]`), ['Dario Amodei']);
  });

  it('credits no one guessed for "He said.": no PL005 against a speaker named further up', () => {
    assert.deepEqual(credited(`Dario Amodei opened the briefing.\n\n${run}\n\nHe said.[1]`), []);
    assert.deepEqual(credited(`Dario Amodei opened the briefing. "We did not feel comfortable releasing this generally." He said.[1]`), []);
  });

  it('is no attribution when the sentence says more, or the quotation does not end its sentence', () => {
    assert.deepEqual(credited(`Logan Graham opened the briefing.\n\n${run}\n\nAmodei said nothing of the kind.[1]`), []);
    assert.deepEqual(credited(`Logan Graham said the company was "not comfortable releasing this generally" in March. Amodei said.[1]`), []);
  });
});
