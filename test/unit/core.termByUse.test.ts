import * as assert from 'node:assert/strict';
import { createAnalyzer } from '../../src/core/index';
import { bundledFactBase } from '../../src/core/factbase/bundled';

const analyzer = createAnalyzer({ factBase: bundledFactBase() });
const quoted = (text: string) => analyzer.analyze(text).quotes.map((q) => q.text);
const codes = (text: string) => analyzer.analyze(text).findings.map((f) => `${f.code}@${f.range.start.line}`);

describe('a term by how its sentence uses it (blind QA round 17)', () => {
  it('is a term a definition defines, not a quotation (P item 5)', () => {
    assert.deepEqual(codes('(a) "Frontier Model Provider" means a developer of a general-purpose AI model.\n'), []);
    assert.deepEqual(quoted('3.1 In this RFT:\n\n(b) “Critical Vulnerability” has the meaning given in the Standard;\n\n(c) "Human Reviewer" includes a contractor engaged by the Agency.\n'), []);
    assert.deepEqual(quoted('The Agency engages a panel of security vendors (each a "Panel Supplier Organisation") under this deed.\n'), []);
    assert.deepEqual(quoted('This request for tender (the "Request For Tender Document") is issued by the Agency.\n'), []);
    // Words a verb of saying reports stay a quotation, also before "means"; so does a sentence in brackets.
    assert.deepEqual(quoted('- Graham\'s CNN interview ("We did not feel comfortable releasing it generally")\n'), ['We did not feel comfortable releasing it generally']);
    assert.deepEqual(quoted('Graham said "we are not doing that at all" means nothing to him.\n'), ['we are not doing that at all']);
    assert.deepEqual(quoted('The company said it had "no plans to release it widely" at the time.\n'), ['no plans to release it widely']);
  });

  it("is a clause of the writer's own document quoted by its label (P item 6)", () => {
    assert.deepEqual(codes('R-4.5 says the Supplier "MUST NOT transmit Agency source code or scan data to any model hosted outside Australia".\n'), []);
    // The clause's figures are the document's own, as they are where the clause is set out (no PL001 covers them).
    assert.deepEqual(quoted('**A6.** At confirmation. R-4.2 is amended to read: "The Supplier MUST notify the Agency within 72 hours of first detection."\n'), []);
    assert.deepEqual(quoted('We note that clause 4.2 of this RFT states "tenderers must hold current certification".\n'), []);
    assert.deepEqual(quoted('Section 3.1(b) provides that "a Finding is confirmed by a Human Reviewer".\n'), []);
    // Another document's section, a law's article, or a person is a source to cite.
    assert.deepEqual(quoted('Section 2.3 of the system card says "the model found thousands of vulnerabilities".\n'), ['the model found thousands of vulnerabilities']);
    assert.deepEqual(quoted('Article 5 says "providers shall ensure a sufficient level of AI literacy".\n'), ['providers shall ensure a sufficient level of AI literacy']);
    assert.deepEqual(quoted('The Pentagon says the company "poses an unacceptable risk to national security".\n'), ['poses an unacceptable risk to national security']);
  });

  it("is a poll's option label, all its list item but the share of answers (N P2)", () => {
    assert.deepEqual(codes('- Yes, defenders first: 61%\n- "Ask me in a year": 12%\n'), ['PL007@0', 'PL007@1']);
    assert.deepEqual(quoted('- "Not sure yet, honestly" — 231 votes (12%)\n'), []);
    // A quotation with words after it in its item is one.
    assert.deepEqual(quoted('- "We are not doing that at all": 12% of readers believed it\n'), ['We are not doing that at all']);
    assert.deepEqual(quoted('- He said "we are not doing that at all": 12%\n'), ['we are not doing that at all']);
  });

  it("is words quoted inside a link whose text is a source's title (N item 3)", () => {
    const item = "- [DOD Says Anthropic's 'Red Lines' Make It an 'Unacceptable Risk to National Security'](https://techcrunch.com/x) — TechCrunch\n";
    assert.deepEqual(quoted(`## Links from the episode\n\n${item}`), []);
    // Inside a link of other words, quoted words are a quotation.
    assert.deepEqual(quoted("- [Why the DOD called Anthropic an 'Unacceptable Risk to National Security'](https://x.org/a)\n"), ['Unacceptable Risk to National Security']);
  });
});

