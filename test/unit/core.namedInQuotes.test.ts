import * as assert from 'node:assert/strict';
import { createAnalyzer } from '../../src/core/index';
import { bundledFactBase } from '../../src/core/factbase/bundled';

const analyzer = createAnalyzer({ factBase: bundledFactBase() });
const quoted = (text: string) => analyzer.analyze(text).quotes.map((q) => q.text);
const codes = (text: string) => analyzer.analyze(text).findings.map((f) => `${f.code}@${f.range.start.line}`);

describe('a name or a title in quotation marks', () => {
  it('is a term, not a quotation, when it is a name of the fact base', () => {
    assert.deepEqual(quoted('Anthropic calls the model "Claude Mythos Preview" in its posts.'), []);
    assert.deepEqual(quoted('The program is called “Project Glasswing,” for now.'), []);
    // Words of one's own around the name make it a quotation again.
    assert.deepEqual(quoted('He called it "Claude Mythos Preview, our best model" in the post.'), ['Claude Mythos Preview, our best model']);
  });

  it("is a title when it is a heading of the document (not the heading's own quotation), a reference's or a source's title", () => {
    assert.deepEqual(quoted('# Brief\n\n## What actually happened?\n\nRead "What actually happened?" above.\n'), []);
    // A heading that quotes is no title: the same words in the text are a quotation.
    assert.deepEqual(quoted('# Brief\n\n## What does "supply chain risk" mean here?\n\nRead "What does supply chain risk mean here?" above.\n'), ['supply chain risk', 'What does supply chain risk mean here?']);
    assert.deepEqual(quoted('## "We do not plan to release it widely"\n\nText.\n'), ['We do not plan to release it widely']);
    assert.deepEqual(quoted('See the post "Project Glasswing: Securing Critical Software for the AI Era" for the list.'), []);
    assert.deepEqual(quoted('See "The Pentagon’s new rules for AI vendors" [1].\n\n[1]: https://example.org "The Pentagon’s new rules for AI vendors"\n'), []);
    assert.deepEqual(quoted('He said "we are not doing that at all" yesterday.'), ['we are not doing that at all']);
  });

  it("is never words on record, nor a footnote's quoted words", () => {
    // Words on record stay a quotation even where a heading or a title says the same.
    assert.deepEqual(quoted('# Brief\n\n## We did not feel comfortable releasing this generally\n\nGraham said "we did not feel comfortable releasing this generally".\n'), ['we did not feel comfortable releasing this generally']);
    // A note that quotes someone is no title for the text's quotations.
    assert.deepEqual(quoted('It was said "we are not doing that at all" then.[^1]\n\n[^1]: He told CNN "we are not doing that at all" that day.\n'), ['we are not doing that at all', 'we are not doing that at all']);
  });
});

