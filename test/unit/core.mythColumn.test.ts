// What a document labels a myth (a "Myth" column, a "Claim" column beside a "Fact" one, a "Myth:" lead-in) is not asserted: its figures are neither checked nor hinted.
import * as assert from 'node:assert/strict';
import { findingTexts } from './support/findingTexts';

const found = (text: string): string[] => [...findingTexts('PL006', text), ...findingTexts('PL007', text)];
const sources = '\n\n## Sources\n\n1. Project Glasswing: Securing Critical Software for the AI Era - Anthropic\n';

describe('myths, misconceptions and claims set against the facts', () => {
  // On record: up to $100 million in usage credits, $4 million in donations, twelve founding partners.
  it('neither checks nor hints the figures of a Myth column', () => {
    const table = [
      '| Myth | Fact | Source |',
      '|---|---|---|',
      '| Anthropic is giving away $1 billion. | Up to $100 million in usage credits and $4 million in donations. | [1] |',
      '| Glasswing has ten founding partners. | Glasswing has twelve founding partners. | [1] |',
    ].join('\n');
    assert.deepEqual(found(table + sources), []);
    for (const header of ['Common misconception', 'What people say', 'Rumour', '**Myth ❌**', 'False claim']) {
      assert.deepEqual(findingTexts('PL006', `| ${header} | Reality |\n|---|---|\n| Glasswing has ten founding partners. | It has twelve. |\n`), [], header);
    }
  });

  it('reads a Claim column as unasserted only beside a column that gives the truth', () => {
    const row = '| Anthropic is giving away $1 billion in usage credits. | … |\n';
    assert.deepEqual(findingTexts('PL006', `| Claim | Verdict |\n|---|---|\n${row}`), []);
    assert.deepEqual(findingTexts('PL006', `| Claim | Evidence |\n|---|---|\n${row}`), ['$1 billion']);
    // The column giving the truth is checked.
    assert.deepEqual(findingTexts('PL006', '| What people say | What is true |\n|---|---|\n| Anthropic gives $1 billion. | Up to $500 million in usage credits. |\n'), ['Up to $500 million']);
    // "What went wrong" states what happened.
    assert.deepEqual(findingTexts('PL006', `| Project | What went wrong |\n|---|---|\n| Glasswing | Anthropic is giving away $1 billion in usage credits. |\n`), ['$1 billion']);
  });

  it('neither checks nor hints a sentence led in as a myth, and checks the fact after it', () => {
    assert.deepEqual(found('Myth: Anthropic is giving away $1 billion in usage credits.'), []);
    assert.deepEqual(findingTexts('PL006', '**Myth:** Anthropic is giving away $1 billion in usage credits. **Fact:** It commits up to $500 million in usage credits.'), ['up to $500 million']);
    // "False:" as a lead-in gives a verdict, then the truth.
    assert.deepEqual(findingTexts('PL006', 'False: Anthropic commits up to $500 million in usage credits.'), ['up to $500 million']);
  });

  // Blind QA round 19, tester F item 1.1: a claims tracker's "Date seen" was held against the event its Claim cell names.
  it("does not tie a row's other cells to the claim under review in its Claim cell", () => {
    const tracker = [
      '| Date seen | Platform | Claim | Verdict | Source |',
      '|---|---|---|---|---|',
      "| 13 Apr | Threads | Anthropic announced Mythos on April 1 as an April Fools' stunt | False | [1] |",
      '| 14 Apr | YouTube | The Mythos system card is only 24 pages long | False | [2] |',
      '| 16 Apr | Cable news chyron | Pentagon filing calls Anthropic an "unacceptable risk to national security" | True | [3] |',
      '| 18 Apr | Truth Social | A whistleblower leaked Mythos on March 26 | Misleading | [4] |',
    ].join('\n');
    const refs =
      '\n\n## Sources\n\n1. Project Glasswing: Securing Critical Software for the AI Era - Anthropic\n2. Claude Mythos Preview System Card - Anthropic (PDF)\n' +
      "3. DOD Says Anthropic's 'Red Lines' Make It an 'Unacceptable Risk to National Security' - TechCrunch\n" +
      '4. Anthropic Accidentally Leaked Details of a New AI Model That Poses Unprecedented Cybersecurity Risks - Fortune\n';
    assert.deepEqual(findingTexts('PL006', tracker + refs), []);
    // A timeline's date is the event's, and is checked.
    assert.deepEqual(findingTexts('PL006', '| Date | Event |\n|---|---|\n| 8 Apr 2026 | Anthropic announces Project Glasswing |\n' + sources), ['8 Apr 2026']);
    // The column that gives the truth is still checked with its own words.
    assert.deepEqual(
      findingTexts('PL006', "| Claim | Verdict |\n|---|---|\n| Anthropic announced Mythos on April 1 as an April Fools' stunt | False: Anthropic announced it on April 9, 2026 |\n" + sources),
      ['April 9, 2026'],
    );
  });

  // Blind QA round 19, tester F item 1.7: the claimant's words in a claim under review asked for a citation.
  it('asks no citation for a quotation inside a claim under review, and asks it elsewhere in the row', () => {
    const head = '| # | Claim | Verdict |\n|---|---|---|\n';
    assert.deepEqual(findingTexts('PL001', `${head}| 5 | Logan Graham called the model "too dangerous for humans to use" | False |\n`), []);
    // Nor are the claimant's words set against the record: the misattribution is what is rated.
    const credited = `${head}| 6 | Dario Amodei told CNN: "We did not feel comfortable releasing this generally." | False |\n| 7 | The draft warned of an "upcoming wave of models that can exploit vulnerabilities" | True |\n`;
    assert.deepEqual([...findingTexts('PL004', credited), ...findingTexts('PL005', credited), ...findingTexts('PL001', credited)], []);
    // The verdict quotes words of its own: they need their source.
    assert.deepEqual(findingTexts('PL001', `${head}| 5 | Graham called it unsafe | False: he said "we did not feel comfortable releasing this generally" |\n`), [
      '"we did not feel comfortable releasing this generally"',
    ]);
    // A Claim column the document asserts (no verdict beside it) quotes as prose does.
    assert.deepEqual(findingTexts('PL001', '| # | Claim | Evidence |\n|---|---|---|\n| 5 | Logan Graham called the model "too dangerous for humans to use" | Interview |\n'), [
      '"too dangerous for humans to use"',
    ]);
  });

  // Blind QA round 19, tester F item 1.5: a fact-check's "Claim N:" heading states the claim it rates.
  it("neither checks nor hints a fact-check's claim labels", () => {
    for (const label of ['## Claim 1:', '### Claim #3:', '**Claim:**', 'The claim:', '**Viral claim:**', 'Rumour:']) {
      assert.deepEqual(found(`${label} Mythos scored 98% on CyberGym and Anthropic buried the number.\n\n**Verdict: False**\n`), [], label);
    }
    // Rated in a table's Verdict column, too.
    assert.deepEqual(found('| # | Claim | Verdict |\n|---|---|---|\n| 1 | A post | False |\n\n## Claim 1: Mythos scored 98% on CyberGym\n'), []);
    // A document that rates nothing asserts its "Claim:" labels, as an argument map does ("Claim:",
    // "Evidence:"); a myth or rumour is unasserted with or without verdicts.
    assert.deepEqual(findingTexts('PL006', '**Claim:** Project Glasswing has 15 founding partners.[1]\n\n**Evidence:** the launch page.[1]' + sources), ['15']);
    assert.deepEqual(findingTexts('PL006', '## Claim 2: Anthropic gave $9 million to open-source security groups.[1]' + sources), ['$9 million']);
    assert.deepEqual(found('Rumour: Mythos scored 98% on CyberGym and Anthropic buried the number.'), []);
    // Without the label the figure is checked, in a heading as in prose.
    assert.deepEqual(findingTexts('PL006', '## Mythos scored 98% on CyberGym'), ['98%']);
    assert.deepEqual(findingTexts('PL006', '**Evidence:** Mythos Preview scored 98% on CyberGym.[1]' + sources), ['98%']);
  });

  // Blind QA round 19, tester F item 1.5 (B32): a run-in label names the claim its paragraph rebuts.
  it("does not hold a run-in label's figure against the record when its paragraph gives the value on record", () => {
    const rebutted = '**The 40-year-old OpenBSD bug.** The flaw Mythos Preview found in OpenBSD was 27 years old, and the FFmpeg bug it found was 16 years old.[1]';
    assert.deepEqual(findingTexts('PL006', rebutted + sources), []);
    // A paragraph that gives no age leaves the label's age asserted, and wrong.
    assert.deepEqual(findingTexts('PL006', '**The 40-year-old OpenBSD bug.** It was found by Mythos Preview.[1]' + sources), ['40-year-old']);
    // So does one that gets the age wrong too.
    assert.deepEqual(findingTexts('PL006', '**The 40-year-old OpenBSD bug.** The flaw Mythos Preview found in OpenBSD was 30 years old.[1]' + sources), ['40-year-old', '30 years old']);
  });
});
