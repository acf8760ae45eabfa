import * as assert from 'node:assert/strict';
import { createAnalyzer } from '../../src/core/index';
import { bundledFactBase } from '../../src/core/factbase/bundled';

const analyzer = createAnalyzer({ factBase: bundledFactBase() });
const codes = (text: string) => analyzer.analyze(text).findings.map((f) => `${f.code}@${f.range.start.line}`);
const quoted = (text: string) => analyzer.analyze(text).quotes.map((q) => `${q.text}|${q.sourced}|${q.citations.join(',')}`);

const list = (...items: string[]) => `# Brief\n\n## Reading list\n\n${items.map((i) => `- ${i}`).join('\n')}\n`;
const cnn = 'CNN. (2026, April 7). *Anthropic releases its most powerful - and dangerous - AI model to select partners*.';

// Blind QA round 18, tester S item 3.3: a reading list's annotation quotes, and is checked against the record.
describe("a quotation in a reference entry's annotation", () => {
  it('is a quotation the entry sources, checked for its speaker and its words', () => {
    const remark = list(`${cnn} Includes Dario Amodei's remark that "We did not feel comfortable releasing this generally."`);
    assert.deepEqual(quoted(remark), ['We did not feel comfortable releasing this generally.|true|CNN 2026']);
    assert.deepEqual(codes(remark), ['PL005@4']);
    assert.deepEqual(codes(list(`${cnn} Dario Amodei told CNN that "We did not feel comfortable releasing this widely."`)), ['PL004@4', 'PL005@4']);
    // In a numbered list, the entry's number.
    assert.deepEqual(quoted('## References\n\n1. CNN report of 7 April. Logan Graham told CNN that "we did not feel comfortable releasing this generally".\n'), [
      'we did not feel comfortable releasing this generally|true|1',
    ]);
  });

  it("keeps the right speaker's words, and a title in quotation marks, free of findings", () => {
    assert.deepEqual(codes(list(`${cnn} Includes Logan Graham's remark that "We did not feel comfortable releasing this generally."`)), []);
    // A title that opens the entry or follows its authors and year, or words quoted inside an emphasised title.
    assert.deepEqual(quoted(list('Fortune. 2026. "Anthropic accidentally leaked details of a new AI model that poses risks." March 26.')), []);
    assert.deepEqual(quoted(list("TechCrunch. (2026, March). *DOD says Anthropic's 'red lines' make it an 'unacceptable risk to national security'*.")), []);
    assert.deepEqual(quoted(list('Axios, "Anthropic warns officials of AI cyberattacks," 2026.')), []);
  });
});

// The same noun of speech in prose credits its owner.
describe('a noun of speech its owner heads, right before a quotation', () => {
  it('credits the owner ("Dario Amodei\'s remark that “…”"), not a name with no such noun or with words between', () => {
    const settled = '"We did not feel comfortable releasing this generally."[1]\n\n[1]: https://cnn.com/x "Anthropic releases"\n';
    assert.deepEqual(codes(`The piece includes Dario Amodei's remark that ${settled}`), ['PL005@0']);
    assert.deepEqual(codes(`The piece includes Logan Graham's remark that ${settled}`), []);
    assert.deepEqual(codes(`Dario Amodei's words: ${settled}`), ['PL005@0']);
    assert.deepEqual(codes(`After Dario Amodei's launch, Logan Graham said ${settled}`), []);
  });

  // Blind QA round 19, tester P item 3.2: "X's line was (that) …" credits X as "X's line: …" does.
  it('credits the owner of a noun of speech that is the subject of "was (that)" before the quotation, past an aside', () => {
    const leaked = '"by far the most powerful AI model we\'ve ever developed."[1]\n\n[1]: https://fortune.com/x "Fortune"\n';
    assert.deepEqual(codes(`MAYA OKAFOR: Dario Amodei's own line, when he went on camera, was that it's ${leaked}`), ['PL005@0']);
    assert.deepEqual(codes(`Dario Amodei's line was ${leaked}`), ['PL005@0']);
    assert.deepEqual(codes(`Dario Amodei's answer is that the model is ${leaked}`), ['PL005@0']);
    // The family name alone names him too, as "Hegseth" and "Zemlin" do.
    assert.deepEqual(codes(`MAYA OKAFOR: Amodei's own line, when he went on camera, was that it's ${leaked}`), ['PL005@0']);
    // Words about another by name, or a verb of saying after the copula, are not read as the owner's.
    assert.deepEqual(codes(`Dario Amodei's claim was that Anthropic is ${leaked}`), []);
    assert.deepEqual(codes(`Dario Amodei's line was that critics who call it ${leaked}`), []);
    assert.deepEqual(codes(`Hegseth's claim that Anthropic is a "supply chain risk to national security" stands.[1]\n\n[1]: https://cnn.com/x "CNN"\n`), []);
  });
});