// Blind QA round 31, tester U item 1.1: a clause of the writer's own policy wording, quoted by its label.
describe("a clause of the writer's own document named by a noun a drafter writes for it", () => {
  const words = '"the Insurer shall not be liable for any Loss arising from the deliberate release"';
  it('is a term after "of the proposed wording", "of the wording", "of our draft contract"', () => {
    for (const doc of ['the proposed wording', 'the wording', 'our draft contract', 'the proposed policy wording', 'this proposed wording', 'the terms']) {
      assert.deepEqual(quoted(`- Clause 4.2 of ${doc} states ${words}.\n`), [], doc);
    }
  });
  it("is a quotation of another's document", () => {
    for (const doc of ['the system card', "Anthropic's usage policy", 'the Fortune article']) {
      assert.deepEqual(quoted(`Clause 4.2 of ${doc} states ${words}.\n`), [words.slice(1, -1)], doc);
    }
  });
});

// Blind QA round 31, tester Q items 1.1 and 1.2: the writer's own contract or policy, by the abbreviation the genre writes.
describe("a clause of the writer's own contract or policy named by its abbreviation", () => {
  const words = '"notice is given by the Technical Account Manager as single point of contact"';
  it('is a term after "of our MSA with Meridian", "of the MSA", "of our VDP"', () => {
    for (const doc of ['our MSA with Meridian', 'our MSA', 'the MSA', 'our VDP', 'the DPA', 'our ToS', 'the SOW with Acme Health', 'our vulnerability disclosure policy', 'our master services agreement with Meridian']) {
      assert.deepEqual(quoted(`Within 24 hours of confirmation. Clause 14.3 of ${doc} states ${words}.\n`), [], doc);
    }
    assert.deepEqual(codes('We follow coordinated disclosure. Section 4.1 of our VDP states "we will not initiate legal action against researchers acting in good faith within this policy".\n'), []);
  });
  it("is a quotation of another's document, or one the fact base names", () => {
    for (const doc of ["Anthropic's RSP", 'the RSP', "the DOD's contract", "Graham's NDA", 'our CISA guidance', 'the NIST framework', 'our RSP']) {
      assert.deepEqual(quoted(`Clause 14.3 of ${doc} states ${words}.\n`), [words.slice(1, -1)], doc);
    }
    assert.deepEqual(quoted(`Graham's NDA says ${words}.\n`), [words.slice(1, -1)]);
  });
});

// Blind QA round 31, tester T item 1.3: a short quoted phrase between a determiner and a noun names a thing.
describe('a quoted phrase that modifies a noun', () => {
  const pl001 = (text: string) => analyzer.analyze(text).findings.filter((f) => f.code === 'PL001').map((f) => f.range.start.line);
  it('is a term: no PL001', () => {
    for (const line of [
      'Answers that cite primary sources should be rewarded within the "use of sources" criterion.',
      'Staff describe a "move fast and fix later" culture in the lab.',
      'The contract has no "red lines for surveillance" clause.',
    ]) {
      assert.deepEqual(pl001(`${line}\n`), [], line);
    }
  });
  it('is a quotation when a noun of speech follows, a verb of saying credits it, or it is not followed by a noun', () => {
    assert.deepEqual(pl001('The "we did not feel comfortable" remark drew criticism.\n'), [0]);
    assert.deepEqual(pl001('Amodei called it the "most capable model yet" release.\n'), [0]);
    assert.deepEqual(pl001('It was the "most capable model yet" and nobody disputed it.\n'), [0]);
    // Words on record keep their PL001 and their PL004.
    const onRecord = 'Anthropic warned officials. It was the "much more likely this year" scenario.\n';
    assert.deepEqual(pl001(onRecord), [0]);
  });
});