describe('a title by where it stands (blind QA round 14, J item 12)', () => {
  it("is a link's whole text, unless its paragraph reports words by a verb of saying", () => {
    const title = "Why Glasswing's partner list is the real story";
    assert.deepEqual(quoted(`- ["${title}"](https://www.lawfaremedia.org/article/x) — Lawfare.\n`), []);
    assert.deepEqual(quoted(`Read [“${title}”][lawfare] before Friday.\n\n[lawfare]: https://www.lawfaremedia.org/article/x\n`), []);
    assert.deepEqual(quoted(`Read "[${title}](https://www.lawfaremedia.org/article/x)" before Friday.\n`), []);
    assert.deepEqual(codes(`- ["${title}"](https://www.lawfaremedia.org/article/x) — Lawfare.\n`), []);
    // Words a verb of saying reports, as a link to where they were said, are a quotation: checked against the record.
    assert.deepEqual(codes('Logan Graham told CNN ["we did not feel comfortable releasing this widely"](https://cnn.com/x).\n'), ['PL001@0', 'PL004@0']);
    // Quoted words inside a link's text, with words of the link's own around them, are a quotation.
    assert.deepEqual(quoted('See [the post that warned of "an upcoming wave of models"](https://x.org/a).\n'), ['an upcoming wave of models']);
  });

  it("is the first words of a reading list's item, not a quotation in its blurb nor an item of another list", () => {
    const list = (heading: string) =>
      `## ${heading}\n\n- "Why the partner list is the real story" — Lawfare, on who got in.\n- *"The case for letting defenders go first"*, a take that calls the program "a gift to attackers in disguise."\n`;
    for (const heading of ["What we're reading", 'What I’m reading this week', 'Weekend reads', 'Worth reading']) {
      assert.deepEqual(quoted(list(heading)), ['a gift to attackers in disguise.'], heading);
    }
    // Under a heading that makes a reference list ("Reading list", "Recommended reading"), the entries' titles are no
    // quotations, but words the blurb reports are, sourced by the entry (blind QA round 18, tester S item 3.3).
    for (const heading of ['Reading list', 'Recommended reading', '3. Suggested reading']) {
      assert.deepEqual(quoted(list(heading)), ['a gift to attackers in disguise.'], heading);
      assert.deepEqual(codes(list(heading)), [], heading);
    }
    // A sub-heading under a reading list is still in it; the next section of the same level is not.
    assert.deepEqual(quoted(`${list("What we're reading")}\n### Policy\n\n- "The rules of the road for AI vendors" — Brookings.\n\n## Quotes\n\n- "We did not plan to release it widely" — a source\n`), [
      'a gift to attackers in disguise.',
      'We did not plan to release it widely',
    ]);
    for (const heading of ['What happened', 'Reading the system card', 'Key quotes']) {
      assert.deepEqual(quoted(list(heading)), ['Why the partner list is the real story', 'The case for letting defenders go first', 'a gift to attackers in disguise.'], heading);
    }
    // Words on record stay a quotation, in a reading list too.
    assert.deepEqual(quoted("## What we're reading\n\n- \"We did not feel comfortable releasing this generally\" — Logan Graham\n"), ['We did not feel comfortable releasing this generally']);
  });

  // Blind QA round 19, tester P item 1.1: a show's "Links mentioned" list writes a work's title in quotation marks before its URL.
  it("is the title of a work a list item ends with the URL of, after its author or publisher, under any heading", () => {
    const links =
      '## Links mentioned in the episode\n\n' +
      '- Priya Natarajan, "Coordinated Disclosure at Machine Speed" (Halverson Institute, 2025): https://halverson.example/reports/machine-speed\n' +
      '- Our Episode 172, "Red Lines and Blacklists": https://dualuse.example/172\n' +
      '- "The rules of the road for AI vendors" <https://brookings.example/rules>\n';
    assert.deepEqual(quoted(links), []);
    assert.deepEqual(codes(links), []);
    // Words a verb of saying reports, words after a speaker's colon, and a title with no URL ending its item are quotations.
    assert.deepEqual(codes('- Graham told CNN "We are not ready to release this at all": https://cnn.com/x\n'), ['PL001@0']);
    assert.deepEqual(codes('- Graham: "We are not ready to release this at all" https://cnn.com/x\n'), ['PL001@0']);
    assert.deepEqual(codes('- Natarajan, "Coordinated Disclosure at Machine Speed" (2025), which we discussed.\n'), ['PL001@0']);
    assert.deepEqual(codes('Natarajan wrote "Coordinated Disclosure at Machine Speed": https://halverson.example/x\n'), ['PL001@0']);
    // Words on record stay a quotation, and are checked.
    assert.deepEqual(quoted('- Logan Graham, "We did not feel comfortable releasing this generally": https://cnn.com/x\n'), ['We did not feel comfortable releasing this generally']);
  });
});

describe("a heading's quotation", () => {
  it('needs no citation of its own (the text under it sources it), but is still a quotation', () => {
    const doc = '# Brief\n\n### What does "supply chain risk" mean here?\n\nText.\n';
    assert.deepEqual(codes(doc), []);
    assert.deepEqual(quoted(doc), ['supply chain risk']);
    assert.deepEqual(codes('# Brief\n\nWhat does "supply chain risk" mean here?\n'), ['PL001@2']);
  });
});
